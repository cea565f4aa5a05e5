import type { ScoreFusion } from './scoring-config.js';

/** Mutual score in [0, 1] from the two satisfactions (each in [0, 1]); harmonic of 0 and 0 is 0. */
export function fuseSatisfactions(ab: number, ba: number, fusion: ScoreFusion): number {
  if (fusion === 'geometric') return Math.sqrt(ab * ba);
  const sum = ab + ba;
  return sum === 0 ? 0 : (2 * ab * ba) / sum;
}

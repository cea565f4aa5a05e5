/** Seed of one instance: the run's base seed mixed with the case name and size (FNV-1a), so every case differs. */
export function instanceSeed(base: number, caseName: string, n: number): number {
  let h = 0x811c9dc5 ^ (base >>> 0);
  const text = `${caseName}:${n}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

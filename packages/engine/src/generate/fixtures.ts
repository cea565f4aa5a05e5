import { generateCampProblem } from './camp-generator.js';
import { generateCityEventProblem } from './city-event-generator.js';
import { generateHotlineProblem } from './hotline-generator.js';
import { generatePool } from './pool-generator.js';

/**
 * The small fixtures committed under `fixtures/`, by file name: each is exactly what its generator
 * gives for its seed (a test keeps them so). Large ones (xihu and up) are generated on demand.
 */
export const SMALL_FIXTURES: Readonly<Record<string, () => unknown>> = {
  'pool-small.json': () => generatePool({ size: 200, men: 70, women: 130, seed: 7, region: 'xihu' }),
  'hotline.json': () => generateHotlineProblem({ seed: 1 }),
  'city-event-small.json': () => generateCityEventProblem({ seed: 1, volunteers: 100, slots: 250 }),
  'camp-small.json': () => generateCampProblem({ seed: 1, sessions: 3, children: 300 }),
};

/**
 * Serialises a fixture: a top-level object whose arrays of records have one record per line, so
 * files stay small and diffs readable. Ends with a newline.
 */
export function formatFixtureJson(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${JSON.stringify(value)}\n`;
  const lines = Object.entries(value).map(([key, v]) => {
    const body = Array.isArray(v)
      ? v.length === 0
        ? '[]'
        : `[\n${v.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
      : JSON.stringify(v);
    return `  ${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCampProblem } from './camp-generator.js';
import { generateCityEventProblem } from './city-event-generator.js';
import { generateHotlineProblem } from './hotline-generator.js';
import { generatePool, poolStreams } from './pool-generator.js';
import { POOL_PRESETS } from './pool-spec.js';

// The same seed must give byte-identical output on every run and machine. These hashes are of
// JSON.stringify of the output; a change to any generator (or to core/rng.ts) changes them, and
// that must be a deliberate decision: update the literal and say why in the commit.

function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** A preset scaled down to 2,000 members, keeping its gender ratio, region and seed. */
function reduced(name: 'xiaoying' | 'city' | 'province') {
  const p = POOL_PRESETS[name];
  const men = Math.round((p.men / p.size) * 2000);
  return { ...p, size: 2000, men, women: 2000 - men };
}

describe('generators are deterministic for a seed', () => {
  it('gives the same pool twice in one run', () => {
    expect(JSON.stringify(generatePool(reduced('city')))).toBe(JSON.stringify(generatePool(reduced('city'))));
  });

  it('pins the Xihu pool in full (5,000 members)', () => {
    expect(sha256(generatePool('xihu'))).toBe(
      '601f7f8a3b668f9919786f3c70150748f3f47e1d16a5de6a2a464e634b5077ad',
    );
  });

  it('pins the other presets at 2,000 members', () => {
    expect(sha256(generatePool(reduced('xiaoying')))).toBe(
      '264e77394877c2957963aa3b8e4040721eb63c63a3222dffb28f9183bff13f7c',
    );
    expect(sha256(generatePool(reduced('city')))).toBe(
      '8026b87f9a6f6769c8c03decf249d3a014e9aa6ad5d1c3938a22dcaade25c92f',
    );
    expect(sha256(generatePool(reduced('province')))).toBe(
      '2014ea8c10a14683a5e02f7375d80cc01223d45ff1244fa4ec605abde2d74764',
    );
  });

  it('pins the first 10,000 members streamed from the million-member province', () => {
    const hash = createHash('sha256');
    const members = poolStreams('province').members();
    for (let i = 0; i < 10_000; i++) hash.update(JSON.stringify(members.next().value));
    expect(hash.digest('hex')).toBe('8e3f36826b08ceabfb6feefc340efb3c79ef31d49900232c80e2295474513eda');
  });

  it('pins the hotline, city event and camp problems', () => {
    expect(sha256(generateHotlineProblem())).toBe(
      '1fc47844e2e98f3068fa8af125fdbf100a967b320e4b6f9d661ef3f1095fdc44',
    );
    expect(sha256(generateCityEventProblem())).toBe(
      '4db73c6cc77d0d77818c1cf5dedc07292091b84c452a486488ac51bbe4aab4a1',
    );
    expect(sha256(generateCampProblem())).toBe(
      'd61a94375a39e8badf00fd18af19c3e1c2f858a5fc8caa56ebb380f9ff880311',
    );
  });
});

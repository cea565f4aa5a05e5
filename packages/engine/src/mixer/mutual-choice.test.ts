import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { readMutualChoices } from './mutual-choice.js';

const meetings = [
  { man: 'm1', woman: 'w1', score: 8000 },
  { man: 'm1', woman: 'w2', score: 7000 },
  { man: 'm2', woman: 'w1', score: 9000 },
  { man: 'm2', woman: 'w2', score: 5000 },
  { man: 'm3', woman: 'w3' },
];

describe('readMutualChoices', () => {
  it('finds mutual yeses and ranks one-sided yeses above the floor', () => {
    const r = readMutualChoices({
      meetings,
      choices: [
        { from: 'm1', to: 'w1', yes: true },
        { from: 'w1', to: 'm1', yes: true },
        { from: 'm1', to: 'w2', yes: true },
        { from: 'w2', to: 'm1', yes: false },
        { from: 'w1', to: 'm2', yes: true },
        { from: 'm2', to: 'w2', yes: true },
        { from: 'm3', to: 'w3', yes: true },
        { from: 'w3', to: 'm3', yes: true },
      ],
    });
    expect(r.mutual).toEqual([
      { man: 'm1', woman: 'w1', score: 8000 },
      { man: 'm3', woman: 'w3', score: undefined },
    ]);
    // m2–w2 is one-sided but below the 6000 floor.
    expect(r.secondChances).toEqual([
      { man: 'm2', woman: 'w1', chooser: 'w1', chosen: 'm2', otherSide: 'unmarked', score: 9000 },
      { man: 'm1', woman: 'w2', chooser: 'm1', chosen: 'w2', otherSide: 'no', score: 7000 },
    ]);
    expect(r.unmarkedMeetings).toBe(2);
  });

  it('rejects a mark about someone not met, and a repeated mark', () => {
    expect(() => readMutualChoices({ meetings, choices: [{ from: 'm3', to: 'w1', yes: true }] })).toThrow(
      InvalidArgumentError,
    );
    expect(() =>
      readMutualChoices({
        meetings,
        choices: [
          { from: 'm1', to: 'w1', yes: true },
          { from: 'm1', to: 'w1', yes: false },
        ],
      }),
    ).toThrow(/twice/);
  });
});

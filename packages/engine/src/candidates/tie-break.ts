// Candidates with equal scores are ranked by a per-seeker rotation of the other side's positions.
// Ranking them by position alone made every seeker prefer the same few low-index members: in a
// pool where many pairs score the maximum, those members landed on thousands of lists while
// others landed on none, and the round could introduce few people. A rotation that starts at a
// seeded, seeker-dependent position spreads the ties evenly and keeps an order a bitset scan can
// follow, so a search may still stop as soon as it has K top scores.

/** A 32-bit mix of two integers (murmur3 finaliser over a multiply–xor combination). */
function mix32(x: number, y: number): number {
  let h = Math.imul(x ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(y + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The position from which `seeker` (a member index) ranks equal-score candidates among `count`
 * positions, derived from the seed. Ties go to the position met first going up from there and
 * wrapping around.
 */
export function tieStart(seed: number, seeker: number, count: number): number {
  return count === 0 ? 0 : mix32(seed, seeker) % count;
}

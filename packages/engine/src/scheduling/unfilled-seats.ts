import { seatEligible } from './assignment-terms.js';
import type { CompiledProblem } from './compiled-problem.js';

/** Why a required seat stayed empty. */
export type UnfilledReason =
  /** Nobody in the problem has the skill at the level. */
  | { readonly code: 'no_skilled_volunteer'; readonly skill: string; readonly minLevel: number }
  /** Some have the skill, but none is available then (availability, days off). */
  | { readonly code: 'no_available_volunteer'; readonly skilled: number }
  /** Eligible volunteers exist, but each is booked elsewhere or at a limit (minutes, shifts, rest). */
  | { readonly code: 'candidates_busy'; readonly candidates: number };

/** Seats of one slot and requirement (-1 = general) left empty. */
export interface UnfilledSeats {
  readonly slot: string;
  readonly requirement: number;
  readonly missing: number;
  readonly reason: UnfilledReason;
}

/** Lists the empty required seats of a solution, grouped by slot and requirement, with the reason. */
export function unfilledSeats(c: CompiledProblem, seatVolunteer: Int32Array): UnfilledSeats[] {
  const out: UnfilledSeats[] = [];
  const V = c.volunteerCount;
  for (let slot = 0; slot < c.slotCount; slot++) {
    const input = c.problem.slots[c.slotInput[slot] as number]!;
    let seat = c.slotSeatStart[slot] as number;
    const end = c.slotSeatStart[slot + 1] as number;
    while (seat < end) {
      const req = c.seatReq[seat] as number;
      let missing = 0;
      const first = seat;
      for (; seat < end && c.seatReq[seat] === req; seat++) {
        if (c.seatRequired[seat] === 1 && seatVolunteer[seat] === -1) missing++;
      }
      if (missing === 0) continue;
      const g = c.seatGroup[first] as number;
      const skill = c.groupSkill[g] as number;
      const minLevel = c.groupMinLevel[g] as number;
      let skilled = 0;
      let eligible = 0;
      for (let v = 0; v < V; v++) {
        if (skill >= 0 && (c.skillLevel[v * c.skillCount + skill] as number) < minLevel) continue;
        skilled++;
        if (seatEligible(c, v, first)) eligible++;
      }
      const reason: UnfilledReason =
        skilled === 0
          ? { code: 'no_skilled_volunteer', skill: c.problem.skills[skill]?.id ?? '', minLevel }
          : eligible === 0
            ? { code: 'no_available_volunteer', skilled }
            : { code: 'candidates_busy', candidates: eligible };
      out.push({ slot: input.id, requirement: req, missing, reason });
    }
  }
  return out;
}

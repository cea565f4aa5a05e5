import { pairCost, seatViolations } from './assignment-terms.js';
import type { CompiledProblem } from './compiled-problem.js';
import { VolunteerEvaluator } from './volunteer-evaluator.js';

/** Most seat changes in one compound move (change 1, swap 2, chain 2–3). */
export const MAX_CHANGES = 3;

/**
 * The solver's incremental score: hard and soft totals kept per seat and per volunteer, so a move
 * re-scores only the seats it changes and the volunteers it touches. Usage: fill `moveSeats` /
 * `moveVolunteers` with up to MAX_CHANGES distinct seats and their new volunteers (-1 = empty),
 * call `evaluate(k)`, read `deltaHard` / `deltaSoft`, then `commit()` to apply it.
 */
export class ScoreState {
  readonly c: CompiledProblem;
  /** Volunteer on each seat, -1 when empty. */
  readonly seatVolunteer: Int32Array;
  /** Each volunteer's seats, ascending (= by start). */
  readonly lists: number[][];
  hard = 0;
  soft = 0;
  deltaHard = 0;
  deltaSoft = 0;
  readonly moveSeats = new Int32Array(MAX_CHANGES);
  readonly moveVolunteers = new Int32Array(MAX_CHANGES);
  private readonly seatHard: Uint8Array;
  private readonly seatSoft: Float64Array;
  private readonly volHard: Float64Array;
  private readonly volSoft: Float64Array;
  private readonly ev: VolunteerEvaluator;
  private scratch = new Int32Array(64);
  private moveLen = 0;
  private readonly newSeatHard = new Uint8Array(MAX_CHANGES);
  private readonly newSeatSoft = new Float64Array(MAX_CHANGES);
  private readonly affected = new Int32Array(2 * MAX_CHANGES);
  private readonly affHard = new Float64Array(2 * MAX_CHANGES);
  private readonly affSoft = new Float64Array(2 * MAX_CHANGES);
  private affN = 0;

  /** Starts from `initial` (a volunteer per seat, -1 = empty) or from all seats empty. */
  constructor(c: CompiledProblem, initial?: Int32Array) {
    this.c = c;
    this.seatVolunteer = initial ? Int32Array.from(initial) : new Int32Array(c.seatCount).fill(-1);
    this.lists = Array.from({ length: c.volunteerCount }, () => []);
    this.seatHard = new Uint8Array(c.seatCount);
    this.seatSoft = new Float64Array(c.seatCount);
    this.volHard = new Float64Array(c.volunteerCount);
    this.volSoft = new Float64Array(c.volunteerCount);
    this.ev = new VolunteerEvaluator(c);
    for (let s = 0; s < c.seatCount; s++) {
      const v = this.seatVolunteer[s] as number;
      if (v >= 0) (this.lists[v] as number[]).push(s);
    }
    this.recompute();
  }

  /** Recomputes every stored term and the totals from the current assignment (no drift). */
  recompute(): void {
    const c = this.c;
    for (let s = 0; s < c.seatCount; s++) {
      this.seatTerm(s, this.seatVolunteer[s] as number);
      this.seatHard[s] = this.termHard;
      this.seatSoft[s] = this.termSoft;
    }
    for (let v = 0; v < c.volunteerCount; v++) {
      const list = this.lists[v] as number[];
      if (this.scratch.length < list.length) this.scratch = new Int32Array(2 * list.length);
      this.scratch.set(list);
      this.ev.evaluate(v, this.scratch, list.length);
      this.volHard[v] = this.ev.hard;
      this.volSoft[v] = this.ev.soft;
    }
    this.resum();
  }

  /** Re-adds the stored per-seat and per-volunteer terms, removing floating-point drift from the totals. */
  resum(): void {
    let hard = 0;
    let soft = 0;
    for (let s = 0; s < this.c.seatCount; s++) {
      hard += this.seatHard[s] as number;
      soft += this.seatSoft[s] as number;
    }
    for (let v = 0; v < this.c.volunteerCount; v++) {
      hard += this.volHard[v] as number;
      soft += this.volSoft[v] as number;
    }
    this.hard = hard;
    this.soft = soft;
  }

  private termHard = 0;
  private termSoft = 0;

  private seatTerm(seat: number, v: number): void {
    const c = this.c;
    if (v < 0) {
      this.termHard = 0;
      this.termSoft = c.seatEmptyCost[seat] as number;
    } else {
      this.termHard = seatViolations(c, v, seat);
      this.termSoft = (c.seatFillCost[seat] as number) + pairCost(c, v, seat);
    }
  }

  /**
   * Scores the first k entries of moveSeats/moveVolunteers against the current state. With
   * `prune` on a feasible state (hard 0), a move stops at the first term that adds a hard
   * violation and reports deltaHard = +Infinity (exact: no other term can go below 0); such a
   * move must not be committed.
   */
  evaluate(k: number, prune = false): void {
    this.moveLen = k;
    const seats = this.moveSeats;
    const vols = this.moveVolunteers;
    const cut = prune && this.hard === 0;
    let dh = 0;
    let ds = 0;
    let affN = 0;
    const affected = this.affected;
    for (let i = 0; i < k; i++) {
      const seat = seats[i] as number;
      const nv = vols[i] as number;
      this.seatTerm(seat, nv);
      this.newSeatHard[i] = this.termHard;
      this.newSeatSoft[i] = this.termSoft;
      dh += this.termHard - (this.seatHard[seat] as number);
      ds += this.termSoft - (this.seatSoft[seat] as number);
    }
    if (cut && dh > 0) {
      this.deltaHard = Number.POSITIVE_INFINITY;
      this.deltaSoft = ds;
      return;
    }
    // Volunteers who gain a seat first: they are where a move breaks a hard rule.
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < k; i++) {
        const seat = seats[i] as number;
        const ov = this.seatVolunteer[seat] as number;
        const u = pass === 0 ? (vols[i] as number) : ov;
        if (u < 0 || ov === vols[i]) continue;
        let seen = false;
        for (let a = 0; a < affN; a++) if (affected[a] === u) seen = true;
        if (seen) continue;
        affected[affN] = u;
        const n = this.buildList(u, k);
        this.ev.evaluate(u, this.scratch, n);
        this.affHard[affN] = this.ev.hard;
        this.affSoft[affN] = this.ev.soft;
        affN++;
        const h = this.ev.hard - (this.volHard[u] as number);
        dh += h;
        ds += this.ev.soft - (this.volSoft[u] as number);
        if (cut && h > 0) {
          this.affN = affN;
          this.deltaHard = Number.POSITIVE_INFINITY;
          this.deltaSoft = ds;
          return;
        }
      }
    }
    this.affN = affN;
    this.deltaHard = dh;
    this.deltaSoft = ds;
  }

  /** Writes volunteer u's seat list after the pending move into scratch; returns its length. */
  private buildList(u: number, k: number): number {
    const list = this.lists[u] as number[];
    if (this.scratch.length < list.length + k) this.scratch = new Int32Array(2 * (list.length + k));
    const out = this.scratch;
    const seats = this.moveSeats;
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as number;
      let moved = false;
      for (let j = 0; j < k; j++) if (seats[j] === s) moved = true;
      if (!moved) out[n++] = s;
    }
    for (let j = 0; j < k; j++) {
      if (this.moveVolunteers[j] !== u) continue;
      const s = seats[j] as number;
      let p = n++;
      while (p > 0 && (out[p - 1] as number) > s) {
        out[p] = out[p - 1] as number;
        p--;
      }
      out[p] = s;
    }
    return n;
  }

  /** Applies the move last passed to `evaluate`. */
  commit(): void {
    const k = this.moveLen;
    for (let i = 0; i < k; i++) {
      const seat = this.moveSeats[i] as number;
      const ov = this.seatVolunteer[seat] as number;
      if (ov >= 0) {
        const list = this.lists[ov] as number[];
        list.splice(list.indexOf(seat), 1);
      }
    }
    for (let i = 0; i < k; i++) {
      const seat = this.moveSeats[i] as number;
      const nv = this.moveVolunteers[i] as number;
      this.seatVolunteer[seat] = nv;
      this.seatHard[seat] = this.newSeatHard[i] as number;
      this.seatSoft[seat] = this.newSeatSoft[i] as number;
      if (nv >= 0) {
        const list = this.lists[nv] as number[];
        let p = list.length;
        list.push(seat);
        while (p > 0 && (list[p - 1] as number) > seat) {
          list[p] = list[p - 1] as number;
          p--;
        }
        list[p] = seat;
      }
    }
    for (let a = 0; a < this.affN; a++) {
      const u = this.affected[a] as number;
      this.volHard[u] = this.affHard[a] as number;
      this.volSoft[u] = this.affSoft[a] as number;
    }
    this.hard += this.deltaHard;
    this.soft += this.deltaSoft;
  }

  /** Convenience: evaluates and commits a single seat change; returns nothing. */
  set(seat: number, v: number): void {
    this.moveSeats[0] = seat;
    this.moveVolunteers[0] = v;
    this.evaluate(1);
    this.commit();
  }
}

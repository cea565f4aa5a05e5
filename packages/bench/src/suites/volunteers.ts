// Volunteer scheduling: moves evaluated per second and schedule quality over time on the union
// hotline (18 service kinds, 200 volunteers, a month of call-outs) and a week-long city event
// (2,000 volunteers × 5,000 posts). The objective is the soft score (lower is better) of a schedule
// with no hard violation; a schedule with hard violations reports +Infinity and says so in its note.
import {
  createVolunteerSearch,
  generateCityEventProblem,
  generateHotlineProblem,
  type VolunteerProblem,
  type VolunteerSearch,
} from '@redthread/engine';
import { defineCase, type Prepared, type Solver, type Suite } from '../suite.js';

function objectiveOf(search: VolunteerSearch): number {
  return search.hard > 0 ? Number.POSITIVE_INFINITY : search.soft;
}

function noteOf(search: VolunteerSearch, moves: number): string {
  return `${moves} moves${search.hard > 0 ? `, hard ${search.hard}` : ''}`;
}

/** The engine: a fixed number of local search moves from the construction (time per move budget). */
function movesSolver(movesPerVolunteer: number): Solver<VolunteerProblem> {
  return {
    name: 'engine',
    role: 'engine',
    exact: false,
    kind: 'in-process',
    freshInput: true,
    prepare: (problem): Prepared => {
      const search = createVolunteerSearch(problem, { seed: 1 });
      search.construct();
      const moves = movesPerVolunteer * problem.volunteers.length;
      let done = 0;
      return {
        run: () => {
          done = search.search({ maxMoves: moves }).moves;
        },
        objective: () => objectiveOf(search),
        note: () => noteOf(search, done),
      };
    },
  };
}

/**
 * Quality over time in one measurement: construction, then search bursts up to 0.1, 1 and 10 s in
 * all at the full size (proportionally less on smaller sizes); the soft score at each checkpoint
 * goes into the note, the last one is the objective.
 */
function anytimeSolver(fullSize: number): Solver<VolunteerProblem> {
  return {
    name: 'engine-anytime',
    role: 'baseline',
    exact: false,
    kind: 'in-process',
    freshInput: true,
    prepare: (problem): Prepared => {
      const search = createVolunteerSearch(problem, { seed: 1 });
      const scale = problem.volunteers.length / fullSize;
      const checkpoints: string[] = [];
      let moves = 0;
      return {
        run: () => {
          search.construct();
          checkpoints.push(`construction ${search.soft.toFixed(0)}`);
          let spent = 0;
          for (const seconds of [0.1, 1, 10]) {
            moves += search.search({ timeBudgetMs: seconds * 1000 * scale - spent }).moves;
            spent = seconds * 1000 * scale;
            checkpoints.push(
              `${Math.round(spent)} ms ${search.hard > 0 ? 'infeasible' : search.soft.toFixed(0)}`,
            );
          }
        },
        objective: () => objectiveOf(search),
        note: () => `${checkpoints.join(', ')} (${moves} moves)`,
      };
    },
  };
}

export const volunteersSuite: Suite = {
  name: 'volunteers',
  description:
    'Volunteer-to-slot scheduling: the engine runs a fixed number of local search moves from its construction ' +
    '(time ÷ moves = time per move); engine-anytime notes the soft score after construction and after 0.1, 1 and 10 s.',
  cases: [
    defineCase<VolunteerProblem>({
      name: 'hotline',
      description:
        'Union hotline month (2026-07): n volunteers across 18 service kinds, n/10 call-outs a day (n = 200: ~600 call-outs).',
      sizes: [200],
      quickSizes: [10],
      label: (n) => `${n} volunteers`,
      generate: (n, seed) =>
        generateHotlineProblem({
          seed,
          volunteers: n,
          callsPerDay: n / 10,
          households: Math.max(5, Math.round(n / 2.7)),
        }),
      solvers: [movesSolver(5000), anytimeSolver(200)],
    }),
    defineCase<VolunteerProblem>({
      name: 'city-event',
      description:
        'Week-long city event: n volunteers × 2.5 n post shifts needing English, first aid, guiding and more.',
      sizes: [2000],
      quickSizes: [80],
      label: (n) => `${n}×${n * 2.5}`,
      generate: (n, seed) => generateCityEventProblem({ seed, volunteers: n, slots: Math.round(n * 2.5) }),
      solvers: [movesSolver(2500), anytimeSolver(2000)],
    }),
  ],
};

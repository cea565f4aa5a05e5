// The suite registry. To add a suite: write src/suites/<name>.ts exporting a Suite, then add it
// to this list (see packages/bench/README.md).
import type { BenchCase, Solver, Suite } from '../suite.js';
import { assignmentSuite } from './assignment.js';
import { bMatchingSuite } from './b-matching.js';
import { blossomSuite } from './blossom.js';
import { candidatesSuite } from './candidates.js';
import { roundsSuite } from './rounds.js';
import { scoringSuite } from './scoring.js';
import { stableSuite } from './stable.js';
import { volunteersSuite } from './volunteers.js';

/** Every suite, in the order `npm run bench` runs them. */
export const SUITES: readonly Suite[] = [
  assignmentSuite,
  bMatchingSuite,
  stableSuite,
  blossomSuite,
  volunteersSuite,
  roundsSuite,
  scoringSuite,
  candidatesSuite,
];

/** A suite by name, or undefined. */
export function findSuite(name: string): Suite | undefined {
  return SUITES.find((s) => s.name === name);
}

/** Looks up a solver of a case; throws with the known names when something is missing. */
export function findSolver(
  suiteName: string,
  caseName: string,
  solverName: string,
): { suite: Suite; benchCase: BenchCase<unknown>; solver: Solver<unknown> } {
  const suite = findSuite(suiteName);
  if (suite === undefined) throw new Error(`unknown suite ${suiteName}`);
  const benchCase = suite.cases.find((c) => c.name === caseName);
  if (benchCase === undefined) throw new Error(`unknown case ${caseName} in suite ${suiteName}`);
  const solver = benchCase.solvers.find((s) => s.name === solverName);
  if (solver === undefined) throw new Error(`unknown solver ${solverName} in ${suiteName}/${caseName}`);
  return { suite, benchCase, solver };
}

/**
 * Seeded protocol bugs must show. For each bug, fast-check searches seeds and
 * fault schedules for a run whose recorded trace breaks the spec guard that
 * the bug breaks; for the bugs that make Paxos unsafe it also finds a run in
 * which two different values are learned (an Agreement violation).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { BugName } from "../../src/paxos/index.js";
import { BUG_NAMES } from "../../src/paxos/index.js";
import { simulate } from "../../src/sim/index.js";
import type { SimulationOptions } from "../../src/sim/index.js";
import { recordRun } from "../../src/trace/index.js";
import { checkGuards, learnedValues } from "../trace/specGuards.js";
import { FC_SEED, MIXES_BALLOTS_SCHEDULE, bugSchedules as schedules } from "../arbitraries.js";


type Options = Partial<SimulationOptions> & { seed: string };


/** Runs fast-check looking for a schedule where `shows` holds; returns it (or fails the test). */
function find(bug: BugName, shows: (o: Options) => boolean, numRuns: number): Options {
  const out = fc.check(fc.property(schedules(bug), (o) => !shows(o)), { seed: FC_SEED, numRuns, endOnFailure: true });
  expect(out.failed, `no schedule within ${numRuns} runs (fast-check seed ${FC_SEED})`).toBe(true);
  const found = out.counterexample![0];
  console.log(`${bug}: seed ${found.seed}, ${found.acceptors} acceptors, ${found.proposers} proposers, ${found.learners} learners (fast-check seed ${FC_SEED})`);
  return found;
}

/** What the trace of each bug shows: the action whose guard breaks, and how. */
const EVIDENCE: Record<BugName, { action: string; problem: RegExp }> = {
  "acceptor-forgets-promise": { action: "Restart", problem: /restart of a\d+ changed its state/ },
  "acceptor-ignores-promise": { action: "Phase2b", problem: /is below maxBal/ },
  "proposer-ignores-votes": { action: "Phase2a", problem: /is not the value of the highest vote/ },
  "proposer-skips-quorum": { action: "Phase2a", problem: /no quorum sent a 1b/ },
  "proposers-share-ballots": { action: "Phase1a", problem: /belongs to p1, not p[23]/ },
  "learner-counts-duplicates": { action: "Learn", problem: /no quorum voted/ },
  "learner-mixes-ballots": { action: "Learn", problem: /no quorum voted/ },
  "acceptor-hides-vote": { action: "Phase1b", problem: /does not report/ },
};

/** Bugs that make the protocol unsafe in this implementation (see the note on proposers-share-ballots). */
const UNSAFE: readonly BugName[] = [
  "acceptor-forgets-promise",
  "acceptor-ignores-promise",
  "proposer-ignores-votes",
  "proposer-skips-quorum",
  "learner-counts-duplicates",
  "acceptor-hides-vote",
];

describe("seeded bugs", () => {
  it("every bug is covered", () => {
    expect(Object.keys(EVIDENCE).sort()).toEqual([...BUG_NAMES].sort());
  });

  for (const bug of BUG_NAMES) {
    it(`${bug}: a recorded trace breaks the ${EVIDENCE[bug].action} guard`, () => {
      const { action, problem } = EVIDENCE[bug];
      const broken = (o: Options): boolean =>
        checkGuards(recordRun(o, { events: false }).lines.map((l) => JSON.parse(l))).some((g) => g.action === action && problem.test(g.problem));
      const found = find(bug, broken, 300);
      expect(broken(found)).toBe(true);
      // the same schedule without the bug obeys every guard
      const clean = recordRun({ ...found, bugs: new Set() }, { events: false });
      expect(checkGuards(clean.lines.map((l) => JSON.parse(l)))).toEqual([]);
    });
  }

  it("learner-mixes-ballots: a known schedule makes a learner learn two values", () => {
    // Unsafe, but only under rare interleavings (one run in thousands), too rare for a
    // quick search: this schedule was found by a long random search and is pinned here.
    const o = MIXES_BALLOTS_SCHEDULE;
    const buggy = simulate({ ...o, bugs: new Set(["learner-mixes-ballots"]) });
    expect(learnedValues(buggy.learned)).toEqual(new Set(["v1", "v2"]));
    expect(learnedValues(simulate(o).learned).size).toBeLessThanOrEqual(1);
  });

  for (const bug of UNSAFE) {
    it(`${bug}: some schedule makes two different values learned`, () => {
      const disagree = (o: Options): boolean => learnedValues(simulate(o).learned).size > 1;
      const found = find(bug, disagree, 400);
      expect(disagree(found)).toBe(true);
      expect(learnedValues(simulate({ ...found, bugs: new Set() }).learned).size).toBeLessThanOrEqual(1);
    });
  }
});

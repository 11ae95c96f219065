/**
 * Every execution validated against the specification: random cluster shapes
 * and fault schedules, each run recorded and its trace checked by the TLA+
 * engine against spec/Paxos.tla (every step a step of Next, every state
 * satisfying TypeOK, Agreement and Validity), and the same steps again with
 * the states left out (the engine finds them). Agreement and Validity are also
 * checked directly on the run. A failing run's trace is written to
 * test-output/failures/ and fast-check shrinks the schedule. Ballots are
 * limited to 8 per proposer: the constants stay small (TypeOK ranges over
 * every message the constants allow), and runs that exhaust them simply end
 * undecided, which safety allows.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatVerdict } from "../../src/tla/trace/validate.js";
import type { PaxosSteps } from "../../src/paxos/index.js";
import { mutant } from "../mutants/mutants.js";
import { FC_SEED, LONG, RUN_INVARIANTS, clusterShape, directProblems, faults, keepFailure, runAndValidate, type RunOptions } from "../conformance/runs.js";

const RUNS = Number(process.env["PAXOS_FC_RUNS"] ?? (LONG ? 2000 : 150));

async function validated(name: string, options: RunOptions, steps?: PaxosSteps): Promise<void> {
  const run = await runAndValidate({ maxSteps: 3000, ballotsPerProposer: 8, ...options }, { events: true, ...(steps ? { steps } : {}) });
  const problems = directProblems(run.result);
  if (!run.verdict.ok) problems.push(`the engine rejects the trace:\n${formatVerdict(run.verdict.verdict)}`);
  if (run.eventsVerdict && !run.eventsVerdict.ok) problems.push(`the engine rejects the events-only trace:\n${formatVerdict(run.eventsVerdict.verdict)}`);
  if (run.verdict.ok && run.verdict.steps !== run.result.specSteps) problems.push(`the engine validated ${run.verdict.steps} steps, the run took ${run.result.specSteps}`);
  if (problems.length > 0) {
    const path = keepFailure(name, options.seed, run.lines);
    throw new Error(`${problems.join("\n")}\n(trace: ${path})`);
  }
}

describe("every simulated run is a behaviour of spec/Paxos.tla", () => {
  console.log(`fast-check seed ${FC_SEED} (set FC_SEED to replay), ${RUNS} runs per property, invariants ${RUN_INVARIANTS.join(", ")}`);

  it("under loss, duplication, crashes with acceptor restarts, and partitions", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 }), clusterShape, faults, (n, shape, f) => validated("validated-faults", { seed: String(n), ...shape, ...f })),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it("without faults, and every run decides", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 }), clusterShape, async (n, shape) => {
        await validated("validated-no-faults", { seed: String(n), ...shape });
        const run = await runAndValidate({ seed: String(n), ballotsPerProposer: 8, ...shape });
        expect(run.result.decided).toBe(true);
      }),
      { seed: FC_SEED, numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it("a rejected run writes its trace where a person can find it", async () => {
    // The check itself must be able to fail: a mutant makes the engine reject.
    const options: RunOptions = { seed: "12", acceptors: 3, proposers: 2, stopWhenLearned: false, maxSteps: 400 };
    await expect(validated("validated-selfcheck", options, mutant("proposers-share-ballots"))).rejects.toThrow(
      /the engine rejects the trace[\s\S]*trace: test-output\/failures\/validated-selfcheck-12\.ndjson/,
    );
  });
});

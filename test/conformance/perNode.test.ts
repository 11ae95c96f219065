/**
 * Per-node logs of simulated runs: each run split into one log per node, with
 * Lamport or vector clocks kept from the messages the nodes receive, merged
 * by `paxos validate`'s merge and validated. Every message carries the
 * dependencies the specification needs (a 1b answers a 1a, a Learn counts 2b
 * messages it received), so the first merge of a correct run is accepted; and
 * a seeded bug is caught in the merged logs at the same action as in the
 * run's own trace.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { validateNodeLogs } from "../../src/trace/merge.js";
import { formatVerdict } from "../../src/tla/trace/validate.js";
import { recordRun } from "../../src/trace/index.js";
import { mutant } from "../mutants/mutants.js";
import { FC_SEED, LONG, clusterShape, faults, keepFailure } from "./runs.js";
import { splitByNode } from "./perNode.js";

const RUNS = LONG ? 500 : 60;

function logsOf(lines: readonly string[], kind: "lamport" | "vector"): { file: string; text: string }[] {
  return [...splitByNode(lines, kind)].sort(([a], [b]) => a.localeCompare(b)).map(([node, ls]) => ({ file: `${node}.ndjson`, text: ls.join("\n") + "\n" }));
}

describe("per-node logs of simulated runs", () => {
  console.log(`fast-check seed ${FC_SEED} (set FC_SEED to replay), ${RUNS} runs`);

  it("merged with Lamport or vector clocks, are accepted in clock order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 }), clusterShape, faults, fc.constantFrom("lamport" as const, "vector" as const), async (n, shape, f, kind) => {
        const { result, lines } = recordRun({ seed: String(n), ballotsPerProposer: 8, ...shape, ...f }, { mode: "events" });
        const v = await validateNodeLogs(logsOf(lines, kind), { invariants: ["Agreement", "Validity"] });
        if (!v.ok || v.steps !== result.specSteps || !v.merge.firstOrderAccepted) {
          const path = keepFailure(`per-node-${kind}`, String(n), lines);
          throw new Error(`${formatVerdict(v.verdict)}\n(merge: ${JSON.stringify({ ...v.merge, order: undefined })}; trace: ${path})`);
        }
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it("of a run with a seeded bug are rejected at the action the bug breaks", async () => {
    const { lines } = recordRun({ seed: "3", acceptors: 3, proposers: 2, stopWhenLearned: false, maxSteps: 300 }, { mode: "events" }, mutant("proposer-skips-quorum"));
    for (const kind of ["lamport", "vector"] as const) {
      const v = await validateNodeLogs(logsOf(lines, kind), { invariants: [] });
      expect(v.ok).toBe(false);
      if (v.verdict.ok) return;
      expect(v.verdict.action).toBe("Phase2a");
      expect(v.verdict.source?.file).toMatch(/^p\d\.ndjson$/);
      expect(v.merge.conflict?.step).toMatch(/Phase2a\(p = p\d, b = \d+, v = v\d\)$/);
    }
  });
});

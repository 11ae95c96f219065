/**
 * Every simulated run of the replicated store is a behaviour of
 * spec/MultiPaxos.tla: its trace (the refinement mapping of every step) is
 * validated by the engine, with Agreement, PrefixConsistency and ExactlyOnce
 * checked on every state, under loss, duplication, partitions and crashes of
 * every role; and its client history is linearizable. In events mode (actions
 * and parameters only) the engine finds the states itself.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SmrSimulation } from "../../src/cluster/index.js";
import { checkLinearizable } from "../../src/check/linearizability.js";
import { SmrTraceRecorder } from "../../src/trace/smrRecorder.js";
import { toNdjson } from "../../src/trace/index.js";
import { validateTraceSource } from "../../src/trace/validate.js";
import { formatVerdict } from "../../src/tla/trace/validate.js";
import { FC_SEED, LONG, keepFailure, smrRuns } from "../arbitraries.js";

const INVARIANTS = ["TypeOK", "Agreement", "PrefixConsistency", "ExactlyOnce", "SnapshotsAgree"];

const runs = smrRuns({ requests: { min: 1, max: 4 }, maxSteps: 3000 });

describe("replicated-store traces", () => {
  it("are accepted by spec/MultiPaxos.tla, step by step, with linearizable histories", async () => {
    await fc.assert(
      fc.asyncProperty(runs, async (o) => {
        const rec = new SmrTraceRecorder();
        const r = new SmrSimulation(o, rec).run();
        const lines = rec.lines();
        const v = await validateTraceSource(toNdjson(lines), `smr-${o.seed}`, { specFile: "spec/MultiPaxos.tla", invariants: INVARIANTS });
        const lin = checkLinearizable(r.history);
        if (!v.ok || v.steps !== r.specSteps || !lin.ok) {
          const path = keepFailure("smr-trace", o.seed, lines);
          throw new Error(`${v.ok ? (lin.ok ? `validated ${v.steps} of ${r.specSteps} steps` : lin.explanation) : formatVerdict(v.verdict)}\n(trace: ${path})`);
        }
      }),
      { seed: FC_SEED, numRuns: LONG ? 100 : 12 },
    );
  }, 300_000);

  it("are rejected when a replica executes a slot out of order", async () => {
    const rec = new SmrTraceRecorder();
    new SmrSimulation({ seed: "1", clients: 2, requestsPerClient: 3 }, rec).run();
    const lines = rec.lines();
    // Swap the parameters of the first Execute step: slot 0 becomes slot 1.
    const i = lines.findIndex((l) => l.includes(`"action":"Execute"`));
    const bad = [...lines];
    bad[i] = bad[i]!.replace(/"s":0/, `"s":1`);
    const v = await validateTraceSource(toNdjson(bad), "out-of-order", { specFile: "spec/MultiPaxos.tla", invariants: INVARIANTS });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.verdict).toMatchObject({ action: "Execute" });
  });

  it("in events mode are accepted with the states the engine finds, and rejected when a step is wrong", async () => {
    await fc.assert(
      fc.asyncProperty(runs, async (o) => {
        const rec = new SmrTraceRecorder("events");
        const r = new SmrSimulation(o, rec).run();
        const lines = rec.lines();
        expect(lines.some((l) => l.includes('"state"'))).toBe(false);
        const v = await validateTraceSource(toNdjson(lines), `smr-events-${o.seed}`, { specFile: "spec/MultiPaxos.tla", invariants: INVARIANTS });
        if (!v.ok || v.steps !== r.specSteps) {
          const path = keepFailure("smr-events-trace", o.seed, lines);
          throw new Error(`${v.ok ? `validated ${v.steps} of ${r.specSteps} steps` : formatVerdict(v.verdict)}\n(trace: ${path})`);
        }
      }),
      { seed: FC_SEED, numRuns: LONG ? 50 : 6 },
    );
    const rec = new SmrTraceRecorder("events");
    new SmrSimulation({ seed: "1", clients: 2, requestsPerClient: 3 }, rec).run();
    const bad = [...rec.lines()];
    // A replica learns a value no quorum voted for: the first Learn step learns the no-op instead.
    const i = bad.findIndex((l) => l.includes(`"action":"Learn"`));
    bad[i] = bad[i]!.replace(/"v":\{"#tup":\[[^\]]*\]\}/, `"v":{"#tup":[]}`);
    expect(bad[i]).toContain(`"v":{"#tup":[]}`);
    const v = await validateTraceSource(toNdjson(bad), "events-bad-learn", { specFile: "spec/MultiPaxos.tla", invariants: INVARIANTS });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.verdict).toMatchObject({ action: "Learn" });
  }, 300_000);
});

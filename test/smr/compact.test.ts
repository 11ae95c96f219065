/**
 * Simulated runs of the replicated store recorded against
 * spec/CompactMultiPaxos.tla (events mode, with the Compact steps the
 * recorder adds once the run no longer needs the slots below a point) are
 * accepted by the engine, under loss, duplication, partitions and crashes;
 * and a compaction taken too early is rejected.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SmrSimulation } from "../../src/cluster/index.js";
import { CompactTraceRecorder } from "../../src/trace/compactRecorder.js";
import { toNdjson } from "../../src/trace/index.js";
import { validateTraceSource } from "../../src/trace/validate.js";
import { formatVerdict } from "../../src/tla/trace/validate.js";
import { FC_SEED, LONG, keepFailure, smrRuns } from "../arbitraries.js";

const SPEC = "spec/CompactMultiPaxos.tla";
const INVARIANTS = ["Agreement", "SnapshotsAgree", "Compacted"];

const runs = smrRuns({ requests: { min: 5, max: 30 }, maxSteps: 4000 });

describe("compacted replicated-store traces", () => {
  it("are accepted by spec/CompactMultiPaxos.tla under every fault", async () => {
    let compactions = 0;
    await fc.assert(
      fc.asyncProperty(runs, async (o) => {
        const rec = new CompactTraceRecorder();
        const r = new SmrSimulation(o, rec).run();
        const lines = rec.lines();
        compactions += rec.compactions;
        const v = await validateTraceSource(toNdjson(lines), `compact-${o.seed}`, { specFile: SPEC, invariants: INVARIANTS });
        if (!v.ok || v.steps !== r.specSteps + rec.compactions) {
          const path = keepFailure("compact-trace", o.seed, lines);
          throw new Error(`${v.ok ? `validated ${v.steps} of ${r.specSteps + rec.compactions} steps` : formatVerdict(v.verdict)}\n(trace: ${path})`);
        }
      }),
      { seed: FC_SEED, numRuns: LONG ? 100 : 12 },
    );
    expect(compactions).toBeGreaterThan(0);
  }, 300_000);

  it("keep the state bounded: a run of many slots compacts again and again", async () => {
    const rec = new CompactTraceRecorder();
    const r = new SmrSimulation({ seed: "bounded", clients: 4, requestsPerClient: 60, window: 4, snapshotEvery: 10 }, rec).run();
    expect(r.completed).toBe(240);
    expect(rec.compactions).toBeGreaterThanOrEqual(10);
    const v = await validateTraceSource(toNdjson(rec.lines()), "bounded", { specFile: SPEC, invariants: INVARIANTS });
    expect(v.ok).toBe(true);
  }, 120_000);

  it("reject a compaction taken before the snapshot it needs exists", async () => {
    const rec = new CompactTraceRecorder();
    new SmrSimulation({ seed: "early", clients: 2, requestsPerClient: 20, snapshotEvery: 5 }, rec).run();
    const lines = rec.lines();
    const at = lines.findIndex((l) => l.includes('"action":"Compact"'));
    expect(at).toBeGreaterThan(1);
    const n = (JSON.parse(lines[at]!) as { params: { n: number } }).params.n;
    const exec = lines.findIndex((l) => l.includes('"action":"Execute"') && l.includes(`"s":${n - 1}`));
    expect(exec).toBeGreaterThan(0);
    const moved = [...lines];
    const [compact] = moved.splice(at, 1);
    moved.splice(exec, 0, compact!);
    const renumbered = moved.map((l, i) => (i === 0 ? l : JSON.stringify({ ...(JSON.parse(l) as object), i })));
    const v = await validateTraceSource(toNdjson(renumbered), "early", { specFile: SPEC, invariants: INVARIANTS });
    expect(v.ok).toBe(false);
    expect(formatVerdict(v.verdict)).toContain("Compact");
  }, 120_000);
});

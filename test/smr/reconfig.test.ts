/**
 * Reconfiguration of the replicated store: an operator changes the acceptors
 * while clients write, under loss, duplication, partitions and crashes of every
 * role, the leader's aimed at on purpose. Every run's trace
 * is a behaviour of spec/ReconfigMultiPaxos.tla (validated by the engine,
 * with Agreement, PrefixConsistency and ExactlyOnce on every state), its
 * client history is linearizable, and every request is answered.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SmrSimulation } from "../../src/cluster/index.js";
import type { Reconfiguration } from "../../src/cluster/index.js";
import { checkLinearizable } from "../../src/check/linearizability.js";
import { QuorumSystemError } from "../../src/paxos/index.js";
import { SmrTraceRecorder } from "../../src/trace/smrRecorder.js";
import { toNdjson } from "../../src/trace/index.js";
import { validateTraceSource } from "../../src/trace/validate.js";
import { formatVerdict } from "../../src/tla/trace/validate.js";
import { FC_SEED, LONG, keepFailure } from "../arbitraries.js";

/** Replace a1, a2, a3 by a4, a5, a6 one at a time, a change every `every` time units from `start`. */
const rolling = (start: number, every: number): Reconfiguration[] => [
  { at: start, acceptors: ["a2", "a3", "a4"], quorum: { kind: "majority" } },
  { at: start + every, acceptors: ["a3", "a4", "a5"], quorum: { kind: "majority" } },
  { at: start + 2 * every, acceptors: ["a4", "a5", "a6"], quorum: { kind: "majority" } },
];

const scenarios = fc.constantFrom<readonly Reconfiguration[]>(
  rolling(40, 60),
  // drop one acceptor, then add a fresh one with a weight of its own
  [
    { at: 30, acceptors: ["a1", "a2"], quorum: { kind: "majority" } },
    { at: 120, acceptors: ["a1", "a2", "a4"], quorum: { kind: "weighted", weights: [1, 1, 2] } },
  ],
  // two changes racing: the second asked for before the first is decided
  [
    { at: 30, acceptors: ["a4"], quorum: { kind: "majority" } },
    { at: 31, acceptors: ["a1", "a4", "a5"], quorum: { kind: "majority" } },
  ],
);

const runs = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 }).map(String),
  acceptors: fc.constant(3),
  proposers: fc.integer({ min: 1, max: 3 }),
  replicas: fc.integer({ min: 1, max: 3 }),
  clients: fc.integer({ min: 1, max: 3 }),
  requestsPerClient: fc.integer({ min: 3, max: 8 }),
  keys: fc.integer({ min: 1, max: 3 }),
  window: fc.integer({ min: 1, max: 4 }),
  batch: fc.integer({ min: 1, max: 2 }),
  snapshotEvery: fc.integer({ min: 2, max: 6 }),
  loss: fc.double({ min: 0, max: 0.15, noNaN: true }),
  duplicate: fc.double({ min: 0, max: 0.1, noNaN: true }),
  crash: fc.double({ min: 0, max: 0.006, noNaN: true }),
  leaderCrash: fc.double({ min: 0, max: 0.004, noNaN: true }),
  downtime: fc.constant({ min: 5, max: 40 }),
  partition: fc.double({ min: 0, max: 0.004, noNaN: true }),
  reconfigure: scenarios,
  maxSteps: fc.constant(20_000),
});

describe("reconfiguration", () => {
  it("every run is a behaviour of spec/ReconfigMultiPaxos.tla, linearizable, with every request answered", async () => {
    await fc.assert(
      fc.asyncProperty(runs, async (o) => {
        const rec = new SmrTraceRecorder("events");
        const sim = new SmrSimulation(o, rec);
        const r = sim.run();
        const lines = rec.lines();
        const v = await validateTraceSource(toNdjson(lines), `reconfig-${o.seed}`, { specFile: "spec/ReconfigMultiPaxos.tla" });
        const lin = checkLinearizable(r.history);
        if (!v.ok || v.steps !== r.specSteps || !lin.ok || r.completed !== r.issued) {
          const path = keepFailure("reconfig-trace", o.seed, lines);
          const why = !v.ok ? formatVerdict(v.verdict) : !lin.ok ? lin.explanation : `${r.completed} of ${r.issued} requests answered (${r.stopped})`;
          throw new Error(`${why}\n(trace: ${path})`);
        }
        expect(JSON.parse(lines[0]!).spec).toBe("ReconfigMultiPaxos");
      }),
      { seed: FC_SEED, numRuns: LONG ? 200 : 25 },
    );
  }, 600_000);

  it("after a rolling replacement the new acceptors decide: the last slots have votes of a4, a5, a6 only", () => {
    const sim = new SmrSimulation({ seed: "7", clients: 2, requestsPerClient: 20, window: 2, reconfigure: rolling(30, 50) });
    const r = sim.run();
    expect(r.completed).toBe(40);
    const last = Math.max(...sim.sent.filter((m) => m.msg.type === "2b").map((m) => (m.msg.type === "2b" ? m.msg.slot : 0)));
    const voters = new Set(sim.sent.flatMap((m) => (m.msg.type === "2b" && m.msg.slot === last ? [m.msg.acc] : [])));
    expect([...voters].every((a) => ["a4", "a5", "a6"].includes(a))).toBe(true);
  });

  it("refuses a configuration whose quorums do not intersect, before anything runs", () => {
    expect(() => new SmrSimulation({ seed: "1", reconfigure: [{ at: 10, acceptors: ["a1", "a2", "a3"], quorum: { kind: "explicit", sets: [["a1"], ["a2", "a3"]] } }] })).toThrow(
      QuorumSystemError,
    );
  });
});

/**
 * The replicated key-value store under every fault the simulator has: message
 * loss, duplication, reordering, partitions, and crashes and restarts of every
 * role, the leader included. Every run must keep the replicas in agreement
 * (one value per slot, equal state machines after equal prefixes), execute
 * each request at most once, and give a linearizable client history; runs
 * without faults must answer every request.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulateSmr, SmrSimulation } from "../../src/cluster/index.js";
import type { SmrOptions, SmrResult } from "../../src/cluster/index.js";
import { checkLinearizable } from "../../src/check/linearizability.js";
import { FC_SEED, LONG } from "../arbitraries.js";

const RUNS = LONG ? 200 : 30;

/** Writes a failing run's options and history to test-output/failures; returns the path. */
function keepHistory(name: string, options: Partial<SmrOptions>, result: SmrResult): string {
  mkdirSync("test-output/failures", { recursive: true });
  const path = `test-output/failures/${name}-${String(options.seed)}.ndjson`;
  writeFileSync(path, [JSON.stringify({ kind: "options", options }), ...result.history.map((h) => JSON.stringify(h))].join("\n") + "\n");
  return path;
}

/** Everything wrong with a finished run. */
function problems(sim: SmrSimulation, r: SmrResult): string[] {
  const out: string[] = [];
  if (r.disagreements.length > 0) out.push(`replicas learned different values in slots ${r.disagreements.join(", ")}`);
  const lin = checkLinearizable(r.history);
  if (!lin.ok) out.push(`the history is not linearizable: ${lin.explanation}`);
  // Replicas that executed the same prefix hold the same state machine.
  const byPrefix = new Map<number, string>();
  for (const id of sim.replicaIds) {
    const rep = sim.node(id, "replica");
    const text = JSON.stringify([[...rep.kv.data].sort(), [...rep.kv.sessions].sort()]);
    const other = byPrefix.get(rep.applied);
    if (other !== undefined && other !== text) out.push(`two replicas differ after executing slots 0..${rep.applied - 1}`);
    byPrefix.set(rep.applied, text);
    // Exactly once: every appended token (unique per request) appears at most once.
    for (const v of rep.kv.data.values()) {
      const tokens = v.split(";").filter((t) => t !== "");
      if (new Set(tokens).size !== tokens.length) out.push(`${id}: a request was appended twice: ${v}`);
    }
  }
  return out;
}

const faults = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 }).map(String),
  acceptors: fc.constantFrom(3, 5),
  proposers: fc.integer({ min: 1, max: 3 }),
  replicas: fc.integer({ min: 1, max: 3 }),
  clients: fc.integer({ min: 1, max: 5 }),
  keys: fc.integer({ min: 1, max: 4 }),
  window: fc.integer({ min: 1, max: 8 }),
  batch: fc.integer({ min: 1, max: 4 }),
  snapshotEvery: fc.integer({ min: 2, max: 20 }),
  loss: fc.double({ min: 0, max: 0.2, noNaN: true }),
  duplicate: fc.double({ min: 0, max: 0.2, noNaN: true }),
  crash: fc.double({ min: 0, max: 0.004, noNaN: true }),
  partition: fc.double({ min: 0, max: 0.002, noNaN: true }),
  delay: fc.integer({ min: 1, max: 20 }).map((max) => ({ min: 1, max })),
  requestsPerClient: fc.integer({ min: 1, max: 15 }),
  maxSteps: fc.constant(30_000),
});

describe("the replicated store", () => {
  console.log(`fast-check seed ${FC_SEED} (set FC_SEED to replay)`);

  it("answers every request of a fault-free run, two message delays from leader to replicas in the steady state", () => {
    const sim = new SmrSimulation({ seed: "steady", clients: 4, requestsPerClient: 25, delay: { min: 1, max: 1 } });
    const r = sim.run();
    expect(r.completed).toBe(100);
    expect(r.stopped).toBe("done");
    expect(problems(sim, r)).toEqual([]);
  });

  it("keeps agreement, executes each request once, and stays linearizable under loss, duplication, partitions and crashes of every role", () => {
    fc.assert(
      fc.property(faults, (o) => {
        const sim = new SmrSimulation(o);
        const r = sim.run();
        const bad = problems(sim, r);
        if (bad.length > 0) throw new Error(`${bad.join("\n")}\n(history: ${keepHistory("smr", o, r)})`);
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });

  it("answers every request once the faults stop (crashes and loss while it runs, then a quiet network)", () => {
    for (const seed of ["1", "2", "3"]) {
      const r = simulateSmr({ seed, loss: 0.05, duplicate: 0.05, crash: 0.001, downtime: { min: 10, max: 60 }, requestsPerClient: 10, maxSteps: 100_000 });
      expect(r.completed, `seed ${seed}`).toBe(r.issued);
      expect(r.completed).toBe(30);
    }
  });

  it("answers every request on a network that keeps losing up to 30% of messages, whatever the window, batch and number of leaders", () => {
    // A slot whose 2b messages every replica missed must still be learned (the replicas ask the acceptors for their votes).
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 2 ** 31 }).map(String),
          proposers: fc.integer({ min: 1, max: 3 }),
          replicas: fc.integer({ min: 1, max: 3 }),
          clients: fc.integer({ min: 1, max: 3 }),
          requestsPerClient: fc.integer({ min: 1, max: 8 }),
          window: fc.integer({ min: 1, max: 6 }),
          batch: fc.integer({ min: 1, max: 3 }),
          snapshotEvery: fc.integer({ min: 1, max: 8 }),
          loss: fc.double({ min: 0, max: 0.3, noNaN: true }),
          duplicate: fc.double({ min: 0, max: 0.1, noNaN: true }),
          maxSteps: fc.constant(60_000),
        }),
        (o) => {
          const r = simulateSmr(o);
          if (r.completed !== o.clients * o.requestsPerClient)
            throw new Error(`${r.completed} of ${o.clients * o.requestsPerClient} answered (${r.stopped}); ${keepHistory("smr-lossy", o, r)}`);
        },
      ),
      { seed: FC_SEED, numRuns: RUNS * 2 },
    );
  });

  it("refuses options out of range with a message naming the option", () => {
    expect(() => simulateSmr({ window: 0 })).toThrow(/window must be a whole number from 1/);
    expect(() => simulateSmr({ heartbeatEvery: 100, leaderTimeout: 50 })).toThrow(/heartbeatEvery \(100\) must be below leaderTimeout \(50\)/);
    expect(() => simulateSmr({ acceptors: 2, quorum: { kind: "explicit", sets: [["a1"], ["a2"]] } })).toThrow(/intersect|disjoint/);
  });
});

import { describe, expect, it } from "vitest";
import { simulate, Simulation, SimulationOptionsError } from "../../src/cluster/index.js";
import { Random } from "../../src/sim/index.js";
import type { SimEvent, SimulationObserver } from "../../src/cluster/index.js";
import { recordRun, toNdjson } from "../../src/trace/index.js";
import { QuorumSystemError } from "../../src/paxos/index.js";

describe("Random (sfc32)", () => {
  it("is determined by its seed", () => {
    const a = new Random("seed");
    const b = new Random("seed");
    const c = new Random("other");
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(xs);
  });
  it("draws in range", () => {
    const r = new Random("1");
    for (let i = 0; i < 1000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      expect(r.int(7)).toBeLessThan(7);
    }
  });
});

describe("determinism", () => {
  const opts = { acceptors: 5, proposers: 2, learners: 2, loss: 0.1, duplicate: 0.1, crash: 0.02, partition: 0.01 };
  it("the same seed gives byte-identical traces", () => {
    const a = toNdjson(recordRun({ ...opts, seed: "42" }).lines);
    const b = toNdjson(recordRun({ ...opts, seed: "42" }).lines);
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toBe(a);
  });
  it("different seeds give different traces", () => {
    const a = toNdjson(recordRun({ ...opts, seed: "42" }).lines);
    const b = toNdjson(recordRun({ ...opts, seed: "43" }).lines);
    expect(b).not.toBe(a);
  });
});

describe("runs without faults", () => {
  it("one proposer, five acceptors, one learner: 4n protocol messages and 4 message delays", () => {
    const r = simulate({ seed: "7", acceptors: 5, delay: { min: 1, max: 1 } });
    expect(r.decided).toBe(true);
    expect(r.value).toBe("v1");
    expect(r.protocolMessagesToDecision).toBe(20);
    expect(r.messages).toMatchObject({ "1a": 5, "1b": 5, "2a": 5, "2b": 5 });
    expect(r.latency).toBe(4);
    expect(r.ballots).toEqual([0]);
    expect(r.stopped).toBe("decided");
  });
  it("three dueling proposers still decide, on one of their values", () => {
    for (const seed of ["1", "2", "3", "4", "5"]) {
      const r = simulate({ seed, acceptors: 5, proposers: 3, learners: 3 });
      expect(r.decided).toBe(true);
      expect(["v1", "v2", "v3"]).toContain(r.value);
    }
  });
});

describe("faults", () => {
  const events = (options: object): { what: string; e: SimEvent }[] => {
    const seen: { what: string; e: SimEvent }[] = [];
    const obs: SimulationObserver = { event: (e) => void seen.push({ what: e.what, e }) };
    new Simulation({ seed: "9", acceptors: 5, proposers: 2, maxSteps: 2000, ...options }, obs).run();
    return seen;
  };
  it("loss drops messages, duplication delivers twice", () => {
    const lossy = simulate({ seed: "5", acceptors: 5, loss: 0.3 });
    expect(lossy.dropped).toBeGreaterThan(0);
    const dup = events({ duplicate: 0.5 });
    const dupIds = dup.filter((x) => x.what === "dup").map((x) => (x.e as { id: number }).id);
    expect(dupIds.length).toBeGreaterThan(0);
    const delivered = dup.filter((x) => x.what === "deliver").map((x) => (x.e as { id: number }).id);
    expect(dupIds.some((id) => delivered.filter((d) => d === id).length === 2)).toBe(true);
  });
  it("a message lost as it is sent is reported after the step that sent it", () => {
    const { lines } = recordRun({ seed: "4", acceptors: 5, loss: 0.3 });
    const parsed = lines.map(
      (l) => JSON.parse(l) as { kind: string; what?: string; reason?: string; msg?: { type: string; bal: number }; action?: string; params?: { b?: number } },
    );
    let checked = 0;
    parsed.forEach((l, n) => {
      if (l.kind !== "event" || l.what !== "drop" || l.reason !== "loss" || l.msg?.type !== "1a") return;
      const sender = parsed.slice(0, n).find((s) => s.kind === "step" && s.action === "Phase1a" && s.params?.b === l.msg!.bal);
      expect(sender, `line ${n + 1}`).toBeDefined();
      checked++;
    });
    expect(checked).toBeGreaterThan(0);
  });
  it("crashes are followed by recovery, and messages to a down node are dropped", () => {
    const seen = events({ crash: 0.1 });
    expect(seen.some((x) => x.what === "crash")).toBe(true);
    expect(seen.some((x) => x.what === "drop" && (x.e as { reason: string }).reason === "down")).toBe(true);
  });
  it("a crashed acceptor restarts with exactly the state it persisted (a Restart step)", () => {
    const { lines } = recordRun({ seed: "3", acceptors: 3, crash: 0.2, downtime: { min: 1, max: 3 } });
    const restarts = lines.map((l) => JSON.parse(l)).filter((l) => l.kind === "step" && l.action === "Restart");
    expect(restarts.length).toBeGreaterThan(0);
  });
  it("partitions split the network and heal", () => {
    const seen = events({ partition: 0.2 });
    expect(seen.some((x) => x.what === "partition")).toBe(true);
    expect(seen.some((x) => x.what === "heal")).toBe(true);
    expect(seen.some((x) => x.what === "drop" && (x.e as { reason: string }).reason === "partition")).toBe(true);
  });
  it("a run that cannot decide stops at the step budget", () => {
    const r = simulate({ seed: "1", acceptors: 3, loss: 1, maxSteps: 50 });
    expect(r.decided).toBe(false);
    expect(r.stopped).toBe("budget");
    expect(r.steps).toBe(50);
  });
});

describe("stable storage", () => {
  it("a promise or vote is on stable storage before any message revealing it is delivered", () => {
    let checked = 0;
    const sim: Simulation = new Simulation(
      { seed: "11", acceptors: 5, proposers: 3, learners: 2, loss: 0.1, duplicate: 0.2, crash: 0.05, maxSteps: 3000 },
      {
        event: (e) => {
          if (e.what !== "deliver" || (e.msg.type !== "1b" && e.msg.type !== "2b")) return;
          const rec = sim.stableRecord(e.msg.acc);
          if (rec?.role !== "acceptor") throw new Error("not an acceptor");
          expect(rec.maxBal).toBeGreaterThanOrEqual(e.msg.bal);
          if (e.msg.type === "2b") expect(rec.maxVBal).toBeGreaterThanOrEqual(e.msg.bal);
          checked++;
        },
      },
    );
    sim.run();
    expect(checked).toBeGreaterThan(10);
  });
});

describe("options", () => {
  it("refuses out-of-range options with a message naming them", () => {
    expect(() => simulate({ loss: 2 })).toThrow(new SimulationOptionsError("loss must be a probability between 0 and 1, got 2"));
    expect(() => simulate({ acceptors: 0 })).toThrow(/acceptors must be a whole number from 1 to 16, got 0/);
  });
  it("refuses an unsafe quorum system", () => {
    expect(() =>
      simulate({
        acceptors: 4,
        quorum: {
          kind: "explicit",
          sets: [
            ["a1", "a2"],
            ["a3", "a4"],
          ],
        },
      }),
    ).toThrow(QuorumSystemError);
  });
  it("weighted quorums: the heavy acceptor plus one other decide", () => {
    const r = simulate({ seed: "2", acceptors: 4, quorum: { kind: "weighted", weights: [3, 1, 1, 1] } });
    expect(r.decided).toBe(true);
  });
});

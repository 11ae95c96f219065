/**
 * Adding and dropping replicas while clients write: a replica that failed for
 * good is dropped and a fresh one added, the leader crashes in the middle of
 * a change, the lead is handed from proposer to proposer by dropping leaders,
 * replica and acceptor changes race each other and partitions. A
 * fresh replica hears the votes of the slots its configuration rules, catches
 * up by a snapshot and the log after it, and executes and answers from then
 * on. Every run's trace is a behaviour of spec/ReconfigMultiPaxos.tla, its
 * client history is linearizable, every request is answered, and nothing
 * decided is lost: each client's last answered request is in the state of
 * the replicas serving at the end.
 *
 * Bad requests are refused: a change that would leave no quorum of live
 * acceptors is decided, executed as a command that changes nothing, and
 * answered with the reason; the run goes on under the old configuration.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { observeAllSmr, SmrSimulation } from "../../src/cluster/index.js";
import type { Reconfiguration, SmrObserver, SmrOptions } from "../../src/cluster/index.js";
import { checkLinearizable } from "../../src/check/linearizability.js";
import { SmrTraceRecorder } from "../../src/trace/smrRecorder.js";
import { toNdjson } from "../../src/trace/index.js";
import { validateTraceSource } from "../../src/trace/validate.js";
import { formatVerdict } from "../../src/tla/trace/validate.js";
import type { ScheduledCrash } from "../../src/sim/index.js";
import { commandId, execute, initReplica, emptySnapshot } from "../../src/multipaxos/index.js";
import type { Batch, Configuration, ReplicaConfig } from "../../src/multipaxos/index.js";
import { SortedMap } from "../../src/lib/sortedMap.js";
import { refusal } from "../../src/smr/kv.js";
import { FC_SEED, LONG, keepFailure } from "../arbitraries.js";

const majority = { kind: "majority" } as const;
const abc = ["a1", "a2", "a3"];

/** A scenario: the changes an operator asks for and the crashes scheduled with them, from time `t` (and the proposers it needs). */
type Scenario = (t: number, gap: number) => { reconfigure: Reconfiguration[]; scheduledCrashes: ScheduledCrash[]; proposers?: number };

const scenarios: Record<string, Scenario> = {
  // r1 fails for good; the operator drops it, then adds a fresh r4
  "drop a failed replica, add a fresh one": (t, gap) => ({
    scheduledCrashes: [{ node: "r1", at: t / 2, downFor: Infinity }],
    reconfigure: [
      { at: t, acceptors: abc, quorum: majority, replicas: ["r2", "r3"] },
      { at: t + gap, acceptors: abc, quorum: majority, replicas: ["r2", "r3", "r4"] },
    ],
  }),
  // the same in one change, and the leader crashes just after asking for it
  "replace a replica while the leader crashes": (t, gap) => ({
    scheduledCrashes: [
      { node: "r1", at: t / 2, downFor: Infinity },
      { node: "p1", at: t + gap / 4, downFor: gap },
    ],
    reconfigure: [{ at: t, acceptors: abc, quorum: majority, replicas: ["r2", "r3", "r4"] }],
  }),
  // an acceptor and a replica replaced at once, the leader crashing in the middle
  "replace an acceptor and a replica, leader crash": (t, gap) => ({
    scheduledCrashes: [{ node: "p1", at: t + 1, downFor: gap }],
    reconfigure: [{ at: t, acceptors: ["a2", "a3", "a4"], quorum: majority, replicas: ["r2", "r4"] }],
  }),
  // the lead handed over twice, p1 then p2 dropped from the leaders, while a replica is replaced
  "hand the lead over, replace a replica": (t, gap) => ({
    proposers: 3,
    scheduledCrashes: [],
    reconfigure: [
      { at: t, acceptors: abc, quorum: majority, leaders: ["p2", "p3"] },
      { at: t + gap, acceptors: abc, quorum: majority, replicas: ["r1", "r2", "r4"], leaders: ["p3"] },
    ],
  }),
  // three changes racing: each asked for before the one before is decided
  "racing replica and acceptor changes": (t) => ({
    scheduledCrashes: [],
    reconfigure: [
      { at: t, acceptors: abc, quorum: majority, replicas: ["r1", "r4"] },
      { at: t + 1, acceptors: ["a1", "a2", "a4"], quorum: majority, replicas: ["r4", "r5"] },
      { at: t + 2, acceptors: ["a2", "a4", "a5"], quorum: { kind: "weighted", weights: [2, 1, 1] }, replicas: ["r2", "r5", "r6"] },
    ],
  }),
};

const runs = fc
  .record({
    scenario: fc.constantFrom(...Object.keys(scenarios)),
    t: fc.integer({ min: 20, max: 80 }),
    gap: fc.integer({ min: 20, max: 80 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 }).map(String),
    proposers: fc.integer({ min: 1, max: 3 }),
    replicas: fc.constant(3),
    clients: fc.integer({ min: 1, max: 3 }),
    requestsPerClient: fc.integer({ min: 4, max: LONG ? 20 : 8 }),
    keys: fc.integer({ min: 1, max: 3 }),
    window: fc.integer({ min: 1, max: 4 }),
    batch: fc.integer({ min: 1, max: 2 }),
    snapshotEvery: fc.integer({ min: 2, max: 6 }),
    loss: fc.double({ min: 0, max: 0.15, noNaN: true }),
    duplicate: fc.double({ min: 0, max: 0.1, noNaN: true }),
    crash: fc.double({ min: 0, max: 0.004, noNaN: true }),
    leaderCrash: fc.double({ min: 0, max: 0.003, noNaN: true }),
    downtime: fc.constant({ min: 5, max: 40 }),
    partition: fc.double({ min: 0, max: 0.004, noNaN: true }),
    maxSteps: fc.constant(40_000),
  })
  .map(({ scenario, t, gap, ...o }): Partial<SmrOptions> & { seed: string; scenario: string } => ({ ...o, scenario, ...scenarios[scenario]!(t, gap) }));

/** Counts each replica's Execute and InstallSnapshot steps, and keeps the slots of the votes sent to `watched`. */
function stepCounter(watched: string): SmrObserver & { executes: Map<string, number>; installs: Map<string, number>; votesTo: number[] } {
  const executes = new Map<string, number>();
  const installs = new Map<string, number>();
  const votesTo: number[] = [];
  return {
    executes,
    installs,
    votesTo,
    step: (action, node) => {
      if (action.name === "Execute") executes.set(node, (executes.get(node) ?? 0) + 1);
      if (action.name === "InstallSnapshot") installs.set(node, (installs.get(node) ?? 0) + 1);
    },
    event: (e) => {
      if ((e.what === "deliver" || e.what === "drop") && e.to === watched && e.msg.type === "2b") votesTo.push(e.msg.slot);
    },
  };
}

describe("adding and dropping replicas", () => {
  it("every run is a behaviour of spec/ReconfigMultiPaxos.tla, linearizable, every request answered, nothing decided lost", async () => {
    await fc.assert(
      fc.asyncProperty(runs, async ({ scenario, ...o }) => {
        const rec = new SmrTraceRecorder("events");
        // The first slot each command was learned in.
        const slotOf = new Map<string, number>();
        const learned: SmrObserver = {
          step: (a) => {
            if (a.name === "Learn") for (const c of a.params.v) if (!slotOf.has(commandId(c))) slotOf.set(commandId(c), a.params.s);
          },
        };
        const sim = new SmrSimulation(o, observeAllSmr(rec, learned));
        const r = sim.run();
        const lines = rec.lines();
        const v = await validateTraceSource(toNdjson(lines), `replicas-${o.seed}`, { specFile: "spec/ReconfigMultiPaxos.tla" });
        const lin = checkLinearizable(r.history);
        // Nothing decided is lost: each client's last answered request is in the state of the most advanced replica serving at the end, or
        // decided in a slot that replica has yet to execute.
        const lost: string[] = [];
        const ahead = sim
          .servingReplicas()
          .map((id) => sim.node(id, "replica"))
          .reduce((a, b) => (b.applied > a.applied ? b : a));
        for (const c of sim.clientIds) {
          const answered = Math.max(0, ...r.history.filter((h) => h.client === c && h.complete !== null).map((h) => h.seq));
          const slot = slotOf.get(`${c}.${answered}`);
          if ((ahead.kv.sessions.get(c)?.seq ?? 0) < answered && !(slot !== undefined && slot >= ahead.applied))
            lost.push(`${c}.${answered} (slot ${slot ?? "none"}) not in the state of ${ahead.id}, which executed ${ahead.applied} slots`);
        }
        if (!v.ok || v.steps !== r.specSteps || !lin.ok || r.completed !== r.issued || lost.length > 0 || r.disagreements.length > 0) {
          const path = keepFailure("replicas-trace", o.seed, lines);
          const why = !v.ok
            ? formatVerdict(v.verdict)
            : !lin.ok
              ? lin.explanation
              : lost.length > 0
                ? lost.join("; ")
                : `${r.completed} of ${r.issued} requests answered (${r.stopped})`;
          throw new Error(`${scenario}: ${why}\n(trace: ${path})`);
        }
      }),
      { seed: FC_SEED, numRuns: LONG ? 150 : 16 },
    );
  }, 600_000);

  it("a fresh replica catches up by a snapshot and the log after it, then executes and answers; the failed one it replaces is no longer asked", () => {
    const steps = stepCounter("r1");
    const sim = new SmrSimulation(
      { seed: "11", clients: 2, requestsPerClient: 30, window: 2, snapshotEvery: 4, ...scenarios["drop a failed replica, add a fresh one"]!(40, 60) },
      steps,
    );
    const r = sim.run();
    expect(r.completed).toBe(60);
    expect(sim.servingReplicas()).toEqual(["r2", "r3", "r4"]);
    const r4 = sim.node("r4", "replica");
    expect(steps.installs.get("r4") ?? 0).toBeGreaterThan(0);
    expect(steps.executes.get("r4") ?? 0).toBeGreaterThan(0);
    expect(r4.applied).toBeGreaterThanOrEqual(r.executedByAll);
    expect(r4.kv).toEqual(sim.node("r2", "replica").kv);
    // r1 is down for good, and dropped: no vote is sent to it for a slot of a configuration without it
    const [dropSlot] = sim.node("r2", "replica").configs.changes[0]!;
    expect(steps.votesTo.length).toBeGreaterThan(0);
    expect(Math.max(...steps.votesTo)).toBeLessThan(dropSlot + 2);
  });

  it("a leader dropped from the leaders stands down, and one of those named takes over", () => {
    const ballots: { p: string; time: number }[] = [];
    const sim = new SmrSimulation(
      { seed: "3", clients: 2, requestsPerClient: 25, window: 2, ...scenarios["hand the lead over, replace a replica"]!(40, 60) },
      { step: (a, _node, time) => void (a.name === "Phase1a" && ballots.push({ p: a.params.p, time })) },
    );
    const r = sim.run();
    expect(r.completed).toBe(50);
    expect(ballots[0]!.p).toBe("p1");
    expect(ballots.map((b) => b.p)).toContain("p3");
    // once p1 and then p2 are dropped, every new ballot is p3's
    const last = ballots[ballots.length - 1]!;
    expect(last.p).toBe("p3");
    for (const p of ["p1", "p2"]) expect(sim.node(p, "proposer").role).toBe("follower");
    expect(sim.node("p3", "proposer").role).toBe("leading");
  });

  it("a change that would leave no quorum of live acceptors is decided, answered with the reason, and changes nothing", async () => {
    // a2 fails for good at t=20; dropping a1 at t=50 would leave {a2, a3}, whose one quorum needs a2
    const rec = new SmrTraceRecorder("events");
    const sim = new SmrSimulation(
      {
        seed: "5",
        clients: 2,
        requestsPerClient: 20,
        window: 2,
        scheduledCrashes: [{ node: "a2", at: 20, downFor: Infinity }],
        reconfigure: [{ at: 50, acceptors: ["a2", "a3"], quorum: majority }],
      },
      rec,
    );
    const r = sim.run();
    expect(r.completed).toBe(40);
    expect(refusal(sim.changes[0]!)).toBe("C2 = {a2, a3} has no quorum of live acceptors (a2 failed)");
    for (const id of sim.replicaIds) {
      const s = sim.node(id, "replica");
      expect(s.kv.sessions.get("o1")?.result).toEqual({ type: "refused", reason: "C2 = {a2, a3} has no quorum of live acceptors (a2 failed)" });
      expect(s.configs.changes).toEqual([]);
    }
    const v = await validateTraceSource(toNdjson(rec.lines()), "refused", { specFile: "spec/ReconfigMultiPaxos.tla" });
    expect(v.ok).toBe(true);
    expect(JSON.parse(rec.lines()[0]!).constants.ChangeTo["#map"]).toContainEqual(["o1.1", "None"]);
  });

  it("a replica refuses a change with quorums that do not intersect, or no replica, as a command that changes nothing", () => {
    const initial: Configuration = { name: "C1", acceptors: abc, quorum: majority, replicas: ["r1"], leaders: ["p1"] };
    const cfg: ReplicaConfig = { proposers: ["p1"], initial, alpha: 1, snapshotEvery: 100, catchUpEvery: 10 };
    const split: Configuration = { name: "C2", acceptors: abc, quorum: { kind: "explicit", sets: [["a1"], ["a2", "a3"]] }, replicas: ["r1"], leaders: ["p1"] };
    const empty: Configuration = { name: "C3", acceptors: abc, quorum: majority, replicas: [], leaders: ["p1"] };
    let s = initReplica("r1", emptySnapshot(initial));
    s = {
      ...s,
      decided: SortedMap.of<Batch>([
        [0, [{ client: "o1", seq: 1, op: { type: "reconfig", config: split, failed: [] } }]],
        [1, [{ client: "o1", seq: 2, op: { type: "reconfig", config: empty, failed: [] } }]],
      ]),
    };
    const first = execute(s, cfg)!;
    expect(first.effects).toContainEqual({
      kind: "send",
      to: "o1",
      msg: {
        type: "reply",
        replica: "r1",
        client: "o1",
        seq: 1,
        result: { type: "refused", reason: "C2: quorums {a1} and {a2, a3} do not intersect, so two different values could be chosen" },
      },
    });
    const second = execute(first.state, cfg)!;
    expect(second.effects).toContainEqual(expect.objectContaining({ msg: expect.objectContaining({ result: { type: "refused", reason: "C3 has no replica" } }) }));
    expect(second.state.configs.changes).toEqual([]);
  });
});

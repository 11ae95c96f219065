import { describe, expect, it } from "vitest";
import {
  adopt,
  answerVoteQuery,
  catchUpTimer,
  replicaReceive2b as receive2b,
  emptySnapshot,
  execute,
  initAcceptor,
  initClient,
  initProposer,
  initReplica,
  phase1a,
  phase1b,
  phase2a,
  phase2b,
  receive1b,
  receiveReply,
  recover,
  request,
  restart,
  retry,
} from "../../src/multipaxos/index.js";
import { AppendOnly } from "../../src/lib/appendOnly.js";
import { SortedMap } from "../../src/lib/sortedMap.js";
import type { Batch, ClientConfig, Configuration, Effect, ProposerConfig, ProposerState, ReplicaConfig, ReplicaState, Vote } from "../../src/multipaxos/index.js";

const acceptors = ["a1", "a2", "a3"];
const initial: Configuration = { name: "C1", acceptors, quorum: { kind: "majority" }, replicas: ["r1", "r2"], leaders: ["p1", "p2"] };
const pcfg: ProposerConfig = { proposers: ["p1", "p2"], initial, window: 4, batch: 2, leaderTimeout: 50, heartbeatEvery: 10, resendEvery: 30 };
const rcfg: ReplicaConfig = { proposers: ["p1", "p2"], initial, alpha: 4, snapshotEvery: 2, catchUpEvery: 40 };
const freshReplica = (id: string): ReplicaState => initReplica(id, emptySnapshot(initial));
const cmd = (client: string, seq: number): Batch[number] => ({ client, seq, op: { type: "append", key: "k", value: `${client}.${seq};` } });

describe("Multi-Paxos acceptor", () => {
  it("joins a ballot for every slot, persisting the promise before the 1b, which reports the votes from the asked slot on", () => {
    let a = initAcceptor("a1");
    a = phase2b(a, { type: "2a", from: "p1", bal: 0, slot: 0, val: [cmd("c1", 1)], replicas: ["r1"] })!.state;
    a = phase2b(a, { type: "2a", from: "p1", bal: 0, slot: 3, val: [], replicas: ["r1"] })!.state;
    const r = phase1b(a, { type: "1a", from: "p2", bal: 1, slot: 1 })!;
    expect(r.effects[0]).toEqual({ kind: "persist", record: { role: "acceptor", kind: "promise", maxBal: 1 } });
    expect(r.effects[1]).toMatchObject({ kind: "send", to: "p2", msg: { type: "1b", acc: "a1", bal: 1, from: 1 } });
    const sent = r.effects[1]!.kind === "send" && r.effects[1]!.msg.type === "1b" ? [...r.effects[1]!.msg.votes.keys()] : [];
    expect(sent).toEqual([3]);
    expect(phase1b(r.state, { type: "1a", from: "p2", bal: 1, slot: 0 })).toBeNull();
    // a vote below the promise is refused, in any slot
    expect(phase2b(r.state, { type: "2a", from: "p1", bal: 0, slot: 5, val: [], replicas: ["r1"] })).toBeNull();
  });

  it("restarts from its log with the same promise and votes", () => {
    const votes = new Map<number, Vote>([[2, { bal: 3, val: [] }]]);
    const s = restart("a1", [
      { role: "acceptor", kind: "promise", maxBal: 2 },
      { role: "acceptor", kind: "vote", slot: 2, vote: { bal: 3, val: [] } },
    ]);
    expect(s.state.maxBal).toBe(3);
    expect(new Map(s.state.votes)).toEqual(votes);
    expect(s.action).toEqual({ name: "Restart", params: { a: "a1" } });
  });
});

describe("Multi-Paxos leader", () => {
  it("after phase 1 proposes the highest reported vote in each slot, the no-op in a gap, then new commands", () => {
    let p = phase1a({ ...initProposer("p2", initial), seenBallot: 2 }, pcfg)!.state;
    expect(p.ballot).toBe(3);
    const report = (acc: string, votes: [number, Vote][]) => ({ type: "1b" as const, acc, bal: 3, from: 0, votes: new Map(votes) });
    p = receive1b(
      p,
      report("a1", [
        [0, { bal: 1, val: [cmd("c1", 1)] }],
        [2, { bal: 1, val: [cmd("c2", 1)] }],
      ]),
    )!.state;
    p = receive1b(p, report("a2", [[0, { bal: 2, val: [cmd("c3", 1)] }]]))!.state;
    const led = adopt(p, pcfg)!.state;
    expect(led.role).toBe("leading");
    const proposals: [number, Batch][] = [];
    let s: ProposerState = { ...led, queue: AppendOnly.of([cmd("c4", 1), cmd("c5", 1), cmd("c6", 1)]) };
    for (let step = phase2a(s, pcfg); step; step = phase2a(s, pcfg)) {
      if (step.action?.name === "Phase2a") proposals.push([step.action.params.s, step.action.params.v]);
      s = step.state;
    }
    expect(proposals).toEqual([
      [0, [cmd("c3", 1)]],
      [1, []],
      [2, [cmd("c2", 1)]],
      [3, [cmd("c4", 1), cmd("c5", 1)]],
    ]);
    // the window of 4 undecided slots is full: c6 waits
    expect(s.queue.toArray()).toEqual([cmd("c6", 1)]);
  });
});

describe("Multi-Paxos replica", () => {
  it("executes slots in order, a command decided twice once, and snapshots every two slots", () => {
    let r: ReplicaState = {
      ...freshReplica("r1"),
      decided: SortedMap.of<Batch>([
        [1, [cmd("c1", 1)]],
        [0, [cmd("c1", 1)]],
      ]),
    };
    const first = execute(r, rcfg)!;
    expect(first.action).toEqual({ name: "Execute", params: { r: "r1", s: 0 } });
    r = first.state;
    const second = execute(r, rcfg)!;
    r = second.state;
    expect(r.kv.data.get("k")).toBe("c1.1;");
    expect(second.effects[0]).toMatchObject({ kind: "persist", replaces: true, record: { role: "replica", snapshot: { through: 2 } } });
    expect(execute(r, rcfg)).toBeNull();
    const back = recover("r1", [{ role: "replica", snapshot: r.snapshot }], initial);
    expect(back.action).toEqual({ name: "Recover", params: { r: "r1", n: 2 } });
    expect(back.state.kv.data.get("k")).toBe("c1.1;");
  });
});

describe("Multi-Paxos vote queries", () => {
  it("an acceptor answers with the 2b of its vote in each slot of the range it has one in, and with nothing when it has none", () => {
    let a = initAcceptor("a1");
    a = phase2b(a, { type: "2a", from: "p1", bal: 0, slot: 1, val: [cmd("c1", 1)], replicas: ["r1"] })!.state;
    a = phase2b(a, { type: "2a", from: "p1", bal: 2, slot: 3, val: [], replicas: ["r1"] })!.state;
    const step = answerVoteQuery(a, { type: "votequery", replica: "r2", from: 0, upto: 3 })!;
    expect(step.action).toBeUndefined();
    expect(step.effects).toEqual([{ kind: "send", to: "r2", msg: { type: "2b", acc: "a1", bal: 0, slot: 1, val: [cmd("c1", 1)] } }]);
    expect(answerVoteQuery(a, { type: "votequery", replica: "r2", from: 4, upto: 9 })).toBeNull();
  });

  it("a replica behind a gap asks a peer, and a period later every acceptor too if the gap is still there; one with nothing waiting asks nobody", () => {
    const idle = catchUpTimer(freshReplica("r1"), rcfg);
    expect(idle.effects.filter((e) => e.kind === "send")).toEqual([]);
    // slot 2 is partly voted, slots 0 and 1 are missing
    const r = receive2b(freshReplica("r1"), { type: "2b", acc: "a1", bal: 0, slot: 2, val: [] })!.state;
    const first = catchUpTimer(r, rcfg);
    const sendsOf = (step: typeof first): { to: string; msg: unknown }[] => step.effects.flatMap((e) => (e.kind === "send" ? [e] : []));
    expect(sendsOf(first)).toEqual([{ kind: "send", to: "r2", msg: { type: "catchup", replica: "r1", from: 0 } }]);
    const sends = sendsOf(catchUpTimer(first.state, rcfg));
    expect(sends.map((e) => e.to)).toEqual(["r2", "a1", "a2", "a3"]);
    expect(sends[1]!.msg).toEqual({ type: "votequery", replica: "r1", from: 0, upto: 3 });
  });

  it("a dropped replica with nothing waiting asks nobody, and is asked by nobody; a replica no configuration named yet asks the newest configuration's replicas", () => {
    const without: Configuration = { ...initial, name: "C2", replicas: ["r2", "r3"] };
    const dropped = { ...freshReplica("r1"), configs: { initial, changes: [[0, without] as const] } };
    expect(catchUpTimer(dropped, rcfg).effects.filter((e) => e.kind === "send")).toEqual([]);
    // r2, knowing of the drop, asks r3 only (in turn, whatever its turn)
    const r2 = { ...receive2b(freshReplica("r2"), { type: "2b", acc: "a1", bal: 0, slot: 2, val: [] })!.state, configs: { initial, changes: [[0, without] as const] } };
    for (const askNext of [0, 1, 2])
      expect(catchUpTimer({ ...r2, askNext }, rcfg).effects).toContainEqual({ kind: "send", to: "r3", msg: { type: "catchup", replica: "r2", from: 0 } });
    const joining = receive2b(freshReplica("r3"), { type: "2b", acc: "a1", bal: 0, slot: 2, val: [] })!.state;
    expect(catchUpTimer(joining, rcfg).effects).toContainEqual({ kind: "send", to: "r1", msg: { type: "catchup", replica: "r3", from: 0 } });
    const later = { ...joining, configs: { initial, changes: [[0, without] as const] } };
    expect(catchUpTimer(later, rcfg).effects).toContainEqual({ kind: "send", to: "r2", msg: { type: "catchup", replica: "r3", from: 0 } });
  });
});

describe("Multi-Paxos client", () => {
  const ccfg: ClientConfig = { proposers: ["p1", "p2"], retryAfter: 100, workload: (seq) => (seq <= 3 ? { type: "get", key: "k" } : null) };
  const timers = (effects: readonly Effect[]): unknown[] => effects.flatMap((e) => (e.kind === "setTimer" ? [e.timer] : []));
  const sends = (effects: readonly Effect[]): string[] => effects.flatMap((e) => (e.kind === "send" ? [e.to] : []));
  const reply = (seq: number) => ({ type: "reply", replica: "r1", client: "c1", seq, result: { type: "value", value: null } }) as const;

  it("keeps one retry timer: set by a request when none is, it resends a request still unanswered, moves on to a later one, and lapses with none waiting", () => {
    const first = request(initClient("c1", 0), ccfg)!;
    expect(sends(first.effects)).toEqual(["p1"]);
    expect(timers(first.effects)).toEqual([{ type: "retry", seq: 1 }]);
    // Request 1 answered, request 2 issued: the timer set for request 1 stays, and watches request 2.
    const second = request(receiveReply(first.state, reply(1))!.state, ccfg)!;
    expect(timers(second.effects)).toEqual([]);
    expect(second.state.timerFor).toBe(1);
    // The timer of request 1 fires while request 2 waits: set again for request 2, nothing resent (request 2 gets a whole period).
    const moved = retry(second.state, 1, ccfg)!;
    expect(sends(moved.effects)).toEqual([]);
    expect(timers(moved.effects)).toEqual([{ type: "retry", seq: 2 }]);
    // A timer of any other request number is stale.
    expect(retry(moved.state, 1, ccfg)).toBeNull();
    // Request 2's timer fires with request 2 unanswered: resent, to the next proposer, and the timer set again.
    const resent = retry(moved.state, 2, ccfg)!;
    expect(sends(resent.effects)).toEqual(["p2"]);
    expect(timers(resent.effects)).toEqual([{ type: "retry", seq: 2 }]);
    // Answered, nothing more waiting: the timer lapses, and the next request sets it again.
    const idle = retry(receiveReply(resent.state, reply(2))!.state, 2, ccfg)!;
    expect(idle.effects).toEqual([]);
    expect(idle.state.timerFor).toBe(0);
    expect(timers(request(idle.state, ccfg)!.effects)).toEqual([{ type: "retry", seq: 3 }]);
  });
});

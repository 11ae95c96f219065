import { describe, expect, it } from "vitest";
import {
  DEFAULT_RETRY,
  initProposer,
  majorityQuorums,
  nextBallot,
  phase1a,
  phase2a,
  receive1b,
  receiveRequest,
  retryTimeout,
  timeout,
  valueToPropose,
} from "../../src/paxos/index.js";
import type { ProposerConfig, ProposerState } from "../../src/paxos/index.js";

const acceptors = ["a1", "a2", "a3", "a4", "a5"];
const cfg: ProposerConfig = {
  proposers: ["p1", "p2", "p3"],
  acceptors,
  learners: ["l1"],
  quorum: majorityQuorums(acceptors),
  ballotLimit: 12,
  retry: { timeout: 10, backoff: true, maxExponent: 3 },
};
const withValue = (id: string, value = "v1"): ProposerState => receiveRequest(initProposer(id), { type: "request", client: "c1", value })!.state;
const preparing = (promises: [string, number, string | null][]): ProposerState => {
  let s = phase1a(withValue("p2", "mine"), cfg)!.state; // ballot 1
  for (const [acc, mbal, mval] of promises) s = receive1b(s, { type: "1b", acc, bal: 1, mbal, mval })!.state;
  return s;
};

describe("ballots", () => {
  it("a proposer uses only ballots b with b mod P equal to its number, increasing", () => {
    expect(nextBallot(initProposer("p1"), cfg)).toBe(0);
    expect(nextBallot(initProposer("p2"), cfg)).toBe(1);
    expect(nextBallot(initProposer("p3", { role: "proposer", highestBallot: 2 }), cfg)).toBe(5);
    expect(nextBallot(initProposer("p2", { role: "proposer", highestBallot: 4 }), cfg)).toBe(7);
    expect(nextBallot(initProposer("p3", { role: "proposer", highestBallot: 11 }), cfg)).toBeNull();
  });
  it("retry timeouts double per attempt up to the cap (the host adds up to as much again at random)", () => {
    const p = { timeout: 10, backoff: true, maxExponent: 3 };
    expect([0, 1, 2, 3, 4].map((a) => retryTimeout(p, a))).toEqual([10, 20, 40, 80, 80]);
    expect(retryTimeout({ ...p, backoff: false }, 4)).toBe(10);
    expect(DEFAULT_RETRY.backoff).toBe(true);
  });
});

describe("phase1a", () => {
  it("needs a client's value", () => {
    expect(phase1a(initProposer("p1"), cfg)).toBeNull();
  });
  it("persists the ballot, sets the retry timer of the ballot, then sends a 1a to every acceptor", () => {
    const r = phase1a(withValue("p2"), cfg)!;
    expect(r.action).toEqual({ name: "Phase1a", params: { p: "p2", b: 1 } });
    expect(r.effects[0]).toEqual({ kind: "persist", record: { role: "proposer", highestBallot: 1 }, replaces: true });
    expect(r.effects[1]).toEqual({ kind: "setTimer", timer: { type: "retry", ballot: 1 }, after: 10, jitter: 10 });
    expect(r.effects.slice(2, 7)).toEqual(acceptors.map((a) => ({ kind: "send", to: a, msg: { type: "1a", from: "p2", bal: 1 } })));
    expect(r.state).toMatchObject({ phase: "preparing", ballot: 1, highestBallot: 1, attempts: 1 });
  });
  it("does not start another ballot while one is running, and does after its timer fired", () => {
    const s = phase1a(withValue("p1"), cfg)!.state;
    expect(phase1a(s, cfg)).toBeNull();
    expect(timeout(s, 99)).toBeNull(); // a stale timer
    const idle = timeout(s, 0)!.state;
    const r = phase1a(idle, cfg)!;
    expect(r.action).toEqual({ name: "Phase1a", params: { p: "p1", b: 3 } });
    expect(r.effects[1]).toEqual({ kind: "setTimer", timer: { type: "retry", ballot: 3 }, after: 20, jitter: 20 });
  });
  it("stops once every learner reported the decision", () => {
    const s = { ...withValue("p1"), heardFrom: new Set(["l1"]) };
    expect(phase1a(s, cfg)).toBeNull();
  });
});

describe("receive1b and phase2a", () => {
  it("buffers only 1b messages of the current ballot", () => {
    const s = preparing([]);
    expect(receive1b(s, { type: "1b", acc: "a1", bal: 0, mbal: -1, mval: null })).toBeNull();
    expect(receive1b(s, { type: "1b", acc: "a1", bal: 1, mbal: -1, mval: null })!.state.promises.size).toBe(1);
  });
  it("does not fire without a quorum (2 of 5)", () => {
    expect(
      phase2a(
        preparing([
          ["a1", -1, null],
          ["a2", -1, null],
        ]),
        cfg,
      ),
    ).toBeNull();
  });
  it("a duplicated 1b does not make a quorum", () => {
    expect(
      phase2a(
        preparing([
          ["a1", -1, null],
          ["a2", -1, null],
          ["a2", -1, null],
        ]),
        cfg,
      ),
    ).toBeNull();
  });
  it("proposes its own value when no vote was reported", () => {
    const r = phase2a(
      preparing([
        ["a1", -1, null],
        ["a2", -1, null],
        ["a3", -1, null],
      ]),
      cfg,
    )!;
    expect(r.action).toEqual({ name: "Phase2a", params: { p: "p2", b: 1, v: "mine" } });
    expect(r.effects).toEqual(acceptors.map((a) => ({ kind: "send", to: a, msg: { type: "2a", from: "p2", bal: 1, val: "mine" } })));
    expect(r.state.phase).toBe("accepting");
    expect(phase2a(r.state, cfg)).toBeNull(); // one 2a per ballot
  });
  it("proposes the value of the highest-ballot vote reported", () => {
    const r = phase2a(
      preparing([
        ["a1", 0, "old"],
        ["a2", -1, null],
        ["a3", 3, "newer"],
        ["a4", 2, "mid"],
      ]),
      cfg,
    );
    // ballot 3 cannot precede ballot 1 in a real run; valueToPropose is a pure function of the reports
    expect(r!.action).toMatchObject({ params: { v: "newer" } });
    expect(
      valueToPropose(
        new Map([
          ["a1", { mbal: 0, mval: "x" }],
          ["a2", { mbal: -1, mval: null }],
        ]),
        "own",
      ),
    ).toBe("x");
    expect(valueToPropose(new Map(), "own")).toBe("own");
  });
});

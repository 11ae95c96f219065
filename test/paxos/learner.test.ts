import { describe, expect, it } from "vitest";
import { initClient, initLearner, learn, majorityQuorums, PAXOS_STEPS, propose, receive2b, resubmit } from "../../src/paxos/index.js";
import type { LearnerConfig, LearnerState, Msg2b, PaxosSteps } from "../../src/paxos/index.js";
import { mutant } from "../mutants/mutants.js";
import { receiveDecision } from "../../src/paxos/client.js";

const cfg: LearnerConfig = { quorum: majorityQuorums(["a1", "a2", "a3"]), clients: ["c1"], proposers: ["p1", "p2"] };
const vote = (acc: string, bal: number, val: string): Msg2b => ({ type: "2b", acc, bal, val });
const feed = (votes: Msg2b[], steps: PaxosSteps = PAXOS_STEPS): LearnerState => votes.reduce((s, m) => steps.receive2b(s, m, cfg)?.state ?? s, initLearner("l1"));

describe("learner", () => {
  it("learns once a quorum of distinct acceptors voted the same value in the same ballot", () => {
    expect(learn(feed([vote("a1", 2, "v1")]), cfg)).toBeNull();
    const r = learn(feed([vote("a1", 2, "v1"), vote("a3", 2, "v1")]), cfg)!;
    expect(r.action).toEqual({ name: "Learn", params: { l: "l1", b: 2, v: "v1" } });
    expect(r.effects).toEqual([
      { kind: "learned", value: "v1" },
      { kind: "send", to: "c1", msg: { type: "decision", learner: "l1", value: "v1" } },
      { kind: "send", to: "p1", msg: { type: "decision", learner: "l1", value: "v1" } },
      { kind: "send", to: "p2", msg: { type: "decision", learner: "l1", value: "v1" } },
    ]);
    expect(learn(r.state, cfg)).toBeNull(); // learned once
  });
  it("ignores a duplicate 2b", () => {
    const s = feed([vote("a1", 2, "v1")]);
    expect(receive2b(s, vote("a1", 2, "v1"), cfg)).toBeNull();
    expect(learn(feed([vote("a1", 2, "v1"), vote("a1", 2, "v1")]), cfg)).toBeNull();
  });
  it("does not count votes of different ballots together", () => {
    expect(learn(feed([vote("a1", 1, "v1"), vote("a2", 2, "v1")]), cfg)).toBeNull();
  });
  it("the counts-duplicates mutant is fooled by a duplicated 2b, where the real learner is not", () => {
    const bug = mutant("learner-counts-duplicates");
    expect(bug.learn(feed([vote("a1", 2, "v1"), vote("a1", 2, "v1")], bug), cfg)).not.toBeNull();
  });
  it("the mixes-ballots mutant counts votes of different ballots together, where the real learner does not", () => {
    const bug = mutant("learner-mixes-ballots");
    expect(bug.learn(feed([vote("a1", 1, "v1"), vote("a2", 2, "v1")], bug), cfg)!.action).toEqual({ name: "Learn", params: { l: "l1", b: 2, v: "v1" } });
  });
  it("tells the owner of a later ballot the decision, once per ballot", () => {
    const learned = learn(feed([vote("a1", 0, "v1"), vote("a2", 0, "v1")]), cfg)!.state;
    const r = receive2b(learned, vote("a1", 1, "v1"), cfg)!;
    expect(r.effects).toEqual([{ kind: "send", to: "p2", msg: { type: "decision", learner: "l1", value: "v1" } }]);
    expect(receive2b(r.state, vote("a2", 1, "v1"), cfg)!.effects).toEqual([]);
  });
});

describe("client", () => {
  const ccfg = { proposers: ["p1", "p2"], resubmitAfter: 50 };
  it("proposes its value once, to its proposer, and sets a resubmission timer", () => {
    const r = propose(initClient("c1", "v1", 1), ccfg)!;
    expect(r.action).toEqual({ name: "Propose", params: { v: "v1" } });
    expect(r.effects).toEqual([
      { kind: "send", to: "p2", msg: { type: "request", client: "c1", value: "v1" } },
      { kind: "setTimer", timer: { type: "resubmit" }, after: 50 },
    ]);
    expect(propose(r.state, ccfg)).toBeNull();
  });
  it("resubmits to the next proposer until a decision arrives", () => {
    const s = propose(initClient("c1", "v1", 1), ccfg)!.state;
    const r = resubmit(s, ccfg)!;
    expect(r.effects[0]).toEqual({ kind: "send", to: "p1", msg: { type: "request", client: "c1", value: "v1" } });
    expect(r.action).toBeUndefined();
    const decided = receiveDecision(r.state, { type: "decision", learner: "l1", value: "v2" })!.state;
    expect(decided.decided).toBe("v2");
    expect(resubmit(decided, ccfg)).toBeNull();
  });
});

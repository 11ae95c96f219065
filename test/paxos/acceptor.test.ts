import { describe, expect, it } from "vitest";
import { initAcceptor, phase1b, phase2b, restart } from "../../src/paxos/index.js";
import type { AcceptorConfig, AcceptorState } from "../../src/paxos/index.js";

const cfg: AcceptorConfig = { learners: ["l1", "l2"] };
const at = (maxBal: number, maxVBal = -1, maxVal: string | null = null): AcceptorState => ({ id: "a1", maxBal, maxVBal, maxVal });

describe("phase1b", () => {
  it("joins a higher ballot: persists the promise, then reports its latest vote to the sender", () => {
    const r = phase1b(at(2, 1, "v1"), { type: "1a", from: "p2", bal: 5 })!;
    expect(r.state).toEqual(at(5, 1, "v1"));
    expect(r.effects).toEqual([
      { kind: "persist", record: { role: "acceptor", maxBal: 5, maxVBal: 1, maxVal: "v1" }, replaces: true },
      { kind: "send", to: "p2", msg: { type: "1b", acc: "a1", bal: 5, mbal: 1, mval: "v1" } },
    ]);
    expect(r.action).toEqual({ name: "Phase1b", params: { a: "a1", b: 5 } });
  });
  it("ignores a ballot not above its promise (equal or lower)", () => {
    expect(phase1b(at(5), { type: "1a", from: "p1", bal: 5 })).toBeNull();
    expect(phase1b(at(5), { type: "1a", from: "p1", bal: 3 })).toBeNull();
  });
  it("a fresh acceptor joins ballot 0 and reports no vote", () => {
    const r = phase1b(initAcceptor("a1"), { type: "1a", from: "p1", bal: 0 })!;
    expect(r.effects[1]).toEqual({ kind: "send", to: "p1", msg: { type: "1b", acc: "a1", bal: 0, mbal: -1, mval: null } });
  });
});

describe("phase2b", () => {
  it("votes in a ballot equal to its promise: persists, then sends a 2b to every learner", () => {
    const r = phase2b(at(4), { type: "2a", from: "p1", bal: 4, val: "v2" }, cfg)!;
    expect(r.state).toEqual(at(4, 4, "v2"));
    expect(r.effects).toEqual([
      { kind: "persist", record: { role: "acceptor", maxBal: 4, maxVBal: 4, maxVal: "v2" }, replaces: true },
      { kind: "send", to: "l1", msg: { type: "2b", acc: "a1", bal: 4, val: "v2" } },
      { kind: "send", to: "l2", msg: { type: "2b", acc: "a1", bal: 4, val: "v2" } },
    ]);
    expect(r.action).toEqual({ name: "Phase2b", params: { a: "a1", b: 4, v: "v2" } });
  });
  it("votes in a ballot above its promise and raises the promise", () => {
    expect(phase2b(at(1), { type: "2a", from: "p1", bal: 3, val: "v1" }, cfg)!.state.maxBal).toBe(3);
  });
  it("ignores a 2a below its promise", () => {
    expect(phase2b(at(5), { type: "2a", from: "p1", bal: 4, val: "v1" }, cfg)).toBeNull();
  });
});

describe("restart", () => {
  it("rebuilds the acceptor from stable storage alone", () => {
    const r = restart("a1", { role: "acceptor", maxBal: 7, maxVBal: 3, maxVal: "v3" });
    expect(r.state).toEqual(at(7, 3, "v3"));
    expect(r.effects).toEqual([]);
    expect(r.action).toEqual({ name: "Restart", params: { a: "a1" } });
  });
});

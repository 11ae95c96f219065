import { describe, expect, it } from "vitest";
import { explicitQuorums, majorityQuorums, QuorumSystemError, weightedQuorums } from "../../src/paxos/index.js";

describe("quorum systems", () => {
  it("majority of 4 needs 3", () => {
    const q = majorityQuorums(["a1", "a2", "a3", "a4"]);
    expect(q.isQuorum(["a1", "a2"])).toBe(false);
    expect(q.isQuorum(["a1", "a2", "a4"])).toBe(true);
    expect(q.minimalQuorums()).toHaveLength(4);
    expect(q.quorums()).toHaveLength(5); // four triples and the whole set
  });
  it("majority of 3 enumerates every quorum, sorted", () => {
    expect(majorityQuorums(["a1", "a2", "a3"]).quorums()).toEqual([
      ["a1", "a2"],
      ["a1", "a3"],
      ["a2", "a3"],
      ["a1", "a2", "a3"],
    ]);
  });
  it("weighted: weight above half the total", () => {
    const q = weightedQuorums(["a1", "a2", "a3", "a4"], [3, 1, 1, 1]); // total 6, need > 3
    expect(q.isQuorum(["a1"])).toBe(false);
    expect(q.isQuorum(["a1", "a2"])).toBe(true);
    expect(q.isQuorum(["a2", "a3", "a4"])).toBe(false);
    expect(q.minimalQuorums()).toEqual([
      ["a1", "a2"],
      ["a1", "a3"],
      ["a1", "a4"],
    ]);
  });
  it("explicit: a listed set or any superset", () => {
    const q = explicitQuorums(
      ["a1", "a2", "a3"],
      [
        ["a1", "a2"],
        ["a2", "a3"],
      ],
    );
    expect(q.isQuorum(["a1", "a3"])).toBe(false);
    expect(q.isQuorum(["a3", "a2"])).toBe(true);
    expect(q.isQuorum(["a1", "a2", "a3"])).toBe(true);
  });
  it("refuses quorums that do not all intersect, naming two disjoint ones", () => {
    expect(() =>
      explicitQuorums(
        ["a1", "a2", "a3", "a4"],
        [
          ["a1", "a2"],
          ["a3", "a4"],
        ],
      ),
    ).toThrow(new QuorumSystemError("quorums {a1, a2} and {a3, a4} do not intersect, so two different values could be chosen"));
  });
  it("refuses malformed descriptions", () => {
    expect(() => weightedQuorums(["a1", "a2"], [1])).toThrow(/one weight per acceptor/);
    expect(() => explicitQuorums(["a1"], [["a9"]])).toThrow(/'a9', which is not an acceptor/);
    expect(() => weightedQuorums(["a1", "a2"], [0, 0])).toThrow(/positive total/);
  });
});

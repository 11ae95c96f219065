import { describe, expect, it } from "vitest";
import { compareItf, itfInt, itfMap, itfSet } from "../../src/trace/index.js";

describe("ITF encoding", () => {
  it("sorts set elements canonically and drops duplicates", () => {
    expect(itfSet([3, 1, 2, 1])).toEqual({ "#set": [1, 2, 3] });
    expect(itfSet(["b", "a10", "a2"])).toEqual({ "#set": ["a10", "a2", "b"] });
    expect(itfSet([{ "#set": ["a2"] }, { "#set": ["a1", "a2"] }, { "#set": ["a1"] }])).toEqual({ "#set": [{ "#set": ["a1"] }, { "#set": ["a1", "a2"] }, { "#set": ["a2"] }] });
  });
  it("orders records by type first, then fields", () => {
    const m1b = { type: "1b", acc: "a1", bal: 0, mbal: -1, mval: "None" };
    const m1a = { type: "1a", bal: 3 };
    const m2b0 = { type: "2b", acc: "a2", bal: 0, val: "v1" };
    const m2b1 = { type: "2b", acc: "a1", bal: 1, val: "v1" };
    expect(itfSet([m2b1, m1b, m2b0, m1a])).toEqual({ "#set": [m1a, m1b, m2b1, m2b0] });
  });
  it("maps are sorted by key", () => {
    expect(
      itfMap([
        ["a2", 1],
        ["a1", -1],
      ]),
    ).toEqual({
      "#map": [
        ["a1", -1],
        ["a2", 1],
      ],
    });
  });
  it("integers beyond 2^53 become #bigint and compare by value", () => {
    expect(itfInt(5)).toBe(5);
    expect(itfInt(2n ** 60n)).toEqual({ "#bigint": "1152921504606846976" });
    expect(compareItf(itfInt(2n ** 60n), 7)).toBeGreaterThan(0);
    expect(compareItf(-1, 0)).toBeLessThan(0);
  });
});

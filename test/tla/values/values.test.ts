import { describe, expect, it } from "vitest";
import {
  EMPTY_FN,
  FnSetSet,
  IntervalSet,
  ModelValue,
  SubsetSet,
  compare,
  equals,
  fnOf,
  hashValue,
  member,
  newFingerprint,
  recordOf,
  setOf,
  tupleOf,
  type Value,
} from "../../../src/tla/values/value.js";
import { printValue } from "../../../src/tla/values/print.js";

function fp(v: Value): [number, number] {
  const out = newFingerprint();
  hashValue(v, out);
  return [out.h1, out.h2];
}

describe("values", () => {
  const a = ModelValue.of("a");
  const b = ModelValue.of("b");

  it("equal values built differently are equal and have equal fingerprints", () => {
    const t = tupleOf([1, 2]);
    const f = fnOf([2, 1], [2, 1]);
    expect(equals(t, f)).toBe(true);
    expect(fp(t)).toEqual(fp(f));
    const r = recordOf(["x", "y"], [1, a]);
    const g = fnOf(["y", "x"], [a, 1]);
    expect(equals(r, g)).toBe(true);
    expect(fp(r)).toEqual(fp(g));
    const i = new IntervalSet(1, 3);
    const s = setOf([3, 1, 2, 2]);
    expect(equals(i, s)).toBe(true);
    expect(fp(i)).toEqual(fp(s));
    expect(equals(EMPTY_FN, fnOf([], []))).toBe(true);
    expect(fp(setOf([a, b]))).not.toEqual(fp(setOf([a])));
    expect(fp(tupleOf([1, 2]))).not.toEqual(fp(tupleOf([2, 1])));
  });

  it("integers hash to distinct fingerprints, whether read from the table of small ones or computed", () => {
    // The table covers -1024 .. 15359; the numbers around both of its ends, and far outside it.
    const ns = [-1026, -1025, -1024, -1023, -1, 0, 1, 2, 15358, 15359, 15360, 15361, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 40, -(2 ** 40)];
    const fps = ns.map((n) => fp(n).join(","));
    expect(new Set(fps).size).toBe(ns.length);
    expect(fp(-0)).toEqual(fp(0));
    expect(fp(tupleOf([15359, 15360]))).toEqual(fp(fnOf([2, 1], [15360, 15359])));
  });

  it("orders as TLC: sets by size then elements, strings and model values by text", () => {
    expect(compare(setOf([5]), setOf([1, 2]))).toBeLessThan(0);
    expect(compare(setOf([1, 3]), setOf([1, 2]))).toBeGreaterThan(0);
    expect(compare("ab", "b")).toBeLessThan(0);
    expect(compare(a, b)).toBeLessThan(0);
    expect(compare(false, true)).toBeLessThan(0);
    expect(compare(tupleOf([1, 2]), tupleOf([1, 3]))).toBeLessThan(0);
    expect(compare(tupleOf([9]), tupleOf([1, 1]))).toBeLessThan(0);
    expect(setOf([b, a, b]).elems).toEqual([a, b]);
    expect(compare(10n ** 20n, 5)).toBeGreaterThan(0);
  });

  it("lazy sets answer membership without enumerating", () => {
    const big = new SubsetSet(new IntervalSet(1, 40));
    expect(member(setOf([1, 40]), big)).toBe(true);
    expect(member(setOf([41]), big)).toBe(false);
    const fs = new FnSetSet(setOf([a, b]), new IntervalSet(0, 1000));
    expect(member(fnOf([a, b], [3, 999]), fs)).toBe(true);
    expect(member(fnOf([a], [3]), fs)).toBe(false);
  });

  it("prints values as TLC does", () => {
    expect(printValue(tupleOf([1, "x", true]))).toBe('<<1, "x", TRUE>>');
    expect(printValue(setOf([b, a]))).toBe("{a, b}");
    expect(printValue(fnOf([a, b], [1, 2]))).toBe("(a :> 1 @@ b :> 2)");
    expect(printValue(EMPTY_FN)).toBe("<<>>");
    expect(printValue('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(printValue(new IntervalSet(0, 2))).toBe("0..2");
  });
});

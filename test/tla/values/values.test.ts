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
  hashStateRenamed,
  hashValue,
  newRenamingEpoch,
  stateSignatures,
  member,
  newFingerprint,
  recordOf,
  setOf,
  tupleOf,
  type Renaming,
  type SignatureRenamings,
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

  it("a state's signatures, computed together and kept on its values, are its fingerprints under each signature renaming", () => {
    const [x, y, z, w] = ["sx", "sy", "sz", "sw"].map((n) => ModelValue.of(n)) as [ModelValue, ModelValue, ModelValue, ModelValue];
    const n = 3;
    const r: Renaming = {
      epoch: newRenamingEpoch(),
      index: new Map([
        [x, 0],
        [y, 1],
        [z, 2],
      ]),
      h1: new Int32Array(n),
      h2: new Int32Array(n),
    };
    // Marks: "self", and one per set ({x, y} and {z}).
    const self = [11, 12];
    const other = [
      [21, 22],
      [21, 22],
      [31, 32],
    ] as const;
    const mv = [0, 1, 2].map((j) => Int32Array.from({ length: 2 * n }, (_, q) => (Math.floor(q / 2) === j ? self[q % 2]! : other[j]![q % 2]!)));
    const sigs: SignatureRenamings = { renaming: r, n, epoch: newRenamingEpoch(), mv };
    const shared = fnOf([x, y, z], [setOf([x, w]), tupleOf([1, z]), 5]);
    const states: Value[][] = [
      [shared, setOf([tupleOf([x, y]), tupleOf([y, z])]), recordOf(["a", "b"], [w, 3])],
      [shared, setOf([tupleOf([y, x])]), recordOf(["a", "b"], [x, 3])],
      [7, setOf([]), w],
    ];
    for (let pass = 0; pass < 2; pass++) {
      for (const st of states) {
        const s1 = new Int32Array(n);
        const s2 = new Int32Array(n);
        stateSignatures(st, sigs, s1, s2, newFingerprint());
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            r.h1[j] = i === j ? self[0]! : other[j]![0];
            r.h2[j] = i === j ? self[1]! : other[j]![1];
          }
          const out = newFingerprint();
          hashStateRenamed(st, r, out);
          expect([s1[i], s2[i]]).toEqual([out.h1, out.h2]);
        }
      }
    }
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

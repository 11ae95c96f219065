import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SortedMap } from "../../src/lib/sortedMap.js";
import { FC_SEED } from "../arbitraries.js";

/** An update: set a key (from a small range, so that updates hit existing keys often), delete one, or keep the even keys. */
const op = fc.oneof(
  fc.tuple(fc.constant("set" as const), fc.integer({ min: -5, max: 30 }), fc.integer()),
  fc.tuple(fc.constant("delete" as const), fc.integer({ min: -5, max: 30 }), fc.constant(0)),
  fc.tuple(fc.constant("filter" as const), fc.constant(0), fc.constant(0)),
);

describe("SortedMap", () => {
  it("behaves as a Map iterated in key order under any sequence of updates, and every earlier version stays as it was", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 150 }), (ops) => {
        let m = SortedMap.empty<number>();
        const model = new Map<number, number>();
        const versions: [SortedMap<number>, [number, number][]][] = [];
        for (const [kind, k, v] of ops) {
          if (kind === "set") {
            m = m.set(k, v);
            model.set(k, v);
          } else if (kind === "delete") {
            m = m.delete(k);
            model.delete(k);
          } else {
            m = m.filter((key) => key % 2 === 0);
            for (const key of [...model.keys()]) if (key % 2 !== 0) model.delete(key);
          }
          versions.push([m, [...model].sort((a, b) => a[0] - b[0])]);
        }
        for (const [version, expected] of versions) {
          expect(version.size).toBe(expected.length);
          expect([...version]).toEqual(expected);
          expect([...version.keys()]).toEqual(expected.map(([k]) => k));
          expect([...version.values()]).toEqual(expected.map(([, v]) => v));
          for (const [k, v] of expected) {
            expect(version.get(k)).toBe(v);
            expect(version.has(k)).toBe(true);
          }
          expect(Array.from({ length: version.size }, (_, i) => [version.keyAt(i), version.valueAt(i)])).toEqual(expected);
          expect(() => version.keyAt(version.size)).toThrow(RangeError);
          expect(() => version.valueAt(-1)).toThrow(RangeError);
          expect(version.firstKey()).toBe(expected[0]?.[0]);
          expect(version.lastKey()).toBe(expected[expected.length - 1]?.[0]);
        }
        expect(m.get(1000)).toBeUndefined();
        expect(m.has(1000)).toBe(false);
      }),
      { seed: FC_SEED, numRuns: 200 },
    );
  });

  it("returns the same map for an update that changes nothing", () => {
    const m = SortedMap.of([
      [3, "c"],
      [1, "a"],
    ]);
    expect(m.set(1, "a")).toBe(m);
    expect(m.delete(2)).toBe(m);
    expect(m.filter(() => true)).toBe(m);
    expect([...m.keys()]).toEqual([1, 3]);
  });
});

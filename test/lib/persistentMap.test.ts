import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hashOf, PersistentMap } from "../../src/lib/persistentMap.js";
import { FC_SEED } from "../arbitraries.js";

/** Keys from a small alphabet, so that updates hit existing keys often. */
const key = fc.string({ maxLength: 3, unit: fc.constantFrom("a", "b", "c", "k", "1", "é") });

describe("PersistentMap", () => {
  it("behaves as a Map under any sequence of sets, and every earlier version stays as it was", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 200 }), (ops) => {
        let m = PersistentMap.empty<number>();
        const model = new Map<string, number>();
        const versions: [PersistentMap<number>, Map<string, number>][] = [];
        for (const [k, v] of ops) {
          m = m.set(k, v);
          model.set(k, v);
          versions.push([m, new Map(model)]);
        }
        for (const [version, expected] of versions) {
          expect(version.size).toBe(expected.size);
          for (const [k, v] of expected) expect(version.get(k)).toBe(v);
          expect(new Map(version)).toEqual(expected);
        }
        expect(m.get("absent key")).toBeUndefined();
        expect(m.has("absent key")).toBe(false);
      }),
      { seed: FC_SEED, numRuns: 200 },
    );
  });

  it("holds many keys, iterates each once, and returns itself for a set that changes nothing", () => {
    let m = PersistentMap.empty<string>();
    for (let i = 0; i < 20_000; i++) m = m.set(`k${i}`, `v${i}`);
    expect(m.size).toBe(20_000);
    expect(m.get("k12345")).toBe("v12345");
    expect(new Set(m.keys()).size).toBe(20_000);
    expect([...m.values()].filter((v) => v === "v7")).toEqual(["v7"]);
    expect(m.set("k7", "v7")).toBe(m);
    const changed = m.set("k7", "x");
    expect([changed.get("k7"), m.get("k7"), changed.size]).toEqual(["x", "v7", 20_000]);
  });

  it("keeps keys whose 32-bit hashes collide apart", () => {
    // Two different keys with equal hashes, found by the birthday bound among x0, x1, ...
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined; i++) {
      const k = `x${i}`;
      const other = seen.get(hashOf(k));
      if (other !== undefined) pair = [other, k];
      else seen.set(hashOf(k), k);
    }
    const [a, b] = pair;
    expect(hashOf(a)).toBe(hashOf(b));
    const one = PersistentMap.empty<number>().set(a, 1).set("y", 3);
    const both = one.set(b, 2);
    expect([both.get(a), both.get(b), both.get("y"), both.size]).toEqual([1, 2, 3, 3]);
    expect([one.get(b), one.size]).toEqual([undefined, 2]);
    const updated = both.set(b, 20);
    expect([updated.get(a), updated.get(b), both.get(b), updated.size]).toEqual([1, 20, 2, 3]);
    expect(updated.set(a, 1)).toBe(updated);
    expect(new Map(updated)).toEqual(
      new Map([
        [a, 1],
        [b, 20],
        ["y", 3],
      ]),
    );
  });

  it("takes number keys as their own hashes, negative ones and those that agree in their low bits included", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
              fc.integer({ min: 0, max: 7 }).map((i) => (i << 29) | 5),
            ),
            fc.integer(),
          ),
          { maxLength: 200 },
        ),
        (ops) => {
          let m = PersistentMap.empty<number, number>();
          const model = new Map<number, number>();
          for (const [k, v] of ops) {
            m = m.set(k, v);
            model.set(k, v);
          }
          expect(m.size).toBe(model.size);
          for (const [k, v] of model) expect(m.get(k)).toBe(v);
          expect(new Map(m)).toEqual(model);
        },
      ),
      { seed: FC_SEED, numRuns: 200 },
    );
  });
});

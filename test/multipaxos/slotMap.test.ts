import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SlotMap } from "../../src/multipaxos/index.js";
import { FC_SEED } from "../arbitraries.js";

describe("SlotMap", () => {
  it("reads in slot order from any slot on, whatever order slots were set in, and keeps every version", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(200), fc.integer()), { maxLength: 120 }), fc.nat(210), (sets, from) => {
        let m = SlotMap.empty<number>();
        const model = new Map<number, number>();
        const versions: [SlotMap<number>, [number, number][]][] = [];
        for (const [slot, v] of sets) {
          m = m.set(slot, v);
          model.set(slot, v);
          versions.push([m, [...model].sort(([a], [b]) => a - b)]);
        }
        for (const [version, expected] of versions) {
          expect(version.size).toBe(expected.length);
          expect([...version]).toEqual(expected);
          expect([...version.from(from)]).toEqual(expected.filter(([s]) => s >= from));
          for (const [s, v] of expected) expect(version.get(s)).toBe(v);
        }
      }),
      { seed: FC_SEED, numRuns: 200 },
    );
  });

  it("refuses a slot that is not a whole number from 0", () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53]) expect(() => SlotMap.empty<number>().set(bad, 0)).toThrow(RangeError);
  });
});

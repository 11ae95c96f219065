import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SlotLog } from "../../src/multipaxos/index.js";
import { FC_SEED } from "../arbitraries.js";

describe("SlotLog", () => {
  it("keeps every version as it was, whichever versions are extended, in any order", () => {
    // Each step extends a version made so far (by index) with its next slot.
    fc.assert(
      fc.property(fc.nat(50), fc.array(fc.tuple(fc.nat(), fc.integer()), { maxLength: 120 }), (first, steps) => {
        const versions: [SlotLog<number>, number[]][] = [[SlotLog.empty(first), []]];
        for (const [at, v] of steps) {
          const [log, model] = versions[at % versions.length]!;
          versions.push([log.append(log.end, v), [...model, v]]);
        }
        for (const [log, model] of versions) {
          expect(log.first).toBe(first);
          expect(log.end).toBe(first + model.length);
          expect(Array.from({ length: model.length }, (_, i) => log.get(first + i))).toEqual(model);
          expect([log.get(first - 1), log.get(log.end)]).toEqual([undefined, undefined]);
        }
      }),
      { seed: FC_SEED, numRuns: 200 },
    );
  });

  it("refuses a slot that is not the next one", () => {
    const log = SlotLog.empty<string>(10).append(10, "a");
    expect(() => log.append(10, "b")).toThrow(/slot 10 appended to a log of slots 10 to 10/);
    expect(() => log.append(12, "b")).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { equals, hashValue, member, newFingerprint, recordOf, setAdd, setOf, type SetValue, type Value } from "../../../src/tla/values/value.js";
import { FC_SEED } from "../../arbitraries.js";

/** A message-like record: the elements of a protocol's message set. */
const message = fc
  .tuple(fc.constantFrom("1a", "1b", "2a", "2b"), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }))
  .map(([type, bal, slot]) => recordOf(["type", "bal", "slot"], [type, bal, slot]));

function fingerprint(v: Value): [number, number] {
  const fp = newFingerprint();
  hashValue(v, fp);
  return [fp.h1, fp.h2];
}

describe("a set grown one element at a time", () => {
  it("has the fingerprint and the members of the same set built at once, whether or not the sets before it were hashed or indexed", () => {
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 120 }), fc.array(message, { maxLength: 30 }), fc.integer({ min: 0, max: 3 }), (added, probes, every) => {
        let s: SetValue = setOf([]);
        const seen: Value[] = [];
        for (let i = 0; i < added.length; i++) {
          // Now and then hash the set or search it often enough to index it, so both are carried over by later additions.
          if (every > 0 && i % (every + 1) === 0) fingerprint(s);
          if (every > 1 && i % every === 0) for (let k = 0; k < 6; k++) member(added[i]!, s);
          s = setAdd(s, added[i]!);
          seen.push(added[i]!);
          const fresh = setOf([...seen]);
          expect(equals(s, fresh)).toBe(true);
          expect(fingerprint(s)).toEqual(fingerprint(fresh));
        }
        for (const p of [...probes, ...added]) expect(member(p, s)).toBe(seen.some((x) => equals(x, p)));
      }),
      { seed: FC_SEED, numRuns: 150 },
    );
  });
});

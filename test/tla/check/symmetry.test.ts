import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FC_SEED } from "../../arbitraries.js";
import { Symmetry } from "../../../src/tla/check/symmetry.js";
import {
  ModelValue,
  TAG_FN,
  TAG_MV,
  TAG_SET,
  fnOf,
  hashRenamed,
  hashState,
  hashValue,
  newFingerprint,
  newRenamingEpoch,
  recordOf,
  setOf,
  tupleOf,
  type Renaming,
  type Value,
} from "../../../src/tla/values/value.js";
import { printValue } from "../../../src/tla/values/print.js";

const A = ["a1", "a2", "a3"].map((n) => ModelValue.of(n));
const B = ["b1", "b2"].map((n) => ModelValue.of(n));
const ALL = [...A, ...B];

/** Every permutation of `xs`. */
function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [xs.slice()];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/** The renamings of A times those of B, as maps. */
const productGroup: Map<Value, Value>[] = permutations(A).flatMap((pa) =>
  permutations(B).map((pb) => {
    const m = new Map<Value, Value>();
    A.forEach((x, i) => m.set(x, pa[i]!));
    B.forEach((x, i) => m.set(x, pb[i]!));
    return m;
  }),
);

/** The value renamed, built and sorted again (what symmetry reduction used to do). */
function permute(v: Value, p: ReadonlyMap<Value, Value>): Value {
  if (typeof v !== "object") return v;
  if (v.tag === TAG_MV) return p.get(v) ?? v;
  if (v.tag === TAG_SET) return setOf(v.elems.map((e) => permute(e, p)));
  if (v.tag === TAG_FN)
    return fnOf(
      v.keys.map((k) => permute(k, p)),
      v.vals.map((x) => permute(x, p)),
    );
  throw new Error("lazy values are not generated here");
}

/** Small values over the model values, with sets, tuples, records and functions keyed by model values. */
const value: fc.Arbitrary<Value> = fc.letrec<{ v: Value }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<Value>(...ALL, 0, 1, 2, "x", true),
    fc.array(tie("v"), { maxLength: 4 }).map((es) => setOf(es)),
    fc.array(tie("v"), { maxLength: 3 }).map((es) => tupleOf(es)),
    fc.tuple(tie("v"), tie("v")).map(([x, y]) => recordOf(["from", "val"], [x, y])),
    fc.subarray(A).chain((keys) => fc.array(tie("v"), { minLength: keys.length, maxLength: keys.length }).map((vals) => fnOf(keys, vals))),
  ),
})).v;

const state = fc.array(value, { minLength: 1, maxLength: 3 });

function fingerprintOf(sym: Symmetry, s: readonly Value[]): string {
  const out = newFingerprint();
  sym.fingerprint(s, out);
  return `${out.h1}:${out.h2}`;
}

/** The class of a state, by brute force: the least printed form over the group. */
function orbitKey(s: readonly Value[], group: readonly Map<Value, Value>[]): string {
  return group.map((p) => s.map((v) => printValue(permute(v, p))).join(" | ")).sort()[0]!;
}

describe("hashing under a renaming", () => {
  it("gives the fingerprint of the renamed value, without building it", () => {
    const index = new Map(ALL.map((m, i) => [m, i]));
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: productGroup.length - 1 }), (v, k) => {
        const p = productGroup[k]!;
        const r: Renaming = {
          epoch: newRenamingEpoch(),
          index,
          h1: Int32Array.from(ALL, (m) => (p.get(m) as ModelValue).h1),
          h2: Int32Array.from(ALL, (m) => (p.get(m) as ModelValue).h2),
        };
        const want = newFingerprint();
        hashValue(permute(v, p), want);
        const got = newFingerprint();
        hashRenamed(v, r, got);
        expect([got.h1, got.h2]).toEqual([want.h1, want.h2]);
      }),
      { seed: FC_SEED, numRuns: 300 },
    );
  });
});

describe("symmetry reduction by sorting", () => {
  const sorted = new Symmetry(productGroup, "Perms");

  it("recognises Permutations(A) \\cup Permutations(B) as a product of symmetric groups", () => {
    expect(sorted.sorted).toBe(true);
    // Only the generators that TLC's SYMMETRY sets list: the transpositions suffice.
    const transpositions = productGroup.filter((m) => [...m].filter(([k, v]) => k !== v).length === 2);
    expect(new Symmetry(transpositions, "T").sorted).toBe(true);
    // A 3-cycle alone generates a group of 3 renamings, not all 6.
    const cycle = new Map<Value, Value>([
      [A[0]!, A[1]!],
      [A[1]!, A[2]!],
      [A[2]!, A[0]!],
    ]);
    expect(new Symmetry([cycle], "C").sorted).toBe(false);
  });

  it("gives every renaming of a state the same fingerprint", () => {
    fc.assert(
      fc.property(state, fc.integer({ min: 0, max: productGroup.length - 1 }), (s, k) => {
        const p = productGroup[k]!;
        expect(
          fingerprintOf(
            sorted,
            s.map((v) => permute(v, p)),
          ),
        ).toBe(fingerprintOf(sorted, s));
      }),
      { seed: FC_SEED, numRuns: 300 },
    );
  });

  it("is exact: two states share a fingerprint exactly when one is a renaming of the other", () => {
    fc.assert(
      fc.property(fc.array(state, { minLength: 2, maxLength: 12 }), (states) => {
        const byFp = new Map<string, string>();
        const byOrbit = new Map<string, string>();
        for (const s of states) {
          const f = fingerprintOf(sorted, s);
          const o = orbitKey(s, productGroup);
          expect(byFp.get(f) ?? o).toBe(o);
          expect(byOrbit.get(o) ?? f).toBe(f);
          byFp.set(f, o);
          byOrbit.set(o, f);
        }
      }),
      { seed: FC_SEED, numRuns: 150 },
    );
  });

  it("hashes one candidate when the signatures tell every value apart, all orderings of a tie otherwise", () => {
    // a1 holds one token, a2 two, a3 none: three different signatures; b1 and b2 are alike.
    const tokens = fnOf(A, [setOf([0]), setOf([0, 1]), setOf([])]);
    const before = sorted.candidates;
    fingerprintOf(sorted, [tokens, setOf([...B])]);
    expect(sorted.candidates - before).toBe(2);
    const flat = sorted.candidates;
    fingerprintOf(sorted, [fnOf(A, [0, 0, 0])]);
    expect(sorted.candidates - flat).toBe(6 * 2);
  });

  it("without symmetric values in the state, the fingerprint is the state's own", () => {
    const s: Value[] = [setOf([1, 2]), recordOf(["from", "val"], ["x", 3])];
    const own = newFingerprint();
    hashState(s, own);
    expect(fingerprintOf(sorted, s)).toBe(`${own.h1}:${own.h2}`);
  });
});

describe("symmetry reduction over a group that is not a product", () => {
  // The rotations of a1 -> a2 -> a3 -> a1: three renamings.
  const rotation = new Map<Value, Value>([
    [A[0]!, A[1]!],
    [A[1]!, A[2]!],
    [A[2]!, A[0]!],
  ]);
  const rotations = [new Map<Value, Value>(), rotation, new Map([...rotation].map(([k, v]) => [k, rotation.get(v)!]))];
  const sym = new Symmetry([rotation], "Rot");

  it("is exact over the generated group", () => {
    fc.assert(
      fc.property(fc.array(state, { minLength: 2, maxLength: 10 }), (states) => {
        const byFp = new Map<string, string>();
        const byOrbit = new Map<string, string>();
        for (const s of states) {
          const f = fingerprintOf(sym, s);
          const o = orbitKey(s, rotations);
          expect(byFp.get(f) ?? o).toBe(o);
          expect(byOrbit.get(o) ?? f).toBe(f);
          byFp.set(f, o);
          byOrbit.set(o, f);
        }
      }),
      { seed: FC_SEED, numRuns: 100 },
    );
  });
});

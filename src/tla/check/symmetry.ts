/**
 * Symmetry reduction: the fingerprint of a state is that of a canonical
 * member of its class under the renamings of a SYMMETRY set, so that states
 * that differ only by a renaming of model values count once.
 *
 * When the renamings are every permutation of one or more disjoint sets of
 * model values (`Permutations(A) \cup Permutations(B)`, the usual form), the
 * canonical member is found by sorting rather than by trying every
 * permutation. Each model value of a symmetric set gets a signature: the
 * fingerprint of the state in which that value is marked "self" and every
 * other value of the symmetric sets is marked only by its set. A renaming
 * changes no signature but the one it carries along, so sorting each set's
 * values by signature puts any two states of one class in the same order.
 * The candidates are the permutations that map the values, in signature
 * order, onto the set's values in their own order; values with equal
 * signatures can go either way, so every ordering of such a tie is a
 * candidate. The state's fingerprint is the least over the candidates of the
 * fingerprint of the renamed state. The candidates of two states of one class
 * lead to the same renamed states, so the reduction is exact: it gives the
 * same distinct states as trying every permutation, with as many candidates
 * as the ties allow (one when every signature differs) instead of
 * |A|! * |B|! permutations.
 *
 * Renamed states are never built: {@link hashRenamed} computes the
 * fingerprint a renamed value would have, and parts of a state that mention
 * no symmetric value keep their cached fingerprints.
 *
 * Any other set of renamings (a subgroup, say) is checked against the whole
 * group it generates, each permutation hashed the same way.
 *
 * @module
 */
import { TlaError } from "../errors.js";
import type { Loc } from "../syntax/ast.js";
import {
  ModelValue,
  compare,
  hashStateRenamed,
  newFingerprint,
  newRenamingEpoch,
  stateSignatures,
  type Fingerprint,
  type Renaming,
  type SignatureRenamings,
  type Value,
} from "../values/value.js";

/** More permutations than this in a group that is not a product of symmetric groups is an error. */
const MAX_GROUP = 100_000;

/** How many candidate permutations a value keeps its fingerprint under (bits of one 32-bit mask, see `keptRenamed`). */
const MAX_KEPT = 32;

/** A fingerprint a renamed model value never has: a value's own or another symmetric set's mark. */
function mark(text: string, out: Fingerprint): void {
  // The fingerprint of a fresh model value whose name cannot be written in a spec.
  const mv = ModelValue.of(`\u0000symmetry ${text}`);
  out.h1 = mv.h1;
  out.h2 = mv.h2;
}

/** Symmetry reduction of the states of one model. */
export class Symmetry {
  private readonly renaming: Renaming;
  /** Each value's own fingerprint. */
  private readonly own1: Int32Array;
  private readonly own2: Int32Array;
  /** The symmetric sets (indices into {@link values}, ascending), when the group is their product. */
  private readonly sets: readonly (readonly number[])[] | undefined;
  /** Otherwise every permutation of the group, as the image index of each value. */
  private readonly group: readonly Int32Array[] | undefined;
  /** Marks: a set's "other" value, and "self". */
  private readonly other1: Int32Array;
  private readonly other2: Int32Array;
  private readonly self1: number;
  private readonly self2: number;
  /** The renamings signatures are computed under, when the group is a product of symmetric groups. */
  private readonly signatures: SignatureRenamings | undefined;
  private readonly fp = newFingerprint();
  /** Signatures and the working order of each set's values (by position in `sets[k]`). */
  private readonly sig1: Int32Array;
  private readonly sig2: Int32Array;
  private readonly order: Int32Array[];
  /** Tie ranges of the current state, flattened: set k, start, end (positions in `order[k]`). */
  private ties: number[] = [];
  /** The candidate permutations met so far (as numbers, see {@link arrange}), numbered from 0. */
  private readonly slots = new Map<number, number>();
  private best1 = 0;
  private best2 = 0;
  private found = false;
  /** How many candidates were hashed (for measurements and tests). */
  candidates = 0;
  /** How many states were canonicalised (for measurements). */
  calls = 0;

  /**
   * @param perms the renamings of the SYMMETRY set, each a map from a model
   *   value to its image (values mapped to themselves may be left out;
   *   values that are not model values are ignored, as TLC renames only
   *   model values)
   */
  constructor(perms: readonly ReadonlyMap<Value, Value>[], name: string, loc?: Loc) {
    const gens: Map<ModelValue, ModelValue>[] = [];
    const moved = new Set<ModelValue>();
    for (const p of perms) {
      const g = new Map<ModelValue, ModelValue>();
      for (const [k, v] of p) {
        if (k instanceof ModelValue && v instanceof ModelValue && k !== v) {
          g.set(k, v);
          moved.add(k);
          moved.add(v);
        }
      }
      if (g.size > 0) gens.push(g);
    }
    // The renamed model values in their order (by compare): a set's j-th value is its j-th in this order.
    const values = [...moved].sort(compare);
    const n = values.length;
    const index = new Map<ModelValue, number>(values.map((v, i) => [v, i]));
    this.renaming = { epoch: newRenamingEpoch(), index, h1: new Int32Array(n), h2: new Int32Array(n) };
    this.own1 = Int32Array.from(values, (v) => v.h1);
    this.own2 = Int32Array.from(values, (v) => v.h2);

    // Orbits under all generators; the components joined by transpositions.
    const orbit = unionFind(n);
    const byTranspositions = unionFind(n);
    for (const g of gens) {
      for (const [k, v] of g) orbit.join(index.get(k)!, index.get(v)!);
      if (g.size === 2) {
        const [a, b] = [...g.keys()];
        byTranspositions.join(index.get(a!)!, index.get(b!)!);
      }
    }
    // The group is the product of the symmetric groups of its orbits when
    // transpositions alone connect every orbit (transpositions connecting a
    // set generate all its permutations).
    // (The components refine the orbits: they are the orbits when there are as many.)
    const count = (u: { find(i: number): number }): number => new Set(Array.from({ length: n }, (_, i) => u.find(i))).size;
    const product = count(orbit) === count(byTranspositions);
    const sets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const r = orbit.find(i);
      if (!sets.has(r)) sets.set(r, []);
      sets.get(r)!.push(i);
    }
    this.sets = product ? [...sets.values()] : undefined;
    this.group = product ? undefined : generateGroup(gens, index, n, name, loc);

    this.other1 = new Int32Array(n);
    this.other2 = new Int32Array(n);
    let k = 0;
    for (const members of sets.values()) {
      mark(`other ${k++}`, this.fp);
      for (const i of members) {
        this.other1[i] = this.fp.h1;
        this.other2[i] = this.fp.h2;
      }
    }
    mark("self", this.fp);
    this.self1 = this.fp.h1;
    this.self2 = this.fp.h2;
    this.sig1 = new Int32Array(n);
    this.sig2 = new Int32Array(n);
    // Renamed value j under signature renaming i: "self" when j = i, else its set's mark.
    const mv = Array.from({ length: n }, (_, j) => {
      const a = new Int32Array(2 * n);
      for (let i = 0; i < n; i++) {
        a[2 * i] = i === j ? this.self1 : this.other1[j]!;
        a[2 * i + 1] = i === j ? this.self2 : this.other2[j]!;
      }
      return a;
    });
    this.signatures = product ? { renaming: this.renaming, n, epoch: newRenamingEpoch(), mv } : undefined;
    if (this.signatures && n <= 9) {
      this.renaming.cacheEpoch = this.signatures.epoch;
      this.renaming.cacheSlots = Math.min(this.groupSize, MAX_KEPT);
    }
    this.order = [...sets.values()].map((m) => new Int32Array(m.length));
  }

  /** The number of renamings in the group (what trying every permutation would hash per state). */
  get groupSize(): number {
    if (this.group) return this.group.length;
    let n = 1;
    for (const set of this.sets!) for (let k = 2; k <= set.length; k++) n *= k;
    return n;
  }

  /** Whether canonical forms come from sorting (the renamings are all permutations of disjoint sets). */
  get sorted(): boolean {
    return this.sets !== undefined;
  }

  /**
   * The fingerprint of the class of the state `vals` (a state's variables,
   * or a VIEW's value as a one-element array), into `out`.
   */
  fingerprint(vals: readonly Value[], out: Fingerprint): void {
    this.calls++;
    const r = this.renaming;
    this.found = false;
    if (this.group) {
      for (const img of this.group) {
        for (let i = 0; i < img.length; i++) {
          r.h1[i] = this.own1[img[i]!]!;
          r.h2[i] = this.own2[img[i]!]!;
        }
        this.candidate(vals);
      }
    } else {
      const sets = this.sets!;
      // Signatures: every value of the symmetric sets marked by its set, the
      // one whose signature is computed marked as itself; all of them in one
      // pass, with the parts of the state already seen read from the values.
      stateSignatures(vals, this.signatures!, this.sig1, this.sig2, this.fp);
      this.ties = [];
      for (let k = 0; k < sets.length; k++) {
        const members = sets[k]!;
        const order = this.order[k]!;
        for (let j = 0; j < members.length; j++) order[j] = members[j]!;
        const s1 = this.sig1;
        const s2 = this.sig2;
        order.sort((a, b) => s1[a]! - s1[b]! || s2[a]! - s2[b]!);
        for (let t = 0; t < order.length;) {
          let e = t + 1;
          while (e < order.length && s1[order[e]!] === s1[order[t]!] && s2[order[e]!] === s2[order[t]!]) e++;
          if (e - t > 1) this.ties.push(k, t, e);
          t = e;
        }
      }
      this.current = vals;
      this.arrange(0);
      this.current = undefined;
    }
    out.h1 = this.best1;
    out.h2 = this.best2;
  }

  /** Hashes every candidate from tie `t` on (ties before it already arranged). */
  private arrange(t: number): void {
    if (t === this.ties.length) {
      const r = this.renaming;
      const sets = this.sets!;
      const n = r.h1.length;
      let key = 0;
      for (let k = 0; k < sets.length; k++) {
        const members = sets[k]!;
        const order = this.order[k]!;
        // The value in signature position j becomes the set's j-th value.
        for (let j = 0; j < members.length; j++) {
          r.h1[order[j]!] = this.own1[members[j]!]!;
          r.h2[order[j]!] = this.own2[members[j]!]!;
          key = key * n + order[j]!;
        }
      }
      // The permutation, as a number (below 9^9 for up to 9 values), numbered
      // among those met so far: parts of the state hashed under it before
      // are not hashed again.
      if (r.cacheEpoch !== undefined) {
        let slot = this.slots.get(key);
        if (slot === undefined) {
          slot = this.slots.size < r.cacheSlots! ? this.slots.size : -1;
          if (slot >= 0) this.slots.set(key, slot);
        }
        r.cacheSlot = slot;
      }
      this.candidate(this.current!);
      return;
    }
    const order = this.order[this.ties[t]!]!;
    this.permute(order, this.ties[t + 1]!, this.ties[t + 2]!, t);
  }

  /** Every ordering of `order[lo..hi)`, each followed by the ties after `t`. */
  private permute(order: Int32Array, lo: number, hi: number, t: number): void {
    if (lo >= hi - 1) {
      this.arrange(t + 3);
      return;
    }
    for (let i = lo; i < hi; i++) {
      swap(order, lo, i);
      this.permute(order, lo + 1, hi, t);
      swap(order, lo, i);
    }
  }

  private current: readonly Value[] | undefined;

  private candidate(vals: readonly Value[]): void {
    this.candidates++;
    hashStateRenamed(vals, this.renaming, this.fp);
    const h1 = this.fp.h1;
    const h2 = this.fp.h2;
    if (!this.found || h1 < this.best1 || (h1 === this.best1 && h2 < this.best2)) {
      this.best1 = h1;
      this.best2 = h2;
      this.found = true;
    }
  }
}

function swap(a: Int32Array, i: number, j: number): void {
  const x = a[i]!;
  a[i] = a[j]!;
  a[j] = x;
}

function unionFind(n: number): { find(i: number): number; join(i: number, j: number): void } {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return {
    find,
    join(i, j) {
      const a = find(i);
      const b = find(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    },
  };
}

/**
 * Every permutation of the group the generators generate (the least over a
 * set of renamings is the same for every state of a class only when they form
 * a group: `Permutations(A) \cup Permutations(B)` stands for every renaming of
 * A combined with every renaming of B), as image indices.
 */
function generateGroup(gens: readonly Map<ModelValue, ModelValue>[], index: Map<ModelValue, number>, n: number, name: string, loc?: Loc): Int32Array[] {
  const arrays = gens.map((g) => {
    const a = Int32Array.from({ length: n }, (_, i) => i);
    for (const [k, v] of g) a[index.get(k)!] = index.get(v)!;
    return a;
  });
  const identity = Int32Array.from({ length: n }, (_, i) => i);
  const key = (a: Int32Array): string => a.join(",");
  const group = new Map<string, Int32Array>([[key(identity), identity]]);
  const pending = [identity];
  while (pending.length > 0) {
    const p = pending.pop()!;
    for (const q of arrays) {
      const r = new Int32Array(n);
      for (let i = 0; i < n; i++) r[i] = p[q[i]!]!;
      const rk = key(r);
      if (group.has(rk)) continue;
      if (group.size >= MAX_GROUP) throw new TlaError(`the symmetry set ${name} generates more than ${MAX_GROUP.toLocaleString("en-US")} permutations`, "semantic-error", loc);
      group.set(rk, r);
      pending.push(r);
    }
  }
  return [...group.values()];
}

/**
 * TLA+ values as the engine represents them, with the total order, equality
 * and 64-bit fingerprints the model checker relies on.
 *
 * Representation, chosen for speed:
 * - booleans are JS booleans, integers are JS numbers while they are safe
 *   integers and `bigint` beyond (never a `bigint` that fits a safe number),
 *   strings are JS strings;
 * - model values are interned {@link ModelValue} objects (compare with `===`);
 * - finite sets are {@link SetValue}s whose elements are sorted and
 *   deduplicated under {@link compare};
 * - every function (records, tuples and sequences included) is an
 *   {@link FnValue} with sorted keys, so that `<<1, 2>>` and
 *   `[i \in 1..2 |-> i]` are the same value;
 * - sets that are infinite or costly to build (`Nat`, `SUBSET S`, `[S -> T]`,
 *   `Seq(S)`, intervals, record sets, products) are {@link LazySet}s that
 *   answer membership directly and are materialised only when enumerated;
 * - functions over infinite domains (recursive function definitions) are
 *   {@link LazyFn}s.
 *
 * The order follows TLC's: values of one kind compare as TLC compares them
 * (sets by cardinality, then element by element; functions by domain size,
 * then domain, then values; strings and model values by their text). Record
 * fields are ordered by {@link fieldRank}, TLC's order of first appearance of
 * the field name. TLC refuses to compare values of different kinds (except
 * model values, which come first); this engine orders kinds instead.
 *
 * @module
 */
import { TlaError } from "../errors.js";
import { PersistentMap } from "../../lib/persistentMap.js";

/** Any TLA+ value. */
export type Value = boolean | number | bigint | string | ModelValue | SetValue | FnValue | LazySet | LazyFn;

/** Discriminant of the object kinds of {@link Value}. */
export const TAG_MV = 1;
/** Tag of {@link SetValue}. */
export const TAG_SET = 2;
/** Tag of {@link FnValue}. */
export const TAG_FN = 3;
/** Tag of {@link LazySet}. */
export const TAG_LAZYSET = 4;
/** Tag of {@link LazyFn}. */
export const TAG_LAZYFN = 5;

/** An error raised while computing with values; the evaluator adds the source location. */
export function valueError(message: string): TlaError {
  return new TlaError(message, "error");
}

// ---------------------------------------------------------------------------
// Hashing: two independent 32-bit murmur-style streams make one 64-bit fingerprint.
// ---------------------------------------------------------------------------

/**
 * A 64-bit fingerprint as two 32-bit halves. The hashing functions write
 * their result into one that the caller owns (and may reuse), so that
 * hashing allocates nothing and keeps no state between calls.
 */
export interface Fingerprint {
  /** High half. */
  h1: number;
  /** Low half. */
  h2: number;
}

/** A fingerprint to write into. */
export function newFingerprint(): Fingerprint {
  return { h1: 0, h2: 0 };
}

function mixA(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function mixB(h: number, k: number): number {
  k = Math.imul(k ^ (k >>> 16), 0x85ebca6b);
  k = Math.imul(k ^ (k >>> 13), 0xc2b2ae35);
  h = (h ^ k ^ (k >>> 16)) | 0;
  h = (h << 17) | (h >>> 15);
  return (Math.imul(h, 0x27d4eb2f) + 0x165667b1) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

function hashString(s: string, tag: number, out: Fingerprint): void {
  let a = mixA(0x9747b28c, tag);
  let b = mixB(0x3c6ef372, tag);
  a = mixA(a, s.length);
  b = mixB(b, s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = mixA(a, c);
    b = mixB(b, c);
  }
  out.h1 = finish(a);
  out.h2 = finish(b);
}

function hashNumber(n: number, out: Fingerprint): void {
  // Small integers (sequence indices, counters, ballots) are most of the
  // numbers hashed: their fingerprints are read from a table.
  const j = n + SMALL_INT_MIN;
  if (j >= 0 && j < SMALL_INTS && (n | 0) === n) {
    out.h1 = smallIntFps[2 * j]!;
    out.h2 = smallIntFps[2 * j + 1]!;
    return;
  }
  hashNumberFresh(n, out);
}

function hashNumberFresh(n: number, out: Fingerprint): void {
  const lo = n | 0;
  const hi = Math.floor(n / 4294967296) | 0;
  let a = mixA(0x1b873593, 7);
  let b = mixB(0x2545f491, 7);
  a = mixA(a, lo);
  b = mixB(b, lo);
  a = mixA(a, hi);
  b = mixB(b, hi);
  out.h1 = finish(a);
  out.h2 = finish(b);
}

/** The integers whose fingerprints {@link hashNumber} reads from {@link smallIntFps}: -SMALL_INT_MIN up to SMALL_INTS - SMALL_INT_MIN - 1. */
const SMALL_INT_MIN = 1024;
const SMALL_INTS = 1024 + 16384;
const smallIntFps = ((): Int32Array => {
  const t = new Int32Array(2 * SMALL_INTS);
  const fp = { h1: 0, h2: 0 };
  for (let j = 0; j < SMALL_INTS; j++) {
    hashNumberFresh(j - SMALL_INT_MIN, fp);
    t[2 * j] = fp.h1;
    t[2 * j + 1] = fp.h2;
  }
  return t;
})();

/** Fingerprints of the strings hashed so far (field names, message types), by string: index into {@link stringFps}. */
const stringIndex = new Map<string, number>();
let stringFps = new Int32Array(2048);

/** The string {@link hashStringValue} hashed last, with its index in {@link stringFps} (-1: none). */
let lastString = "";
let lastStringIndex = -1;

/**
 * The fingerprint of a string value, remembered for strings of up to 256
 * characters (at most 65,536 of them). The last one is checked first: the
 * strings hashed come in runs (the fields of one kind of record, the types
 * of a sorted set of messages).
 */
function hashStringValue(s: string, out: Fingerprint): void {
  if (s === lastString && lastStringIndex >= 0) {
    out.h1 = stringFps[2 * lastStringIndex]!;
    out.h2 = stringFps[2 * lastStringIndex + 1]!;
    return;
  }
  const i = stringIndex.get(s);
  if (i !== undefined) {
    lastString = s;
    lastStringIndex = i;
    out.h1 = stringFps[2 * i]!;
    out.h2 = stringFps[2 * i + 1]!;
    return;
  }
  hashString(s, 3, out);
  if (s.length > 256 || stringIndex.size >= 65536) return;
  const j = stringIndex.size;
  if (2 * j + 1 >= stringFps.length) {
    const grown = new Int32Array(stringFps.length * 2);
    grown.set(stringFps);
    stringFps = grown;
  }
  stringFps[2 * j] = out.h1;
  stringFps[2 * j + 1] = out.h2;
  stringIndex.set(s, j);
}

/**
 * Computes the fingerprint of `v` into `out`. Composite values cache theirs.
 * Equal values have equal fingerprints, whatever their construction.
 */
export function hashValue(v: Value, out: Fingerprint): void {
  switch (typeof v) {
    case "boolean":
      out.h1 = v ? 0x5bd1e995 : 0x68e31da4;
      out.h2 = v ? 0x1f123bb5 : 0x7feb352d;
      return;
    case "number":
      hashNumber(v, out);
      return;
    case "bigint":
      hashString(v.toString(), 11, out);
      return;
    case "string":
      hashStringValue(v, out);
      return;
    default:
      break; // a composite value: by its tag, below
  }
  switch (v.tag) {
    case TAG_MV:
      break;
    case TAG_SET:
      if (!v.hashed) hashSet(v, out);
      break;
    case TAG_FN:
      if (!v.hashed) hashFn(v, out);
      break;
    case TAG_LAZYSET:
      hashValue(v.enumerate(), out);
      return;
    case TAG_LAZYFN:
      hashValue(v.materialise(), out);
      return;
  }
  out.h1 = v.h1;
  out.h2 = v.h2;
}

/*
 * Sets and functions are hashed without regard to the order of their elements
 * (a sum of the elements' fingerprints, or of one mix of each key with its
 * value): a value's fingerprint is then the same whatever order its elements
 * were sorted in, which lets symmetry reduction compute the fingerprint of a
 * renamed value without building and re-sorting it ({@link hashRenamed}), and
 * lets threads whose record field orders differ agree on fingerprints.
 */

/** The fingerprint of a set of `n` elements whose fingerprints sum to `a`, `b`. */
function finishSet(n: number, a: number, b: number, out: Fingerprint): void {
  out.h1 = finish(mixA(mixA(0x2f1b4e3d, n), a));
  out.h2 = finish(mixB(mixB(0x71a3c5e9, n), b));
}

/** The fingerprint of a function of `n` pairs whose pair fingerprints sum to `a`, `b`. */
function finishFn(n: number, a: number, b: number, out: Fingerprint): void {
  out.h1 = finish(mixA(mixA(0x4c8f2d11, n), a));
  out.h2 = finish(mixB(mixB(0x0de7a3b5, n), b));
}

/** Computes and caches the fingerprint of a set (`out` is scratch space for its elements'). */
function hashSet(s: SetValue, out: Fingerprint): void {
  const e = s.elems;
  let a = 0;
  let b = 0;
  for (let i = 0; i < e.length; i++) {
    hashValue(e[i]!, out);
    a = (a + out.h1) | 0;
    b = (b + out.h2) | 0;
  }
  finishSet(e.length, a, b, out);
  s.sum1 = a;
  s.sum2 = b;
  s.h1 = out.h1;
  s.h2 = out.h2;
  s.hashed = true;
}

/** Computes and caches the fingerprint of a function (`out` is scratch space for its keys' and values'). */
function hashFn(f: FnValue, out: Fingerprint): void {
  hashFnParts(f.keys, f.vals, out);
  f.h1 = out.h1;
  f.h2 = out.h2;
  f.hashed = true;
}

/** The fingerprint of the function with these keys and values, into `out`. */
function hashFnParts(k: readonly Value[], vs: readonly Value[], out: Fingerprint): void {
  let a = 0;
  let b = 0;
  for (let i = 0; i < vs.length; i++) {
    hashValue(k[i]!, out);
    const k1 = out.h1;
    const k2 = out.h2;
    hashValue(vs[i]!, out);
    a = (a + finish(mixA(mixA(0x1b873593, k1), out.h1))) | 0;
    b = (b + finish(mixB(mixB(0x3c6ef372, k2), out.h2))) | 0;
  }
  finishFn(vs.length, a, b, out);
}

/** Fingerprint of a state (an array of variable values) into `out`. */
export function hashState(vals: readonly Value[], out: Fingerprint): void {
  let a = 0x6a09e667 | 0;
  let b = 0xbb67ae85 | 0;
  for (let i = 0; i < vals.length; i++) {
    hashValue(vals[i]!, out);
    a = mixA(a, out.h1);
    b = mixB(b, out.h2);
  }
  out.h1 = finish(a);
  out.h2 = finish(b);
}

// ---------------------------------------------------------------------------
// Hashing under a renaming of model values (symmetry)
// ---------------------------------------------------------------------------

/**
 * A renaming of some model values, for hashing values as if renamed without
 * building the renamed values: model value `m` with `index.get(m) = i` hashes
 * as the fingerprint `h1[i]`, `h2[i]`. With the fingerprints of a permutation's
 * images, {@link hashRenamed} gives exactly the fingerprint of the permuted
 * value. `epoch` identifies the set of renamed model values, for the marks
 * that sets and functions keep of whether they mention any of them.
 */
export interface Renaming {
  readonly epoch: number;
  readonly index: ReadonlyMap<ModelValue, number>;
  readonly h1: Int32Array;
  readonly h2: Int32Array;
  /**
   * When 0 or more, identifies the current `h1`, `h2` among the renamings of
   * one symmetry (a candidate permutation, numbered below `cacheSlots`), and
   * sets and functions keep their fingerprint under it, one per candidate
   * permutation, in their `ren` table of epoch `cacheEpoch` (see
   * {@link keptRenamed}): the parts a state shares with other states (the
   * messages of a protocol, one object each however many states hold them)
   * are hashed once per permutation rather than again whenever the
   * permutation differs from the last one they were hashed under.
   */
  cacheSlot?: number;
  cacheSlots?: number;
  cacheEpoch?: number;
}

let lastEpoch = 0;

/**
 * The index of `v` in the renaming `r`, or -1 when `r` does not rename it.
 * Remembered on the model value for the last renaming asked about: a search
 * with symmetry asks about the same few model values millions of times.
 */
function renamedIndex(v: ModelValue, r: Renaming): number {
  if (v.renEpoch === r.epoch) return v.renIndex;
  const i = r.index.get(v) ?? -1;
  v.renEpoch = r.epoch;
  v.renIndex = i;
  return i;
}

/** A new epoch for a {@link Renaming} (positive, never given twice in a process). */
export function newRenamingEpoch(): number {
  return ++lastEpoch;
}

/**
 * Whether `v` mentions a model value the renaming renames; remembered on
 * sets and functions (`sym` holds the epoch times 2, plus 1 when it does).
 */
export function mentionsRenamed(v: Value, r: Renaming): boolean {
  if (typeof v !== "object") return false;
  switch (v.tag) {
    case TAG_MV:
      return renamedIndex(v, r) >= 0;
    case TAG_SET: {
      if (v.sym >> 1 === r.epoch) return (v.sym & 1) === 1;
      let m = false;
      const e = v.elems;
      for (let i = 0; i < e.length; i++) {
        if (mentionsRenamed(e[i]!, r)) {
          m = true;
          break;
        }
      }
      v.sym = (r.epoch << 1) | (m ? 1 : 0);
      return m;
    }
    case TAG_FN: {
      if (v.sym >> 1 === r.epoch) return (v.sym & 1) === 1;
      let m = false;
      const vs = v.vals;
      if (v.kind !== FN_SEQ && v.kind !== FN_RECORD) {
        const ks = v.keys;
        for (let i = 0; i < ks.length; i++) {
          if (mentionsRenamed(ks[i]!, r)) {
            m = true;
            break;
          }
        }
      }
      if (!m) {
        for (let i = 0; i < vs.length; i++) {
          if (mentionsRenamed(vs[i]!, r)) {
            m = true;
            break;
          }
        }
      }
      v.sym = (r.epoch << 1) | (m ? 1 : 0);
      return m;
    }
    case TAG_LAZYSET:
      return mentionsRenamed(v.enumerate(), r);
    case TAG_LAZYFN:
      return mentionsRenamed(v.materialise(), r);
  }
}

/**
 * The fingerprint `v` has once its model values are renamed by `r`, into
 * `out`, without building the renamed value. When `r` maps model values one
 * to one (a permutation), this is `hashValue` of the permuted value. Parts
 * of `v` that mention no renamed model value use their cached fingerprints.
 */
export function hashRenamed(v: Value, r: Renaming, out: Fingerprint): void {
  if (typeof v !== "object") return hashValue(v, out);
  switch (v.tag) {
    case TAG_MV: {
      const i = renamedIndex(v, r);
      if (i < 0) {
        out.h1 = v.h1;
        out.h2 = v.h2;
      } else {
        out.h1 = r.h1[i]!;
        out.h2 = r.h2[i]!;
      }
      return;
    }
    case TAG_SET: {
      if (!mentionsRenamed(v, r)) return hashValue(v, out);
      const kept = keptRenamed(v, r, out);
      if (kept === 1) return;
      const e = v.elems;
      let a = 0;
      let b = 0;
      for (let i = 0; i < e.length; i++) {
        hashRenamed(e[i]!, r, out);
        a = (a + out.h1) | 0;
        b = (b + out.h2) | 0;
      }
      finishSet(e.length, a, b, out);
      if (kept === 0) keepRenamed(v, r, out);
      return;
    }
    case TAG_FN: {
      if (!mentionsRenamed(v, r)) return hashValue(v, out);
      const kept = keptRenamed(v, r, out);
      if (kept === 1) return;
      const k = v.keys;
      const vs = v.vals;
      let a = 0;
      let b = 0;
      for (let i = 0; i < vs.length; i++) {
        hashRenamed(k[i]!, r, out);
        const k1 = out.h1;
        const k2 = out.h2;
        hashRenamed(vs[i]!, r, out);
        a = (a + finish(mixA(mixA(0x1b873593, k1), out.h1))) | 0;
        b = (b + finish(mixB(mixB(0x3c6ef372, k2), out.h2))) | 0;
      }
      finishFn(vs.length, a, b, out);
      if (kept === 0) keepRenamed(v, r, out);
      return;
    }
    case TAG_LAZYSET:
      return hashRenamed(v.enumerate(), r, out);
    case TAG_LAZYFN:
      return hashRenamed(v.materialise(), r, out);
  }
}

/**
 * The renamings under which symmetry reduction computes signatures: renaming
 * `i` (of `n`) maps renamed model value `i` to one mark ("self") and every
 * other renamed model value `j` to a mark of its own set. They are the same
 * for every state, so the fingerprints of a value under all `n` of them can
 * be computed together and kept on the value ({@link signaturesOf}).
 */
export interface SignatureRenamings {
  /** Which model values are renamed (its `h1`, `h2` are not used). */
  readonly renaming: Renaming;
  readonly n: number;
  /** Identifies these renamings among others, for the fingerprints kept on values (a positive integer). */
  readonly epoch: number;
  /** For each renamed model value `j`, its fingerprints under the `n` renamings, as `h1, h2` pairs. */
  readonly mv: readonly Int32Array[];
}

/**
 * Finishes a set's or a function's signatures: `sums` holds, per renaming,
 * the sum of its `count` elements' (or pairs') fingerprints, which `finish`
 * turns into the value's own, as {@link hashValue} does; the renaming epoch
 * goes after them, to tell signatures kept on the value from stale ones.
 */
function sealSignatures(
  sums: Int32Array,
  count: number,
  finish: (count: number, h1: number, h2: number, out: Fingerprint) => void,
  s: SignatureRenamings,
  out: Fingerprint,
): Int32Array {
  for (let i = 0; i < s.n; i++) {
    finish(count, sums[2 * i]!, sums[2 * i + 1]!, out);
    sums[2 * i] = out.h1;
    sums[2 * i + 1] = out.h2;
  }
  sums[2 * s.n] = s.epoch;
  return sums;
}

/**
 * The fingerprints of `v` under each of the `n` signature renamings of `s`,
 * as `h1, h2` pairs (`2n` numbers; `[2i]`, `[2i + 1]` is what
 * {@link hashRenamed} gives under renaming `i`); or null when `v` mentions no
 * renamed model value, its fingerprint under all of them then being its own,
 * written into `out`. Sets and functions keep theirs (followed by the
 * epoch, and by a fingerprint under a candidate permutation, see
 * {@link keptRenamed}): a successor state
 * shares most of its parts with the state it came from, whose parts' were
 * computed already, so a state's signatures cost little more than hashing
 * its new parts, where computing them separately costs one pass over the
 * whole state per renamed model value.
 */
export function signaturesOf(v: Value, s: SignatureRenamings, out: Fingerprint): Int32Array | null {
  if (typeof v !== "object") {
    hashValue(v, out);
    return null;
  }
  switch (v.tag) {
    case TAG_MV: {
      const j = renamedIndex(v, s.renaming);
      if (j >= 0) return s.mv[j]!;
      out.h1 = v.h1;
      out.h2 = v.h2;
      return null;
    }
    case TAG_SET: {
      if (!mentionsRenamed(v, s.renaming)) {
        hashValue(v, out);
        return null;
      }
      const n = s.n;
      const kept = v.sigs;
      if (kept !== undefined && kept[2 * n] === s.epoch) return kept;
      const sums = new Int32Array(2 * n + 4);
      const e = v.elems;
      for (let x = 0; x < e.length; x++) {
        const c = signaturesOf(e[x]!, s, out);
        if (c === null) {
          for (let i = 0; i < n; i++) {
            sums[2 * i] = (sums[2 * i]! + out.h1) | 0;
            sums[2 * i + 1] = (sums[2 * i + 1]! + out.h2) | 0;
          }
        } else {
          for (let i = 0; i < 2 * n; i++) sums[i] = (sums[i]! + c[i]!) | 0;
        }
      }
      return (v.sigs = sealSignatures(sums, e.length, finishSet, s, out));
    }
    case TAG_FN: {
      if (!mentionsRenamed(v, s.renaming)) {
        hashValue(v, out);
        return null;
      }
      const n = s.n;
      const kept = v.sigs;
      if (kept !== undefined && kept[2 * n] === s.epoch) return kept;
      const sums = new Int32Array(2 * n + 4);
      const k = v.keys;
      const vs = v.vals;
      for (let x = 0; x < vs.length; x++) {
        const ck = signaturesOf(k[x]!, s, out);
        const k1 = out.h1;
        const k2 = out.h2;
        const cv = signaturesOf(vs[x]!, s, out);
        for (let i = 0; i < n; i++) {
          const a1 = ck === null ? k1 : ck[2 * i]!;
          const a2 = ck === null ? k2 : ck[2 * i + 1]!;
          const b1 = cv === null ? out.h1 : cv[2 * i]!;
          const b2 = cv === null ? out.h2 : cv[2 * i + 1]!;
          sums[2 * i] = (sums[2 * i]! + finish(mixA(mixA(0x1b873593, a1), b1))) | 0;
          sums[2 * i + 1] = (sums[2 * i + 1]! + finish(mixB(mixB(0x3c6ef372, a2), b2))) | 0;
        }
      }
      return (v.sigs = sealSignatures(sums, vs.length, finishFn, s, out));
    }
    case TAG_LAZYSET:
      return signaturesOf(v.enumerate(), s, out);
    case TAG_LAZYFN:
      return signaturesOf(v.materialise(), s, out);
  }
}

/**
 * {@link hashState} of the state under each signature renaming of `s` (see
 * {@link signaturesOf}): fingerprint `i` into `sig1[i]`, `sig2[i]`.
 */
export function stateSignatures(vals: readonly Value[], s: SignatureRenamings, sig1: Int32Array, sig2: Int32Array, out: Fingerprint): void {
  const n = s.n;
  sig1.fill(0x6a09e667 | 0);
  sig2.fill(0xbb67ae85 | 0);
  for (let x = 0; x < vals.length; x++) {
    const c = signaturesOf(vals[x]!, s, out);
    for (let i = 0; i < n; i++) {
      sig1[i] = mixA(sig1[i]!, c === null ? out.h1 : c[2 * i]!);
      sig2[i] = mixB(sig2[i]!, c === null ? out.h2 : c[2 * i + 1]!);
    }
  }
  for (let i = 0; i < n; i++) {
    sig1[i] = finish(sig1[i]!);
    sig2[i] = finish(sig2[i]!);
  }
}

/**
 * The fingerprint `v` keeps for the renaming `r` (see
 * {@link Renaming.cacheSlot}): 1 when found (written into `out`), 0 when it
 * may be kept once computed, -1 when it may not. The first permutation a
 * value is hashed under is kept after its signatures (which a value of a
 * state has by then); a table for the others is made when a second one
 * comes, which only values shared between states need.
 */
function keptRenamed(v: SetValue | FnValue, r: Renaming, out: Fingerprint): number {
  const slot = r.cacheSlot;
  const sigs = v.sigs;
  if (slot === undefined || slot < 0 || sigs === undefined) return -1;
  const n = sigs.length - 4;
  if (sigs[n] !== r.cacheEpoch) return -1;
  if (sigs[n + 1] === slot + 1) {
    out.h1 = sigs[n + 2]!;
    out.h2 = sigs[n + 3]!;
    return 1;
  }
  const t = v.ren;
  if (t === undefined || t[0] !== r.cacheEpoch || (t[1]! & (1 << slot)) === 0) return 0;
  out.h1 = t[2 + 2 * slot]!;
  out.h2 = t[3 + 2 * slot]!;
  return 1;
}

/** Keeps `out`, the fingerprint of `v` under `r` (see {@link keptRenamed}). */
function keepRenamed(v: SetValue | FnValue, r: Renaming, out: Fingerprint): void {
  const slot = r.cacheSlot!;
  const sigs = v.sigs!;
  const n = sigs.length - 4;
  if (sigs[n + 1] === 0) {
    sigs[n + 1] = slot + 1;
    sigs[n + 2] = out.h1;
    sigs[n + 3] = out.h2;
    return;
  }
  let t = v.ren;
  if (t === undefined || t[0] !== r.cacheEpoch) {
    t = new Int32Array(2 + 2 * r.cacheSlots!);
    t[0] = r.cacheEpoch!;
    v.ren = t;
  }
  t[1]! |= 1 << slot;
  t[2 + 2 * slot] = out.h1;
  t[3 + 2 * slot] = out.h2;
}

/** {@link hashState} of the state renamed by `r`, into `out` (see {@link hashRenamed}). */
export function hashStateRenamed(vals: readonly Value[], r: Renaming, out: Fingerprint): void {
  let a = 0x6a09e667 | 0;
  let b = 0xbb67ae85 | 0;
  for (let i = 0; i < vals.length; i++) {
    hashRenamed(vals[i]!, r, out);
    a = mixA(a, out.h1);
    b = mixB(b, out.h2);
  }
  out.h1 = finish(a);
  out.h2 = finish(b);
}

// ---------------------------------------------------------------------------
// Model values
// ---------------------------------------------------------------------------

/** A model value (a constant bound in the .cfg to a fresh, uninterpreted value). Interned by name. */
export class ModelValue {
  readonly tag = TAG_MV;
  readonly h1: number;
  readonly h2: number;
  /** The renaming epoch {@link renIndex} is for (see {@link renamedIndex}). */
  renEpoch = 0;
  /** Its index in that renaming, -1 when not renamed. */
  renIndex = -1;
  private constructor(readonly name: string) {
    const fp = newFingerprint();
    hashString(name, 13, fp);
    this.h1 = fp.h1;
    this.h2 = fp.h2;
  }
  private static readonly table = new Map<string, ModelValue>();
  /** The model value with this name (the same object each time). */
  static of(name: string): ModelValue {
    let mv = ModelValue.table.get(name);
    if (!mv) {
      mv = new ModelValue(name);
      ModelValue.table.set(name, mv);
    }
    return mv;
  }
}

// ---------------------------------------------------------------------------
// Finite sets
// ---------------------------------------------------------------------------

/** A finite set: elements sorted by {@link compare}, without duplicates. Never mutate `elems`. */
export class SetValue {
  readonly tag = TAG_SET;
  h1 = 0;
  h2 = 0;
  hashed = false;
  /** Whether it mentions a renamed model value, for the renaming of one epoch (see {@link mentionsRenamed}); 0: not known. */
  sym = 0;
  /** The sums of the elements' fingerprints (see {@link hashSet}), kept so that a set one element larger is hashed in one addition. */
  sum1 = 0;
  sum2 = 0;
  /** Its fingerprints under a symmetry's signature renamings (see {@link signaturesOf}). */
  sigs: Int32Array | undefined = undefined;
  /** Its fingerprints under the candidate permutations of a symmetry (see {@link keptRenamed}). */
  ren: Int32Array | undefined = undefined;
  /** Membership lookups so far; a hash index is built once a large set is searched often. */
  lookups = 0;
  /**
   * Elements by the first half of their fingerprint, built lazily for large
   * sets. It is persistent and passed on, one entry added, to the set
   * {@link setAdd} makes: a set grown by one element at a time (a protocol's
   * `msgs' = msgs \cup {m}`) would otherwise rebuild its index at every
   * version that is searched a few times.
   */
  index: SetIndex | undefined;
  /** Use {@link setOf} or {@link setFromSorted}; this constructor trusts its argument. */
  constructor(readonly elems: readonly Value[]) {}
}

/** A set's membership index: its elements by the first half of their fingerprint. */
type SetIndex = PersistentMap<readonly Value[], number>;

/** `index` with `v` (whose fingerprint's first half is `h1`) added. */
function indexAdd(index: SetIndex, h1: number, v: Value): SetIndex {
  const same = index.get(h1);
  return index.set(h1, same === undefined ? [v] : [...same, v]);
}

function buildIndex(s: SetValue): SetIndex {
  let index: SetIndex = PersistentMap.empty();
  const fp = newFingerprint();
  for (const e of s.elems) {
    hashValue(e, fp);
    index = indexAdd(index, fp.h1, e);
  }
  return index;
}

/** The empty set. */
export const EMPTY_SET = new SetValue([]);

/** A set of arbitrary elements (sorts and deduplicates; may reorder `elems` in place). */
export function setOf(elems: Value[]): SetValue {
  const n = elems.length;
  if (n === 0) return EMPTY_SET;
  if (n === 1) return new SetValue(elems);
  let sorted = true;
  for (let i = 1; i < n; i++) {
    if (compare(elems[i - 1]!, elems[i]!) >= 0) {
      sorted = false;
      break;
    }
  }
  if (sorted) return new SetValue(elems);
  elems.sort(compare);
  let w = 1;
  for (let i = 1; i < n; i++) {
    if (compare(elems[w - 1]!, elems[i]!) !== 0) elems[w++] = elems[i]!;
  }
  elems.length = w;
  return new SetValue(elems);
}

/** A set from elements already sorted and deduplicated. */
export function setFromSorted(elems: readonly Value[]): SetValue {
  return elems.length === 0 ? EMPTY_SET : new SetValue(elems);
}

/** Index of `v` in the sorted array, or -(insertion point) - 1. */
function searchSorted(elems: readonly Value[], v: Value): number {
  let lo = 0;
  let hi = elems.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(elems[mid]!, v);
    if (c < 0) lo = mid + 1;
    else if (c > 0) hi = mid - 1;
    else return mid;
  }
  return -lo - 1;
}

/** Whether the finite set contains `v`. */
function setHas(s: SetValue, v: Value): boolean {
  const e = s.elems;
  if (e.length <= 8 && typeof v !== "object") {
    for (let i = 0; i < e.length; i++) if (e[i] === v) return true;
    if (typeof v !== "bigint") return false;
  }
  if (e.length > 16 && typeof v === "object") {
    if (s.index === undefined && ++s.lookups > 4) s.index = buildIndex(s);
    if (s.index !== undefined) {
      const fp = newFingerprint();
      hashValue(v, fp);
      const c = s.index.get(fp.h1);
      if (c === undefined) return false;
      for (const x of c) if (x === v || equals(x, v)) return true;
      return false;
    }
  }
  return searchSorted(e, v) >= 0;
}

/**
 * `compare(a, f)` for the function `f` with these keys (sorted by
 * {@link compareKeys}) and values, without building `f` (the order of
 * {@link compare}: a function comes after the values of other kinds).
 */
function compareToFn(a: Value, keys: readonly Value[], vals: readonly Value[]): number {
  const ra = rank(a);
  if (ra !== 5) return ra - 5;
  const f = toFn(a);
  const n = f.vals.length;
  if (n !== vals.length) return n - vals.length;
  if (f.keys !== keys) {
    for (let i = 0; i < n; i++) {
      const c = compareKeys(f.keys[i]!, keys[i]!);
      if (c !== 0) return c;
    }
  }
  for (let i = 0; i < n; i++) {
    const c = compare(f.vals[i]!, vals[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Whether the set `s` holds the function with these keys (sorted by
 * {@link compareKeys}, as a record's or a tuple's) and values, without
 * building it when `s` is a finite set: searched as {@link setHas} searches
 * for it (by fingerprint in a large set's index, in order otherwise). A
 * protocol's guard `[type |-> "2a", bal |-> b, val |-> v] \in msgs`, or
 * Voting's `<<b, v>> \in votes[a]`, is evaluated many times per state, and
 * the record or tuple was built only to be compared. Keeps `vals` only when
 * it builds the function.
 */
export function memberFn(keys: readonly Value[], kind: number, vals: readonly Value[], s: Value): boolean {
  if (typeof s === "object" && s.tag === TAG_SET) {
    const e = s.elems;
    if (e.length > 16) {
      if (s.index === undefined && ++s.lookups > 4) s.index = buildIndex(s);
      if (s.index !== undefined) {
        const fp = newFingerprint();
        hashFnParts(keys, vals, fp);
        const c = s.index.get(fp.h1);
        if (c === undefined) return false;
        for (const x of c) if (compareToFn(x, keys, vals) === 0) return true;
        return false;
      }
    }
    let lo = 0;
    let hi = e.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareToFn(e[mid]!, keys, vals);
      if (c < 0) lo = mid + 1;
      else if (c > 0) hi = mid - 1;
      else return true;
    }
    return false;
  }
  return member(vals.length === 0 ? EMPTY_FN : new FnValue(keys, vals, kind), s);
}

/** The keys of tuples of `n` elements. */
export function tupleKeys(n: number): readonly Value[] {
  return seqKeys(n);
}

/** `s \cup {v}`. */
export function setAdd(s: SetValue, v: Value): SetValue {
  const i = searchSorted(s.elems, v);
  if (i >= 0) return s;
  const at = -i - 1;
  const e = s.elems;
  const n = e.length;
  // One pass, one allocation: copying around the gap is several times faster than slice + splice.
  const out: Value[] = new Array<Value>(n + 1);
  for (let j = 0; j < at; j++) out[j] = e[j]!;
  out[at] = v;
  for (let j = at; j < n; j++) out[j + 1] = e[j]!;
  const t = new SetValue(out);
  // What is known of s carries over: its fingerprint sums and its index, each with v added.
  if (s.hashed || s.index !== undefined) {
    const fp = newFingerprint();
    hashValue(v, fp);
    const v1 = fp.h1;
    if (s.index !== undefined) t.index = indexAdd(s.index, v1, v);
    if (s.hashed) {
      t.sum1 = (s.sum1 + v1) | 0;
      t.sum2 = (s.sum2 + fp.h2) | 0;
      finishSet(n + 1, t.sum1, t.sum2, fp);
      t.h1 = fp.h1;
      t.h2 = fp.h2;
      t.hashed = true;
    }
  }
  return t;
}

/** `a \cup b` of finite sets. */
export function setUnion(a: SetValue, b: SetValue): SetValue {
  if (a.elems.length === 0) return b;
  if (b.elems.length === 0) return a;
  if (b.elems.length === 1) return setAdd(a, b.elems[0]!);
  if (a.elems.length === 1) return setAdd(b, a.elems[0]!);
  const x = a.elems;
  const y = b.elems;
  const out: Value[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const c = compare(x[i]!, y[j]!);
    if (c < 0) out.push(x[i++]!);
    else if (c > 0) out.push(y[j++]!);
    else {
      out.push(x[i++]!);
      j++;
    }
  }
  while (i < x.length) out.push(x[i++]!);
  while (j < y.length) out.push(y[j++]!);
  if (out.length === x.length) return a;
  if (out.length === y.length) return b;
  return new SetValue(out);
}

/** `a \cap b` of finite sets. */
export function setIntersect(a: SetValue, b: SetValue): SetValue {
  const x = a.elems;
  const y = b.elems;
  const out: Value[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const c = compare(x[i]!, y[j]!);
    if (c < 0) i++;
    else if (c > 0) j++;
    else {
      out.push(x[i++]!);
      j++;
    }
  }
  return setFromSorted(out);
}

/** `a \ b` of finite sets. */
export function setMinus(a: SetValue, b: SetValue): SetValue {
  const x = a.elems;
  const y = b.elems;
  if (y.length === 0) return a;
  const out: Value[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length) {
    if (j >= y.length) {
      out.push(x[i++]!);
      continue;
    }
    const c = compare(x[i]!, y[j]!);
    if (c < 0) out.push(x[i++]!);
    else if (c > 0) j++;
    else {
      i++;
      j++;
    }
  }
  return out.length === x.length ? a : setFromSorted(out);
}

// ---------------------------------------------------------------------------
// Functions (records, tuples, sequences)
// ---------------------------------------------------------------------------

/** Function kinds, for printing and fast application. */
const FN_GENERAL = 0;
/** Keys are exactly 1..n (tuples, sequences, and the empty function). */
export const FN_SEQ = 1;
/** Keys are all strings (records). */
export const FN_RECORD = 2;

/**
 * A function with a finite domain: `keys` sorted (strings by {@link fieldRank}),
 * `vals[i]` the image of `keys[i]`. Never mutate the arrays.
 */
export class FnValue {
  readonly tag = TAG_FN;
  h1 = 0;
  h2 = 0;
  hashed = false;
  /** Whether it mentions a renamed model value, for the renaming of one epoch (see {@link mentionsRenamed}); 0: not known. */
  sym = 0;
  /** Its fingerprints under a symmetry's signature renamings (see {@link signaturesOf}). */
  sigs: Int32Array | undefined = undefined;
  /** Its fingerprints under the candidate permutations of a symmetry (see {@link keptRenamed}). */
  ren: Int32Array | undefined = undefined;
  /** Trusts its arguments; use {@link fnOf}, {@link tupleOf} or {@link recordOf}. */
  constructor(
    readonly keys: readonly Value[],
    readonly vals: readonly Value[],
    readonly kind: number,
  ) {}
}

const seqKeyCache: Value[][] = [[]];

/** The shared key array `[1, ..., n]`. */
function seqKeys(n: number): readonly Value[] {
  let k = seqKeyCache[n];
  if (!k) {
    k = [];
    for (let i = 1; i <= n; i++) k.push(i);
    seqKeyCache[n] = k;
  }
  return k;
}

/** The empty function, which is also the empty sequence `<<>>`. */
export const EMPTY_FN = new FnValue([], [], FN_SEQ);

/** The tuple (sequence) `<<vals...>>`. */
export function tupleOf(vals: readonly Value[]): FnValue {
  return vals.length === 0 ? EMPTY_FN : new FnValue(seqKeys(vals.length), vals, FN_SEQ);
}

const fieldRanks = new Map<string, number>();

/**
 * The position of a record field name in TLC's field order: TLC interns names
 * in order of first appearance while parsing, and sorts record fields by it.
 * Names never registered get ranks after all registered ones, in order of first use.
 */
function fieldRank(name: string): number {
  let r = fieldRanks.get(name);
  if (r === undefined) {
    r = fieldRanks.size;
    fieldRanks.set(name, r);
  }
  return r;
}

/** Registers identifiers in order of first appearance (the root module's text first), fixing {@link fieldRank}. */
export function registerFieldNames(names: Iterable<string>): void {
  for (const n of names) fieldRank(n);
}

/** The order of function keys: strings by field rank, everything else by {@link compare}. */
export function compareKeys(a: Value, b: Value): number {
  if (typeof a === "string" && typeof b === "string") {
    if (a === b) return 0;
    return fieldRank(a) - fieldRank(b);
  }
  return compare(a, b);
}

function kindOfKeys(keys: readonly Value[]): number {
  const n = keys.length;
  if (n === 0) return FN_SEQ;
  let seq = true;
  let rec = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k !== i + 1) seq = false;
    if (typeof k !== "string") rec = false;
  }
  return seq ? FN_SEQ : rec ? FN_RECORD : FN_GENERAL;
}

/**
 * The function mapping `keys[i]` to `vals[i]`. Keys must be distinct. The arrays
 * are sorted together when needed (and then copied).
 */
export function fnOf(keys: readonly Value[], vals: readonly Value[]): FnValue {
  const n = keys.length;
  if (n === 0) return EMPTY_FN;
  let sorted = true;
  for (let i = 1; i < n; i++) {
    if (compareKeys(keys[i - 1]!, keys[i]!) >= 0) {
      sorted = false;
      break;
    }
  }
  if (!sorted) {
    const idx = keys.map((_, i) => i);
    idx.sort((i, j) => compareKeys(keys[i]!, keys[j]!));
    keys = idx.map((i) => keys[i]!);
    vals = idx.map((i) => vals[i]!);
  }
  const kind = kindOfKeys(keys);
  return new FnValue(kind === FN_SEQ ? seqKeys(n) : keys, vals, kind);
}

/** Canonical key arrays of records, by their field names (see {@link recordKeys}). */
const recordKeyArrays = new Map<string, readonly Value[]>();

/**
 * The one key array of records with these field names (already sorted by
 * {@link compareKeys}). Records that share their key array are compared
 * without comparing their field names, and field accesses cache the
 * position of a field per key array: records with the same fields built at
 * different places of a specification (a message sent by one action and
 * looked for by another) then count as one shape. A name's rank never
 * changes once given, so an array stays sorted.
 */
export function recordKeys(names: readonly string[]): readonly Value[] {
  const id = names.join("\u0000");
  let keys = recordKeyArrays.get(id);
  if (keys === undefined) {
    keys = names.slice();
    recordKeyArrays.set(id, keys);
  }
  return keys;
}

/** The record `[names[i] |-> vals[i]]` (names distinct, any order). */
export function recordOf(names: readonly string[], vals: readonly Value[]): FnValue {
  return fnOf(names, vals);
}

/** Index of key `k` in the function's domain, or -1. */
export function fnIndex(f: FnValue, k: Value): number {
  const keys = f.keys;
  if (f.kind === FN_SEQ) {
    return typeof k === "number" && k >= 1 && k <= keys.length && Number.isInteger(k) ? k - 1 : -1;
  }
  const n = keys.length;
  if (typeof k !== "object" || k.tag === TAG_MV) {
    if (n <= 16) {
      for (let i = 0; i < n; i++) if (keys[i] === k) return i;
      if (typeof k !== "bigint") return -1;
    }
    if (f.kind === FN_RECORD) {
      if (typeof k !== "string") return -1;
      for (let i = 0; i < n; i++) if (keys[i] === k) return i;
      return -1;
    }
  }
  if (typeof k === "number") {
    // Integer keys that run without gaps (slots, positions) sit at their offset from the first.
    const k0 = keys[0];
    if (typeof k0 === "number") {
      const i = k - k0;
      if (i >= 0 && i < n && keys[i] === k) return i;
    }
  }
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareKeys(keys[mid]!, k);
    if (c < 0) lo = mid + 1;
    else if (c > 0) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** `f` with the value at position `i` replaced (EXCEPT). */
export function fnWithIndex(f: FnValue, i: number, v: Value): FnValue {
  if (f.vals[i] === v) return f;
  const vals = f.vals.slice();
  vals[i] = v;
  return new FnValue(f.keys, vals, f.kind);
}

/** The domain of a finite function, as a set. */
export function fnDomain(f: FnValue): SetValue | LazySet {
  if (f.kind === FN_SEQ) return new IntervalSet(1, f.keys.length);
  if (f.kind === FN_RECORD) return setOf(f.keys.slice());
  return setFromSorted(f.keys);
}

// ---------------------------------------------------------------------------
// Lazy sets and functions
// ---------------------------------------------------------------------------

/**
 * A set kept symbolic: membership is answered directly; `enumerate` builds the
 * finite set (and throws for infinite ones).
 */
export abstract class LazySet {
  readonly tag = TAG_LAZYSET;
  private cache: SetValue | undefined;
  /** Whether the set is finite. */
  abstract readonly finite: boolean;
  /** Membership test without enumerating. */
  abstract contains(v: Value): boolean;
  /** Builds the elements; only called for finite sets. */
  protected abstract build(): SetValue;
  /** TLA+ text of the set, as TLC prints it. */
  abstract show(print: (v: Value) => string): string;
  /** Number of elements (may avoid enumerating). */
  size(): number {
    return this.enumerate().elems.length;
  }
  /** The set's elements as a {@link SetValue} (cached). */
  enumerate(): SetValue {
    if (!this.cache) {
      if (!this.finite) throw valueError(`cannot enumerate the infinite set ${this.show(printShort)}`);
      this.cache = this.build();
    }
    return this.cache;
  }
}

/** `lo..hi`. */
export class IntervalSet extends LazySet {
  readonly finite = true;
  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {
    super();
  }
  contains(v: Value): boolean {
    return typeof v === "number" && v >= this.lo && v <= this.hi;
  }
  override size(): number {
    return this.hi >= this.lo ? this.hi - this.lo + 1 : 0;
  }
  protected build(): SetValue {
    const out: Value[] = [];
    for (let i = this.lo; i <= this.hi; i++) out.push(i);
    return setFromSorted(out);
  }
  show(): string {
    return `${this.lo}..${this.hi}`;
  }
}

/** `Nat`, `Int`, `STRING`. */
export class InfiniteSet extends LazySet {
  readonly finite = false;
  constructor(readonly name: "Nat" | "Int" | "STRING") {
    super();
  }
  contains(v: Value): boolean {
    switch (this.name) {
      case "Nat":
        return (typeof v === "number" && v >= 0) || (typeof v === "bigint" && v >= 0n);
      case "Int":
        return typeof v === "number" || typeof v === "bigint";
      case "STRING":
        return typeof v === "string";
    }
  }
  protected build(): SetValue {
    throw valueError(`cannot enumerate ${this.name}`);
  }
  show(): string {
    return this.name;
  }
}

/** The set `Nat`. */
export const NAT = new InfiniteSet("Nat");
/** The set `Int`. */
export const INT = new InfiniteSet("Int");
/** The set `STRING`. */
export const STRING_SET = new InfiniteSet("STRING");
/** `BOOLEAN`. */
export const BOOLEAN_SET = new SetValue([false, true]);

/** Whether `v` is a set (finite or lazy). */
export function isSet(v: Value): v is SetValue | LazySet {
  return typeof v === "object" && (v.tag === TAG_SET || v.tag === TAG_LAZYSET);
}

/** The elements of a set value, enumerated; throws for non-sets and infinite sets. */
export function toSet(v: Value): SetValue {
  if (typeof v === "object") {
    if (v.tag === TAG_SET) return v;
    if (v.tag === TAG_LAZYSET) return v.enumerate();
  }
  throw valueError(`expected a set, got ${kindName(v)}`);
}

/** `SUBSET base`. */
export class SubsetSet extends LazySet {
  readonly finite: boolean;
  constructor(readonly base: SetValue | LazySet) {
    super();
    this.finite = base.tag === TAG_SET || base.finite;
  }
  contains(v: Value): boolean {
    if (!isSet(v)) return false;
    const s = toSet(v);
    for (const e of s.elems) if (!member(e, this.base)) return false;
    return true;
  }
  override size(): number {
    return 2 ** setSize(this.base);
  }
  protected build(): SetValue {
    const b = toSet(this.base).elems;
    if (b.length > 24) throw valueError(`SUBSET of a set of ${b.length} elements is too large to enumerate`);
    const out: Value[] = [];
    const n = b.length;
    for (let mask = 0; mask < 1 << n; mask++) {
      const es: Value[] = [];
      for (let i = 0; i < n; i++) if (mask & (1 << i)) es.push(b[i]!);
      out.push(setFromSorted(es));
    }
    return setOf(out);
  }
  show(print: (v: Value) => string): string {
    return `SUBSET ${print(this.base)}`;
  }
}

/** `[domain -> range]`. */
export class FnSetSet extends LazySet {
  readonly finite: boolean;
  constructor(
    readonly domain: SetValue | LazySet,
    readonly range: SetValue | LazySet,
  ) {
    super();
    this.finite = (domain.tag === TAG_SET || domain.finite) && (range.tag === TAG_SET || range.finite);
  }
  contains(v: Value): boolean {
    if (typeof v !== "object") return false;
    if (v.tag === TAG_LAZYFN) v = v.materialise();
    if (v.tag !== TAG_FN) return false;
    if (!domainIs(v, this.domain)) return false;
    for (const x of v.vals) if (!member(x, this.range)) return false;
    return true;
  }
  override size(): number {
    return setSize(this.range) ** setSize(this.domain);
  }
  protected build(): SetValue {
    const d = toSet(this.domain).elems;
    const r = toSet(this.range).elems;
    const total = r.length ** d.length;
    if (total > 5_000_000) throw valueError(`the function set has ${total} elements, too many to enumerate`);
    const out: Value[] = [];
    if (d.length === 0) return setFromSorted([EMPTY_FN]);
    if (r.length === 0) return EMPTY_SET;
    const idx = new Array<number>(d.length).fill(0);
    const keys = fnOf(
      d,
      d.map(() => false),
    ).keys;
    for (;;) {
      // keys of fnOf(d, ...) are in compareKeys order; map each key to its range index
      out.push(
        fnOf(
          keys,
          idx.map((i) => r[i]!),
        ),
      );
      let p = d.length - 1;
      while (p >= 0 && idx[p] === r.length - 1) idx[p--] = 0;
      if (p < 0) break;
      idx[p]!++;
    }
    return setOf(out);
  }
  show(print: (v: Value) => string): string {
    return `[${print(this.domain)} -> ${print(this.range)}]`;
  }
}

/** `[a : S, b : T]`. */
export class RecordSetSet extends LazySet {
  readonly finite: boolean;
  constructor(
    readonly names: readonly string[],
    readonly sets: readonly (SetValue | LazySet)[],
  ) {
    super();
    this.finite = sets.every((s) => s.tag === TAG_SET || s.finite);
  }
  contains(v: Value): boolean {
    if (typeof v !== "object" || v.tag !== TAG_FN || v.keys.length !== this.names.length) return false;
    for (let i = 0; i < this.names.length; i++) {
      const j = fnIndex(v, this.names[i]!);
      if (j < 0 || !member(v.vals[j]!, this.sets[i]!)) return false;
    }
    return true;
  }
  override size(): number {
    let n = 1;
    for (const s of this.sets) n *= setSize(s);
    return n;
  }
  protected build(): SetValue {
    const sets = this.sets.map((s) => toSet(s).elems);
    const out: Value[] = [];
    const cur: Value[] = new Array(sets.length);
    const rec = (i: number): void => {
      if (i === sets.length) {
        out.push(recordOf(this.names, cur.slice()));
        return;
      }
      for (const e of sets[i]!) {
        cur[i] = e;
        rec(i + 1);
      }
    };
    rec(0);
    return setOf(out);
  }
  show(print: (v: Value) => string): string {
    return `[${this.names.map((n, i) => `${n} : ${print(this.sets[i]!)}`).join(", ")}]`;
  }
}

/** `S1 \X S2 \X ...`. */
export class ProductSet extends LazySet {
  readonly finite: boolean;
  constructor(readonly sets: readonly (SetValue | LazySet)[]) {
    super();
    this.finite = sets.every((s) => s.tag === TAG_SET || s.finite);
  }
  contains(v: Value): boolean {
    if (typeof v !== "object" || v.tag !== TAG_FN || v.kind !== FN_SEQ || v.vals.length !== this.sets.length) return false;
    for (let i = 0; i < this.sets.length; i++) if (!member(v.vals[i]!, this.sets[i]!)) return false;
    return true;
  }
  override size(): number {
    let n = 1;
    for (const s of this.sets) n *= setSize(s);
    return n;
  }
  protected build(): SetValue {
    const sets = this.sets.map((s) => toSet(s).elems);
    const out: Value[] = [];
    const cur: Value[] = new Array(sets.length);
    const rec = (i: number): void => {
      if (i === sets.length) {
        out.push(tupleOf(cur.slice()));
        return;
      }
      for (const e of sets[i]!) {
        cur[i] = e;
        rec(i + 1);
      }
    };
    rec(0);
    return setOf(out);
  }
  show(print: (v: Value) => string): string {
    return this.sets.map(print).join(" \\X ");
  }
}

/** `Seq(S)`: infinite unless S is empty. */
export class SeqSet extends LazySet {
  readonly finite: boolean;
  constructor(readonly base: SetValue | LazySet) {
    super();
    this.finite = base.tag === TAG_SET && base.elems.length === 0;
  }
  contains(v: Value): boolean {
    if (typeof v !== "object" || v.tag !== TAG_FN || v.kind !== FN_SEQ) return false;
    for (const x of v.vals) if (!member(x, this.base)) return false;
    return true;
  }
  protected build(): SetValue {
    return setFromSorted([EMPTY_FN]);
  }
  show(print: (v: Value) => string): string {
    return `Seq(${print(this.base)})`;
  }
}

/**
 * `UNION S` where some element of `S` is kept symbolic (`UNION {[1..n -> C] :
 * n \in 0..M}`, the batches of at most M commands): membership asks each
 * part, so a value is found in a union of large function sets without
 * enumerating them; the elements are built only when asked for.
 */
export class BigUnionSet extends LazySet {
  readonly finite: boolean;
  constructor(readonly parts: readonly (SetValue | LazySet)[]) {
    super();
    this.finite = parts.every((p) => p.tag === TAG_SET || p.finite);
  }
  contains(v: Value): boolean {
    for (const p of this.parts) if (member(v, p)) return true;
    return false;
  }
  protected build(): SetValue {
    const out: Value[] = [];
    for (const p of this.parts) for (const e of toSet(p).elems) out.push(e);
    return setOf(out);
  }
  show(print: (v: Value) => string): string {
    // As TLC prints a set, by its elements, unless there are too many to list.
    if (this.finite && this.parts.reduce((n, p) => n + setSize(p), 0) <= 100_000) return print(this.enumerate());
    return `UNION {${this.parts.map(print).join(", ")}}`;
  }
}

/** The number of elements of a finite set, computed without enumerating where the set's form allows. */
function setSize(s: SetValue | LazySet): number {
  return s.tag === TAG_SET ? s.elems.length : s.size();
}

/**
 * Whether the domain of `f` is the set `d`, decided without enumerating `d`
 * when it is lazy: the domain is finite, so it equals `d` when `d` is finite,
 * has as many elements, and contains every key.
 */
function domainIs(f: FnValue, d: SetValue | LazySet): boolean {
  const keys = f.keys;
  if (d.tag === TAG_SET) {
    if (d.elems.length !== keys.length) return false;
    if (f.kind === FN_RECORD) {
      for (const k of keys) if (!setHas(d, k)) return false;
      return true;
    }
    return equals(fnDomain(f), d);
  }
  if (!d.finite) return false;
  if (d instanceof IntervalSet && f.kind === FN_SEQ) {
    return keys.length === 0 ? d.hi < d.lo : d.lo === 1 && d.hi === keys.length;
  }
  if (d.size() !== keys.length) return false;
  for (const k of keys) if (!d.contains(k)) return false;
  return true;
}

/**
 * `A \cup B` where one side is lazy: membership asks both sides; the
 * elements are built only when enumerated.
 */
export class UnionSet extends LazySet {
  readonly finite: boolean;
  constructor(
    readonly a: SetValue | LazySet,
    readonly b: SetValue | LazySet,
  ) {
    super();
    this.finite = (a.tag === TAG_SET || a.finite) && (b.tag === TAG_SET || b.finite);
  }
  contains(v: Value): boolean {
    return member(v, this.a) || member(v, this.b);
  }
  protected build(): SetValue {
    return setUnion(toSet(this.a), toSet(this.b));
  }
  show(print: (v: Value) => string): string {
    return this.finite ? print(this.enumerate()) : `${print(this.a)} \\cup ${print(this.b)}`;
  }
}

/** `A \cap B` where one side is lazy: finite when either side is. */
export class IntersectionSet extends LazySet {
  readonly finite: boolean;
  constructor(
    readonly a: SetValue | LazySet,
    readonly b: SetValue | LazySet,
  ) {
    super();
    this.finite = a.tag === TAG_SET || a.finite || b.tag === TAG_SET || b.finite;
  }
  contains(v: Value): boolean {
    return member(v, this.a) && member(v, this.b);
  }
  protected build(): SetValue {
    const [x, y] = this.a.tag === TAG_SET || this.a.finite ? [this.a, this.b] : [this.b, this.a];
    const out: Value[] = [];
    for (const e of toSet(x).elems) if (member(e, y)) out.push(e);
    return setFromSorted(out);
  }
  show(print: (v: Value) => string): string {
    return this.finite ? print(this.enumerate()) : `${print(this.a)} \\cap ${print(this.b)}`;
  }
}

/** `A \ B` where one side is lazy: finite when `A` is. */
export class DifferenceSet extends LazySet {
  readonly finite: boolean;
  constructor(
    readonly a: SetValue | LazySet,
    readonly b: SetValue | LazySet,
  ) {
    super();
    this.finite = a.tag === TAG_SET || a.finite;
  }
  contains(v: Value): boolean {
    return member(v, this.a) && !member(v, this.b);
  }
  protected build(): SetValue {
    const out: Value[] = [];
    for (const e of toSet(this.a).elems) if (!member(e, this.b)) out.push(e);
    return setFromSorted(out);
  }
  show(print: (v: Value) => string): string {
    return this.finite ? print(this.enumerate()) : `${print(this.a)} \\ ${print(this.b)}`;
  }
}

/** A set given by a membership predicate only (e.g. `{x \in Nat : P}`); cannot be enumerated. */
export class PredicateSet extends LazySet {
  readonly finite = false;
  constructor(
    readonly text: string,
    readonly test: (v: Value) => boolean,
  ) {
    super();
  }
  contains(v: Value): boolean {
    return this.test(v);
  }
  protected build(): SetValue {
    throw valueError(`cannot enumerate ${this.text}`);
  }
  show(): string {
    return this.text;
  }
}

/** A function over a possibly infinite domain, computed on demand (recursive function definitions). */
export class LazyFn {
  readonly tag = TAG_LAZYFN;
  private cache: FnValue | undefined;
  /**
   * The values computed so far, for arguments that are not objects: in an
   * array by offset when the domain is a small interval `lo..hi` (the
   * recursive definitions `F[i \in 0..n] == ...`), else in a map made when
   * first needed.
   */
  private memo: Map<Value, Value> | undefined;
  private readonly byOffset: (Value | undefined)[] | undefined;
  private readonly lo: number;
  constructor(
    readonly domain: SetValue | LazySet,
    private readonly compute: (arg: Value) => Value,
  ) {
    const small = domain instanceof IntervalSet && domain.hi - domain.lo < 4096;
    this.lo = small ? domain.lo : 0;
    this.byOffset = small ? new Array<Value | undefined>(Math.max(0, domain.hi - domain.lo + 1)) : undefined;
  }
  /** Applies the function (error when `arg` is outside the domain). */
  apply(arg: Value): Value {
    const arr = this.byOffset;
    if (arr !== undefined && typeof arg === "number") {
      const i = arg - this.lo;
      if (i >= 0 && i < arr.length && Number.isInteger(i)) {
        const m = arr[i];
        if (m !== undefined) return m;
        const v = this.compute(arg);
        arr[i] = v;
        return v;
      }
    }
    if (typeof arg !== "object") {
      const m = this.memo?.get(arg);
      if (m !== undefined) return m;
    }
    if (!member(arg, this.domain)) throw valueError(`${printShort(arg)} is not in the function's domain`);
    const v = this.compute(arg);
    if (typeof arg !== "object") (this.memo ??= new Map()).set(arg, v);
    return v;
  }
  /** The function as a finite {@link FnValue} (error for infinite domains). */
  materialise(): FnValue {
    if (!this.cache) {
      const d = toSet(this.domain).elems;
      this.cache = fnOf(
        d,
        d.map((k) => this.apply(k)),
      );
    }
    return this.cache;
  }
}

// ---------------------------------------------------------------------------
// Membership, order, equality
// ---------------------------------------------------------------------------

/** `v \in s` for any set value; throws when `s` is not a set. */
export function member(v: Value, s: Value): boolean {
  if (typeof s === "object") {
    if (s.tag === TAG_SET) return setHas(s, v);
    if (s.tag === TAG_LAZYSET) return s.contains(v);
  }
  throw valueError(`cannot test membership in ${kindName(s)} ${printShort(s)}: it is not a set`);
}

function rank(v: Value): number {
  switch (typeof v) {
    case "boolean":
      return 1;
    case "number":
    case "bigint":
      return 2;
    case "string":
      return 3;
    default:
      break; // a composite value: by its tag, below
  }
  switch (v.tag) {
    case TAG_MV:
      return 0;
    case TAG_SET:
    case TAG_LAZYSET:
      return 4;
    default:
      return 5;
  }
}

/** Total order on values, compatible with TLC's order within each kind. */
export function compare(a: Value, b: Value): number {
  if (a === b) return 0;
  const ta = typeof a;
  if (ta === typeof b) {
    if (ta === "number") return (a as number) < (b as number) ? -1 : 1;
    if (ta === "string") return (a as string) < (b as string) ? -1 : 1;
    if (ta === "boolean") return a ? 1 : -1;
    if (ta === "bigint") return (a as bigint) < (b as bigint) ? -1 : (a as bigint) > (b as bigint) ? 1 : 0;
  }
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) {
    if (ra === 2 && rb === 2) {
      const x = BigInt(a as number | bigint);
      const y = BigInt(b as number | bigint);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return ra - rb;
  }
  if (ra === 0) {
    const x = (a as ModelValue).name;
    const y = (b as ModelValue).name;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 2) {
    const x = BigInt(a as number | bigint);
    const y = BigInt(b as number | bigint);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 4) {
    if (lazyIdentical(a as SetValue | LazySet, b as SetValue | LazySet)) return 0;
    // Sets order by size first: counted without enumerating where the set's form allows (a function set, say).
    const sa = setSize(a as SetValue | LazySet);
    const sb = setSize(b as SetValue | LazySet);
    if (sa !== sb) return sa - sb;
    const x = toSet(a).elems;
    const y = toSet(b).elems;
    if (x.length !== y.length) return x.length - y.length;
    for (let i = 0; i < x.length; i++) {
      const c = compare(x[i]!, y[i]!);
      if (c !== 0) return c;
    }
    return 0;
  }
  const f = toFn(a);
  const g = toFn(b);
  if (f === g) return 0;
  const n = f.vals.length;
  if (n !== g.vals.length) return n - g.vals.length;
  if (f.keys !== g.keys) {
    for (let i = 0; i < n; i++) {
      const c = compareKeys(f.keys[i]!, g.keys[i]!);
      if (c !== 0) return c;
    }
  }
  for (let i = 0; i < n; i++) {
    const c = compare(f.vals[i]!, g.vals[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

function lazyIdentical(a: SetValue | LazySet, b: SetValue | LazySet): boolean {
  return a instanceof InfiniteSet && b instanceof InfiniteSet && a.name === b.name;
}

/** The finite function behind a function value. */
export function toFn(v: Value): FnValue {
  if (typeof v === "object") {
    if (v.tag === TAG_FN) return v;
    if (v.tag === TAG_LAZYFN) return v.materialise();
  }
  throw valueError(`expected a function, got ${kindName(v)} ${printShort(v)}`);
}

/** Value equality (`=`), independent of how the values were built. */
export function equals(a: Value, b: Value): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta !== "object" || typeof b !== "object") {
    if (ta === "bigint" || typeof b === "bigint") return compare(a, b) === 0 && rank(a) === rank(b);
    return false;
  }
  const x = a as Exclude<Value, boolean | number | bigint | string>;
  const y = b as Exclude<Value, boolean | number | bigint | string>;
  if (x.tag === TAG_MV || y.tag === TAG_MV) return false;
  const rx = rank(x);
  if (rx !== rank(y)) return false;
  if (rx === 4) {
    if (lazyIdentical(x as SetValue | LazySet, y as SetValue | LazySet)) return true;
    if ((x.tag === TAG_LAZYSET && !x.finite) || (y.tag === TAG_LAZYSET && !y.finite)) return false;
  }
  if (x.tag === TAG_SET && y.tag === TAG_SET) {
    if (x.elems.length !== y.elems.length) return false;
    if (x.hashed && y.hashed && (x.h1 !== y.h1 || x.h2 !== y.h2)) return false;
  } else if (x.tag === TAG_FN && y.tag === TAG_FN) {
    if (x.vals.length !== y.vals.length) return false;
    if (x.hashed && y.hashed && (x.h1 !== y.h1 || x.h2 !== y.h2)) return false;
  }
  return compare(x, y) === 0;
}

// ---------------------------------------------------------------------------
// Small helpers for messages
// ---------------------------------------------------------------------------

/** A word for the kind of a value, for error messages. */
export function kindName(v: Value): string {
  switch (typeof v) {
    case "boolean":
      return "the boolean";
    case "number":
    case "bigint":
      return "the integer";
    case "string":
      return "the string";
    default:
      break; // a composite value: by its tag, below
  }
  switch (v.tag) {
    case TAG_MV:
      return "the model value";
    case TAG_SET:
    case TAG_LAZYSET:
      return "the set";
    default:
      return "the function";
  }
}

let printer: (v: Value) => string = String;

/** Installs the printer used in error messages (set by the printing module). */
export function setErrorPrinter(p: (v: Value) => string): void {
  printer = p;
}

/** The value as TLA+ text, shortened for error messages. */
export function printShort(v: Value): string {
  const s = printer(v);
  return s.length > 120 ? s.slice(0, 117) + "..." : s;
}

/** Normalises an integer result: a safe number when it fits, a bigint otherwise. */
export function normInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

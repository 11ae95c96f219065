/**
 * The membership index of a large finite set: its elements by the first half
 * of their fingerprint, in a persistent hash trie (Bagwell's hash array
 * mapped trie, as `src/lib/persistentMap.ts`, keyed here by a 32-bit number
 * that is already a hash).
 *
 * A set grown one element at a time, the message set of a protocol spec
 * (`msgs' = msgs \cup {m}`), is a new set at every step. With an index of its
 * own per set, each version searched often rebuilt the whole index, a cost
 * that grew with the set at every step. A persistent index is passed on:
 * the new set's index is the old one with one element added, a few small
 * nodes copied and the rest shared, so a lookup and an addition cost the
 * depth of the trie (at most seven levels of 32 children).
 *
 * @module
 */
import type { Value } from "./value.js";

const BITS = 5;
const MASK = (1 << BITS) - 1;

/** The elements whose fingerprints share a first half `hash` (almost always one). */
interface Bucket {
  readonly kind: 0;
  readonly hash: number;
  readonly elems: readonly Value[];
}

/** An inner node: bit `i` of `bitmap` set when child `i` (of the next five bits of the hash) exists; children in order. */
interface Branch {
  readonly kind: 1;
  readonly bitmap: number;
  readonly children: readonly IndexNode[];
}

type IndexNode = Bucket | Branch;

/** The number of set bits of `x`. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** A node holding buckets `a` and `b` (different hashes), from the level at `shift` down. */
function pair(a: Bucket, b: Bucket, shift: number): Branch {
  const ia = (a.hash >>> shift) & MASK;
  const ib = (b.hash >>> shift) & MASK;
  if (ia === ib) return { kind: 1, bitmap: 1 << ia, children: [pair(a, b, shift + BITS)] };
  return { kind: 1, bitmap: (1 << ia) | (1 << ib), children: ia < ib ? [a, b] : [b, a] };
}

/** `node` with `v` (fingerprint half `hash`) added; the caller knows `v` is not in it. */
function insert(node: IndexNode, hash: number, v: Value, shift: number): IndexNode {
  if (node.kind === 0) {
    if (node.hash === hash) return { kind: 0, hash, elems: [...node.elems, v] };
    return pair(node, { kind: 0, hash, elems: [v] }, shift);
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const at = popcount(node.bitmap & (bit - 1));
  const children = node.children.slice();
  if ((node.bitmap & bit) === 0) {
    children.splice(at, 0, { kind: 0, hash, elems: [v] });
    return { kind: 1, bitmap: node.bitmap | bit, children };
  }
  children[at] = insert(node.children[at]!, hash, v, shift + BITS);
  return { kind: 1, bitmap: node.bitmap, children };
}

/** An immutable index of set elements by fingerprint half. */
export class SetIndex {
  private constructor(private readonly root: Branch) {}

  private static readonly EMPTY = new SetIndex({ kind: 1, bitmap: 0, children: [] });

  /** The index of nothing. */
  static empty(): SetIndex {
    return SetIndex.EMPTY;
  }

  /** The elements indexed under `hash` (those whose fingerprint's first half it is), if any. */
  get(hash: number): readonly Value[] | undefined {
    let node: IndexNode = this.root;
    for (let shift = 0; ; shift += BITS) {
      if (node.kind === 0) return node.hash === hash ? node.elems : undefined;
      const bit = 1 << ((hash >>> shift) & MASK);
      if ((node.bitmap & bit) === 0) return undefined;
      node = node.children[popcount(node.bitmap & (bit - 1))]!;
    }
  }

  /** The index with `v` added under `hash`; `v` must not be indexed already. */
  add(hash: number, v: Value): SetIndex {
    return new SetIndex(insert(this.root, hash, v, 0) as Branch);
  }
}

/**
 * An immutable map from strings to values whose update costs a few small
 * copies however many keys it holds: a hash array mapped trie (Bagwell's
 * HAMT, the structure behind Clojure's and Scala's immutable maps).
 *
 * The 32-bit hash of a key is read five bits at a time, from the low bits up;
 * each five-bit group picks one of 32 children of a node. A node stores only
 * the children it has, in order, with a 32-bit bitmap saying which are
 * there, so a child's position is the number of set bits below its own.
 * Updating a key copies the nodes on the path from the root to the key (a
 * handful, each at most 32 entries) and shares everything else with the map
 * before it. Two keys whose hashes agree in all 32 bits share a collision
 * node, searched linearly.
 *
 * Every version costs the same to read, however many there are and in
 * whatever order they are used, which is what sets it apart from
 * `VersionedMap` (`versionedMap.ts`: cheaper, for versions used one after the other).
 * The trace validator keeps its index of accepted steps in one, so that a
 * search over merge orders can keep a snapshot per step for the price of a
 * pointer and go back to any of them. The TLA+ engine keys a large set's
 * membership index by its elements' fingerprints in one (number keys, which
 * are hashes already). An acceptor's votes and a replica's log are kept in
 * them by chunk of slots (`src/multipaxos/slotMap.ts`).
 *
 * @module
 */

/** Bits of the hash consumed per level; 2^5 = 32 children per node. */
const BITS = 5;
const MASK = (1 << BITS) - 1;

/** A key with its value, and its hash kept to avoid recomputing it when nodes split. */
interface Leaf<V, K> {
  readonly kind: "leaf";
  readonly hash: number;
  readonly key: K;
  readonly value: V;
}

/** Keys whose 32-bit hashes are all equal. */
interface Collision<V, K> {
  readonly kind: "collision";
  readonly hash: number;
  readonly leaves: readonly Leaf<V, K>[];
}

/** An inner node: `bitmap` bit `i` set when the child for five-bit group `i` exists; `children` in order of `i`. */
interface Branch<V, K> {
  readonly kind: "branch";
  readonly bitmap: number;
  readonly children: readonly Node<V, K>[];
}

type Node<V, K> = Leaf<V, K> | Collision<V, K> | Branch<V, K>;

const EMPTY_BRANCH: Branch<never, never> = { kind: "branch", bitmap: 0, children: [] };

/** The hash of a key: FNV-1a over the UTF-16 code units of `key`, with a final avalanche so that the low bits mix well. */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The number of set bits of `x`. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** A node holding the two leaves `a` and `b` (different keys), from the level at `shift` down. */
function pair<V, K>(a: Leaf<V, K>, b: Leaf<V, K>, shift: number): Node<V, K> {
  if (shift >= 32) return { kind: "collision", hash: a.hash, leaves: [a, b] };
  const ia = (a.hash >>> shift) & MASK;
  const ib = (b.hash >>> shift) & MASK;
  if (ia === ib) return { kind: "branch", bitmap: 1 << ia, children: [pair(a, b, shift + BITS)] };
  return { kind: "branch", bitmap: (1 << ia) | (1 << ib), children: ia < ib ? [a, b] : [b, a] };
}

/** `node` with `leaf` put in (replacing a leaf of the same key, unless `keep`); `added.n` becomes 1 when the key was new. */
function insert<V, K>(node: Node<V, K>, leaf: Leaf<V, K>, shift: number, added: { n: number }, keep = false): Node<V, K> {
  switch (node.kind) {
    case "leaf":
      if (node.key === leaf.key) return node.value === leaf.value || keep ? node : leaf;
      added.n = 1;
      return pair(node, leaf, shift);
    case "collision": {
      const i = node.leaves.findIndex((l) => l.key === leaf.key);
      if (i >= 0) {
        if (node.leaves[i]!.value === leaf.value || keep) return node;
        const leaves = node.leaves.slice();
        leaves[i] = leaf;
        return { kind: "collision", hash: node.hash, leaves };
      }
      added.n = 1;
      return { kind: "collision", hash: node.hash, leaves: [...node.leaves, leaf] };
    }
    case "branch": {
      const bit = 1 << ((leaf.hash >>> shift) & MASK);
      const at = popcount(node.bitmap & (bit - 1));
      if ((node.bitmap & bit) === 0) {
        added.n = 1;
        const children = node.children.slice();
        children.splice(at, 0, leaf);
        return { kind: "branch", bitmap: node.bitmap | bit, children };
      }
      const child = node.children[at]!;
      const next = insert(child, leaf, shift + BITS, added, keep);
      if (next === child) return node;
      const children = node.children.slice();
      children[at] = next;
      return { kind: "branch", bitmap: node.bitmap, children };
    }
  }
}

/** Every leaf under `node`, depth first. */
function* leavesOf<V, K>(node: Node<V, K>): Generator<Leaf<V, K>> {
  switch (node.kind) {
    case "leaf":
      yield node;
      return;
    case "collision":
      yield* node.leaves;
      return;
    case "branch":
      for (const c of node.children) yield* leavesOf(c);
  }
}

/** The hash of a key: {@link hashOf} for a string; a number is taken to be a hash already (its 32 bits). */
function keyHash(key: string | number): number {
  return typeof key === "number" ? key | 0 : hashOf(key);
}

/**
 * An immutable map from strings (or numbers) to `V`. It reads like a
 * `ReadonlyMap` (and is one, so code that only reads a map takes it as it
 * is); {@link set} returns a new map and leaves this one as it was.
 * Iteration follows the keys' hashes, not their insertion order. A number
 * key is used as its own hash, so number keys should be hashes already (the
 * engine keys set elements by their fingerprints this way); strings are
 * hashed with {@link hashOf}.
 */
export class PersistentMap<V, K extends string | number = string> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly root: Branch<V, K>,
    /** The number of keys. */
    readonly size: number,
  ) {}

  private static readonly EMPTY = new PersistentMap<never, never>(EMPTY_BRANCH, 0);

  /** The empty map. */
  static empty<V, K extends string | number = string>(): PersistentMap<V, K> {
    return PersistentMap.EMPTY;
  }

  /** A map holding the given entries (a later entry of a key wins). */
  static of<V, K extends string | number = string>(entries: Iterable<readonly [K, V]>): PersistentMap<V, K> {
    let m = PersistentMap.empty<V, K>();
    for (const [k, v] of entries) m = m.set(k, v);
    return m;
  }

  /** The value of `key`, if any. */
  get(key: K): V | undefined {
    return this.find(key)?.value;
  }

  /** Whether `key` is in the map. */
  has(key: K): boolean {
    return this.find(key) !== undefined;
  }

  /** The leaf of `key`: down from the root, five bits of its hash per level. */
  private find(key: K): Leaf<V, K> | undefined {
    const hash = keyHash(key);
    let node: Node<V, K> = this.root;
    for (let shift = 0; ; shift += BITS) {
      switch (node.kind) {
        case "leaf":
          return node.key === key ? node : undefined;
        case "collision":
          return node.leaves.find((l) => l.key === key);
        case "branch": {
          const bit = 1 << ((hash >>> shift) & MASK);
          if ((node.bitmap & bit) === 0) return undefined;
          node = node.children[popcount(node.bitmap & (bit - 1))]!;
        }
      }
    }
  }

  /** The map with `key` mapped to `value`; this map itself when it already was. */
  set(key: K, value: V): PersistentMap<V, K> {
    const added = { n: 0 };
    const root = insert(this.root, { kind: "leaf", hash: keyHash(key), key, value }, 0, added) as Branch<V, K>;
    return root === this.root ? this : new PersistentMap(root, this.size + added.n);
  }

  /** The map with `key` mapped to `value` if it had no value for `key`; this map itself otherwise. One walk down the trie. */
  setIfAbsent(key: K, value: V): PersistentMap<V, K> {
    const added = { n: 0 };
    const root = insert(this.root, { kind: "leaf", hash: keyHash(key), key, value }, 0, added, true) as Branch<V, K>;
    return root === this.root ? this : new PersistentMap(root, this.size + added.n);
  }

  *entries(): MapIterator<[K, V]> {
    for (const l of leavesOf(this.root)) yield [l.key, l.value];
  }

  *keys(): MapIterator<K> {
    for (const l of leavesOf(this.root)) yield l.key;
  }

  *values(): MapIterator<V> {
    for (const l of leavesOf(this.root)) yield l.value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const l of leavesOf(this.root)) callback(l.value, l.key, this);
  }
}

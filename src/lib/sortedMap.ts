/**
 * An immutable map from numbers to values, kept as two arrays sorted by key:
 * the keys and, at the same positions, the values.
 *
 * It is made for the few dozen entries a node keeps per slot in flight (the
 * votes a replica has counted for each undecided slot, the acknowledgements a
 * leader has for each proposal). An update copies both arrays, which for a
 * few dozen entries costs a small fraction of copying a `Map` (a hash table
 * rebuilt entry by entry; at twenty entries the arrays copy some forty times
 * faster). A lookup is a binary search.
 * For thousands of entries the copy grows with the map, as a `Map`'s copy
 * would; {@link SlotMap} is the structure for a whole log.
 *
 * It reads like a `ReadonlyMap` (and is one); iteration is in key order.
 *
 * @module
 */

/** An immutable map from numbers to `V`, iterated in increasing key order. */
export class SortedMap<V> implements ReadonlyMap<number, V> {
  private constructor(
    private readonly ks: readonly number[],
    private readonly vs: readonly V[],
  ) {}

  private static readonly EMPTY = new SortedMap<never>([], []);

  /** The empty map. */
  static empty<V>(): SortedMap<V> {
    return SortedMap.EMPTY;
  }

  /** A map holding the given entries (a later entry of a key wins). */
  static of<V>(entries: Iterable<readonly [number, V]>): SortedMap<V> {
    let m = SortedMap.empty<V>();
    for (const [k, v] of entries) m = m.set(k, v);
    return m;
  }

  /** The number of entries. */
  get size(): number {
    return this.ks.length;
  }

  /** The position of `key`, or `-(where it would go) - 1`. */
  private find(key: number): number {
    const ks = this.ks;
    let lo = 0;
    let hi = ks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = ks[mid]!;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return -lo - 1;
  }

  /** The value of `key`, if any. */
  get(key: number): V | undefined {
    const i = this.find(key);
    return i >= 0 ? this.vs[i] : undefined;
  }

  /** Whether `key` has a value. */
  has(key: number): boolean {
    return this.find(key) >= 0;
  }

  /** The map with `key` mapped to `value`; this map itself when it already was. */
  set(key: number, value: V): SortedMap<V> {
    const i = this.find(key);
    if (i >= 0) {
      if (this.vs[i] === value) return this;
      const vs = this.vs.slice();
      vs[i] = value;
      return new SortedMap(this.ks, vs);
    }
    const at = -i - 1;
    const n = this.ks.length;
    const ks = new Array<number>(n + 1);
    const vs = new Array<V>(n + 1);
    for (let j = 0; j < at; j++) {
      ks[j] = this.ks[j]!;
      vs[j] = this.vs[j]!;
    }
    ks[at] = key;
    vs[at] = value;
    for (let j = at; j < n; j++) {
      ks[j + 1] = this.ks[j]!;
      vs[j + 1] = this.vs[j]!;
    }
    return new SortedMap(ks, vs);
  }

  /** The map without `key`; this map itself when it had none. */
  delete(key: number): SortedMap<V> {
    const i = this.find(key);
    if (i < 0) return this;
    const n = this.ks.length - 1;
    const ks = new Array<number>(n);
    const vs = new Array<V>(n);
    for (let j = 0; j < i; j++) {
      ks[j] = this.ks[j]!;
      vs[j] = this.vs[j]!;
    }
    for (let j = i; j < n; j++) {
      ks[j] = this.ks[j + 1]!;
      vs[j] = this.vs[j + 1]!;
    }
    return new SortedMap(ks, vs);
  }

  /** The entries whose key satisfies `keep`, in a map (this one when all do). */
  filter(keep: (key: number, value: V) => boolean): SortedMap<V> {
    const ks: number[] = [];
    const vs: V[] = [];
    for (let j = 0; j < this.ks.length; j++) {
      if (!keep(this.ks[j]!, this.vs[j]!)) continue;
      ks.push(this.ks[j]!);
      vs.push(this.vs[j]!);
    }
    return ks.length === this.ks.length ? this : new SortedMap(ks, vs);
  }

  /** The smallest key, if any. */
  firstKey(): number | undefined {
    return this.ks[0];
  }

  /** The largest key, if any. */
  lastKey(): number | undefined {
    return this.ks[this.ks.length - 1];
  }

  /** The `i`-th smallest key (`0 <= i < size`): with {@link valueAt}, a walk in key order that builds no entry pairs. */
  keyAt(i: number): number {
    if (!(i >= 0 && i < this.ks.length)) throw new RangeError(`no entry ${i} in a map of ${this.ks.length}`);
    return this.ks[i]!;
  }

  /** The value of the `i`-th smallest key (`0 <= i < size`). */
  valueAt(i: number): V {
    if (!(i >= 0 && i < this.ks.length)) throw new RangeError(`no entry ${i} in a map of ${this.ks.length}`);
    return this.vs[i]!;
  }

  forEach(callback: (value: V, key: number, map: ReadonlyMap<number, V>) => void): void {
    for (let j = 0; j < this.ks.length; j++) callback(this.vs[j]!, this.ks[j]!, this);
  }

  *entries(): MapIterator<[number, V]> {
    for (let j = 0; j < this.ks.length; j++) yield [this.ks[j]!, this.vs[j]!];
  }

  keys(): MapIterator<number> {
    return this.ks[Symbol.iterator]() as MapIterator<number>;
  }

  values(): MapIterator<V> {
    return this.vs[Symbol.iterator]() as MapIterator<V>;
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }
}

/**
 * An immutable map from strings to values that costs what a mutable `Map`
 * costs when its versions are used one after the other: Baker's "shallow
 * binding" of persistent arrays, also known as rerooting (H. G. Baker,
 * *Shallow binding makes functional arrays fast*, 1991; S. Conchon and
 * J.-C. Filliâtre, *A Persistent Union-Find Data Structure*, 2007).
 *
 * The versions of a map form a chain. One version, the root, holds a real
 * `Map`; every other one holds a single difference: "as the next version
 * toward the root, except that `key` has `value`" (or is absent). Setting a
 * key in the root changes the `Map` in place, makes the new version the root,
 * and turns the old root into the difference that undoes the change: one
 * small object per update, where a hash trie copies a path of nodes. Reading
 * a version that is not the root first moves the root to it, applying the
 * differences on the way and reversing them, so that the version read last is
 * the root; a replica that executes command after command reads and writes
 * its newest version only and never walks anything.
 *
 * Every version stays valid and reads the same whatever happens to the others
 * (a snapshot taken long ago reads as it was taken): moving the root changes
 * which version holds the `Map`, never what any version contains. Reading an
 * old version costs the number of updates between it and the root, and
 * reading back the newest version after it costs as much again. Setting a key
 * in a version that was already extended (a second branch from one version,
 * as when a replica restarts from a snapshot, or two replicas start from one
 * map) copies the map into a chain of its own instead, so that two branches
 * used in turn never move one root back and forth between them.
 *
 * A replica's key-value map and client sessions are kept in these. Versions
 * are not shared between threads.
 *
 * @module
 */

/** Marks a key absent in a difference. */
const ABSENT: unique symbol = Symbol("absent");

/**
 * A difference between two versions: keys and values in turn
 * (`[k0, v0, k1, v1, ...]`, `ABSENT` for a key that is absent), applied from
 * the last pair to the first.
 */
type Difference<V> = (string | V | typeof ABSENT)[];

/** One version of a chain: the root (holding `table`) or a difference from `next`. */
class Version<V> {
  /** The contents, when this version is the root; `null` otherwise. */
  table: Map<string, V> | null;
  /** Otherwise this version is `next` with `diff` applied to it. */
  diff: Difference<V> | null = null;
  next: Version<V> | null = null;
  /** A later version was made from this one by an update. */
  extended = false;

  constructor(table: Map<string, V>) {
    this.table = table;
  }
}

/**
 * Makes `v` the root of its chain and returns its table: walks to the root,
 * then back, applying each difference to the table and turning the version
 * that held the table into the difference that undoes it.
 *
 * @throws Error when the chain's table is out for a {@link MapEdit}.
 */
function reroot<V>(v: Version<V>): Map<string, V> {
  if (v.table !== null) return v.table;
  const path: Version<V>[] = [];
  let root = v;
  while (root.table === null) {
    if (root.next === null) throw new Error("a version of a map was read while the map was being edited");
    path.push(root);
    root = root.next;
  }
  const table = root.table;
  for (let i = path.length - 1; i >= 0; i--) {
    const d = path[i]!;
    const diff = d.diff!;
    // Apply the pairs last first, noting what each key held: the undoing difference, whose last pair undoes the first applied.
    const undo: Difference<V> = new Array(diff.length);
    for (let j = diff.length - 2, w = 0; j >= 0; j -= 2, w += 2) {
      const key = diff[j] as string;
      const value = diff[j + 1] as V | typeof ABSENT;
      undo[w] = key;
      undo[w + 1] = table.has(key) ? table.get(key)! : ABSENT;
      if (value === ABSENT) table.delete(key);
      else table.set(key, value);
    }
    root.table = null;
    root.diff = undo;
    root.next = d;
    d.table = table;
    d.diff = null;
    d.next = null;
    root = d;
  }
  return table;
}

/**
 * Several updates of one {@link VersionedMap} made as one new version: the
 * batch of commands a replica executes makes one version of its map, not one
 * per command. Read and change it like a `Map`, then call {@link done} for
 * the new map. Until then the map it was made from, and every version of
 * its chain, cannot be read (doing so throws): its table is being changed in
 * place.
 */
export class MapEdit<V> {
  #table: Map<string, V>;
  #size: number;
  /** The version edited, in its chain; `null` when editing a copy of its own (made at the first change, until which `#table` is the version's). */
  readonly #from: Version<V> | null;
  readonly #map: VersionedMap<V>;
  /** What undoes the changes so far (the pairs applied last first); `null` when editing a copy, which needs none. */
  readonly #undo: Difference<V> | null;
  #open = true;
  #changed = false;

  /** @internal Made by {@link VersionedMap.edit}. */
  constructor(map: VersionedMap<V>, from: Version<V> | null, table: Map<string, V>, size: number) {
    this.#map = map;
    this.#from = from;
    this.#table = table;
    this.#size = size;
    this.#undo = from === null ? null : [];
    // The table is out: a read of the chain before `done` throws instead of reading half an edit.
    if (from !== null) from.table = null;
  }

  #check(): Map<string, V> {
    if (!this.#open) throw new Error("a map edit was used after it was done");
    return this.#table;
  }

  /** The value of `key`, if any. */
  get(key: string): V | undefined {
    return this.#check().get(key);
  }

  /** Sets `key` to `value`. */
  set(key: string, value: V): void {
    this.#change(key, value);
  }

  /** Removes `key`. */
  delete(key: string): void {
    this.#change(key, ABSENT);
  }

  #change(key: string, value: V | typeof ABSENT): void {
    let table = this.#check();
    // one lookup for a key that has a value (`has` only when `get` finds none, or the value `undefined`)
    const found = table.get(key);
    const had = found !== undefined || table.has(key);
    const old = had ? (found as V) : ABSENT;
    if (old === value) return;
    if (this.#from === null && !this.#changed) this.#table = table = new Map(table);
    this.#changed = true;
    this.#undo?.push(key, old);
    if (value === ABSENT) {
      table.delete(key);
      this.#size--;
    } else {
      table.set(key, value);
      if (!had) this.#size++;
    }
  }

  /** The map with the changes: the map edited itself if nothing changed. No use of this edit may follow. */
  done(): VersionedMap<V> {
    const table = this.#check();
    this.#open = false;
    const v = this.#from;
    if (!this.#changed) {
      if (v !== null) v.table = table;
      return this.#map;
    }
    if (v === null) return new VersionedMap(new Version(table), this.#size);
    const next = new Version(table);
    v.extended = true;
    v.diff = this.#undo;
    v.next = next;
    return new VersionedMap(next, this.#size);
  }
}

/**
 * An immutable map from strings to `V`, read like a `ReadonlyMap`;
 * {@link set} and {@link delete} return a new map and leave this one as it
 * was. Iteration gives a version's entries in the order its table holds
 * them: the order keys were put in, except that reading an older version
 * puts back the keys it has and the newer one lacks at the end. Compare
 * contents, not order.
 */
export class VersionedMap<V> implements ReadonlyMap<string, V> {
  // Private fields proper: a map compares (in tests, say) by its entries, not by the chain it belongs to.
  readonly #version: Version<V>;
  readonly #size: number;

  /** @internal A map of `size` keys whose contents are `version`'s: made by the map's own operations and by {@link MapEdit}. */
  constructor(version: Version<V>, size: number) {
    this.#version = version;
    this.#size = size;
  }

  /** A new empty map, the first version of a chain of its own. */
  static empty<V>(): VersionedMap<V> {
    return new VersionedMap<V>(new Version(new Map()), 0);
  }

  /** A map holding the given entries (a later entry of a key wins), in a chain of its own. */
  static of<V>(entries: Iterable<readonly [string, V]>): VersionedMap<V> {
    const table = new Map<string, V>();
    for (const [k, v] of entries) table.set(k, v);
    return new VersionedMap(new Version(table), table.size);
  }

  /** The number of keys. */
  get size(): number {
    return this.#size;
  }

  /** The value of `key`, if any. */
  get(key: string): V | undefined {
    return reroot(this.#version).get(key);
  }

  /** Whether `key` is in the map. */
  has(key: string): boolean {
    return reroot(this.#version).has(key);
  }

  /** The map with `key` mapped to `value`; this map itself when it already was. */
  set(key: string, value: V): VersionedMap<V> {
    const edit = this.edit();
    edit.set(key, value);
    return edit.done();
  }

  /** The map without `key`; this map itself when it had no value for `key`. */
  delete(key: string): VersionedMap<V> {
    const edit = this.edit();
    edit.delete(key);
    return edit.done();
  }

  /**
   * An edit of this map: several updates that make one new version (see
   * {@link MapEdit}). {@link set} and {@link delete} are edits of one change.
   * From a version already extended (a second branch from it), the edit
   * works on a copy of the table, a chain of its own, made at its first
   * change.
   */
  edit(): MapEdit<V> {
    const table = reroot(this.#version);
    return new MapEdit(this, this.#version.extended ? null : this.#version, table, this.#size);
  }

  /** The entries, copied out first: reading another version while iterating this one must not move the table under the iteration. */
  *entries(): MapIterator<[string, V]> {
    yield* [...reroot(this.#version).entries()];
  }

  *keys(): MapIterator<string> {
    yield* [...reroot(this.#version).keys()];
  }

  *values(): MapIterator<V> {
    yield* [...reroot(this.#version).values()];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) callback(v, k, this);
  }
}

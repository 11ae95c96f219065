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
export declare class SortedMap<V> implements ReadonlyMap<number, V> {
    private readonly ks;
    private readonly vs;
    private constructor();
    private static readonly EMPTY;
    /** The empty map. */
    static empty<V>(): SortedMap<V>;
    /** A map holding the given entries (a later entry of a key wins). */
    static of<V>(entries: Iterable<readonly [number, V]>): SortedMap<V>;
    /** The number of entries. */
    get size(): number;
    /** The position of `key`, or `-(where it would go) - 1`. */
    private find;
    /** The value of `key`, if any. */
    get(key: number): V | undefined;
    /** Whether `key` has a value. */
    has(key: number): boolean;
    /** The map with `key` mapped to `value`; this map itself when it already was. */
    set(key: number, value: V): SortedMap<V>;
    /** The map without `key`; this map itself when it had none. */
    delete(key: number): SortedMap<V>;
    /** The entries whose key satisfies `keep`, in a map (this one when all do). */
    filter(keep: (key: number, value: V) => boolean): SortedMap<V>;
    /** The smallest key, if any. */
    firstKey(): number | undefined;
    /** The largest key, if any. */
    lastKey(): number | undefined;
    forEach(callback: (value: V, key: number, map: ReadonlyMap<number, V>) => void): void;
    entries(): MapIterator<[number, V]>;
    keys(): MapIterator<number>;
    values(): MapIterator<V>;
    [Symbol.iterator](): MapIterator<[number, V]>;
}

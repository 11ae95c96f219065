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
/**
 * An immutable map from strings to `V`, read like a `ReadonlyMap`;
 * {@link set} and {@link delete} return a new map and leave this one as it
 * was. Iteration follows the order in which keys were first put in.
 */
export declare class VersionedMap<V> implements ReadonlyMap<string, V> {
    #private;
    private constructor();
    /** A new empty map, the first version of a chain of its own. */
    static empty<V>(): VersionedMap<V>;
    /** A map holding the given entries (a later entry of a key wins), in a chain of its own. */
    static of<V>(entries: Iterable<readonly [string, V]>): VersionedMap<V>;
    /** The number of keys. */
    get size(): number;
    /** The value of `key`, if any. */
    get(key: string): V | undefined;
    /** Whether `key` is in the map. */
    has(key: string): boolean;
    /** The map with `key` mapped to `value`; this map itself when it already was. */
    set(key: string, value: V): VersionedMap<V>;
    /** The map without `key`; this map itself when it had no value for `key`. */
    delete(key: string): VersionedMap<V>;
    /** The entries, copied out first: reading another version while iterating this one must not move the table under the iteration. */
    entries(): MapIterator<[string, V]>;
    keys(): MapIterator<string>;
    values(): MapIterator<V>;
    [Symbol.iterator](): MapIterator<[string, V]>;
    forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void;
}

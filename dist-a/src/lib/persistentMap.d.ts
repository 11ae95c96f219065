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
 * A replica's key-value state is kept in two of these (the data and the
 * client sessions), so that executing a command does not copy the whole map:
 * every state a replica held, and every snapshot, stays valid and shares
 * most of its structure with the next. The trace validator keeps its index
 * of accepted steps in one, so that a search over merge orders can keep a
 * snapshot per step for the price of a pointer. The TLA+ engine keys a large
 * set's membership index by its elements' fingerprints in one (number keys,
 * which are hashes already).
 *
 * @module
 */
/** The hash of a key: FNV-1a over the UTF-16 code units of `key`, with a final avalanche so that the low bits mix well. */
export declare function hashOf(key: string): number;
/**
 * An immutable map from strings (or numbers) to `V`. It reads like a
 * `ReadonlyMap` (and is one, so code that only reads a map takes it as it
 * is); {@link set} returns a new map and leaves this one as it was.
 * Iteration follows the keys' hashes, not their insertion order. A number
 * key is used as its own hash, so number keys should be hashes already (the
 * engine keys set elements by their fingerprints this way); strings are
 * hashed with {@link hashOf}.
 */
export declare class PersistentMap<V, K extends string | number = string> implements ReadonlyMap<K, V> {
    private readonly root;
    /** The number of keys. */
    readonly size: number;
    private constructor();
    private static readonly EMPTY;
    /** The empty map. */
    static empty<V, K extends string | number = string>(): PersistentMap<V, K>;
    /** A map holding the given entries (a later entry of a key wins). */
    static of<V, K extends string | number = string>(entries: Iterable<readonly [K, V]>): PersistentMap<V, K>;
    /** The value of `key`, if any. */
    get(key: K): V | undefined;
    /** Whether `key` is in the map. */
    has(key: K): boolean;
    /** The leaf of `key`: down from the root, five bits of its hash per level. */
    private find;
    /** The map with `key` mapped to `value`; this map itself when it already was. */
    set(key: K, value: V): PersistentMap<V, K>;
    /** The map with `key` mapped to `value` if it had no value for `key`; this map itself otherwise. One walk down the trie. */
    setIfAbsent(key: K, value: V): PersistentMap<V, K>;
    /** The map without `key`; this map itself when it had no value for `key`. */
    delete(key: K): PersistentMap<V, K>;
    entries(): MapIterator<[K, V]>;
    keys(): MapIterator<K>;
    values(): MapIterator<V>;
    [Symbol.iterator](): MapIterator<[K, V]>;
    forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void;
}

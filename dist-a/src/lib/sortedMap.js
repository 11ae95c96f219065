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
export class SortedMap {
    ks;
    vs;
    constructor(ks, vs) {
        this.ks = ks;
        this.vs = vs;
    }
    static EMPTY = new SortedMap([], []);
    /** The empty map. */
    static empty() {
        return SortedMap.EMPTY;
    }
    /** A map holding the given entries (a later entry of a key wins). */
    static of(entries) {
        let m = SortedMap.empty();
        for (const [k, v] of entries)
            m = m.set(k, v);
        return m;
    }
    /** The number of entries. */
    get size() {
        return this.ks.length;
    }
    /** The position of `key`, or `-(where it would go) - 1`. */
    find(key) {
        const ks = this.ks;
        let lo = 0;
        let hi = ks.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const k = ks[mid];
            if (k < key)
                lo = mid + 1;
            else if (k > key)
                hi = mid - 1;
            else
                return mid;
        }
        return -lo - 1;
    }
    /** The value of `key`, if any. */
    get(key) {
        const i = this.find(key);
        return i >= 0 ? this.vs[i] : undefined;
    }
    /** Whether `key` has a value. */
    has(key) {
        return this.find(key) >= 0;
    }
    /** The map with `key` mapped to `value`; this map itself when it already was. */
    set(key, value) {
        const i = this.find(key);
        if (i >= 0) {
            if (this.vs[i] === value)
                return this;
            const vs = this.vs.slice();
            vs[i] = value;
            return new SortedMap(this.ks, vs);
        }
        const at = -i - 1;
        const n = this.ks.length;
        const ks = new Array(n + 1);
        const vs = new Array(n + 1);
        for (let j = 0; j < at; j++) {
            ks[j] = this.ks[j];
            vs[j] = this.vs[j];
        }
        ks[at] = key;
        vs[at] = value;
        for (let j = at; j < n; j++) {
            ks[j + 1] = this.ks[j];
            vs[j + 1] = this.vs[j];
        }
        return new SortedMap(ks, vs);
    }
    /** The map without `key`; this map itself when it had none. */
    delete(key) {
        const i = this.find(key);
        if (i < 0)
            return this;
        const n = this.ks.length - 1;
        const ks = new Array(n);
        const vs = new Array(n);
        for (let j = 0; j < i; j++) {
            ks[j] = this.ks[j];
            vs[j] = this.vs[j];
        }
        for (let j = i; j < n; j++) {
            ks[j] = this.ks[j + 1];
            vs[j] = this.vs[j + 1];
        }
        return new SortedMap(ks, vs);
    }
    /** The entries whose key satisfies `keep`, in a map (this one when all do). */
    filter(keep) {
        const ks = [];
        const vs = [];
        for (let j = 0; j < this.ks.length; j++) {
            if (!keep(this.ks[j], this.vs[j]))
                continue;
            ks.push(this.ks[j]);
            vs.push(this.vs[j]);
        }
        return ks.length === this.ks.length ? this : new SortedMap(ks, vs);
    }
    /** The smallest key, if any. */
    firstKey() {
        return this.ks[0];
    }
    /** The largest key, if any. */
    lastKey() {
        return this.ks[this.ks.length - 1];
    }
    forEach(callback) {
        for (let j = 0; j < this.ks.length; j++)
            callback(this.vs[j], this.ks[j], this);
    }
    *entries() {
        for (let j = 0; j < this.ks.length; j++)
            yield [this.ks[j], this.vs[j]];
    }
    keys() {
        return this.ks[Symbol.iterator]();
    }
    values() {
        return this.vs[Symbol.iterator]();
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}
//# sourceMappingURL=sortedMap.js.map
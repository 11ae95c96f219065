/**
 * The set of visited states: an open-addressing hash table of 64-bit
 * fingerprints in typed arrays, mapping each fingerprint to the index of the
 * distinct state (whose parent index and fingerprint are kept for traces).
 * About 28 bytes per distinct state.
 *
 * @module
 */
/** Fingerprints seen so far, with the parent of each distinct state. */
export class FingerprintSet {
    table; // index + 1, 0 = empty
    mask;
    fpHi;
    fpLo;
    parents;
    /** Number of distinct states stored. */
    size = 0;
    constructor(initialCapacity = 1 << 16) {
        let cap = 1;
        while (cap < initialCapacity * 2)
            cap <<= 1;
        this.table = new Int32Array(cap);
        this.mask = cap - 1;
        this.fpHi = new Int32Array(initialCapacity);
        this.fpLo = new Int32Array(initialCapacity);
        this.parents = new Int32Array(initialCapacity);
    }
    slotOf(hi, lo) {
        let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
        const t = this.table;
        for (;;) {
            const e = t[i];
            if (e === 0)
                return i;
            const j = e - 1;
            if (this.fpHi[j] === hi && this.fpLo[j] === lo)
                return i;
            i = (i + 1) & this.mask;
        }
    }
    /** The index of the state with this fingerprint, or -1. */
    find(hi, lo) {
        return this.table[this.slotOf(hi, lo)] - 1;
    }
    /**
     * Adds the fingerprint with its parent's index (-1 for initial states).
     * Returns the new state's index, or -1 when it was already present.
     */
    add(hi, lo, parent) {
        let s = this.slotOf(hi, lo);
        if (this.table[s] !== 0)
            return -1;
        const idx = this.size;
        if (idx >= this.fpHi.length)
            this.growData();
        this.fpHi[idx] = hi;
        this.fpLo[idx] = lo;
        this.parents[idx] = parent;
        this.size++;
        this.table[s] = idx + 1;
        if (this.size * 2 > this.table.length) {
            this.rehash();
            s = 0;
        }
        return idx;
    }
    /** Parent index of a distinct state (-1 for initial states). */
    parent(idx) {
        return this.parents[idx];
    }
    /** The fingerprint of a distinct state. */
    fingerprint(idx) {
        return [this.fpHi[idx], this.fpLo[idx]];
    }
    growData() {
        const n = this.fpHi.length * 2;
        const grow = (a) => {
            const b = new Int32Array(n);
            b.set(a);
            return b;
        };
        this.fpHi = grow(this.fpHi);
        this.fpLo = grow(this.fpLo);
        this.parents = grow(this.parents);
    }
    rehash() {
        const cap = this.table.length * 2;
        this.table = new Int32Array(cap);
        this.mask = cap - 1;
        for (let j = 0; j < this.size; j++) {
            const s = this.slotOf(this.fpHi[j], this.fpLo[j]);
            this.table[s] = j + 1;
        }
    }
}
//# sourceMappingURL=fpset.js.map
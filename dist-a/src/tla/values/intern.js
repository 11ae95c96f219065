/**
 * Hash-consing of values: a {@link ValueTable} gives every distinct value a
 * small integer id and keeps one canonical object per id, so that values
 * equal by {@link equals} (the same message record built in many states, say)
 * are stored once however many states hold them.
 *
 * @module
 */
import { equals, hashValue, newFingerprint } from "./value.js";
/** Distinct values by id: an open-addressing table over their 64-bit fingerprints. */
export class ValueTable {
    table; // id + 1, 0 = empty
    mask;
    h1s;
    h2s;
    values = [];
    /** The fingerprint of the value being looked up. */
    fp = newFingerprint();
    constructor(initialCapacity = 1 << 10) {
        let cap = 1;
        while (cap < initialCapacity * 2)
            cap <<= 1;
        this.table = new Int32Array(cap);
        this.mask = cap - 1;
        this.h1s = new Int32Array(initialCapacity);
        this.h2s = new Int32Array(initialCapacity);
    }
    /** Number of distinct values held. */
    get size() {
        return this.values.length;
    }
    /**
     * The id of `v`, adding it when no equal value is held yet. Values whose
     * fingerprints agree are compared with {@link equals}, so two different
     * values never share an id.
     */
    intern(v) {
        const fp = this.fp;
        hashValue(v, fp);
        const h1 = fp.h1;
        const h2 = fp.h2;
        let i = (h2 ^ Math.imul(h1, 0x9e3779b1)) & this.mask;
        const t = this.table;
        for (;;) {
            const e = t[i];
            if (e === 0)
                break;
            const id = e - 1;
            if (this.h1s[id] === h1 && this.h2s[id] === h2) {
                const c = this.values[id];
                if (c === v || equals(c, v))
                    return id;
            }
            i = (i + 1) & this.mask;
        }
        const id = this.values.length;
        if (id >= this.h1s.length) {
            const n = this.h1s.length * 2;
            const a = new Int32Array(n);
            a.set(this.h1s);
            this.h1s = a;
            const b = new Int32Array(n);
            b.set(this.h2s);
            this.h2s = b;
        }
        this.values.push(v);
        this.h1s[id] = h1;
        this.h2s[id] = h2;
        t[i] = id + 1;
        if (this.values.length * 2 > t.length)
            this.rehash();
        return id;
    }
    /** The canonical value with this id. */
    get(id) {
        return this.values[id];
    }
    rehash() {
        const cap = this.table.length * 2;
        const t = new Int32Array(cap);
        const mask = cap - 1;
        for (let id = 0; id < this.values.length; id++) {
            let i = (this.h2s[id] ^ Math.imul(this.h1s[id], 0x9e3779b1)) & mask;
            while (t[i] !== 0)
                i = (i + 1) & mask;
            t[i] = id + 1;
        }
        this.table = t;
        this.mask = mask;
    }
}
//# sourceMappingURL=intern.js.map
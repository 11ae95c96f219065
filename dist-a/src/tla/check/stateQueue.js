/**
 * The breadth-first queue of states still to expand, kept compact: each state
 * is serialised into 32-bit words in chunks of typed arrays, and decoded when
 * it is taken out. A variable's value is written one level deep: a set as its
 * element count and the ids of its elements, a function as the id of its
 * domain and the ids of its values, a small integer inline, anything else as
 * one id. Ids come from a {@link ValueTable}, so a message record present in a
 * million queued states is one object, and a queued state costs a few bytes
 * per element instead of the objects of its values. Decoded states share the
 * canonical elements, which also keeps successor states small.
 *
 * @module
 */
import { ValueTable } from "../values/intern.js";
import { FnValue, SetValue, TAG_FN, TAG_LAZYFN, TAG_LAZYSET, TAG_SET, EMPTY_SET, tupleOf } from "../values/value.js";
const T_INT = 0;
const T_ATOM = 1;
const T_SET = 2;
const T_FN = 3;
const SMALL = 1 << 27;
const CHUNK_WORDS = 1 << 20;
/** FIFO of states serialised into typed arrays. */
export class StateQueue {
    nvars;
    /** The distinct values the queued states are made of. */
    values = new ValueTable();
    domains = [];
    domainIds = new ValueTable();
    /** Per variable: the last domain array seen and its id (records of one constructor share it). */
    lastKeys;
    lastKeysId;
    chunks = [];
    used = [];
    readChunk = 0;
    readPos = 0;
    scratch = new Int32Array(256);
    count = 0;
    constructor(nvars) {
        this.nvars = nvars;
        this.lastKeys = new Array(nvars).fill(null);
        this.lastKeysId = new Array(nvars).fill(-1);
    }
    /** Number of states in the queue. */
    get size() {
        return this.count;
    }
    /** Words held by the queue's chunks (for measurements). */
    get words() {
        let n = 0;
        for (const c of this.chunks)
            if (c)
                n += c.length;
        return n;
    }
    word(pos, w) {
        if (pos >= this.scratch.length) {
            const s = new Int32Array(this.scratch.length * 2);
            s.set(this.scratch);
            this.scratch = s;
        }
        this.scratch[pos] = w;
        return pos + 1;
    }
    domainId(keys, kind, varIndex) {
        if (this.lastKeys[varIndex] === keys)
            return this.lastKeysId[varIndex];
        const id = this.domainIds.intern(tupleOf(keys));
        if (id === this.domains.length)
            this.domains.push({ keys, kind });
        this.lastKeys[varIndex] = keys;
        this.lastKeysId[varIndex] = id;
        return id;
    }
    /** Appends a state. */
    push(state, index, level) {
        const values = this.values;
        let p = 3;
        for (let i = 0; i < this.nvars; i++) {
            let v = state[i];
            if (typeof v === "number") {
                if (Number.isInteger(v) && v >= -SMALL && v < SMALL) {
                    p = this.word(p, (v << 3) | T_INT);
                    continue;
                }
            }
            else if (typeof v === "object") {
                if (v.tag === TAG_LAZYSET)
                    v = v.enumerate();
                else if (v.tag === TAG_LAZYFN)
                    v = v.materialise();
                if (v.tag === TAG_SET) {
                    const e = v.elems;
                    p = this.word(p, (e.length << 3) | T_SET);
                    for (let j = 0; j < e.length; j++)
                        p = this.word(p, values.intern(e[j]));
                    continue;
                }
                if (v.tag === TAG_FN) {
                    p = this.word(p, (this.domainId(v.keys, v.kind, i) << 3) | T_FN);
                    const vs = v.vals;
                    for (let j = 0; j < vs.length; j++)
                        p = this.word(p, values.intern(vs[j]));
                    continue;
                }
            }
            p = this.word(p, (values.intern(v) << 3) | T_ATOM);
        }
        this.scratch[0] = p;
        this.scratch[1] = index;
        this.scratch[2] = level;
        let last = this.chunks.length - 1;
        if (last < this.readChunk || this.used[last] + p > this.chunks[last].length) {
            this.chunks.push(new Int32Array(Math.max(CHUNK_WORDS, p)));
            this.used.push(0);
            last++;
        }
        this.chunks[last].set(this.scratch.subarray(0, p), this.used[last]);
        this.used[last] += p;
        this.count++;
    }
    /** Takes the oldest state out (undefined when the queue is empty). */
    shift() {
        if (this.count === 0)
            return undefined;
        let c = this.chunks[this.readChunk];
        if (this.readPos >= this.used[this.readChunk]) {
            this.chunks[this.readChunk] = undefined;
            this.readChunk++;
            this.readPos = 0;
            c = this.chunks[this.readChunk];
        }
        let p = this.readPos;
        const end = p + c[p];
        const index = c[p + 1];
        const level = c[p + 2];
        p += 3;
        const values = this.values;
        const state = new Array(this.nvars);
        for (let i = 0; i < this.nvars; i++) {
            const w = c[p++];
            switch (w & 7) {
                case T_INT:
                    state[i] = w >> 3;
                    break;
                case T_ATOM:
                    state[i] = values.get(w >>> 3);
                    break;
                case T_SET: {
                    const n = w >>> 3;
                    if (n === 0) {
                        state[i] = EMPTY_SET;
                        break;
                    }
                    const e = new Array(n);
                    for (let j = 0; j < n; j++)
                        e[j] = values.get(c[p++]);
                    state[i] = new SetValue(e);
                    break;
                }
                case T_FN: {
                    const d = this.domains[w >>> 3];
                    const n = d.keys.length;
                    const vs = new Array(n);
                    for (let j = 0; j < n; j++)
                        vs[j] = values.get(c[p++]);
                    state[i] = new FnValue(d.keys, vs, d.kind);
                    break;
                }
            }
        }
        if (p !== end)
            throw new Error("state queue out of step");
        this.readPos = end;
        this.count--;
        if (this.count === 0) {
            // Everything read: start over with the last chunk.
            const last = this.chunks.length - 1;
            const keep = this.chunks[last];
            this.chunks = [keep];
            this.used = [0];
            this.readChunk = 0;
            this.readPos = 0;
        }
        return { state, index, level };
    }
}
//# sourceMappingURL=stateQueue.js.map
/**
 * States written out whole into 32-bit words, so that one thread can hand
 * states to another (worker threads share no objects). Unlike the queue's
 * compact form ({@link StateQueue}), which refers to a table of values that
 * only its own thread holds, every value is written in full: a word whose low
 * three bits say what follows, then its parts.
 *
 * Sets and functions are rebuilt through {@link setOf} and {@link fnOf}, which
 * re-sort them if the reading thread orders record fields differently.
 *
 * @module
 */
import { FN_SEQ, ModelValue, TAG_FN, TAG_LAZYFN, TAG_LAZYSET, TAG_MV, TAG_SET, fnOf, normInt, setOf, tupleOf } from "../values/value.js";
const W_INT = 0; // a small integer, in the word
const W_BOOL = 1; // payload 0 or 1
const W_STR = 2; // payload: length; then the characters, two to a word
const W_MV = 3; // a model value: its name, as a string
const W_SET = 4; // payload: element count; then the elements
const W_FN = 5; // payload: pair count; then a word 1 (a sequence: values only) or 0 (keys and values)
const W_BIG = 6; // an integer too large for the word: its decimal text, as a string
const SMALL = 1 << 27;
/** Writes states, each with its fingerprint, into growing words. */
export class StateWriter {
    words = new Int32Array(1024);
    pos = 0;
    /** States written. */
    count = 0;
    put(w) {
        if (this.pos >= this.words.length) {
            const grown = new Int32Array(this.words.length * 2);
            grown.set(this.words);
            this.words = grown;
        }
        this.words[this.pos++] = w;
    }
    text(tag, s) {
        this.put((s.length << 3) | tag);
        for (let i = 0; i < s.length; i += 2)
            this.put(s.charCodeAt(i) | (i + 1 < s.length ? s.charCodeAt(i + 1) << 16 : 0));
    }
    value(v) {
        switch (typeof v) {
            case "boolean":
                this.put(((v ? 1 : 0) << 3) | W_BOOL);
                return;
            case "number":
                if (Number.isInteger(v) && v >= -SMALL && v < SMALL)
                    this.put((v << 3) | W_INT);
                else
                    this.text(W_BIG, String(v));
                return;
            case "bigint":
                this.text(W_BIG, v.toString());
                return;
            case "string":
                this.text(W_STR, v);
                return;
            default:
                break;
        }
        switch (v.tag) {
            case TAG_MV:
                this.text(W_MV, v.name);
                return;
            case TAG_LAZYSET:
                return this.value(v.enumerate());
            case TAG_LAZYFN:
                return this.value(v.materialise());
            case TAG_SET: {
                const e = v.elems;
                this.put((e.length << 3) | W_SET);
                for (let i = 0; i < e.length; i++)
                    this.value(e[i]);
                return;
            }
            case TAG_FN: {
                const n = v.vals.length;
                this.put((n << 3) | W_FN);
                const seq = v.kind === FN_SEQ;
                this.put(seq ? 1 : 0);
                for (let i = 0; i < n; i++) {
                    if (!seq)
                        this.value(v.keys[i]);
                    this.value(v.vals[i]);
                }
                return;
            }
        }
    }
    /** Appends a state and its fingerprint. */
    write(state, hi, lo) {
        this.put(hi);
        this.put(lo);
        for (let i = 0; i < state.length; i++)
            this.value(state[i]);
        this.count++;
    }
    /** The words written so far (a copy, which can be transferred to another thread). */
    finish() {
        return this.words.slice(0, this.pos);
    }
}
/** Reads the states of {@link StateWriter.finish}: calls `each` with every state (of `nvars` variables) and its fingerprint. */
export function readStates(words, nvars, each) {
    let p = 0;
    const text = (n) => {
        let s = "";
        for (let i = 0; i < n; i += 2) {
            const w = words[p++];
            s += String.fromCharCode(w & 0xffff);
            if (i + 1 < n)
                s += String.fromCharCode(w >>> 16);
        }
        return s;
    };
    const value = () => {
        const w = words[p++];
        const tag = w & 7;
        const n = w >>> 3;
        switch (tag) {
            case W_INT:
                return w >> 3;
            case W_BOOL:
                return n === 1;
            case W_STR:
                return text(n);
            case W_MV:
                return ModelValue.of(text(n));
            case W_BIG: {
                const s = text(n);
                return /^-?\d+$/.test(s) ? normInt(BigInt(s)) : Number(s);
            }
            case W_SET: {
                const e = new Array(n);
                for (let i = 0; i < n; i++)
                    e[i] = value();
                return setOf(e);
            }
            case W_FN: {
                const seq = words[p++] === 1;
                const vs = new Array(n);
                if (seq) {
                    for (let i = 0; i < n; i++)
                        vs[i] = value();
                    return tupleOf(vs);
                }
                const ks = new Array(n);
                for (let i = 0; i < n; i++) {
                    ks[i] = value();
                    vs[i] = value();
                }
                return fnOf(ks, vs);
            }
            default:
                throw new Error(`state words out of step: tag ${tag}`);
        }
    };
    while (p < words.length) {
        const hi = words[p++];
        const lo = words[p++];
        const state = new Array(nvars);
        for (let i = 0; i < nvars; i++)
            state[i] = value();
        each(state, hi, lo);
    }
}
//# sourceMappingURL=stateCodec.js.map
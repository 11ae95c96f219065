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
import { type Value } from "../values/value.js";
/** Writes states, each with its fingerprint, into growing words. */
export declare class StateWriter {
    private words;
    private pos;
    /** States written. */
    count: number;
    private put;
    private text;
    private value;
    /** Appends a state and its fingerprint. */
    write(state: readonly Value[], hi: number, lo: number): void;
    /** The words written so far (a copy, which can be transferred to another thread). */
    finish(): Int32Array<ArrayBuffer>;
}
/** Reads the states of {@link StateWriter.finish}: calls `each` with every state (of `nvars` variables) and its fingerprint. */
export declare function readStates(words: Int32Array, nvars: number, each: (state: Value[], hi: number, lo: number) => void): void;

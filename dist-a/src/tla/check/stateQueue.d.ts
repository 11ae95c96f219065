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
import { type Value } from "../values/value.js";
/** A state taken out of the queue, with its distinct-state index and its level. */
export interface QueuedState {
    readonly state: Value[];
    readonly index: number;
    readonly level: number;
}
/** FIFO of states serialised into typed arrays. */
export declare class StateQueue {
    private readonly nvars;
    /** The distinct values the queued states are made of. */
    readonly values: ValueTable;
    private readonly domains;
    private readonly domainIds;
    /** Per variable: the last domain array seen and its id (records of one constructor share it). */
    private readonly lastKeys;
    private readonly lastKeysId;
    private chunks;
    private used;
    private readChunk;
    private readPos;
    private scratch;
    private count;
    constructor(nvars: number);
    /** Number of states in the queue. */
    get size(): number;
    /** Words held by the queue's chunks (for measurements). */
    get words(): number;
    private word;
    private domainId;
    /** Appends a state. */
    push(state: readonly Value[], index: number, level: number): void;
    /** Takes the oldest state out (undefined when the queue is empty). */
    shift(): QueuedState | undefined;
}

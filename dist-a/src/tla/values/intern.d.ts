/**
 * Hash-consing of values: a {@link ValueTable} gives every distinct value a
 * small integer id and keeps one canonical object per id, so that values
 * equal by {@link equals} (the same message record built in many states, say)
 * are stored once however many states hold them.
 *
 * @module
 */
import { type Value } from "./value.js";
/** Distinct values by id: an open-addressing table over their 64-bit fingerprints. */
export declare class ValueTable {
    private table;
    private mask;
    private h1s;
    private h2s;
    private readonly values;
    /** The fingerprint of the value being looked up. */
    private readonly fp;
    constructor(initialCapacity?: number);
    /** Number of distinct values held. */
    get size(): number;
    /**
     * The id of `v`, adding it when no equal value is held yet. Values whose
     * fingerprints agree are compared with {@link equals}, so two different
     * values never share an id.
     */
    intern(v: Value): number;
    /** The canonical value with this id. */
    get(id: number): Value;
    private rehash;
}

/**
 * The set of visited states: an open-addressing hash table of 64-bit
 * fingerprints in typed arrays, mapping each fingerprint to the index of the
 * distinct state (whose parent index and fingerprint are kept for traces).
 * About 28 bytes per distinct state.
 *
 * @module
 */
/** Fingerprints seen so far, with the parent of each distinct state. */
export declare class FingerprintSet {
    private table;
    private mask;
    private fpHi;
    private fpLo;
    private parents;
    /** Number of distinct states stored. */
    size: number;
    constructor(initialCapacity?: number);
    private slotOf;
    /** The index of the state with this fingerprint, or -1. */
    find(hi: number, lo: number): number;
    /**
     * Adds the fingerprint with its parent's index (-1 for initial states).
     * Returns the new state's index, or -1 when it was already present.
     */
    add(hi: number, lo: number, parent: number): number;
    /** Parent index of a distinct state (-1 for initial states). */
    parent(idx: number): number;
    /** The fingerprint of a distinct state. */
    fingerprint(idx: number): [number, number];
    private growData;
    private rehash;
}

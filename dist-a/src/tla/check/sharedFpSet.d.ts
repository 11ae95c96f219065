/**
 * The set of visited states shared by the worker threads of a parallel
 * search: an open-addressing hash table of 64-bit fingerprints in a
 * SharedArrayBuffer, which every thread reads and adds to without locks.
 *
 * A slot is four words: its status (0 empty, 1 being written, 2 written), the
 * two halves of the fingerprint, and the state's parent. A thread claims an
 * empty slot by compare-and-swap of its status, writes the fingerprint, then
 * publishes it; a thread that meets a slot being written waits for it. The
 * parent kept is the least of those reported (the distinct-state index of a
 * state the fingerprint was reached from), so that however the threads race,
 * each state ends up with the same parent, and a counterexample is the same
 * from run to run.
 *
 * The table does not grow while threads add to it: the threads stop when it
 * is well filled ({@link SharedFingerprintSet.crowded}), and the coordinating
 * thread copies it into a larger one.
 *
 * @module
 */
/** Fingerprints shared between threads, each with the least parent index reported. */
export declare class SharedFingerprintSet {
    readonly buffer: SharedArrayBuffer;
    private readonly words;
    /** Number of slots (a power of two). */
    readonly capacity: number;
    private readonly mask;
    /** A table over `buffer` (from {@link SharedFingerprintSet.create} in any thread). */
    constructor(buffer: SharedArrayBuffer);
    /** An empty table of at least `slots` slots. */
    static create(slots: number): SharedFingerprintSet;
    /** Number of fingerprints held (as counted by {@link counted}). */
    get size(): number;
    /**
     * Counts `n` more fingerprints added. Threads count what they added once
     * per state expanded rather than at each addition, which would make every
     * thread write the same word all the time.
     */
    counted(n: number): void;
    /** Whether the table is full enough that adding should stop until it is grown (over 60%). */
    get crowded(): boolean;
    /**
     * Adds the fingerprint, reached from the state with index `parent` (-1 for
     * an initial state). True when it was not there yet (then the caller
     * {@link counted} it); otherwise the parent kept becomes the lesser of the
     * two.
     */
    add(hi: number, lo: number, parent: number): boolean;
    /** The parent kept for a fingerprint, or undefined when it is not there. */
    parentOf(hi: number, lo: number): number | undefined;
    /** A copy with twice the slots (only while no thread adds). */
    grown(): SharedFingerprintSet;
}

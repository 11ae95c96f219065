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
const HEADER = 4; // word 0: number of fingerprints; the rest unused
const SLOT = 4;
/** Fingerprints shared between threads, each with the least parent index reported. */
export class SharedFingerprintSet {
    buffer;
    words;
    /** Number of slots (a power of two). */
    capacity;
    mask;
    /** A table over `buffer` (from {@link SharedFingerprintSet.create} in any thread). */
    constructor(buffer) {
        this.buffer = buffer;
        this.words = new Int32Array(buffer);
        this.capacity = (this.words.length - HEADER) / SLOT;
        this.mask = this.capacity - 1;
    }
    /** An empty table of at least `slots` slots. */
    static create(slots) {
        let cap = 1024;
        while (cap < slots)
            cap *= 2;
        return new SharedFingerprintSet(new SharedArrayBuffer((HEADER + SLOT * cap) * 4));
    }
    /** Number of fingerprints held (as counted by {@link counted}). */
    get size() {
        return Atomics.load(this.words, 0);
    }
    /**
     * Counts `n` more fingerprints added. Threads count what they added once
     * per state expanded rather than at each addition, which would make every
     * thread write the same word all the time.
     */
    counted(n) {
        if (n > 0)
            Atomics.add(this.words, 0, n);
    }
    /** Whether the table is full enough that adding should stop until it is grown (over 60%). */
    get crowded() {
        return this.size * 5 > this.capacity * 3;
    }
    /**
     * Adds the fingerprint, reached from the state with index `parent` (-1 for
     * an initial state). True when it was not there yet (then the caller
     * {@link counted} it); otherwise the parent kept becomes the lesser of the
     * two.
     */
    add(hi, lo, parent) {
        const w = this.words;
        let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
        for (let probes = 0;; probes++) {
            if (probes > this.capacity)
                throw new Error("the shared fingerprint set is full");
            const at = HEADER + i * SLOT;
            let status = Atomics.load(w, at);
            if (status === 0) {
                status = Atomics.compareExchange(w, at, 0, 1);
                if (status === 0) {
                    w[at + 1] = hi;
                    w[at + 2] = lo;
                    w[at + 3] = parent;
                    Atomics.store(w, at, 2);
                    return true;
                }
            }
            while (status === 1)
                status = Atomics.load(w, at);
            if (w[at + 1] === hi && w[at + 2] === lo) {
                let p = Atomics.load(w, at + 3);
                while (parent < p) {
                    const q = Atomics.compareExchange(w, at + 3, p, parent);
                    if (q === p)
                        break;
                    p = q;
                }
                return false;
            }
            i = (i + 1) & this.mask;
        }
    }
    /** The parent kept for a fingerprint, or undefined when it is not there. */
    parentOf(hi, lo) {
        const w = this.words;
        let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
        for (;;) {
            const at = HEADER + i * SLOT;
            const status = Atomics.load(w, at);
            if (status === 0)
                return undefined;
            if (w[at + 1] === hi && w[at + 2] === lo)
                return Atomics.load(w, at + 3);
            i = (i + 1) & this.mask;
        }
    }
    /** A copy with twice the slots (only while no thread adds). */
    grown() {
        const next = SharedFingerprintSet.create(this.capacity * 2);
        const w = this.words;
        let n = 0;
        for (let i = 0; i < this.capacity; i++) {
            const at = HEADER + i * SLOT;
            if (w[at] === 2 && next.add(w[at + 1], w[at + 2], w[at + 3]))
                n++;
        }
        next.counted(n);
        return next;
    }
}
//# sourceMappingURL=sharedFpSet.js.map
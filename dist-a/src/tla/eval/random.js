/**
 * The generator behind `RandomElement`. TLC draws differently on each run;
 * the engine draws from a generator with a fixed seed, so a run is
 * reproducible (and figures of specifications that use RandomElement are
 * comparable between runs, though not with TLC's).
 *
 * There are two streams of draws. Evaluation inside the search (an action, an
 * invariant) draws from one stream, in the order the evaluations happen: the
 * same run gives the same draws. A definition without parameters that is
 * evaluated once per model (see `onceDefinition` in cache.ts) draws from a
 * stream of its own, seeded by its name ({@link withDrawsOf}): its value does
 * not depend on what was evaluated before it, so every evaluator of the model
 * (each worker thread, the one that rebuilds a counterexample) finds the
 * same value.
 *
 * @module
 */
/** The seed of the search's stream. */
const SEED = 0x2545f491;
let state = SEED;
/** The next number of the current stream (xorshift32). */
export function nextRandom() {
    let x = state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    state = x >>> 0;
    return state;
}
/** A nonzero seed derived from `key` and {@link SEED} (FNV-1a over its UTF-16 units). */
function seedOf(key) {
    let h = 0x811c9dc5 ^ SEED;
    for (let i = 0; i < key.length; i++) {
        h ^= key.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0 || SEED;
}
/**
 * `f()`, drawing from the stream seeded by `key` (a definition's qualified
 * name), started afresh; the search's stream is left where it was.
 */
export function withDrawsOf(key, f) {
    const saved = state;
    state = seedOf(key);
    try {
        return f();
    }
    finally {
        state = saved;
    }
}
//# sourceMappingURL=random.js.map
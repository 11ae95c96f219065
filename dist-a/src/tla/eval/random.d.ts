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
/** The next number of the current stream (xorshift32). */
export declare function nextRandom(): number;
/**
 * `f()`, drawing from the stream seeded by `key` (a definition's qualified
 * name), started afresh; the search's stream is left where it was.
 */
export declare function withDrawsOf<T>(key: string, f: () => T): T;

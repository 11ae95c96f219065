/**
 * The simulator's only source of randomness: sfc32 (Chris Doty-Humphrey's
 * Small Fast Counting generator, 128 bits of state), seeded from a string
 * through the cyrb128 hash. Small, fast, and the same on every platform, so a
 * seed reproduces a run exactly.
 *
 * @module
 */
/** A seeded pseudo-random number generator (sfc32). */
export declare class Random {
    private a;
    private b;
    private c;
    private d;
    /** A generator whose whole output is determined by `seed`. */
    constructor(seed: string);
    /** The next 32-bit unsigned integer. */
    nextUint32(): number;
    /** A number in [0, 1). */
    next(): number;
    /** An integer in [0, n). */
    int(n: number): number;
    /** A number in [lo, hi]. */
    uniform(lo: number, hi: number): number;
    /** True with probability `p`. Draws nothing when `p` is 0, so adding a zero-probability fault changes no run. */
    chance(p: number): boolean;
    /** One element of a non-empty array. */
    pick<T>(items: readonly T[]): T;
}

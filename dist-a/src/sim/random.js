/**
 * The simulator's only source of randomness: sfc32 (Chris Doty-Humphrey's
 * Small Fast Counting generator, 128 bits of state), seeded from a string
 * through the cyrb128 hash. Small, fast, and the same on every platform, so a
 * seed reproduces a run exactly.
 *
 * @module
 */
/** Hashes a string into four 32-bit words (cyrb128). */
function cyrb128(str) {
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; i < str.length; i++) {
        const k = str.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
/** A seeded pseudo-random number generator (sfc32). */
export class Random {
    a;
    b;
    c;
    d;
    /** A generator whose whole output is determined by `seed`. */
    constructor(seed) {
        [this.a, this.b, this.c, this.d] = cyrb128(seed);
        for (let i = 0; i < 15; i++)
            this.nextUint32(); // mix the initial state
    }
    /** The next 32-bit unsigned integer. */
    nextUint32() {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = (this.c << 21) | (this.c >>> 11);
        this.c = (this.c + t) | 0;
        return t >>> 0;
    }
    /** A number in [0, 1). */
    next() {
        return this.nextUint32() / 4294967296;
    }
    /** An integer in [0, n). */
    int(n) {
        return Math.floor(this.next() * n);
    }
    /** A number in [lo, hi]. */
    uniform(lo, hi) {
        return lo + (hi - lo) * this.next();
    }
    /** True with probability `p`. Draws nothing when `p` is 0, so adding a zero-probability fault changes no run. */
    chance(p) {
        return p > 0 && this.next() < p;
    }
    /** One element of a non-empty array. */
    pick(items) {
        return items[this.int(items.length)];
    }
}
//# sourceMappingURL=random.js.map
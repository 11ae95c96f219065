/** A quorum system that is unsafe or malformed; the message says why, naming the sets involved. */
export class QuorumSystemError extends Error {
    constructor(message) {
        super(message);
        this.name = "QuorumSystemError";
    }
}
/** Largest acceptor count for which quorums are enumerated (2^n subsets). */
const MAX_ENUMERATED_ACCEPTORS = 16;
/** A checked quorum system over a fixed list of acceptors. */
export class QuorumSystem {
    /** The acceptors, in the order given. */
    acceptors;
    /** How the system was described. */
    spec;
    index;
    test;
    cachedQuorums;
    /**
     * Builds the system and checks that every two quorums intersect.
     * @throws QuorumSystemError when the description is malformed or two quorums are disjoint.
     */
    constructor(acceptors, spec) {
        if (acceptors.length === 0)
            throw new QuorumSystemError("a quorum system needs at least one acceptor");
        if (acceptors.length > MAX_ENUMERATED_ACCEPTORS) {
            throw new QuorumSystemError(`at most ${MAX_ENUMERATED_ACCEPTORS} acceptors are supported, got ${acceptors.length}`);
        }
        if (new Set(acceptors).size !== acceptors.length)
            throw new QuorumSystemError("acceptor names must be distinct");
        this.acceptors = [...acceptors];
        this.spec = spec;
        this.index = new Map(acceptors.map((a, i) => [a, i]));
        const n = acceptors.length;
        const popcount = (mask) => {
            let c = 0;
            for (let m = mask; m !== 0; m &= m - 1)
                c++;
            return c;
        };
        switch (spec.kind) {
            case "majority":
                this.test = (mask) => 2 * popcount(mask) > n;
                break;
            case "weighted": {
                const w = spec.weights;
                if (w.length !== n) {
                    throw new QuorumSystemError(`weighted quorums need one weight per acceptor: ${n} acceptors, ${w.length} weights`);
                }
                for (const x of w) {
                    if (!Number.isInteger(x) || x < 0)
                        throw new QuorumSystemError(`a weight must be a whole number >= 0, got ${x}`);
                }
                const total = w.reduce((s, x) => s + x, 0);
                if (total === 0)
                    throw new QuorumSystemError("weighted quorums need a positive total weight");
                this.test = (mask) => {
                    let sum = 0;
                    for (let i = 0; i < n; i++)
                        if (mask & (1 << i))
                            sum += w[i];
                    return 2 * sum > total;
                };
                break;
            }
            case "explicit": {
                if (spec.sets.length === 0)
                    throw new QuorumSystemError("an explicit quorum system needs at least one set");
                const masks = spec.sets.map((set) => {
                    if (set.length === 0)
                        throw new QuorumSystemError("an explicit quorum may not be empty");
                    return this.maskOf(set);
                });
                this.test = (mask) => masks.some((q) => (mask & q) === q);
                break;
            }
        }
        this.checkIntersection();
    }
    /** Whether `set` (acceptor names) is a quorum. Names outside the system are ignored. */
    isQuorum(set) {
        let mask = 0;
        for (const a of set) {
            const i = this.index.get(a);
            if (i !== undefined)
                mask |= 1 << i;
        }
        return this.test(mask);
    }
    /**
     * Every quorum (every acceptor set the system accepts, not only the minimal
     * ones), each sorted, the list in a fixed order. This is the spec's `Quorum`
     * constant as recorded in trace headers.
     */
    quorums() {
        if (!this.cachedQuorums) {
            const out = [];
            const n = this.acceptors.length;
            for (let mask = 1; mask < 1 << n; mask++)
                if (this.test(mask))
                    out.push(this.setOf(mask));
            this.cachedQuorums = out;
        }
        return this.cachedQuorums.map((q) => [...q]);
    }
    /** The minimal quorums: those with no quorum as a proper subset. */
    minimalQuorums() {
        const n = this.acceptors.length;
        const out = [];
        for (let mask = 1; mask < 1 << n; mask++) {
            if (!this.test(mask))
                continue;
            let minimal = true;
            for (let i = 0; i < n && minimal; i++)
                if (mask & (1 << i) && this.test(mask & ~(1 << i)))
                    minimal = false;
            if (minimal)
                out.push(this.setOf(mask));
        }
        return out;
    }
    /** A one-line description, e.g. `majority of 5` or `weights 3,1,1,1`. */
    describe() {
        switch (this.spec.kind) {
            case "majority":
                return `majority of ${this.acceptors.length}`;
            case "weighted":
                return `weights ${this.spec.weights.join(",")}`;
            case "explicit":
                return `explicit ${this.spec.sets.map((s) => `{${s.join(",")}}`).join(" ")}`;
        }
    }
    maskOf(set) {
        let mask = 0;
        for (const a of set) {
            const i = this.index.get(a);
            if (i === undefined)
                throw new QuorumSystemError(`quorum {${set.join(", ")}} names '${a}', which is not an acceptor`);
            mask |= 1 << i;
        }
        return mask;
    }
    setOf(mask) {
        return this.acceptors.filter((_, i) => (mask & (1 << i)) !== 0).sort();
    }
    /** Two quorums that miss each other exist iff two minimal ones do. */
    checkIntersection() {
        const n = this.acceptors.length;
        const minimal = [];
        for (let mask = 1; mask < 1 << n; mask++) {
            if (!this.test(mask))
                continue;
            let isMinimal = true;
            for (let i = 0; i < n && isMinimal; i++)
                if (mask & (1 << i) && this.test(mask & ~(1 << i)))
                    isMinimal = false;
            if (isMinimal)
                minimal.push(mask);
        }
        if (minimal.length === 0)
            throw new QuorumSystemError(`the quorum system (${this.describe()}) has no quorum`);
        for (let i = 0; i < minimal.length; i++) {
            for (let j = i; j < minimal.length; j++) {
                if ((minimal[i] & minimal[j]) === 0) {
                    const a = this.setOf(minimal[i]).join(", ");
                    const b = this.setOf(minimal[j]).join(", ");
                    throw new QuorumSystemError(`quorums {${a}} and {${b}} do not intersect, so two different values could be chosen`);
                }
            }
        }
    }
}
/** Majority quorums over `acceptors`. */
export function majorityQuorums(acceptors) {
    return new QuorumSystem(acceptors, { kind: "majority" });
}
/** Weighted quorums: a set is a quorum when its weight is more than half the total. */
export function weightedQuorums(acceptors, weights) {
    return new QuorumSystem(acceptors, { kind: "weighted", weights });
}
/** Quorums given as a list of sets (and their supersets). */
export function explicitQuorums(acceptors, sets) {
    return new QuorumSystem(acceptors, { kind: "explicit", sets });
}
//# sourceMappingURL=quorum.js.map
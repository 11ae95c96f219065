/** Mutable evaluation context; one per evaluator, reused for every state. */
export class Ctx {
    /** Current state: variable index -> value (undefined while computing initial states). */
    s;
    /** Next state: primed variable index -> value, undefined until assigned. */
    n;
    /** Frame of bound variables (slots allocated at compile time). */
    f;
    /** The action label in force (set by compiled next-state relations). */
    label = null;
    /** `TLCGet("level")`: the depth of the current state (initial states are 1). */
    level = 1;
    /** Incremented whenever a variable of `n` is assigned or unassigned (for memoisation). */
    ver = 0;
    /** Incremented whenever a variable of `s` is assigned or unassigned, or `s` is replaced by the API. */
    sver = 0;
    /**
     * How many of TLC's enumeration paths the successor being built stands
     * for: a formula without primes inside an action (`SafeAt(b, v)`) is not
     * enumerated path by path, as TLC does; the number of its satisfying paths
     * (witnesses of `\E`, true disjuncts, ...) multiplies this instead, so
     * that the states generated are counted as TLC counts them without the
     * duplicate states being built.
     */
    mult = 1;
    /**
     * Incremented each time the next-state relation enters one of the actions
     * TLC splits it into (its top-level disjuncts, with `\E` over constant sets
     * and operators applied to constant arguments unfolded). TLC counts the
     * successors of a state action by action, so when a violation stops the
     * search the states generated include only the actions evaluated so far.
     */
    group = 0;
    /**
     * States TLC counts as generated that are not successors: the states the
     * first action of an action composition `A \cdot B` yields (TLC generates
     * them on the way to B's successors, whether or not B then has any).
     */
    generatedBetween = 0;
    /** How many first actions of compositions are being enumerated (only the outermost one's states count). */
    composingFirst = 0;
    /**
     * `TLCGet("stats")`: the search's figures as TLC's record (`diameter`,
     * `distinct`, `generated`, `queue`, `duration`), set once the search has
     * ended, for the POSTCONDITIONs; undefined during the search.
     */
    stats = undefined;
    /** TLC's registers: `TLCSet(i, v)` sets register i, `TLCGet(i)` reads it (one set per evaluator, as TLC has one per worker). */
    registers = new Map();
    /** Called at the end of a successful action evaluation. */
    emit = () => { };
    constructor(nvars, slots) {
        this.s = new Array(nvars).fill(undefined);
        this.n = new Array(nvars).fill(undefined);
        this.f = new Array(Math.max(slots, 1)).fill(false);
    }
}
//# sourceMappingURL=context.js.map
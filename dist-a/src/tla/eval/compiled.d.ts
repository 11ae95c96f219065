import type { Loc } from "../syntax/ast.js";
import { type LazySet, type SetValue, type Value } from "../values/value.js";
import type { Ctx, Ev } from "./context.js";
/** A compiled expression with what the constant folding needs to know. */
export interface C {
    readonly ev: Ev;
    /**
     * Reads the state: state variables, primes, or something else that belongs
     * to the state being evaluated (`TLCGet("level")`, `ENABLED`). Such an
     * expression is not constant-level, in TLC's terms.
     */
    readonly vars: boolean;
    /** Smallest frame slot the expression reads (Infinity: none). */
    readonly minSlot: number;
    /** Reads the next state (primed variables). */
    readonly primes?: boolean;
    /**
     * The frame slots the expression reads that are bound outside it, in
     * increasing order (undefined: not known, as for ENABLED, which reads all).
     */
    readonly free?: readonly number[];
    /**
     * Has an effect or a value that may differ between two evaluations with the
     * same free slots and states (Print, RandomElement, TLCGet, ENABLED): never
     * folded, never cached by the caches of `cache.ts`. This is independent of
     * {@link vars}: `RandomElement(S)` reads no state and is constant-level,
     * so a definition without parameters made of it is evaluated once per
     * model, as TLC evaluates it once at startup (see `onceDefinition` in
     * cache.ts), while inside an action it draws anew each time.
     */
    readonly impure?: boolean;
    /** The closure that computes a constant expression once (set by `use` in cache.ts). */
    memo?: Ev;
}
/** Raises a located evaluation error. */
export declare function fail(loc: Loc | undefined, message: string): never;
/** Adds a location to an error that has none. */
export declare function locate(e: unknown, loc: Loc): unknown;
/** Whether `c` reads neither the states nor a bound variable and has no effect: its value never changes. */
export declare function isKonst(c: C): boolean;
/** A constant. */
export declare function lit(v: Value): C;
/** No frame slot. */
export declare const NO_SLOTS: readonly number[];
/** Reading frame slot `s`. */
export declare function slotRead(s: number): C;
/**
 * The compiled expression `ev` whose children are `children`: it reads what
 * they read. Slots from `start` on are bound inside the expression (by a
 * quantifier, a LET parameter...) and are not free in it. `vars` and
 * `impure` add what `ev` itself does (reads the states, has an effect).
 */
export declare function combine(ev: Ev, children: readonly C[], start?: number, vars?: boolean, impure?: boolean): C;
/** `IF c THEN t ELSE e`, whatever the branches compute (a value, a number of paths, a continuation's call). */
export declare function ifThenElse<R>(cond: Ev, loc: Loc, then: (ctx: Ctx) => R, otherwise: (ctx: Ctx) => R): (ctx: Ctx) => R;
/** `CASE g1 -> a1 [] ... [] OTHER -> o`: the arm of the first true guard, else OTHER (likewise whatever the arms compute). */
export declare function caseArms<R>(guards: readonly Ev[], guardLocs: readonly Loc[], arms: readonly ((ctx: Ctx) => R)[], other: ((ctx: Ctx) => R) | undefined, loc: Loc): (ctx: Ctx) => R;
/** `P => Q`: Q when P holds, `whenFalse` when it does not (likewise whatever Q computes). */
export declare function implication<R>(lhs: Ev, loc: Loc, whenFalse: (ctx: Ctx) => R, rhs: (ctx: Ctx) => R): (ctx: Ctx) => R;
/**
 * `f`, to be called later (by a lazy set or function, once evaluation has
 * moved on and the frame holds other bindings), in a copy of the frame as it
 * is now: each call gets a fresh copy, and the frame in use is restored after it.
 */
export declare function inFrameOf<A, R>(ctx: Ctx, f: (arg: A) => R): (arg: A) => R;
/** A value that must be a set (finite or lazy), with a located error naming `what` needs it. */
export declare function setArg(v: Value, loc: Loc, what: string): SetValue | LazySet;
/** The elements of a set to iterate over, with a located error for non-sets and infinite sets. */
export declare function enumerate(v: Value, loc: Loc): readonly Value[];
/** Binds the components of the tuple `v` to `slots`, with a located error when it has another shape. */
export declare function destructure(ctx: Ctx, slots: readonly number[], v: Value, loc: Loc): void;

/**
 * Compiled expressions and the pieces they are built from. The compiler
 * turns every expression into a {@link C}: a closure over the run-time
 * {@link Ctx} together with what it depends on (state variables, primes,
 * frame slots, effects), which is what constant folding and the caches of
 * `cache.ts` go by. {@link combine} works out those dependencies for an
 * expression from its children's.
 *
 * @module
 */
import { TlaError, rethrowUnlessTla } from "../errors.js";
import { TAG_LAZYSET, TAG_SET, kindName, printShort, toFn } from "../values/value.js";
import { describe } from "./builtins.js";
/** Raises a located evaluation error. */
export function fail(loc, message) {
    throw new TlaError(message, "error", loc);
}
/** Adds a location to an error that has none. */
export function locate(e, loc) {
    if (e instanceof TlaError && !e.loc)
        return new TlaError(e.message, e.kind, loc);
    if (e instanceof RangeError && /call stack/.test(e.message)) {
        return new TlaError("evaluation recursed too deeply (unbounded recursion?)", "error", loc);
    }
    return e;
}
/** Whether `c` reads neither the states nor a bound variable and has no effect: its value never changes. */
export function isKonst(c) {
    return !c.vars && c.minSlot === Infinity && c.impure !== true;
}
/** A constant. */
export function lit(v) {
    return { ev: () => v, vars: false, minSlot: Infinity, memo: () => v, free: [] };
}
/** No frame slot. */
export const NO_SLOTS = [];
/** Reading frame slot `s`. */
export function slotRead(s) {
    return { ev: (ctx) => ctx.f[s], vars: false, minSlot: s, free: [s] };
}
/**
 * The compiled expression `ev` whose children are `children`: it reads what
 * they read. Slots from `start` on are bound inside the expression (by a
 * quantifier, a LET parameter...) and are not free in it. `vars` and
 * `impure` add what `ev` itself does (reads the states, has an effect).
 */
export function combine(ev, children, start = Infinity, vars = false, impure = false) {
    let m = Infinity;
    let v = vars;
    let p = false;
    let imp = impure;
    let free;
    let known = true;
    for (const c of children) {
        if (c.minSlot < m)
            m = c.minSlot;
        if (c.vars)
            v = true;
        if (c.primes)
            p = true;
        if (c.impure)
            imp = true;
        const cf = c.free;
        if (cf === undefined) {
            if (c.minSlot < start)
                known = false;
            continue;
        }
        for (let i = 0; i < cf.length; i++) {
            const x = cf[i];
            if (x >= start)
                break;
            if (free === undefined)
                free = [x];
            else if (!free.includes(x))
                free.push(x);
        }
    }
    if (free && free.length > 1)
        free.sort((a, b) => a - b);
    return { ev, vars: v, minSlot: m < start ? m : Infinity, primes: p, ...(known ? { free: free ?? NO_SLOTS } : {}), ...(imp ? { impure: true } : {}) };
}
/** `IF c THEN t ELSE e`, whatever the branches compute (a value, a number of paths, a continuation's call). */
export function ifThenElse(cond, loc, then, otherwise) {
    return (ctx) => {
        const v = cond(ctx);
        if (v === true)
            return then(ctx);
        if (v === false)
            return otherwise(ctx);
        return fail(loc, `the condition of IF must be a boolean, got ${describe(v)}`);
    };
}
/** `CASE g1 -> a1 [] ... [] OTHER -> o`: the arm of the first true guard, else OTHER (likewise whatever the arms compute). */
export function caseArms(guards, guardLocs, arms, other, loc) {
    return (ctx) => {
        for (let i = 0; i < guards.length; i++) {
            const g = guards[i](ctx);
            if (g === true)
                return arms[i](ctx);
            if (g !== false)
                return fail(guardLocs[i], `a CASE guard must be a boolean, got ${describe(g)}`);
        }
        if (other)
            return other(ctx);
        return fail(loc, "no CASE guard is true and there is no OTHER arm");
    };
}
/** `P => Q`: Q when P holds, `whenFalse` when it does not (likewise whatever Q computes). */
export function implication(lhs, loc, whenFalse, rhs) {
    return (ctx) => {
        const v = lhs(ctx);
        if (v === false)
            return whenFalse(ctx);
        if (v === true)
            return rhs(ctx);
        return fail(loc, `the left side of => must be a boolean, got ${describe(v)}`);
    };
}
/**
 * `f`, to be called later (by a lazy set or function, once evaluation has
 * moved on and the frame holds other bindings), in a copy of the frame as it
 * is now: each call gets a fresh copy, and the frame in use is restored after it.
 */
export function inFrameOf(ctx, f) {
    const snapshot = ctx.f.slice();
    return (arg) => {
        const old = ctx.f;
        ctx.f = snapshot.slice();
        try {
            return f(arg);
        }
        finally {
            ctx.f = old;
        }
    };
}
/** A value that must be a set (finite or lazy), with a located error naming `what` needs it. */
export function setArg(v, loc, what) {
    if (typeof v === "object" && (v.tag === TAG_SET || v.tag === TAG_LAZYSET))
        return v;
    return fail(loc, `${what} needs a set, got ${kindName(v)} ${printShort(v)}`);
}
/** The elements of a set to iterate over, with a located error for non-sets and infinite sets. */
export function enumerate(v, loc) {
    if (typeof v === "object") {
        if (v.tag === TAG_SET)
            return v.elems;
        if (v.tag === TAG_LAZYSET) {
            if (!v.finite)
                return fail(loc, `cannot enumerate the infinite set ${printShort(v)}`);
            try {
                return v.enumerate().elems;
            }
            catch (err) {
                throw locate(err, loc);
            }
        }
    }
    return fail(loc, `expected a set to range over, got ${kindName(v)} ${printShort(v)}`);
}
/** Binds the components of the tuple `v` to `slots`, with a located error when it has another shape. */
export function destructure(ctx, slots, v, loc) {
    let f;
    try {
        f = toFn(v);
    }
    catch (err) {
        rethrowUnlessTla(err);
        return fail(loc, `cannot match ${printShort(v)} against a tuple of ${slots.length} names`);
    }
    if (f.vals.length !== slots.length || f.kind !== 1)
        return fail(loc, `cannot match ${printShort(v)} against a tuple of ${slots.length} names`);
    for (let i = 0; i < slots.length; i++)
        ctx.f[slots[i]] = f.vals[i];
}
//# sourceMappingURL=compiled.js.map
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
import type { Loc } from "../syntax/ast.js";
import { TAG_LAZYSET, TAG_SET, kindName, printShort, toFn, type FnValue, type LazySet, type SetValue, type Value } from "../values/value.js";
import { describe } from "./builtins.js";
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
  /**
   * The state variables the expression reads, when it reads the state only
   * through them (undefined: not known, or it reads something else of the
   * state, such as `TLCGet("level")` or `ENABLED`): variable `i` read in the
   * current state as `i`, in the next state as `-(i + 1)`. Unordered, without
   * duplicates. Only meaningful when {@link vars} is true.
   */
  readonly reads?: readonly number[];
  /** The closure that computes a constant expression once (set by `use` in cache.ts). */
  memo?: Ev;
}

/** Raises a located evaluation error. */
export function fail(loc: Loc | undefined, message: string): never {
  throw new TlaError(message, "error", loc);
}

/** Adds a location to an error that has none. */
export function locate(e: unknown, loc: Loc): unknown {
  if (e instanceof TlaError && !e.loc) return new TlaError(e.message, e.kind, loc);
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    return new TlaError("evaluation recursed too deeply (unbounded recursion?)", "error", loc);
  }
  return e;
}

/** Whether `c` reads neither the states nor a bound variable and has no effect: its value never changes. */
export function isKonst(c: C): boolean {
  return !c.vars && c.minSlot === Infinity && c.impure !== true;
}

/** A constant. */
export function lit(v: Value): C {
  return { ev: () => v, vars: false, minSlot: Infinity, memo: () => v, free: [] };
}

/** No frame slot. */
export const NO_SLOTS: readonly number[] = [];

/** Reading frame slot `s`. */
export function slotRead(s: number): C {
  return { ev: (ctx) => ctx.f[s]!, vars: false, minSlot: s, free: [s] };
}

/**
 * The compiled expression `ev` whose children are `children`: it reads what
 * they read. Slots from `start` on are bound inside the expression (by a
 * quantifier, a LET parameter...) and are not free in it. `vars` and
 * `impure` add what `ev` itself does (reads the states, has an effect).
 */
export function combine(ev: Ev, children: readonly C[], start = Infinity, vars = false, impure = false): C {
  let m = Infinity;
  let v = vars;
  let p = false;
  let imp = impure;
  let free: number[] | undefined;
  let known = true;
  // What `ev` itself reads of the state (vars) is not a variable: then the reads are not known.
  let reads: number[] | undefined = vars ? undefined : [];
  for (const c of children) {
    if (c.minSlot < m) m = c.minSlot;
    if (c.vars) {
      v = true;
      const cr = c.reads;
      if (cr === undefined) reads = undefined;
      else if (reads !== undefined) for (let i = 0; i < cr.length; i++) if (!reads.includes(cr[i]!)) reads.push(cr[i]!);
    }
    if (c.primes) p = true;
    if (c.impure) imp = true;
    const cf = c.free;
    if (cf === undefined) {
      if (c.minSlot < start) known = false;
      continue;
    }
    for (let i = 0; i < cf.length; i++) {
      const x = cf[i]!;
      if (x >= start) break;
      if (free === undefined) free = [x];
      else if (!free.includes(x)) free.push(x);
    }
  }
  if (free && free.length > 1) free.sort((a, b) => a - b);
  return {
    ev,
    vars: v,
    minSlot: m < start ? m : Infinity,
    primes: p,
    ...(known ? { free: free ?? NO_SLOTS } : {}),
    ...(imp ? { impure: true } : {}),
    ...(v && reads !== undefined ? { reads } : {}),
  };
}

/** `IF c THEN t ELSE e`, whatever the branches compute (a value, a number of paths, a continuation's call). */
export function ifThenElse<R>(cond: Ev, loc: Loc, then: (ctx: Ctx) => R, otherwise: (ctx: Ctx) => R): (ctx: Ctx) => R {
  return (ctx) => {
    const v = cond(ctx);
    if (v === true) return then(ctx);
    if (v === false) return otherwise(ctx);
    return fail(loc, `the condition of IF must be a boolean, got ${describe(v)}`);
  };
}

/** `CASE g1 -> a1 [] ... [] OTHER -> o`: the arm of the first true guard, else OTHER (likewise whatever the arms compute). */
export function caseArms<R>(guards: readonly Ev[], guardLocs: readonly Loc[], arms: readonly ((ctx: Ctx) => R)[], other: ((ctx: Ctx) => R) | undefined, loc: Loc): (ctx: Ctx) => R {
  return (ctx) => {
    for (let i = 0; i < guards.length; i++) {
      const g = guards[i]!(ctx);
      if (g === true) return arms[i]!(ctx);
      if (g !== false) return fail(guardLocs[i], `a CASE guard must be a boolean, got ${describe(g)}`);
    }
    if (other) return other(ctx);
    return fail(loc, "no CASE guard is true and there is no OTHER arm");
  };
}

/** `P => Q`: Q when P holds, `whenFalse` when it does not (likewise whatever Q computes). */
export function implication<R>(lhs: Ev, loc: Loc, whenFalse: (ctx: Ctx) => R, rhs: (ctx: Ctx) => R): (ctx: Ctx) => R {
  return (ctx) => {
    const v = lhs(ctx);
    if (v === false) return whenFalse(ctx);
    if (v === true) return rhs(ctx);
    return fail(loc, `the left side of => must be a boolean, got ${describe(v)}`);
  };
}

/**
 * `f`, to be called later (by a lazy set or function, once evaluation has
 * moved on and the frame holds other bindings), in a copy of the frame as it
 * is now: each call gets a fresh copy, and the frame in use is restored after it.
 */
export function inFrameOf<A, R>(ctx: Ctx, f: (arg: A) => R): (arg: A) => R {
  const snapshot = ctx.f.slice();
  return (arg) => {
    const old = ctx.f;
    ctx.f = snapshot.slice();
    try {
      return f(arg);
    } finally {
      ctx.f = old;
    }
  };
}

/** A value that must be a set (finite or lazy), with a located error naming `what` needs it. */
export function setArg(v: Value, loc: Loc, what: string): SetValue | LazySet {
  if (typeof v === "object" && (v.tag === TAG_SET || v.tag === TAG_LAZYSET)) return v as SetValue | LazySet;
  return fail(loc, `${what} needs a set, got ${kindName(v)} ${printShort(v)}`);
}

/** The elements of a set to iterate over, with a located error for non-sets and infinite sets. */
export function enumerate(v: Value, loc: Loc): readonly Value[] {
  if (typeof v === "object") {
    if (v.tag === TAG_SET) return v.elems;
    if (v.tag === TAG_LAZYSET) {
      if (!v.finite) return fail(loc, `cannot enumerate the infinite set ${printShort(v)}`);
      try {
        return v.enumerate().elems;
      } catch (err) {
        throw locate(err, loc);
      }
    }
  }
  return fail(loc, `expected a set to range over, got ${kindName(v)} ${printShort(v)}`);
}

/** Binds the components of the tuple `v` to `slots`, with a located error when it has another shape. */
export function destructure(ctx: Ctx, slots: readonly number[], v: Value, loc: Loc): void {
  let f: FnValue;
  try {
    f = toFn(v);
  } catch (err) {
    rethrowUnlessTla(err);
    return fail(loc, `cannot match ${printShort(v)} against a tuple of ${slots.length} names`);
  }
  if (f.vals.length !== slots.length || f.kind !== 1) return fail(loc, `cannot match ${printShort(v)} against a tuple of ${slots.length} names`);
  for (let i = 0; i < slots.length; i++) ctx.f[slots[i]!] = f.vals[i]!;
}

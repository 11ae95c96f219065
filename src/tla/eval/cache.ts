/**
 * What the compiled code remembers, keyed by what, and when it forgets.
 *
 * A {@link Compiler} lives for one model: the constants are fixed, so every
 * cache below lives as long as the compiler and needs no invalidation for
 * them. What changes during a run is the states and the bound variables;
 * the caches that depend on those are keyed by them.
 *
 * Caches of values, during evaluation (this module):
 *
 * - **Constants** ({@link use}): an expression that reads no state variable
 *   and no bound variable (`SUBSET Acceptor`, `Quorum`, `1..N`) is evaluated
 *   once, at its first evaluation, and its value kept in the closure
 *   `c.memo`, which every parent of `c` shares. Never forgotten.
 * - **Once per model, with an effect** ({@link onceDefinition}): a module's
 *   definition without parameters that reads no state but draws at random
 *   or has an effect, evaluated once as TLC evaluates it at startup.
 * - **Per state** ({@link stateMemo}): a zero-argument definition or an
 *   instance substitution that reads the state but no bound variable (a
 *   refinement mapping, `TypeOK`'s parts): one value, keyed by the identity
 *   of the current state array and `ctx.sver` (and, when it reads primes, of
 *   the next state array and `ctx.ver`). Forgotten when the state array is
 *   another one or when a version counter moved: the compiled assignments
 *   bump `ctx.ver` (next state) and `ctx.sver` (current state, while initial
 *   states are enumerated) on every assignment and unassignment, and the
 *   model's entry points that take a state from outside bump both. This
 *   relies on state arrays not being modified once handed over (see `Model`).
 * - **Per binding of the enclosing variables** ({@link hoist},
 *   {@link memoByFree}): a costly expression (an operator application, a
 *   quantifier, a set filter or map, a function constructor) inside a loop
 *   whose body does not read the innermost loop variable: one value, keyed by
 *   the values (by identity) of the frame slots it does read, and by the
 *   states as above when it reads them. Forgotten as soon as one of them
 *   differs from the last evaluation. One that reads no state and only the
 *   innermost loop variable ({@link memoByValue}): one value per value of
 *   that variable, up to a bound. Expressions with effects (`Print`,
 *   `TLCGet`, `ENABLED`) are never cached.
 *
 * Caches of compiled code, on the bindings of `scope.ts` (one compilation
 * instead of one per use; bindings belong to one compiler, so never
 * forgotten):
 *
 * - `OpBinding.cache` / `cachePrimed`: the compiled body of a zero-argument
 *   definition, unprimed and primed (`definitionMemo` applied: its value is
 *   remembered per state and per binding of the variables it reads; for a
 *   module's definition whose constant-level body has an effect,
 *   `onceDefinition` first).
 * - `subst` bindings with `memo` (an INSTANCE's `WITH` substitutions):
 *   likewise, `cache` / `cachePrimed`.
 * - `fn` bindings' `cache`: a function definition `f[x \in S] == ...`
 *   compiled unprimed.
 * - `OpBinding.rec`: the body of a RECURSIVE operator, compiled once with
 *   its parameters in fixed slots.
 * - `instance` bindings' `cache`: the module instance of an `I == INSTANCE M`
 *   without parameters.
 *
 * Elsewhere: record field access keeps the position of the field in the last
 * record's key array (records built by one constructor share it);
 * `Model` keeps the compiled invariants and actions it was asked for by name;
 * `loadModules` keeps parsed modules by file path and text.
 *
 * @module
 */
import type { Value } from "../values/value.js";
import { NO_SLOTS, isKonst, type C } from "./compiled.js";
import type { Ctx, Ev } from "./context.js";
import { withDrawsOf } from "./random.js";

/** The closure to call for a compiled child: folded once when it is constant. */
export function use(c: C): Ev {
  if (!isKonst(c)) return c.ev;
  if (!c.memo) {
    const ev = c.ev;
    let done = false;
    let val: Value = false;
    c.memo = (ctx) => {
      if (done) return val;
      val = ev(ctx);
      done = true;
      return val;
    };
  }
  return c.memo;
}

/**
 * A module's definition without parameters whose body is constant-level (it
 * reads no state variable, no prime, no bound variable) but has an effect or
 * draws at random (`Edges == ... RandomElement(...) ...`, `Data ==
 * JsonDeserialize(f)`): evaluated once per model, at its first evaluation, and
 * that value kept. This is TLC's semantics: TLC evaluates every constant-level
 * definition without parameters once, at startup, and uses the value
 * wherever the definition is named, so a random choice made there is made
 * once. (Without the effect the definition is a constant anyway and
 * {@link use} folds it.) `key`, the definition's qualified name, seeds its
 * random draws (random.ts), so every evaluator of the model finds the same
 * value. An evaluation that fails keeps nothing, and the next one tries
 * again, as TLC evaluates a definition whose evaluation at startup failed
 * where it is used.
 */
export function onceDefinition(c: C, key: string): C {
  if (c.impure !== true || c.vars || c.primes || c.minSlot !== Infinity) return c;
  const ev = c.ev;
  let done = false;
  let val: Value = false;
  const once: Ev = (ctx) => {
    if (done) return val;
    val = withDrawsOf(key, () => ev(ctx));
    done = true;
    return val;
  };
  return { ev: once, vars: false, minSlot: Infinity, free: NO_SLOTS, memo: once };
}

/**
 * Remembers the value of a state-dependent expression that reads no bound
 * variable for as long as the current and next states stay the same (the
 * context's `ver` counts assignments to them). Used for zero-argument
 * definitions and instance substitutions, e.g. a refinement mapping that an
 * action property reads many times per transition.
 */
export function stateMemo(c: C, shared?: StateFunctionValues): C {
  if (c.minSlot !== Infinity || !c.vars) return c;
  const primes = c.primes === true;
  const byValues = shared && c.impure !== true ? byVariableValues(c, shared) : undefined;
  return {
    ev: byValues ?? lastValue(c.ev, NO_SLOTS, true, primes),
    vars: true,
    minSlot: Infinity,
    ...(primes ? { primes } : {}),
    free: NO_SLOTS,
    ...(c.reads ? { reads: c.reads } : {}),
  };
}

/** How many values {@link byVariableValues} keeps. */
const STATE_FUNCTION_ENTRIES = 4;

/**
 * The last values of a state function (a definition without parameters that
 * reads state variables and no bound variable), each with the values of the
 * variables it was computed from: shared by the definition's primed and
 * unprimed compilations (see {@link byVariableValues}).
 */
export class StateFunctionValues {
  /** The variables read, by index (set by the first compilation that uses the table). */
  vars: readonly number[] | undefined;
  /** Entry `e`'s variable values at `e * vars.length`, its value at `e`. */
  readonly keys: (Value | undefined)[] = [];
  readonly vals: Value[] = [];
  /** The entry to replace next. */
  next = 0;
}

/**
 * A state function's value remembered by the values (by identity) of the
 * variables it reads, rather than by the identity of the state array: it is
 * then found again in another state that holds the same values, and the
 * primed compilation, which reads the next state, finds what the unprimed
 * one computed for the state that is now the next one, and the other way
 * round. A refinement mapping checked on every transition is computed once
 * per state instead of once per transition: a step that leaves `msgs` as it
 * was leaves `votes` (read off `msgs`) as it was too, without computing it.
 * Values are immutable and the expression reads nothing else of the state
 * (its `reads` are known) and has no effect, so the value is the same.
 * Undefined when the compilation reads both states, or no variable.
 */
function byVariableValues(c: C, table: StateFunctionValues): Ev | undefined {
  const reads = c.reads;
  if (reads === undefined || reads.length === 0) return undefined;
  const primed = reads[0]! < 0;
  const vars: number[] = [];
  for (const r of reads) {
    if (r < 0 !== primed) return undefined;
    vars.push(primed ? -r - 1 : r);
  }
  vars.sort((a, b) => a - b);
  if (table.vars === undefined) table.vars = vars;
  else if (table.vars.length !== vars.length || table.vars.some((x, i) => x !== vars[i])) return undefined;
  const ev = c.ev;
  const k = vars.length;
  const E = STATE_FUNCTION_ENTRIES;
  const keys = table.keys;
  const vals = table.vals;
  if (k === 1) {
    const x0 = vars[0]!;
    return (ctx) => {
      const x = (primed ? ctx.n : ctx.s)[x0];
      if (x === undefined) return ev(ctx);
      for (let e = 0; e < vals.length; e++) if (keys[e] === x) return vals[e]!;
      const v = ev(ctx);
      const e = table.next;
      keys[e] = x;
      vals[e] = v;
      table.next = (e + 1) % E;
      return v;
    };
  }
  const cur: (Value | undefined)[] = new Array<Value | undefined>(k);
  return (ctx) => {
    const st = primed ? ctx.n : ctx.s;
    for (let i = 0; i < k; i++) {
      const x = st[vars[i]!];
      if (x === undefined) return ev(ctx);
      cur[i] = x;
    }
    search: for (let e = 0; e < vals.length; e++) {
      for (let i = 0; i < k; i++) if (keys[e * k + i] !== cur[i]) continue search;
      return vals[e]!;
    }
    const key = cur.slice();
    const v = ev(ctx);
    const e = table.next;
    for (let i = 0; i < k; i++) keys[e * k + i] = key[i];
    vals[e] = v;
    table.next = (e + 1) % E;
    return v;
  };
}

/**
 * The cache of a zero-argument definition's compiled body, which every use of
 * the definition shares (a LET definition, an instance substitution): per
 * state when it reads no bound variable ({@link stateMemo}); otherwise per
 * binding of the bound variables it reads and per state ({@link memoByFree}),
 * whatever loops its uses are in. TLC likewise evaluates a LET definition at
 * most once per evaluation of the LET. Without this, the uses of `dagOfL` in
 * `Linearize(dag, l) == LET dagOfL == SubDag(dag, {l}) ... IN ...` (passed
 * by name into `PreviousLeader(dagOfL, r)`, read there inside a CHOOSE and a
 * set filter) would each compute the sub-DAG again: hoisting decides by the
 * loops around the use compiled first, and that one was in none.
 */
export function definitionMemo(c: C, shared?: StateFunctionValues): C {
  if (c.minSlot === Infinity) return stateMemo(c, shared);
  if (c.impure || c.free === undefined) return c;
  return memoByFree(c);
}

/**
 * Caches a compiled expression by the values of the frame slots it reads and
 * by the current (and, when it reads primes, next) state: evaluated again only
 * when one of them changed. Used for subexpressions that do not depend on the
 * innermost enclosing bound variable, such as `Msgs1b(b, Q)` inside
 * `\A a \in Q : \E m \in Msgs1b(b, Q) : ...`, which is then computed once
 * per `b` and `Q` rather than once per `a`.
 */
function memoByFree(c: C): C {
  return { ...c, ev: lastValue(c.ev, c.free!, c.vars, c.primes === true) };
}

/**
 * `ev`, remembering its last value with what it was computed from: the values
 * of the frame slots `free` (compared by identity), and, when `vars`, the
 * current state array and `ctx.sver` (with `primes`, also the next state
 * array and `ctx.ver`). A call where all of them are the same returns the
 * remembered value. A value is remembered only once `ev` has returned it
 * (an evaluation that fails, or that re-enters this closure, leaves no entry
 * for the arguments it was started with). One, two and more slots have their
 * own closures (no array allocated to compare one or two slots).
 */
function lastValue(ev: Ev, free: readonly number[], vars: boolean, primes: boolean): Ev {
  const k = free.length;
  let has = false;
  let val: Value = false;
  let ls: unknown = null;
  let ln: unknown = null;
  let lsv = -1;
  let lv = -1;
  const sameState = (ctx: Ctx): boolean => !vars || (ctx.s === ls && ctx.sver === lsv && (!primes || (ctx.n === ln && ctx.ver === lv)));
  const remember = (ctx: Ctx, v: Value): Value => {
    ls = ctx.s;
    lsv = ctx.sver;
    ln = ctx.n;
    lv = ctx.ver;
    val = v;
    has = true;
    return v;
  };
  let out: Ev;
  if (k === 0) {
    out = (ctx) => (has && sameState(ctx) ? val : remember(ctx, ev(ctx)));
  } else if (k === 1) {
    const s0 = free[0]!;
    let a0: Value = false;
    out = (ctx) => {
      const x = ctx.f[s0]!;
      if (has && x === a0 && sameState(ctx)) return val;
      has = false;
      const v = ev(ctx);
      a0 = x;
      return remember(ctx, v);
    };
  } else if (k === 2) {
    const s0 = free[0]!;
    const s1 = free[1]!;
    let a0: Value = false;
    let a1: Value = false;
    out = (ctx) => {
      const f = ctx.f;
      const x = f[s0]!;
      const y = f[s1]!;
      if (has && x === a0 && y === a1 && sameState(ctx)) return val;
      has = false;
      const v = ev(ctx);
      a0 = x;
      a1 = y;
      return remember(ctx, v);
    };
  } else {
    const last: Value[] = new Array<Value>(k).fill(false);
    out = (ctx) => {
      const f = ctx.f;
      let same = has && sameState(ctx);
      for (let i = 0; same && i < k; i++) if (f[free[i]!] !== last[i]) same = false;
      if (same) return val;
      has = false;
      const cur: Value[] = new Array<Value>(k);
      for (let i = 0; i < k; i++) cur[i] = f[free[i]!]!;
      const v = ev(ctx);
      for (let i = 0; i < k; i++) last[i] = cur[i]!;
      return remember(ctx, v);
    };
  }
  return out;
}

/**
 * Wraps a costly expression (an operator application, a quantifier, a set
 * filter or map...) in a cache keyed by its free slots and the state when it
 * does not read the innermost enclosing loop variable: it is then evaluated
 * once per binding of the variables it does depend on, not once per
 * iteration of that loop. `loops`: the slots of the loop variables in scope,
 * innermost last.
 */
export function hoist(c: C, loops: readonly number[]): C {
  const n = loops.length;
  if (n === 0 || c.impure || c.free === undefined) return c;
  const f = c.free;
  if (f.length === 0 && !c.vars) return c;
  if (f.length > 0 && f[f.length - 1]! >= loops[n - 1]!) return f.length === 1 && !c.vars ? memoByValue(c, f[0]!) : c;
  return memoByFree(c);
}

/** How many values {@link memoByValue} keeps before it starts afresh. */
const MEMO_ENTRIES = 4096;

/**
 * Caches an expression that reads neither the state nor any bound variable
 * but one, the innermost loop's (`Nbrs(n)` in `\E n \in Nodes : \E m \in
 * Nbrs(n) : ...`): its value is a function of that variable's value, so it
 * is kept per value (by identity, as {@link lastValue} compares), and the
 * next state's loop over the same constant set finds it. At most
 * {@link MEMO_ENTRIES} values are kept; then the table starts afresh. A value
 * is kept only once the expression has returned it.
 */
function memoByValue(c: C, slot: number): C {
  const ev = c.ev;
  let table = new Map<Value, Value>();
  return {
    ...c,
    ev: (ctx) => {
      const key = ctx.f[slot]!;
      const hit = table.get(key);
      if (hit !== undefined) return hit;
      const v = ev(ctx);
      if (table.size >= MEMO_ENTRIES) table = new Map();
      table.set(key, v);
      return v;
    },
  };
}

import { NO_SLOTS, isKonst } from "./compiled.js";
import { withDrawsOf } from "./random.js";
/** The closure to call for a compiled child: folded once when it is constant. */
export function use(c) {
    if (!isKonst(c))
        return c.ev;
    if (!c.memo) {
        const ev = c.ev;
        let done = false;
        let val = false;
        c.memo = (ctx) => {
            if (done)
                return val;
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
export function onceDefinition(c, key) {
    if (c.impure !== true || c.vars || c.primes || c.minSlot !== Infinity)
        return c;
    const ev = c.ev;
    let done = false;
    let val = false;
    const once = (ctx) => {
        if (done)
            return val;
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
export function stateMemo(c) {
    if (c.minSlot !== Infinity || !c.vars)
        return c;
    const primes = c.primes === true;
    return { ev: lastValue(c.ev, NO_SLOTS, true, primes), vars: true, minSlot: Infinity, ...(primes ? { primes } : {}), free: NO_SLOTS };
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
export function definitionMemo(c) {
    if (c.minSlot === Infinity)
        return stateMemo(c);
    if (c.impure || c.free === undefined)
        return c;
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
function memoByFree(c) {
    return { ...c, ev: lastValue(c.ev, c.free, c.vars, c.primes === true) };
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
function lastValue(ev, free, vars, primes) {
    const k = free.length;
    let has = false;
    let val = false;
    let ls = null;
    let ln = null;
    let lsv = -1;
    let lv = -1;
    const sameState = (ctx) => !vars || (ctx.s === ls && ctx.sver === lsv && (!primes || (ctx.n === ln && ctx.ver === lv)));
    const remember = (ctx, v) => {
        ls = ctx.s;
        lsv = ctx.sver;
        ln = ctx.n;
        lv = ctx.ver;
        val = v;
        has = true;
        return v;
    };
    let out;
    if (k === 0) {
        out = (ctx) => (has && sameState(ctx) ? val : remember(ctx, ev(ctx)));
    }
    else if (k === 1) {
        const s0 = free[0];
        let a0 = false;
        out = (ctx) => {
            const x = ctx.f[s0];
            if (has && x === a0 && sameState(ctx))
                return val;
            has = false;
            const v = ev(ctx);
            a0 = x;
            return remember(ctx, v);
        };
    }
    else if (k === 2) {
        const s0 = free[0];
        const s1 = free[1];
        let a0 = false;
        let a1 = false;
        out = (ctx) => {
            const f = ctx.f;
            const x = f[s0];
            const y = f[s1];
            if (has && x === a0 && y === a1 && sameState(ctx))
                return val;
            has = false;
            const v = ev(ctx);
            a0 = x;
            a1 = y;
            return remember(ctx, v);
        };
    }
    else {
        const last = new Array(k).fill(false);
        out = (ctx) => {
            const f = ctx.f;
            let same = has && sameState(ctx);
            for (let i = 0; same && i < k; i++)
                if (f[free[i]] !== last[i])
                    same = false;
            if (same)
                return val;
            has = false;
            const cur = new Array(k);
            for (let i = 0; i < k; i++)
                cur[i] = f[free[i]];
            const v = ev(ctx);
            for (let i = 0; i < k; i++)
                last[i] = cur[i];
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
export function hoist(c, loops) {
    const n = loops.length;
    if (n === 0 || c.impure || c.free === undefined)
        return c;
    const f = c.free;
    if (f.length === 0 && !c.vars)
        return c;
    if (f.length > 0 && f[f.length - 1] >= loops[n - 1])
        return f.length === 1 && !c.vars ? memoByValue(c, f[0]) : c;
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
function memoByValue(c, slot) {
    const ev = c.ev;
    let table = new Map();
    return {
        ...c,
        ev: (ctx) => {
            const key = ctx.f[slot];
            const hit = table.get(key);
            if (hit !== undefined)
                return hit;
            const v = ev(ctx);
            if (table.size >= MEMO_ENTRIES)
                table = new Map();
            table.set(key, v);
            return v;
        },
    };
}
//# sourceMappingURL=cache.js.map
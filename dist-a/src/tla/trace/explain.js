/**
 * Why a step is not a step of the specification: the first false conjunct of
 * an action (or of the initial predicate, or of an invariant), found by
 * evaluating the definition conjunct by conjunct, with the values of the
 * state variables and parameters it mentions; and, when an action is enabled
 * but leads elsewhere, which variables differ from the log and how.
 *
 * @module
 */
import * as path from "node:path";
import { TlaError, rethrowUnlessTla } from "../errors.js";
import { enumerate } from "../eval/compile.js";
import { printValue } from "../values/print.js";
import { FN_RECORD, TAG_FN, TAG_SET, equals, setMinus } from "../values/value.js";
import { letScope } from "./traceModel.js";
const COMPARISONS = new Set(["=", "#", "<", ">", "\\leq", "\\geq", "\\in", "\\notin", "\\subseteq", "\\subset", "\\supseteq", "\\supset"]);
/** A value as TLA+ text, shortened for reports: long sets show their first elements and their size. */
export function shortValue(v, max = 160) {
    const s = printValue(v);
    if (s.length <= max)
        return s;
    if (typeof v === "object" && v.tag === TAG_SET) {
        let out = "{";
        for (const e of v.elems) {
            const t = printValue(e);
            if (out.length + t.length > max - 30)
                break;
            out += (out.length > 1 ? ", " : "") + t;
        }
        return `${out}, ...} (${v.elems.length} elements)`;
    }
    return s.slice(0, max - 3) + "...";
}
/** `file:line:col` of a location, the file relative to the working directory when it is inside it. */
export function where(loc) {
    const rel = path.relative(process.cwd(), loc.file);
    const file = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : loc.file;
    return `${file}:${loc.line}:${loc.col}`;
}
/**
 * Finds why an action (or predicate) cannot be satisfied from a state.
 * `state` is the current state (in `init` mode: the known values of the
 * initial state); `logged` is what the log says of the next state, shown
 * for primed variables that the action did not determine.
 */
export class Explainer {
    model;
    init;
    state;
    logged;
    bindings = {};
    /** Whether the descent has entered a quantifier's body. */
    quantified = false;
    constructor(model, init, state, logged) {
        this.model = model;
        this.init = init;
        this.state = state;
        this.logged = logged;
    }
    /** The first false conjunct of `e` (compiled in `sc`), descending into operators, IF, LET and quantifiers. */
    find(e, sc, base) {
        const start = base ?? (this.init ? this.state.slice() : this.logged.map(() => undefined));
        return this.descend(e, sc, start, 0);
    }
    descend(e, sc, base, depth) {
        if (depth > 40)
            return this.atomic(e, sc, base);
        const c = this.model.compiler;
        switch (e.kind) {
            case "and": {
                let before = base;
                for (let i = 0; i < e.args.length; i++) {
                    const arg = e.args[i];
                    let after;
                    try {
                        after = this.solve(arg, sc, before);
                    }
                    catch (err) {
                        return this.atomic(arg, sc, before, err);
                    }
                    if (!after)
                        return this.descend(arg, sc, before, depth + 1);
                    // A later conjunct may need another way of satisfying this one: check the prefix as a whole.
                    if (i > 0) {
                        let whole;
                        try {
                            whole = this.solve({ kind: "and", args: e.args.slice(0, i + 1), loc: e.loc }, sc, base);
                        }
                        catch (err) {
                            return this.atomic(arg, sc, before, err);
                        }
                        if (!whole)
                            return this.descend(arg, sc, before, depth + 1);
                    }
                    before = after;
                }
                return this.atomic(e, sc, base);
            }
            case "ident":
            case "opapp":
            case "instanceop": {
                let b;
                try {
                    b = e.kind === "instanceop" ? c.instanceFor(e, sc).members.get(e.name) : sc.lookup(e.name);
                }
                catch (err) {
                    rethrowUnlessTla(err);
                    return this.atomic(e, sc, base);
                }
                const args = e.kind === "ident" ? [] : e.args;
                if (b && b.k === "subst" && args.length === 0)
                    return this.descend(b.arg.expr, b.arg.scope, base, depth + 1);
                if (!b || b.k !== "op" || b.recursive || b.def.params.length !== args.length || b.def.params.some((p) => p.arity > 0))
                    return this.atomic(e, sc, base);
                const callee = b.scope.child();
                b.def.params.forEach((p, i) => callee.names.set(p.name, { k: "subst", arg: { expr: args[i], scope: sc } }));
                return this.descend(b.def.body, callee, base, depth + 1);
            }
            case "let":
                return this.descend(e.body, letScope(e.defs, sc), base, depth + 1);
            case "if": {
                const v = this.value(e.cond, sc, base);
                if (v === true)
                    return this.descend(e.then, sc, base, depth + 1);
                if (v === false)
                    return this.descend(e.else, sc, base, depth + 1);
                return this.atomic(e, sc, base);
            }
            case "exists":
            case "forall": {
                const bound = this.bindBounds(e.bounds, sc, base);
                if (!bound)
                    return this.atomic(e, sc, base);
                const { scope, combos, assign, names } = bound;
                if (e.kind === "exists") {
                    // No choice works: show why the one that gets furthest fails (the most conjuncts true before the false
                    // one, compared level by level into the definitions), the first of those that tie. Only for the
                    // outermost \E: inner ones are searches.
                    if (combos.length === 0 || combos.length > 64 || this.quantified)
                        return this.atomic(e, sc, base);
                    this.quantified = true;
                    let best = combos[0];
                    let bestScore;
                    let tied = 0;
                    if (combos.length > 1) {
                        for (const combo of combos) {
                            assign(combo);
                            const score = this.progress(e.body, scope, base, depth + 1);
                            const cmp = bestScore === undefined ? 1 : compareScores(score, bestScore);
                            if (cmp > 0) {
                                best = combo;
                                bestScore = score;
                                tied = 1;
                            }
                            else if (cmp === 0)
                                tied++;
                        }
                    }
                    assign(best);
                    const note = combos.length === 1
                        ? ""
                        : tied === combos.length
                            ? ` (the first of ${combos.length} choices, all failing at the same conjunct)`
                            : ` (of ${combos.length} choices, the one that gets furthest; none works)`;
                    names.forEach((n, i) => (this.bindings[n] = shortValue(best[i]) + (i === names.length - 1 ? note : "")));
                    return this.descend(e.body, scope, base, depth + 1);
                }
                const body = this.model.use(c.compile(e.body, scope));
                for (const combo of combos) {
                    assign(combo);
                    let v;
                    try {
                        v = body(this.ctx(base));
                    }
                    catch (err) {
                        rethrowUnlessTla(err);
                        v = false;
                    }
                    if (v !== true) {
                        this.quantified = true;
                        names.forEach((n, i) => (this.bindings[n] = shortValue(combo[i])));
                        return this.descend(e.body, scope, base, depth + 1);
                    }
                }
                return this.atomic(e, sc, base);
            }
            default:
                return this.atomic(e, sc, base);
        }
    }
    /** How far `e` gets before it is false (see {@link progress}), from the start {@link find} would use. */
    score(e, sc) {
        return this.progress(e, sc, this.init ? this.state.slice() : this.logged.map(() => undefined), 0);
    }
    /**
     * How far `e` gets from `base` before it is false: at a conjunction, the
     * number of its conjuncts that hold before the first that does not,
     * followed by how far that one gets; definitions, LET and IF are entered as
     * {@link descend} enters them. Compared lexicographically (longer is
     * further when one is a prefix of the other).
     */
    progress(e, sc, base, depth) {
        if (depth > 40)
            return [];
        switch (e.kind) {
            case "and": {
                let before = base;
                for (let i = 0; i < e.args.length; i++) {
                    const arg = e.args[i];
                    let after;
                    try {
                        after = this.solve(i === 0 ? arg : { kind: "and", args: e.args.slice(0, i + 1), loc: e.loc }, sc, i === 0 ? before : base);
                    }
                    catch (err) {
                        rethrowUnlessTla(err);
                        return [i];
                    }
                    if (!after)
                        return [i, ...this.progress(arg, sc, before, depth + 1)];
                    before = after;
                }
                return [e.args.length];
            }
            case "ident":
            case "opapp":
            case "instanceop": {
                let b;
                try {
                    b = e.kind === "instanceop" ? this.model.compiler.instanceFor(e, sc).members.get(e.name) : sc.lookup(e.name);
                }
                catch (err) {
                    rethrowUnlessTla(err);
                    return [];
                }
                const args = e.kind === "ident" ? [] : e.args;
                if (b && b.k === "subst" && args.length === 0)
                    return this.progress(b.arg.expr, b.arg.scope, base, depth + 1);
                if (!b || b.k !== "op" || b.recursive || b.def.params.length !== args.length || b.def.params.some((p) => p.arity > 0))
                    return [];
                const callee = b.scope.child();
                b.def.params.forEach((p, i) => callee.names.set(p.name, { k: "subst", arg: { expr: args[i], scope: sc } }));
                return this.progress(b.def.body, callee, base, depth + 1);
            }
            case "let":
                return this.progress(e.body, letScope(e.defs, sc), base, depth + 1);
            case "if": {
                const v = this.value(e.cond, sc, base);
                if (v === true)
                    return this.progress(e.then, sc, base, depth + 1);
                if (v === false)
                    return this.progress(e.else, sc, base, depth + 1);
                return [];
            }
            case "exists":
            case "forall": {
                // \E: as far as its best choice gets; \A (a conjunction over its elements): how many elements hold.
                const bound = this.bindBounds(e.bounds, sc, base);
                if (!bound || bound.combos.length > 64)
                    return [];
                const { scope, combos, assign } = bound;
                if (e.kind === "exists") {
                    let best = [];
                    for (const combo of combos) {
                        assign(combo);
                        const p = this.progress(e.body, scope, base, depth + 1);
                        if (compareScores(p, best) > 0)
                            best = p;
                    }
                    return best;
                }
                const body = this.model.use(this.model.compiler.compile(e.body, scope));
                let holds = 0;
                for (const combo of combos) {
                    assign(combo);
                    try {
                        if (body(this.ctx(base)) === true)
                            holds++;
                    }
                    catch (err) {
                        rethrowUnlessTla(err);
                        // counts as false
                    }
                }
                return [holds];
            }
            default:
                return [];
        }
    }
    /** The bounds of a quantifier: a scope with their names in fresh slots, and every combination of values. */
    bindBounds(bounds, sc, base) {
        const c = this.model.compiler;
        let scope = sc;
        const names = [];
        const slots = [];
        const sets = [];
        for (const bd of bounds) {
            if (!bd.set)
                return undefined;
            const ev = this.model.use(c.compile(bd.set, scope));
            const inner = scope.child();
            const ss = bd.names.map((n) => {
                const s = c.newSlot();
                inner.names.set(n, { k: "slot", slot: s });
                names.push(n);
                slots.push(s);
                return s;
            });
            if (bd.tuple)
                sets.push({ ev, loc: bd.loc, tuple: true, slots: ss });
            else
                for (const s of ss)
                    sets.push({ ev, loc: bd.loc, tuple: false, slots: [s] });
            scope = inner;
        }
        const combos = [];
        const ctx = this.ctx(base);
        const rec = (i) => {
            if (combos.length > 100_000)
                return;
            if (i === sets.length) {
                combos.push(slots.map((s) => ctx.f[s]));
                return;
            }
            const st = sets[i];
            for (const el of enumerate(st.ev(ctx), st.loc)) {
                if (st.tuple) {
                    const f = el;
                    st.slots.forEach((s, k) => (ctx.f[s] = f.vals?.[k] ?? false));
                }
                else
                    ctx.f[st.slots[0]] = el;
                rec(i + 1);
            }
        };
        try {
            rec(0);
        }
        catch (err) {
            rethrowUnlessTla(err);
            return undefined;
        }
        const assign = (combo) => {
            const f = this.model.frame().f;
            slots.forEach((s, i) => (f[s] = combo[i]));
        };
        return { scope, combos, assign, names };
    }
    ctx(base) {
        const ctx = this.model.frame();
        if (this.init) {
            ctx.s = base;
        }
        else {
            ctx.s = this.state;
            ctx.n = base.map((v, i) => v ?? this.logged[i]);
        }
        return ctx;
    }
    /** One way of satisfying `e` from `base` (the variables it assigns added), or undefined when there is none. */
    solve(e, sc, base) {
        let result;
        const k = this.model.compiler.compileAct(e, sc, (ctx) => {
            result ??= (this.init ? ctx.s : ctx.n).slice();
        }, { init: this.init, top: false, binders: [] });
        const ctx = this.model.frame();
        const arr = base.slice();
        if (this.init)
            ctx.s = arr;
        else {
            ctx.s = this.state;
            ctx.n = arr;
        }
        ctx.label = null;
        k(ctx);
        return result;
    }
    value(e, sc, base) {
        try {
            return this.model.use(this.model.compiler.compile(e, sc))(this.ctx(base));
        }
        catch (err) {
            rethrowUnlessTla(err);
            return undefined;
        }
    }
    atomic(e, sc, base, err) {
        const values = {};
        for (const t of this.terms(e, sc)) {
            const text = this.model.text(t.loc) || "?";
            if (text in values || text in this.bindings)
                continue;
            let shown;
            try {
                shown = shortValue(this.model.use(this.model.compiler.compile(t, sc))(this.ctx(base)));
            }
            catch (x) {
                shown = x instanceof TlaError ? `(cannot be evaluated: ${x.message})` : "(cannot be evaluated)";
            }
            if (shown === text)
                continue; // a literal-like expression says nothing more
            values[text] = shown;
            if (Object.keys(values).length >= 10)
                break;
        }
        const error = err === undefined ? undefined : err instanceof TlaError ? err.message : String(err);
        return { loc: e.loc, text: this.model.text(e.loc), values, bindings: { ...this.bindings }, ...(error !== undefined ? { error } : {}) };
    }
    /** The simple expressions (variables, parameters, `f[x]`, `r.f`, primes of them) that `e` mentions, outermost first. */
    terms(e, sc) {
        const out = [];
        const stateish = (name, bound) => {
            if (bound.has(name))
                return false;
            const b = sc.lookup(name);
            return !!b && (b.k === "var" || b.k === "slot" || b.k === "subst");
        };
        const isPath = (x) => {
            switch (x.kind) {
                case "ident":
                    return true;
                case "prime":
                    return isPath(x.expr);
                case "fnapp":
                    return isPath(x.fn) && x.args.every((a) => isPath(a) || a.kind === "num" || a.kind === "str");
                case "field":
                    return isPath(x.record);
                default:
                    return false;
            }
        };
        const mentions = (x, bound) => {
            let state = false;
            let local = false;
            visit(x, (y) => {
                if (y.kind === "ident") {
                    if (bound.has(y.name))
                        local = true;
                    else if (stateish(y.name, bound))
                        state = true;
                }
            });
            return { state, local };
        };
        const collect = (x, bound) => {
            if (isPath(x)) {
                const m = mentions(x, bound);
                if (m.state && !m.local)
                    out.push(x);
                return;
            }
            const binds = boundNames(x);
            const inner = binds.length ? new Set([...bound, ...binds]) : bound;
            for (const ch of childExprs(x))
                collect(ch, inner);
        };
        collect(e, new Set());
        if (e.kind === "opapp" && COMPARISONS.has(e.name) && e.args.length === 2) {
            for (const a of e.args) {
                if (isPath(a) || a.kind === "num" || a.kind === "str" || a.kind === "bool")
                    continue;
                if (!mentions(a, new Set()).local)
                    out.push(a);
            }
        }
        return out;
    }
}
/** The names a node binds for its subexpressions. */
function boundNames(x) {
    switch (x.kind) {
        case "forall":
        case "exists":
        case "setmap":
        case "fnctor":
            return x.bounds.flatMap((b) => b.names);
        case "setfilter":
        case "choose":
            return [...x.bound.names];
        case "lambda":
            return [...x.params];
        case "let":
            return x.defs.flatMap((d) => ("name" in d && d.name ? [d.name] : []));
        default:
            return [];
    }
}
/** The direct subexpressions of a node. */
function childExprs(x) {
    const out = [];
    const grab = (v) => {
        if (Array.isArray(v))
            for (const y of v)
                grab(y);
        else if (v && typeof v === "object") {
            if ("kind" in v && "loc" in v && typeof v.kind === "string" && !("names" in v && "tuple" in v)) {
                const k = v.kind;
                if (!["opdef", "fndef", "recursive", "instance", "constants", "variables", "assume"].includes(k)) {
                    out.push(v);
                    return;
                }
                if (k === "opdef" || k === "fndef")
                    grab(v.body);
                return;
            }
            for (const [key, y] of Object.entries(v))
                if (key !== "loc")
                    grab(y);
        }
    };
    for (const [key, v] of Object.entries(x))
        if (key !== "loc" && key !== "kind")
            grab(v);
    return out;
}
function visit(x, f) {
    f(x);
    for (const c of childExprs(x))
        visit(c, f);
}
/**
 * How the value an action produces (`expected`) differs from the logged one,
 * as lines: for sets, the elements missing from the log and the extra ones;
 * for functions with the same domain, the entries that differ; otherwise both
 * values.
 */
export function describeDifference(name, expected, logged, out, depth = 0) {
    if (equals(expected, logged))
        return;
    if (typeof expected === "object" && typeof logged === "object" && expected.tag === TAG_SET && logged.tag === TAG_SET && depth < 3) {
        const missing = setMinus(expected, logged);
        const extra = setMinus(logged, expected);
        if (missing.elems.length)
            out.push(`${name}: the log lacks ${shortSet(missing.elems)}`);
        if (extra.elems.length)
            out.push(`${name}: the log has ${shortSet(extra.elems)}, which the step does not produce`);
        return;
    }
    if (typeof expected === "object" &&
        typeof logged === "object" &&
        expected.tag === TAG_FN &&
        logged.tag === TAG_FN &&
        depth < 3 &&
        expected.keys.length === logged.keys.length &&
        expected.keys.every((k, i) => equals(k, logged.keys[i]))) {
        expected.keys.forEach((k, i) => {
            const sub = expected.kind === FN_RECORD ? `${name}.${k}` : `${name}[${printValue(k)}]`;
            describeDifference(sub, expected.vals[i], logged.vals[i], out, depth + 1);
        });
        return;
    }
    out.push(`${name}: the step gives ${shortValue(expected)}, the log says ${shortValue(logged)}`);
}
function shortSet(elems) {
    const shown = elems.slice(0, 3).map((e) => shortValue(e, 120));
    return elems.length === 1 ? shown[0] : `${shown.join(", ")}${elems.length > 3 ? `, ... (${elems.length} elements)` : ""}`;
}
/** Lexicographic order of two {@link Explainer.progress} scores: positive when `a` gets further than `b`. */
export function compareScores(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return a.length - b.length;
}
//# sourceMappingURL=explain.js.map
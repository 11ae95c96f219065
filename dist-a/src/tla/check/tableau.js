/**
 * Temporal formulas over state and action predicates, and the tableau of a
 * formula: a generalized Büchi automaton that accepts exactly the behaviours
 * satisfying it.
 *
 * A {@link LiveFormula} is what the model makes of a PROPERTY once
 * definitions, operator arguments, INSTANCE substitutions, LETs and
 * quantifiers over constant sets are unfolded: its atoms are state predicates
 * (`x = 3`, `ENABLED <<A>>_v`: true or false of a state) and action
 * predicates (`<<A>>_v`, `[A]_v`, `x' > x`: true or false of a step, the
 * stuttering step `s -> s` included), joined by `~`, `/\`, `\/`, `[]` and
 * `<>`. Everything else TLA+ offers is written with these: `F => G` is
 * `~F \/ G`, `F ~> G` is `[](~F \/ <>G)`, `WF_v(A)` is
 * `[]<>~ENABLED <<A>>_v \/ []<><<A>>_v`, and so on (see `model.ts`).
 *
 * The tableau is the construction of Gerth, Peled, Vardi and Wolper
 * ("Simple on-the-fly automatic verification of linear temporal logic",
 * 1995), for a logic without a next-time operator: a formula is first put in
 * negation normal form, then each node of the automaton is a maximal
 * consistent way of making the formula true at one position of a behaviour:
 * the formulas that hold there (`old`) and those that must hold from the next
 * position on (`next`). Its literals are what the node asks of the current
 * state (state predicates) and of the step leaving it (action predicates).
 * A run is accepting when, for every `<>F` it promises, it passes infinitely
 * often through a node that either does not promise `<>F` or fulfils it (one
 * acceptance set per `<>F`).
 *
 * Before that, the formula to check (the negation of a property) is split
 * into plans ({@link plansOf}), as TLC does: its disjunctive normal form,
 * with each disjunct's `[]<>A` and `<>[]A` conjuncts kept out of the tableau
 * and read off the cycles of the product instead.
 *
 * @module
 */
/** `~f`, simplified where that is free. */
export function not(f) {
    if (f.k === "not")
        return f.a;
    if (f.k === "const")
        return { k: "const", v: !f.v };
    return { k: "not", a: f };
}
/** Whether a formula has a temporal operator (else it speaks of the first state or the first step only). */
export function isTemporalFormula(f) {
    switch (f.k) {
        case "state":
        case "action":
        case "const":
            return false;
        case "not":
            return isTemporalFormula(f.a);
        case "and":
        case "or":
            return f.args.some(isTemporalFormula);
        case "always":
        case "eventually":
            return true;
    }
}
/** A formula as text, for messages and tests: `s3` and `a1` are predicates by index. */
export function formulaText(f) {
    switch (f.k) {
        case "state":
            return `s${f.i}`;
        case "action":
            return `a${f.i}`;
        case "const":
            return f.v ? "TRUE" : "FALSE";
        case "not":
            return `~${formulaText(f.a)}`;
        case "and":
        case "or":
            return `(${f.args.map(formulaText).join(f.k === "and" ? " /\\ " : " \\/ ")})`;
        case "always":
            return `[]${formulaText(f.a)}`;
        case "eventually":
            return `<>${formulaText(f.a)}`;
    }
}
class Interner {
    formulas = [];
    ids = new Map();
    intern(key, f) {
        let id = this.ids.get(key);
        if (id === undefined) {
            id = this.formulas.length;
            this.formulas.push(f);
            this.ids.set(key, id);
        }
        return id;
    }
    /** The negation normal form of `f` (of `~f` when `negated`). */
    nnf(f, negated) {
        switch (f.k) {
            case "state":
            case "action": {
                const atom = f.k === "state" ? "s" : "a";
                return this.intern(`${atom}${f.i}${negated ? "-" : "+"}`, { op: "lit", atom, i: f.i, positive: !negated });
            }
            case "const": {
                const v = f.v !== negated;
                return this.intern(v ? "T" : "F", { op: v ? "true" : "false" });
            }
            case "not":
                return this.nnf(f.a, !negated);
            case "and":
            case "or": {
                const op = (f.k === "and") !== negated ? "and" : "or";
                const args = [...new Set(f.args.map((a) => this.nnf(a, negated)))].sort((x, y) => x - y);
                if (args.length === 0)
                    return this.intern(op === "and" ? "T" : "F", { op: op === "and" ? "true" : "false" });
                if (args.length === 1)
                    return args[0];
                return this.intern(`${op}(${args.join(",")})`, { op, args });
            }
            case "always":
            case "eventually": {
                const op = (f.k === "always") !== negated ? "always" : "eventually";
                const a = this.nnf(f.a, negated);
                return this.intern(`${op}(${a})`, { op, a });
            }
        }
    }
}
const setKey = (s) => [...s].sort((x, y) => x - y).join(",");
/**
 * The tableau of `f`: a generalized Büchi automaton whose accepted runs,
 * read as behaviours (a node's literals holding of its state and of the step
 * that leaves it), are exactly the behaviours that satisfy `f`.
 */
export function tableauOf(f) {
    const t = new Interner();
    const root = t.nnf(f, false);
    const F = t.formulas;
    // Every way of making the formulas of `start` true now: the fully expanded nodes.
    const expand = (start) => {
        const done = new Map();
        const stack = [{ todo: [...start], old: new Set(), next: new Set() }];
        const fork = (p, more, nextMore) => ({
            todo: [...p.todo, ...more],
            old: new Set(p.old),
            next: new Set([...p.next, ...nextMore]),
        });
        while (stack.length > 0) {
            const p = stack.pop();
            const id = p.todo.pop();
            if (id === undefined) {
                const key = `${setKey(p.old)}|${setKey(p.next)}`;
                if (!done.has(key))
                    done.set(key, { old: p.old, next: p.next });
                continue;
            }
            if (p.old.has(id)) {
                stack.push(p);
                continue;
            }
            const x = F[id];
            switch (x.op) {
                case "true":
                    p.old.add(id);
                    stack.push(p);
                    break;
                case "false":
                    break;
                case "lit": {
                    const contrary = [...p.old].some((o) => {
                        const y = F[o];
                        return y.op === "lit" && y.atom === x.atom && y.i === x.i && y.positive !== x.positive;
                    });
                    if (contrary)
                        break;
                    p.old.add(id);
                    stack.push(p);
                    break;
                }
                case "and":
                    p.old.add(id);
                    p.todo.push(...x.args);
                    stack.push(p);
                    break;
                case "or":
                    p.old.add(id);
                    for (const a of x.args)
                        stack.push(fork(p, [a], []));
                    break;
                case "always":
                    // []G: G now, and []G from the next position on.
                    p.old.add(id);
                    p.todo.push(x.a);
                    p.next.add(id);
                    stack.push(p);
                    break;
                case "eventually":
                    // <>G: G now, or <>G from the next position on.
                    p.old.add(id);
                    stack.push(fork(p, [x.a], []));
                    stack.push(fork(p, [], [id]));
                    break;
            }
        }
        return [...done.values()];
    };
    const eventualities = [];
    F.forEach((x, id) => {
        if (x.op === "eventually")
            eventualities.push(id);
    });
    const nodes = [];
    const byKey = new Map();
    const add = (n) => {
        const key = `${setKey(n.old)}|${setKey(n.next)}`;
        let id = byKey.get(key);
        if (id === undefined) {
            id = nodes.length;
            nodes.push({ ...n, succ: [] });
            byKey.set(key, id);
        }
        return id;
    };
    const initial = expand([root]).map(add);
    const succOfNext = new Map();
    for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i];
        const key = setKey(n.next);
        let succ = succOfNext.get(key);
        if (!succ) {
            succ = expand([...n.next]).map(add);
            succOfNext.set(key, succ);
        }
        n.succ = succ;
    }
    const literals = (old, atom) => {
        const out = [];
        for (const id of old) {
            const x = F[id];
            if (x.op === "lit" && x.atom === atom)
                out.push({ i: x.i, positive: x.positive });
        }
        return out;
    };
    return {
        nodes: nodes.map((n) => ({
            stateLits: literals(n.old, "s"),
            actionLits: literals(n.old, "a"),
            succ: n.succ,
            accepting: eventualities.map((ev) => {
                const x = F[ev];
                return !n.old.has(ev) || n.old.has(x.a);
            }),
        })),
        initial: [...new Set(initial)],
        acceptanceSets: eventualities.length,
    };
}
/** Beyond this many disjuncts the formula is left to the tableau whole. */
const MAX_PLANS = 1024;
/**
 * The plans of `f`: its disjunctive normal form, with `[]`, `<>` over
 * temporal formulas, and formulas without temporal operators as atoms, each
 * disjunct's `[]<>A` and `<>[]A` conjuncts taken out of the tableau. A
 * behaviour satisfies `f` if and only if it satisfies some plan. Keeping
 * these conjuncts out of the tableau keeps it small: the negation of
 * `(\A p : WF_v(A(p))) => L` has a conjunction of N disjunctions, whose
 * tableau has some 4^N nodes, while each of its 2^N plans has the tableau
 * of `~L` alone.
 */
export function plansOf(f) {
    const g = pushNegations(f, false);
    const dnf = disjuncts(g);
    if (dnf === undefined)
        return [{ tableau: g, infinitely: [], always: [] }];
    return dnf.map((conj) => {
        const rest = [];
        const infinitely = [];
        const always = [];
        for (const c of conj) {
            if (c.k === "always" && c.a.k === "eventually" && !isTemporalFormula(c.a.a))
                infinitely.push(c.a.a);
            else if (c.k === "eventually" && c.a.k === "always" && !isTemporalFormula(c.a.a))
                always.push(c.a.a);
            else
                rest.push(c);
        }
        return { tableau: rest.length === 1 ? rest[0] : { k: "and", args: rest }, infinitely, always };
    });
}
/** `f` (negated when `negated`) with negations on atoms and non-temporal parts only. */
function pushNegations(f, negated) {
    if (!isTemporalFormula(f))
        return negated ? not(f) : f;
    switch (f.k) {
        case "not":
            return pushNegations(f.a, !negated);
        case "and":
        case "or": {
            const k = (f.k === "and") !== negated ? "and" : "or";
            return { k, args: f.args.map((a) => pushNegations(a, negated)) };
        }
        case "always":
        case "eventually": {
            const k = (f.k === "always") !== negated ? "always" : "eventually";
            return { k, a: pushNegations(f.a, negated) };
        }
        default:
            return negated ? not(f) : f;
    }
}
/** The disjunctive normal form of `f` over its temporal and non-temporal parts (undefined: too many disjuncts). */
function disjuncts(f) {
    if (!isTemporalFormula(f))
        return [[f]];
    if (f.k === "or") {
        const out = [];
        for (const a of f.args) {
            const d = disjuncts(a);
            if (d === undefined || out.length + d.length > MAX_PLANS)
                return undefined;
            out.push(...d);
        }
        return out;
    }
    if (f.k === "and") {
        let out = [[]];
        for (const a of f.args) {
            const d = disjuncts(a);
            if (d === undefined || out.length * d.length > MAX_PLANS)
                return undefined;
            out = out.flatMap((left) => d.map((right) => [...left, ...right]));
        }
        return out;
    }
    return [[f]];
}
//# sourceMappingURL=tableau.js.map
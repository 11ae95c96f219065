/**
 * The last layer of the compiler: actions and initial predicates, in
 * continuation-passing style with TLC's semantics. A compiled action calls
 * its continuation once for every way of satisfying it, with the primed
 * variables (for an initial predicate, the unprimed ones) assigned: the
 * first `x' = e` (or `x' \in S`) met in evaluation order assigns `x'`,
 * later ones test it; `\/` and `\E` branch, each branch calling the
 * continuation; `\A` is the conjunction of its instances; `P => Q` goes on
 * with Q when P holds; IF and CASE choose a branch. In the model checker's
 * next-state relation, a part without primes is not enumerated branch by
 * branch: the number of branches it has is counted instead, so that states
 * generated are counted as TLC counts them (see {@link Ctx.mult}).
 *
 * @module
 */
import { TlaError, rethrowUnlessTla } from "../errors.js";
import { equals, member, printShort, tupleOf } from "../values/value.js";
import * as B from "./builtins.js";
import { use } from "./cache.js";
import { caseArms, enumerate, fail, ifThenElse, implication, isKonst, locate } from "./compiled.js";
import { withArguments } from "./definitions.js";
import { ExpressionCompiler } from "./expressions.js";
import { isBranching, mentions } from "./syntaxFacts.js";
/** Thrown by ENABLED's continuation at the first successor. */
const FOUND = { found: true };
/**
 * Compiles the expressions and actions of one specification under one model.
 * Holds the frame layout (every bound variable gets its own slot) and the
 * state-variable indices.
 */
export class Compiler extends ExpressionCompiler {
    /** The functions whose applications {@link countFnApp} enumerates, by binding. */
    lambdaCounts = new Map();
    /**
     * Compiles an action (or, with `init`, an initial predicate) so that it calls
     * `k` once for every way of satisfying it, with the primed (or, for init,
     * unprimed) variables assigned in `ctx.n` (`ctx.s`).
     */
    compileAct(e, sc, k, mode) {
        if (mode.split === true && !this.splitsActions(e, sc)) {
            const inner = this.compileAct(e, sc, k, { ...mode, split: false });
            return (ctx) => {
                ctx.group++;
                inner(ctx);
            };
        }
        if (!mode.init && !mode.top && this.countable(e, sc)) {
            if (mode.count !== true)
                return this.predicate(e, sc, k);
            const count = this.compileCount(e, sc);
            return (ctx) => {
                const m = count(ctx);
                if (m === 0)
                    return;
                if (m === 1)
                    return k(ctx);
                const saved = ctx.mult;
                ctx.mult = saved * m;
                try {
                    k(ctx);
                }
                finally {
                    ctx.mult = saved;
                }
            };
        }
        return this.compileActStructural(e, sc, k, mode);
    }
    /**
     * Whether TLC splits `e`, met at the top of the next-state relation, into
     * further actions: a disjunction, a LET, an `\E` over constant sets, an
     * operator applied to constant arguments (TLC's `Spec.getActions`).
     */
    splitsActions(e, sc) {
        const constant = (x) => {
            try {
                return !this.compile(x, sc, false).vars;
            }
            catch (err) {
                rethrowUnlessTla(err);
                return false;
            }
        };
        switch (e.kind) {
            case "or":
            case "let":
                return true;
            case "exists":
                return e.bounds.every((bd) => bd.set !== undefined && constant(bd.set));
            case "ident": {
                const b = sc.lookup(e.name);
                return b !== undefined && ((b.k === "op" && b.def.params.length === 0 && !b.recursive) || b.k === "subst");
            }
            case "opapp": {
                const b = sc.lookup(e.name);
                return b !== undefined && b.k === "op" && !b.recursive && b.def.params.length === e.args.length && e.args.every(constant);
            }
            case "instanceop":
                return e.path.every((p) => p.args.every(constant)) && e.args.every(constant);
            default:
                return false;
        }
    }
    /**
     * Whether `e`, in an action, is a formula TLC's enumeration branches on
     * (conjunction, disjunction, quantifier, implication, IF, CASE, LET, or an
     * operator or a function whose body may be one) that reads no primed variable: its paths
     * are then counted ({@link compileCount}) rather than enumerated.
     */
    countable(e, sc) {
        const b = e.kind === "opapp" || e.kind === "ident" ? sc.lookup(e.name) : undefined;
        const candidate = isBranching(e) ||
            e.kind === "instanceop" ||
            (e.kind === "opapp" && b !== undefined && b.k !== "builtin") ||
            (e.kind === "ident" && (b?.k === "op" || b?.k === "subst")) ||
            (e.kind === "fnapp" && e.fn.kind === "ident");
        if (!candidate)
            return false;
        try {
            const c = this.compile(e, sc, false);
            return c.primes !== true && c.impure !== true;
        }
        catch (err) {
            rethrowUnlessTla(err);
            return false;
        }
    }
    /**
     * Compiles a formula without primes, met in an action, to the number of
     * paths TLC's next-state enumeration takes through it (TLC's
     * `Tool.getNextStates`): a conjunction multiplies, a disjunction adds, `\E`
     * adds over every element (it does not stop at the first witness), `\A`
     * multiplies over every element, `P => Q` counts Q when P holds (1 when it
     * does not), IF and CASE count the branch taken, operators are unfolded
     * (those without parameters and constant, which TLC evaluates once at
     * startup, are single booleans), anything else is 1 when true, 0 when
     * false. Each path yields the same successor, which is built once and
     * counted that many times.
     */
    compileCount(e, sc) {
        switch (e.kind) {
            case "and": {
                const parts = e.args.map((a) => this.compileCount(a, sc));
                return (ctx) => {
                    let m = 1;
                    for (let i = 0; i < parts.length; i++) {
                        const x = parts[i](ctx);
                        if (x === 0)
                            return 0;
                        m *= x;
                    }
                    return m;
                };
            }
            case "or": {
                const parts = e.args.map((a) => this.compileCount(a, sc));
                return (ctx) => {
                    let m = 0;
                    for (let i = 0; i < parts.length; i++)
                        m += parts[i](ctx);
                    return m;
                };
            }
            case "exists":
            case "forall": {
                const { iterate, body } = this.underBounds(e.bounds, sc, false, (scope) => this.compileCount(e.body, scope));
                if (e.kind === "exists") {
                    return (ctx) => {
                        let m = 0;
                        iterate(ctx, (c) => {
                            m += body(c);
                            return false;
                        });
                        return m;
                    };
                }
                return (ctx) => {
                    let m = 1;
                    iterate(ctx, (c) => {
                        const x = body(c);
                        m *= x;
                        return x === 0;
                    });
                    return m;
                };
            }
            case "if":
                return ifThenElse(use(this.compile(e.cond, sc, false)), e.cond.loc, this.compileCount(e.then, sc), this.compileCount(e.else, sc));
            case "case":
                return caseArms(e.arms.map((a) => use(this.compile(a.guard, sc, false))), e.arms.map((a) => a.guard.loc), e.arms.map((a) => this.compileCount(a.value, sc)), e.other ? this.compileCount(e.other, sc) : undefined, e.loc);
            case "let":
                return this.compileCount(e.body, this.letScope(e.defs, sc));
            case "opapp": {
                if (e.name === "=>" && e.args.length === 2) {
                    return implication(use(this.compile(e.args[0], sc, false)), e.loc, () => 1, this.compileCount(e.args[1], sc));
                }
                return this.countApplication(e, sc);
            }
            case "ident":
            case "instanceop":
                return this.countApplication(e, sc);
            case "subexpr": {
                const target = this.subexpressionTarget(e, sc);
                return this.compileCount(target.expr, target.scope);
            }
            case "fnapp":
                return this.countFnApp(e, sc) ?? this.countPredicate(this.compile(e, sc, false), e.loc);
            default:
                return this.countPredicate(this.compile(e, sc, false), e.loc);
        }
    }
    /**
     * {@link compileCount} of `f[a]` where `f` names a function that TLC keeps
     * as a lambda rather than a table: TLC's enumeration then goes into the
     * function's body with its parameter bound to `a` (`Tool.getNextStates`,
     * function application of a `FcnLambdaValue`), so the paths through the
     * body count, recursive applications included (`SafeAt(b, v) == LET SA[bb
     * \in Ballot] == ... SA[c] ... IN SA[b]`). TLC keeps as a lambda the
     * value of a function definition `f[x \in S] == P` or of a definition `f ==
     * [x \in S |-> P]` that it evaluates while it enumerates, which is every one
     * that reads the state and every LET definition; a definition of a module
     * whose value is constant it evaluates once, at startup, to a table when it
     * is not recursive (one boolean here, as before), and to a lambda when it is.
     * Undefined when `f` is not such a name.
     */
    countFnApp(e, sc) {
        if (e.fn.kind !== "ident")
            return undefined;
        const name = e.fn.name;
        const b = sc.lookup(name);
        if (b === undefined)
            return undefined;
        let fn;
        if (b.k === "fn") {
            fn = { bounds: b.def.bounds, body: b.def.body, self: b.def.name, recursive: mentions(b.def.body, b.def.name) };
            if (b.module !== "" && !fn.recursive && isKonst(this.compileFnDef(b, false)))
                return undefined;
        }
        else if (b.k === "op" && !b.recursive && b.def.params.length === 0 && b.def.body.kind === "fnctor") {
            fn = { bounds: b.def.body.bounds, body: b.def.body.body, recursive: false };
            if (b.module !== "" && isKonst(this.compileApply(name, b, [], false, e.fn.loc)))
                return undefined;
        }
        else {
            return undefined;
        }
        let lambda = this.lambdaCounts.get(b);
        if (lambda === undefined) {
            // Compiled once per definition, before its body, so that the body's
            // own applications of the function (recursion) find it.
            const entry = { domain: () => undefined, bind: () => { }, body: () => 0 };
            lambda = entry;
            this.lambdaCounts.set(b, entry);
            const scope = b.scope.child();
            if (fn.self !== undefined)
                scope.names.set(fn.self, b);
            const { domain, bind } = this.binderDomain(fn.bounds, b.scope, scope, false, e.fn.loc);
            entry.domain = use(domain);
            entry.bind = bind;
            entry.body = this.compileCount(fn.body, scope);
        }
        const l = lambda;
        const aevs = e.args.map((a) => use(this.compile(a, sc, false)));
        const arg = aevs.length === 1 ? aevs[0] : (ctx) => tupleOf(aevs.map((f) => f(ctx)));
        const loc = e.loc;
        return (ctx) => {
            const a = arg(ctx);
            let inDomain;
            try {
                inDomain = member(a, l.domain(ctx));
            }
            catch (err) {
                throw locate(err, loc);
            }
            if (!inDomain)
                return fail(loc, `${printShort(a)} is not in the domain of the function ${name}`);
            // A frame of its own: a recursive application binds the same slots.
            const old = ctx.f;
            ctx.f = old.slice();
            try {
                l.bind(ctx, a);
                return l.body(ctx);
            }
            finally {
                ctx.f = old;
            }
        };
    }
    /** {@link compileCount} of `Op(args)`, `Op` or `I!Op(args)`. */
    countApplication(e, sc) {
        const app = this.applied(e, sc);
        return app ? this.countApply(app.name, app.b, app.args, e) : this.countPredicate(this.compile(e, sc, false), e.loc);
    }
    /** {@link compileCount} of an operator application (or a reference to a definition or a parameter passed by name). */
    countApply(name, b, args, e) {
        if (b.k === "subst" && args.length === 0)
            return this.compileCount(b.arg.expr, b.arg.scope);
        if (b.k !== "op" || b.recursive || b.def.params.length !== args.length)
            return this.countPredicate(this.compileApply(name, b, args, false, e.loc), e.loc);
        const def = b.def;
        // TLC evaluates a constant definition without parameters once, at startup:
        // it is then a value, not a formula to enumerate. (LET definitions, module
        // "", are not.)
        if (args.length === 0 && b.module !== "") {
            const c = this.compileApply(name, b, [], false, e.loc);
            if (isKonst(c))
                return this.countPredicate(c, e.loc);
        }
        return this.withDepth(name, e.loc, () => {
            const { scope, byValue } = this.bindParams(def.params, def.body, b.scope, args, false);
            return withArguments(byValue, this.compileCount(def.body, scope));
        });
    }
    /** A formula TLC evaluates to one boolean: one path when true, none when false. */
    countPredicate(c, loc) {
        const ev = use(c);
        return (ctx) => {
            const v = ev(ctx);
            if (v === true)
                return 1;
            if (v === false)
                return 0;
            return fail(loc, `an action must be a boolean, got ${B.describe(v)}`);
        };
    }
    /** {@link compileAct} for the constructs TLC enumerates, branch by branch. */
    compileActStructural(e, sc, k, mode) {
        const sub = mode.top ? { ...mode, top: false } : mode;
        switch (e.kind) {
            case "and": {
                let cont = k;
                for (let i = e.args.length - 1; i >= 0; i--) {
                    const structural = this.compileAct(e.args[i], sc, cont, sub);
                    cont = mode.init && i > 0 ? this.onceAllAssigned(structural, this.predicate(e.args[i], sc, cont)) : structural;
                }
                return cont;
            }
            case "or": {
                const ks = e.args.map((a) => this.compileAct(a, sc, k, mode));
                if (ks.length === 2) {
                    const [a, b] = ks;
                    return (ctx) => {
                        a(ctx);
                        b(ctx);
                    };
                }
                return (ctx) => {
                    for (let i = 0; i < ks.length; i++)
                        ks[i](ctx);
                };
            }
            case "exists": {
                const { iterate, body } = this.underBounds(e.bounds, sc, false, (scope) => {
                    const binders = mode.top
                        ? [...mode.binders, ...e.bounds.flatMap((bd) => bd.names.map((n) => ({ name: n, slot: scope.lookup(n).slot })))]
                        : mode.binders;
                    return this.compileAct(e.body, scope, k, { ...mode, binders });
                });
                const each = (c) => {
                    body(c);
                    return false;
                };
                return (ctx) => {
                    iterate(ctx, each);
                };
            }
            case "forall":
                return this.compileForallAct(e, sc, k, sub);
            case "if":
                return ifThenElse(use(this.compile(e.cond, sc, false)), e.cond.loc, this.compileAct(e.then, sc, k, sub), this.compileAct(e.else, sc, k, sub));
            case "case":
                return caseArms(e.arms.map((a) => use(this.compile(a.guard, sc, false))), e.arms.map((a) => a.guard.loc), e.arms.map((a) => this.compileAct(a.value, sc, k, sub)), e.other ? this.compileAct(e.other, sc, k, sub) : undefined, e.loc);
            case "let":
                return this.compileAct(e.body, this.letScope(e.defs, sc), k, mode);
            case "unchanged": {
                const vars = this.varsOf(e.expr, sc);
                if (vars && !mode.init) {
                    let cont = k;
                    for (let i = vars.length - 1; i >= 0; i--)
                        cont = this.assignUnchanged(vars[i], cont);
                    return cont;
                }
                return this.predicate(e, sc, k);
            }
            case "step": {
                if (e.box) {
                    const orE = { kind: "or", args: [e.action, { kind: "unchanged", expr: e.sub, loc: e.sub.loc }], loc: e.loc };
                    return this.compileAct(orE, sc, k, mode);
                }
                const guard = { kind: "opapp", name: "#", args: [{ kind: "prime", expr: e.sub, loc: e.sub.loc }, e.sub], loc: e.loc };
                return this.compileAct(e.action, sc, this.predicate(guard, sc, k), sub);
            }
            case "opapp": {
                if (e.name === "=>" && e.args.length === 2) {
                    // TLC: evaluate P; when it holds, Q is enumerated as an action (or
                    // as part of the initial predicate).
                    return implication(use(this.compile(e.args[0], sc, false)), e.loc, k, this.compileAct(e.args[1], sc, k, sub));
                }
                if (e.name === "\\cdot" && e.args.length === 2 && !mode.init)
                    return this.compileCompose(e.args[0], e.args[1], sc, k, sub, e.loc);
                if ((e.name === "=" || e.name === "\\in") && e.args.length === 2) {
                    const target = this.assignTarget(e.args[0], sc, mode.init);
                    if (target !== undefined) {
                        const rhs = use(this.compile(e.args[1], sc, false));
                        return e.name === "=" ? this.assign(target, rhs, k, mode.init) : this.assignIn(target, rhs, k, mode.init, e.args[1].loc);
                    }
                    return this.predicate(e, sc, k);
                }
                return this.actApplication(e, sc, k, mode);
            }
            case "ident":
            case "instanceop":
                return this.actApplication(e, sc, k, mode);
            case "subexpr": {
                // `Init!1`: the selected part, enumerated in place (an assignment stays one).
                const target = this.subexpressionTarget(e, sc);
                return this.compileAct(target.expr, target.scope, k, mode);
            }
            default:
                return this.predicate(e, sc, k);
        }
    }
    /**
     * An item of an initial predicate that TLC's enumeration moves on to (a
     * conjunct after the first, an instance of `\A` after the first): once
     * every variable has a value, TLC evaluates it, and every item after it,
     * as one boolean (`Tool.getInitStates`, which stops assigning as soon as
     * the state is complete). Its disjunctions, quantifiers and implications
     * then no longer branch, so an initial state reached through several of
     * their paths is generated once, not once per path. `structural` goes
     * through the item branch by branch; `asBoolean` evaluates it whole.
     */
    onceAllAssigned(structural, asBoolean) {
        return (ctx) => {
            const s = ctx.s;
            for (let i = 0; i < s.length; i++)
                if (s[i] === undefined)
                    return structural(ctx);
            asBoolean(ctx);
        };
    }
    /**
     * `\A x \in S : A` in an action, as TLC enumerates it: the conjunction of
     * its instances, each enumerated in turn (so an instance may assign a
     * primed variable that a later one reads). The continuation of instance i
     * enters instance i + 1 of the same compiled body, so the frame slots the
     * body uses are saved around that re-entry and restored after it.
     */
    compileForallAct(e, sc, k, mode) {
        const depth = this.loops.length;
        const first = this.slotCount;
        const { scope, iterate } = this.compileBounds(e.bounds, sc, false);
        const slots = e.bounds.flatMap((bd) => bd.names.map((n) => scope.lookup(n).slot));
        const stack = [];
        let body = () => { };
        const bind = (ctx, row) => {
            for (let j = 0; j < slots.length; j++)
                ctx.f[slots[j]] = row[j];
        };
        const next = (ctx) => {
            const fr = stack[stack.length - 1];
            const i = fr.i + 1;
            if (i === fr.rows.length) {
                stack.pop();
                try {
                    k(ctx);
                }
                finally {
                    stack.push(fr);
                }
                return;
            }
            const saved = ctx.f.slice(first, this.slotCount);
            fr.i = i;
            bind(ctx, fr.rows[i]);
            try {
                later(ctx);
            }
            finally {
                fr.i = i - 1;
                for (let j = 0; j < saved.length; j++)
                    ctx.f[first + j] = saved[j];
            }
        };
        const structural = this.compileAct(e.body, scope, next, mode);
        // Instances after the first are items of their own (see onceAllAssigned).
        const later = mode.init ? this.onceAllAssigned(structural, this.predicate(e.body, scope, next)) : structural;
        body = structural;
        this.loops.length = depth;
        return (ctx) => {
            const rows = [];
            iterate(ctx, (c) => {
                rows.push(slots.map((s) => c.f[s]));
                return false;
            });
            if (rows.length === 0)
                return k(ctx);
            stack.push({ rows, i: 0 });
            try {
                bind(ctx, rows[0]);
                body(ctx);
            }
            finally {
                stack.pop();
            }
        };
    }
    /**
     * Action composition `A \cdot B`: the steps from s to t such that some state
     * mid has A take s to mid and B take mid to t. A is enumerated from the
     * current state; each successor it yields (all its variables assigned) is
     * made the current state of B, whose successors go on to `k` with the
     * original current state back in place. Primed variables assigned before
     * the composition (`x' = 1 /\ (A \cdot B)`) are tested against B's.
     */
    compileCompose(a, b, sc, k, mode, loc) {
        const nvars = () => this.varNames.length;
        const names = () => this.varNames;
        // B's continuation: the original current state back, and B's successor
        // written into the original next-state array (callers keep that array),
        // where variables assigned before the composition are tested instead.
        const afterB = (ctx) => {
            const frame = composing[composing.length - 1];
            const mid = ctx.s;
            const t = ctx.n;
            const outer = frame.outer;
            for (let i = 0; i < t.length; i++) {
                if (t[i] === undefined)
                    fail(loc, `the second action of \\cdot does not assign ${names()[i]}'`);
                const before = outer[i];
                if (before !== undefined && before !== t[i] && !equals(before, t[i]))
                    return;
            }
            const assigned = [];
            for (let i = 0; i < t.length; i++) {
                if (outer[i] === undefined) {
                    outer[i] = t[i];
                    assigned.push(i);
                }
            }
            composing.pop();
            ctx.s = frame.s;
            ctx.n = outer;
            ctx.sver++;
            ctx.ver++;
            try {
                k(ctx);
            }
            finally {
                for (const i of assigned)
                    outer[i] = undefined;
                ctx.s = mid;
                ctx.n = t;
                ctx.sver++;
                ctx.ver++;
                composing.push(frame);
            }
        };
        const actB = this.compileAct(b, sc, afterB, mode);
        // A's continuation: its successor becomes the current state of B.
        const afterA = (ctx) => {
            const frame = composing[composing.length - 1];
            const mid = ctx.n;
            for (let i = 0; i < mid.length; i++)
                if (mid[i] === undefined)
                    fail(loc, `the first action of \\cdot does not assign ${names()[i]}'`);
            if (ctx.composingFirst === 1)
                ctx.generatedBetween += ctx.mult;
            const first = ctx.composingFirst;
            ctx.composingFirst = first - 1;
            ctx.s = mid.slice();
            ctx.n = new Array(nvars()).fill(undefined);
            ctx.sver++;
            ctx.ver++;
            try {
                actB(ctx);
            }
            finally {
                ctx.composingFirst = first;
                ctx.s = frame.s;
                ctx.n = mid;
                ctx.sver++;
                ctx.ver++;
            }
        };
        const actA = this.compileAct(a, sc, afterA, mode);
        const composing = [];
        return (ctx) => {
            const outer = ctx.n;
            composing.push({ s: ctx.s, outer });
            ctx.n = new Array(nvars()).fill(undefined);
            ctx.ver++;
            ctx.composingFirst++;
            try {
                actA(ctx);
            }
            finally {
                ctx.composingFirst--;
                composing.pop();
                ctx.n = outer;
                ctx.ver++;
            }
        };
    }
    /** {@link compileAct} of `Op(args)`, `Op` or `I!Op(args)`. */
    actApplication(e, sc, k, mode) {
        const app = this.applied(e, sc);
        return app ? this.actApply(app.name, app.b, app.args, k, mode, e) : this.predicate(e, sc, k);
    }
    /**
     * What `Op(args)`, `Op` or `I!Op(args)` applies, with its arguments;
     * undefined when `Op` is not defined (it may then be a built-in operator).
     */
    applied(e, sc) {
        const args = e.kind === "ident" ? [] : e.args.map((a) => ({ expr: a, scope: sc }));
        if (e.kind !== "instanceop") {
            const b = sc.lookup(e.name);
            return b && { name: e.name, b, args };
        }
        const [inst, name] = this.resolveInstancePath(e, sc);
        const b = inst.members.get(name);
        if (!b)
            throw new TlaError(`${name} is not defined in the instance`, "semantic-error", e.loc);
        return { name, b, args };
    }
    actApply(name, b, args, k, mode, e) {
        if (b.k === "subst" && args.length === 0)
            return this.compileAct(b.arg.expr, b.arg.scope, k, mode);
        if (b.k === "lambda" && b.lambda.params.length === args.length) {
            const { scope, byValue } = this.bindParams(b.lambda.params.map((p) => ({ name: p, arity: 0 })), b.lambda.body, b.scope, args, false);
            return withArguments(byValue, this.compileAct(b.lambda.body, scope, k, { ...mode, top: false }));
        }
        if (b.k !== "op" || b.recursive || b.def.params.length !== args.length) {
            const c = this.compileApply(name, b, args, false, e.loc);
            return this.predicateC(c, e.loc, k);
        }
        const def = b.def;
        return this.withDepth(name, e.loc, () => {
            const { scope, byValue } = this.bindParams(def.params, def.body, b.scope, args, false);
            const body = this.compileAct(def.body, scope, k, mode);
            let act = withArguments(byValue, body);
            if (mode.top) {
                const label = {
                    name,
                    loc: def.body.loc,
                    module: b.module,
                    binders: mode.binders,
                    params: def.params.map((p) => {
                        const pb = scope.names.get(p.name);
                        return {
                            name: p.name,
                            ev: pb.k === "slot"
                                ? ((s) => (ctx) => ctx.f[s])(pb.slot)
                                : use(this.compileApply(p.name, pb, [], false, e.loc)),
                        };
                    }),
                };
                const inner = act;
                act = (ctx) => {
                    const saved = ctx.label;
                    ctx.label = label;
                    try {
                        inner(ctx);
                    }
                    finally {
                        ctx.label = saved;
                    }
                };
            }
            return act;
        });
    }
    /** The state variable assigned by `lhs` (`x'` in actions, `x` in initial predicates), if it is one. */
    assignTarget(lhs, sc, init) {
        let e = lhs;
        if (!init) {
            // `v = e` in `Set(v, e) == v = e`, applied as `Set(x', 1)`: the
            // parameter stands for `x'`.
            while (e.kind === "ident") {
                const b = sc.lookup(e.name);
                if (!b || b.k !== "subst")
                    break;
                sc = b.arg.scope;
                e = b.arg.expr;
            }
            if (e.kind !== "prime")
                return undefined;
            e = e.expr;
        }
        while (e.kind === "ident") {
            const b = sc.lookup(e.name);
            if (!b)
                return undefined;
            if (b.k === "var")
                return b.index;
            if (b.k === "subst") {
                sc = b.arg.scope;
                e = b.arg.expr;
                continue;
            }
            return undefined;
        }
        return undefined;
    }
    /** `x' = e` (`x = e` in an initial predicate) where x is variable `i`. */
    assign(i, rhs, k, init) {
        return (ctx) => assignOrTest(ctx, i, rhs(ctx), k, init);
    }
    /** `x' \in S` (`x \in S` in an initial predicate) where x is variable `i`: one branch per element of S. */
    assignIn(i, rhs, k, init, loc) {
        return (ctx) => {
            const S = rhs(ctx);
            const arr = init ? ctx.s : ctx.n;
            const cur = arr[i];
            if (cur !== undefined) {
                let m;
                try {
                    m = member(cur, S);
                }
                catch (err) {
                    throw locate(err, loc);
                }
                if (m)
                    k(ctx);
                return;
            }
            const elems = enumerate(S, loc);
            try {
                for (let j = 0; j < elems.length; j++) {
                    arr[i] = elems[j];
                    ctx.ver++;
                    ctx.sver++;
                    k(ctx);
                }
            }
            finally {
                arr[i] = undefined;
                ctx.ver++;
                ctx.sver++;
            }
        };
    }
    /** `UNCHANGED x` where x is variable `i`. */
    assignUnchanged(i, k) {
        return (ctx) => assignOrTest(ctx, i, ctx.s[i], k, false);
    }
    /** The state variables of `UNCHANGED e` when e is a variable or a (nested) tuple of them, through definitions. */
    varsOf(e, sc) {
        if (e.kind === "tuple") {
            const out = [];
            for (const x of e.elems) {
                const v = this.varsOf(x, sc);
                if (!v)
                    return undefined;
                out.push(...v);
            }
            return out;
        }
        if (e.kind === "ident") {
            const b = sc.lookup(e.name);
            if (!b)
                return undefined;
            if (b.k === "var")
                return [b.index];
            if (b.k === "subst")
                return this.varsOf(b.arg.expr, b.arg.scope);
            if (b.k === "op" && b.def.params.length === 0 && !b.recursive)
                return this.varsOf(b.def.body, b.scope);
        }
        return undefined;
    }
    predicate(e, sc, k) {
        return this.predicateC(this.compile(e, sc, false), e.loc, k);
    }
    predicateC(c, loc, k) {
        const ev = use(c);
        return (ctx) => {
            const v = ev(ctx);
            if (v === true)
                k(ctx);
            else if (v !== false)
                fail(loc, `an action must be a boolean, got ${B.describe(v)}`);
        };
    }
    /** Compiles the definition `name` of the root module as a next-state relation whose actions are labelled. */
    compileNext(e, sc, name, loc, k) {
        const label = { name, loc, module: this.input.root.name, binders: [], params: [] };
        const inner = this.compileAct(e, sc, k, { init: false, top: true, binders: [], split: true, count: true });
        return (ctx) => {
            ctx.label = label;
            inner(ctx);
        };
    }
    /** `ENABLED A`: runs A from the current state into a scratch next state and stops at its first successor. */
    compileEnabled(action, sc) {
        const nvars = () => this.varNames.length;
        const k = () => {
            throw FOUND;
        };
        const act = this.compileAct(action, sc, k, { init: false, top: false, binders: [] });
        return {
            ev: (ctx) => {
                const saved = ctx.n;
                ctx.n = new Array(nvars()).fill(undefined);
                try {
                    act(ctx);
                    return false;
                }
                catch (err) {
                    if (err === FOUND)
                        return true;
                    throw err;
                }
                finally {
                    ctx.n = saved;
                }
            },
            vars: true,
            minSlot: 0,
            impure: true,
        };
    }
}
/**
 * Goes on with `k` where variable `i` equals `v`: assigns it when it has no
 * value yet (and unassigns it afterwards), tests it when it has one. `init`:
 * a variable of the current state (initial states are being computed), else
 * of the next state. Each change bumps that state's version (see cache.ts).
 */
function assignOrTest(ctx, i, v, k, init) {
    const arr = init ? ctx.s : ctx.n;
    const cur = arr[i];
    if (cur === undefined) {
        arr[i] = v;
        if (init)
            ctx.sver++;
        else
            ctx.ver++;
        try {
            k(ctx);
        }
        finally {
            arr[i] = undefined;
            if (init)
                ctx.sver++;
            else
                ctx.ver++;
        }
    }
    else if (cur === v || equals(cur, v))
        k(ctx);
}
//# sourceMappingURL=actions.js.map
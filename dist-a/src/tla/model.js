/**
 * A model: a specification compiled under one TLC configuration. Binds the
 * constants, checks the ASSUMEs, resolves INIT/NEXT or SPECIFICATION, the
 * invariants, properties, constraints, symmetry and view, and offers the
 * operations both the model checker and trace validation use: initial states,
 * successors with their action names, invariant evaluation, and the
 * successors of one named action with given parameters.
 *
 * @module
 */
import * as path from "node:path";
import { TlaError } from "./errors.js";
import { loadModules } from "./syntax/load.js";
import { loadConfig, moduleFileForCfg } from "./config/cfg.js";
import { enumerate } from "./eval/compile.js";
import { letScope } from "./eval/modules.js";
import { ModelValue, equals, hashState, hashValue, newFingerprint, normInt, recordOf, setOf, toFn } from "./values/value.js";
import { printValue } from "./values/print.js";
import { use } from "./eval/cache.js";
import { Symmetry } from "./check/symmetry.js";
import { not } from "./check/tableau.js";
import { checkAssumptions, cfgWording, compileSpecification } from "./specSetup.js";
/** The Boolean connectives a temporal formula may be built with (besides `/\`, `\/`, IF, CASE and the quantifiers). */
const CONNECTIVES = new Set(["~", "=>", "<=>"]);
/** Where the label's action is defined, as TLC prints it (TLC's end column is inclusive; ours is exclusive). */
export function describeLoc(loc, module) {
    return `line ${loc.line}, col ${loc.col} to line ${loc.endLine}, col ${loc.endCol - 1} of module ${module}`;
}
/**
 * A compiled model, ready for checking. States passed in are never modified,
 * and must not be modified by the caller afterwards: evaluation remembers
 * per-state results by the identity of the state array. (`successors`,
 * `evalInvariant` and `enumerateAction` forget those results on each call,
 * so they tolerate callers that reuse arrays.)
 */
export class Model {
    modules;
    config;
    /** State variables in declaration order. */
    variables;
    compiler;
    ctx;
    invariants;
    /** The POSTCONDITIONs, evaluated once after a search that ended without error ({@link violatedPostcondition}). */
    postconditions;
    actionProperties;
    /** State predicates a refined specification requires of initial states. */
    initProperties;
    constraints;
    actionConstraints;
    /** `[]P` properties with P a state predicate: checked on every state, as invariants (as TLC does). */
    alwaysProperties;
    /** The fairness conditions of the SPECIFICATION (used only when there are liveness properties). */
    fairness;
    /** The temporal properties checked on the behaviour graph after the search. */
    liveness;
    /** The state predicates the liveness properties are made of (`ENABLED` formulas among them). */
    livenessPredicates;
    /** The action predicates the liveness properties are made of, evaluated on steps (`<<A>>_v`, `[A]_v`, `x' > x`). */
    livenessActions;
    /** CHECK_DEADLOCK from the cfg (TLC's default: true). */
    checkDeadlock;
    /**
     * What the model accepts without checking it, one located sentence each
     * (an ALIAS, cfg assignments to
     * names the specification does not declare); `paxos check` prints them.
     */
    warnings;
    /** Name of the root module. */
    moduleName;
    initK;
    nextK;
    view;
    /** The SYMMETRY reduction, if any. */
    symmetry;
    rootScope;
    /** Actions compiled for {@link enumerateAction}, by name, with the slots of their parameters (kept for the model's life). */
    actionCache = new Map();
    /** Definitions compiled for {@link evalInvariant}, by name (kept for the model's life). */
    invariantCache = new Map();
    emitted = [];
    /** Where {@link fingerprint} computes. */
    fp = newFingerprint();
    fairnessFound = [];
    livenessFound = [];
    /**
     * The temporal conjuncts of the SPECIFICATION other than `[][Next]_v` and
     * fairness (`<>[][A]_v`, ...): assumptions about the behaviours, under
     * which each temporal property is checked (see {@link assume}).
     */
    assumptionsFound = [];
    predicatesFound = [];
    actionsFound = [];
    /** Whether a zero-arity definition's body (in its scope) holds a temporal operator: see `temporalDeep`. */
    temporalMemo = new WeakMap();
    /** The INSTANCE each instantiated module's scope comes from (see `enabledAtom`). */
    instanceOrigins = new WeakMap();
    /** Per instantiated module's scope: the module instantiated again with its variables free (see `enabledAtom`). */
    freeInstances = new Map();
    /** State indices given so far to the variables of `freeInstances`, after the model's own. */
    freeVariables = 0;
    alwaysFound = [];
    constructor(modules, config) {
        this.modules = modules;
        this.config = config;
        this.moduleName = modules.root.name;
        this.warnings = [...config.notes];
        this.compiler = compileSpecification(modules, { ...cfgConstants(config, modules.root.name), warn: (m) => this.warnings.push(m) });
        const c = this.compiler;
        this.rootScope = c.root.scope;
        this.variables = c.varNames;
        // Initial predicate and next-state relation. The initial predicate may be
        // a conjunction of parts from different modules (`B!Init /\ pc = 0`): each
        // part is compiled in the scope it is written in.
        let initParts;
        let nextE;
        if (config.specification) {
            const parts = this.decompose(this.refTo(config.specification), this.rootScope, config.specification.name, true);
            if (parts.boxes.length !== 1)
                throw new TlaError(`the specification ${config.specification.name} must have the form Init /\\ [][Next]_vars`, "semantic-error", config.specification.loc);
            initParts = parts.inits;
            const box = parts.boxes[0];
            nextE = { expr: box.action, scope: box.scope, name: nameOf(box.action), loc: box.action.loc };
        }
        else if (!config.init && !config.next && this.variables.length === 0) {
            // A module without variables and a model without a behaviour: as TLC,
            // only the ASSUMEs are checked, and there are no states.
            initParts = [];
            nextE = undefined;
        }
        else {
            if (!config.init || !config.next)
                throw new TlaError("the model configuration needs INIT and NEXT, or SPECIFICATION", "semantic-error");
            initParts = [{ expr: this.refTo(config.init), scope: this.rootScope }];
            nextE = { expr: this.refTo(config.next), scope: this.rootScope, name: config.next.name, loc: config.next.loc };
        }
        const nothing = () => { };
        let initK = nextE === undefined ? nothing : (ctx) => this.collect(ctx, true);
        for (let i = initParts.length - 1; i >= 0; i--)
            initK = c.compileAct(initParts[i].expr, initParts[i].scope, initK, { init: true, top: false, binders: [] });
        this.initK = initK;
        const emitNext = (ctx) => ctx.emit(ctx);
        this.nextK = nextE === undefined ? nothing : c.compileNext(nextE.expr, nextE.scope, nextE.name, nextE.loc, emitNext);
        this.invariants = config.invariants.map((n) => ({ name: n.name, ev: this.stateExpr(n) }));
        this.postconditions = config.postconditions.map((n) => ({ name: n.name, loc: n.loc, ev: this.stateExpr(n) }));
        const actionProps = [];
        const initProps = [];
        for (const p of config.properties) {
            const parts = this.decompose(this.refTo(p), this.rootScope, p.name, false);
            for (const i of parts.inits) {
                const ci = c.compile(i.expr, i.scope);
                // An action without temporal operators speaks of the first step: a formula for the tableau.
                if (ci.primes)
                    this.livenessFound.push({ name: p.name, shape: "general", p: -1, formula: this.liveAtom(i.expr, i.scope), loc: i.expr.loc });
                else
                    initProps.push({ name: p.name, ev: use(ci) });
            }
            for (const b of parts.boxes) {
                const stepE = { kind: "step", box: true, action: b.action, sub: b.sub, loc: b.action.loc };
                actionProps.push({ name: p.name, ev: use(c.compile(stepE, b.scope)) });
            }
        }
        this.actionProperties = actionProps;
        this.initProperties = initProps;
        this.alwaysProperties = this.alwaysFound;
        this.fairness = this.fairnessFound;
        if (this.assumptionsFound.length > 0)
            this.livenessFound = this.livenessFound.map((l) => this.assume(l));
        this.liveness = this.livenessFound;
        this.livenessPredicates = this.predicatesFound;
        this.livenessActions = this.actionsFound;
        // As TLC: with a SYMMETRY the behaviour graph is one of classes of states
        // (each with the facts of the first state of the class found), which may
        // miss a violation or report one that is not there; TLC checks it so and
        // warns, and so does the engine.
        if (this.liveness.length > 0 && config.symmetry) {
            const y = config.symmetry;
            this.warnings.push(`${y.loc.file}:${y.loc.line}:${y.loc.col}: the temporal property ${this.liveness[0].name} is checked with the SYMMETRY ${y.name} (as TLC does, on the graph of classes of states), which may miss a violation or report one that is not there; check it without SYMMETRY to be sure`);
        }
        // As TLC: with a VIEW the behaviour graph is one of views, each with the
        // facts of the first state found of that view.
        if (this.liveness.length > 0 && config.view) {
            const v = config.view;
            this.warnings.push(`${v.loc.file}:${v.loc.line}:${v.loc.col}: the temporal properties are checked on the graph of the VIEW ${v.name}'s values (as TLC does): states with the same view are one node, with the properties' values in the first of them found`);
        }
        this.constraints = config.constraints.map((n) => this.stateExpr(n));
        this.actionConstraints = config.actionConstraints.map((n) => use(c.compile(this.refTo(n), this.rootScope)));
        this.view = config.view ? this.stateExpr(config.view) : undefined;
        this.checkDeadlock = config.checkDeadlock ?? true;
        this.ctx = c.newCtx();
        this.symmetry = config.symmetry ? this.symmetryOf(config.symmetry) : undefined;
        // ASSUMEs of the root module and the modules it extends.
        checkAssumptions(c, this.ctx, cfgWording(this.moduleName));
    }
    /** An identifier of the cfg as an expression, checked to exist. */
    refTo(n) {
        if (!this.rootScope.lookup(n.name))
            throw new TlaError(`unknown identifier ${n.name} in the model configuration`, "semantic-error", n.loc);
        return { kind: "ident", name: n.name, loc: n.loc };
    }
    stateExpr(n) {
        return use(this.compiler.compile(this.refTo(n), this.rootScope));
    }
    /**
     * Splits a temporal formula into state predicates and `[][A]_v` boxes, and
     * records its fairness conditions (a specification) or its other temporal
     * conjuncts (a property: `[]P` as an invariant, the rest for the liveness
     * checker).
     */
    decompose(e, sc, name, fairnessAllowed) {
        const inits = [];
        const boxes = [];
        const walk = (x, s) => {
            if (fairnessAllowed && this.isFairness(x, s, 0)) {
                this.collectFairness(x, s, name);
                return;
            }
            if (x.kind === "and") {
                for (const a of x.args)
                    walk(a, s);
                return;
            }
            if (x.kind === "temporal") {
                if (x.op === "always" && x.args.length === 1 && x.args[0].kind === "step" && x.args[0].box) {
                    const st = x.args[0];
                    boxes.push({ action: st.action, sub: st.sub, scope: s });
                    return;
                }
                if (fairnessAllowed) {
                    this.assumptionsFound.push(this.liveFormula(x, s, 0) ?? this.liveAtom(x, s));
                    return;
                }
                this.collectTemporalProperty(x, s, name);
                return;
            }
            if (!fairnessAllowed && x.kind === "forall" && this.temporalDeep(x.body, s, 0)) {
                for (const inner of this.forallScopes(x, s))
                    walk(x.body, inner);
                return;
            }
            // A definition is unfolded only when it is temporal (`Spec`, `B!Spec`):
            // a state predicate (`Init`, `B!Init`) stays a reference, compiled in
            // the scope it is written in.
            const def = this.zeroArityDefinition(x, s);
            if (def && (fairnessAllowed ? this.isTemporal(def.body, def.scope, 0) : this.temporalDeep(def.body, def.scope, 0)))
                return walk(def.body, def.scope);
            // Any other temporal formula of a property (`P => <>Q`, `IF c THEN <>P ELSE <>Q`, ...) goes to the tableau.
            if (!fairnessAllowed && this.temporalDeep(x, s, 0)) {
                this.collectGeneral(x, s, name);
                return;
            }
            // Of a specification (`\A n \in Node : <>[][A(n)]_v`): an assumption.
            if (fairnessAllowed && this.temporalDeep(x, s, 0)) {
                this.assumptionsFound.push(this.liveFormula(x, s, 0) ?? this.liveAtom(x, s));
                return;
            }
            inits.push({ expr: x, scope: s });
        };
        walk(e, sc);
        return { inits, boxes };
    }
    /** The body of the definition without parameters that `x` names (`Op`, `I!Op`, or a substitution), if it is one. */
    zeroArityDefinition(x, s) {
        if (x.kind === "ident") {
            const b = s.lookup(x.name);
            if (b && b.k === "op" && b.def.params.length === 0)
                return { body: b.def.body, scope: b.scope };
            if (b && b.k === "subst")
                return { body: b.arg.expr, scope: b.arg.scope };
        }
        if (x.kind === "instanceop" && x.args.length === 0) {
            const inst = this.instanceFor(x, s);
            const b = inst.members.get(x.name);
            if (b && b.k === "op" && b.def.params.length === 0)
                return { body: b.def.body, scope: b.scope };
        }
        return undefined;
    }
    /**
     * Whether `e` is a fairness condition: `WF_v(A)`, `SF_v(A)`, or a
     * conjunction or quantification of fairness conditions, directly or through
     * definitions (`Fairness == \A p \in Proc : WF_vars(Step(p))`).
     */
    isFairness(e, sc, depth) {
        if (depth > 20)
            return false;
        switch (e.kind) {
            case "temporal":
                return e.op === "WF" || e.op === "SF";
            case "and":
                return e.args.every((a) => this.isFairness(a, sc, depth + 1));
            case "forall":
            case "exists":
                return this.isFairness(e.body, sc, depth + 1);
            case "let":
                return this.isFairness(e.body, sc, depth + 1);
            case "opapp": {
                const b = sc.lookup(e.name);
                return b !== undefined && b.k === "op" && b.def.params.length === e.args.length && this.isFairness(b.def.body, b.scope, depth + 1);
            }
            default: {
                const def = this.zeroArityDefinition(e, sc);
                return def !== undefined && this.isFairness(def.body, def.scope, depth + 1);
            }
        }
    }
    /** Whether `e` is a temporal formula (holds `[]`, `<>`, `WF`, ... directly or through definitions and instances). */
    isTemporal(e, sc, depth) {
        if (depth > 20)
            return false;
        if (e.kind === "temporal")
            return true;
        if (e.kind === "and")
            return e.args.some((a) => this.isTemporal(a, sc, depth + 1));
        if (e.kind === "forall")
            return this.isTemporal(e.body, sc, depth + 1);
        const def = this.zeroArityDefinition(e, sc);
        return def !== undefined && this.isTemporal(def.body, def.scope, depth + 1);
    }
    /**
     * The scopes of the instances of `\A x \in S, ... : body` whose body is
     * temporal: one per binding of the bound names to elements of the sets,
     * which must not depend on the state.
     */
    forallScopes(x, sc) {
        let scopes = [sc];
        for (const b of x.bounds) {
            const set = b.set;
            if (!set)
                throw new TlaError(`an unbounded ${x.kind === "forall" ? "\\A" : "\\E"} around a temporal formula is not supported`, "semantic-error", b.loc);
            const next = [];
            for (const outer of scopes) {
                const c = this.compiler.compile(set, outer);
                if (c.vars || c.primes)
                    throw new TlaError("the set a temporal formula is quantified over must not depend on the state", "semantic-error", set.loc);
                const elems = enumerate(use(c)(this.compiler.newCtx()), set.loc);
                // `x, y \in S` binds each name to every element; `<<x, y>> \in S` takes tuples apart.
                let partial = [outer];
                const groups = b.tuple ? [b.names] : b.names.map((n) => [n]);
                for (const names of groups) {
                    const more = [];
                    for (const p of partial) {
                        for (const el of elems) {
                            const child = p.child();
                            if (names.length === 1 && !b.tuple)
                                child.names.set(names[0], { k: "value", value: el });
                            else {
                                const f = toFn(el);
                                if (f.vals.length !== names.length)
                                    throw new TlaError(`expected a tuple of ${names.length} elements, got ${printValue(el)}`, "semantic-error", b.loc);
                                names.forEach((n, i) => child.names.set(n, { k: "value", value: f.vals[i] }));
                            }
                            more.push(child);
                        }
                    }
                    partial = more;
                }
                next.push(...partial);
            }
            scopes = next;
        }
        return scopes;
    }
    /** The values bound by the quantifiers expanded so far, between `sc` and `top` (for messages). */
    bindingsText(sc, top) {
        const parts = [];
        for (let s = sc; s && s !== top; s = s.parent) {
            for (const [n, b] of s.names)
                if (b.k === "value")
                    parts.unshift(`${n} = ${printValue(b.value)}`);
        }
        return parts.length > 0 ? ` with ${parts.join(", ")}` : "";
    }
    /** Compiles the fairness conditions of `e` (a conjunction or quantification of WF/SF, possibly through definitions). */
    collectFairness(e, sc, name, top = sc, depth = 0) {
        if (depth > 40)
            throw new TlaError(`the fairness condition of ${name} is nested too deeply`, "semantic-error", e.loc);
        switch (e.kind) {
            case "temporal": {
                const action = e.args[0];
                const sub = e.sub;
                const kind = e.op === "WF" ? "WF" : "SF";
                const step = { kind: "step", box: false, action, sub, loc: e.loc };
                const enabled = { kind: "enabled", expr: step, loc: e.loc };
                const c = this.compiler;
                this.fairnessFound.push({
                    kind,
                    text: `${kind} at ${e.loc.file}:${e.loc.line}:${e.loc.col}${this.bindingsText(sc, top)}`,
                    enabled: use(c.compile(enabled, sc)),
                    taken: use(c.compile(step, sc)),
                });
                return;
            }
            case "and":
                for (const a of e.args)
                    this.collectFairness(a, sc, name, top, depth + 1);
                return;
            case "forall":
                for (const inner of this.forallScopes(e, sc))
                    this.collectFairness(e.body, inner, name, top, depth + 1);
                return;
            case "let":
                return this.collectFairness(e.body, letScope(e.defs, sc), name, top, depth + 1);
            case "opapp": {
                const b = sc.lookup(e.name);
                if (b && b.k === "op" && b.def.params.length === e.args.length) {
                    if (b.def.params.some((p) => p.arity > 0))
                        throw new TlaError(`the fairness condition ${e.name} takes an operator argument, which is not supported`, "semantic-error", e.loc);
                    const call = this.callScope(e, sc);
                    return this.collectFairness(call.body, call.scope, name, top, depth + 1);
                }
                break;
            }
            default: {
                const def = this.zeroArityDefinition(e, sc);
                if (def)
                    return this.collectFairness(def.body, def.scope, name, top, depth + 1);
            }
        }
        throw new TlaError(`this fairness condition of ${name} is not supported`, "semantic-error", e.loc);
    }
    /** A state predicate of one of the four direct forms, compiled and recorded; undefined when `e` is not one (temporal, or an action). */
    statePredicate(e, sc) {
        if (this.temporalDeep(e, sc, 0))
            return undefined;
        const c = this.compiler.compile(e, sc);
        if (c.primes)
            return undefined;
        this.predicatesFound.push(use(c));
        return this.predicatesFound.length - 1;
    }
    /**
     * A temporal formula of a PROPERTY. `[]P` with P a state predicate is
     * checked on every state, as an invariant; `<>P`, `[]<>P`, `<>[]P` and
     * `P ~> Q` with P, Q state predicates have direct searches; anything else
     * is a general formula, decided through a tableau.
     */
    collectTemporalProperty(x, s, name) {
        const unfold = (e, sc) => {
            for (let i = 0; i < 20; i++) {
                const def = this.zeroArityDefinition(e, sc);
                if (!def || !this.temporalDeep(def.body, def.scope, 0))
                    break;
                e = def.body;
                sc = def.scope;
            }
            return { e, sc };
        };
        const arg = x.args[0];
        // Predicates are recorded only once the whole form is known to be one of the four.
        const mark = this.predicatesFound.length;
        const direct = (() => {
            if (x.op === "WF" || x.op === "SF")
                return false;
            if (x.op === "leadsto") {
                const p = this.statePredicate(arg, s);
                const q = p === undefined ? undefined : this.statePredicate(x.args[1], s);
                if (p === undefined || q === undefined)
                    return false;
                this.livenessFound.push({ name, shape: "leadsTo", p, q, loc: x.loc });
                return true;
            }
            const inner = unfold(arg, s);
            if (inner.e.kind === "temporal" && (inner.e.op === "always" || inner.e.op === "eventually") && inner.e.op !== x.op) {
                const p = this.statePredicate(inner.e.args[0], inner.sc);
                if (p === undefined)
                    return false;
                this.livenessFound.push({ name, shape: x.op === "always" ? "infinitelyOften" : "eventuallyAlways", p, loc: x.loc });
                return true;
            }
            const p = this.statePredicate(arg, s);
            if (p === undefined)
                return false;
            if (x.op === "always") {
                this.alwaysFound.push({ name, ev: this.predicatesFound[p] });
                this.predicatesFound.pop();
            }
            else
                this.livenessFound.push({ name, shape: "eventually", p, loc: x.loc });
            return true;
        })();
        if (direct)
            return;
        this.predicatesFound.length = mark;
        this.collectGeneral(x, s, name);
    }
    /**
     * Property `l` under the specification's assumptions A (its temporal
     * conjuncts that are not fairness): the general property `A => l`, decided
     * by the tableau, as TLC checks a property against all of a specification's
     * temporal conjuncts. A behaviour that violates it satisfies A and not `l`.
     */
    assume(l) {
        const state = (i) => ({ k: "state", i });
        const always = (a) => ({ k: "always", a });
        const eventually = (a) => ({ k: "eventually", a });
        const formula = (() => {
            switch (l.shape) {
                case "eventually":
                    return eventually(state(l.p));
                case "infinitelyOften":
                    return always(eventually(state(l.p)));
                case "eventuallyAlways":
                    return eventually(always(state(l.p)));
                case "leadsTo":
                    return always({ k: "or", args: [not(state(l.p)), eventually(state(l.q))] });
                case "general":
                    return l.formula;
            }
        })();
        const assumptions = { k: "and", args: this.assumptionsFound };
        return { name: l.name, shape: "general", p: -1, formula: { k: "or", args: [not(assumptions), formula] }, loc: l.loc };
    }
    /** A temporal formula of a PROPERTY outside the direct forms: translated for the tableau. */
    collectGeneral(x, s, name) {
        const formula = this.liveFormula(x, s, 0) ?? this.liveAtom(x, s);
        this.livenessFound.push({ name, shape: "general", p: -1, formula, loc: x.loc });
    }
    /** An atom of a general temporal formula: `e` compiled as a state predicate, or as an action when it reads primed variables. */
    liveAtom(e, sc, enabled = true) {
        if (enabled && e.kind === "enabled")
            return this.enabledAtom(e, sc);
        // `~ENABLED A`, as a weak fairness condition written out has it.
        if (enabled && e.kind === "opapp" && e.name === "~" && e.args.length === 1 && e.args[0].kind === "enabled")
            return not(this.enabledAtom(e.args[0], sc));
        const c = this.compiler.compile(e, sc);
        if (c.primes) {
            this.actionsFound.push(use(c));
            return { k: "action", i: this.actionsFound.length - 1 };
        }
        this.predicatesFound.push(use(c));
        return { k: "state", i: this.predicatesFound.length - 1 };
    }
    /**
     * Whether `e` holds a temporal operator (`[]`, `<>`, `~>`, `WF`, `SF`) in
     * a position where a formula is built of formulas: under the Boolean
     * connectives, IF/CASE, LET, quantifiers, and through definitions,
     * operator arguments and instances. A temporal operator elsewhere (in a
     * set, a function) is left to the compiler, which refuses it.
     */
    temporalDeep(e, sc, depth) {
        if (depth > 60)
            return false;
        const deep = (x, s) => this.temporalDeep(x, s, depth + 1);
        switch (e.kind) {
            case "temporal":
                return true;
            case "and":
            case "or":
                return e.args.some((a) => deep(a, sc));
            case "if":
                return deep(e.cond, sc) || deep(e.then, sc) || deep(e.else, sc);
            case "case":
                return e.arms.some((a) => deep(a.guard, sc) || deep(a.value, sc)) || (e.other !== undefined && deep(e.other, sc));
            case "let":
                return deep(e.body, letScope(e.defs, sc));
            case "forall":
            case "exists":
                return deep(e.body, sc);
            case "opapp": {
                if (CONNECTIVES.has(e.name))
                    return e.args.some((a) => deep(a, sc));
                const call = this.callScope(e, sc);
                return call !== undefined && deep(call.body, call.scope);
            }
            case "ident":
            case "instanceop": {
                const def = this.zeroArityDefinition(e, sc);
                if (def) {
                    let memo = this.temporalMemo.get(def.body);
                    if (!memo)
                        this.temporalMemo.set(def.body, (memo = new WeakMap()));
                    let v = memo.get(def.scope);
                    if (v === undefined) {
                        memo.set(def.scope, false);
                        v = deep(def.body, def.scope);
                        memo.set(def.scope, v);
                    }
                    return v;
                }
                if (e.kind === "instanceop") {
                    const call = this.callScope(e, sc);
                    return call !== undefined && deep(call.body, call.scope);
                }
                return false;
            }
            default:
                return false;
        }
    }
    /**
     * The body of the user-defined operator `e` applies (`Op(a, b)` or
     * `I!Op(a)`) in a scope that binds its parameters to the arguments, as
     * substitutions; undefined when it is not one (a built-in, an operator
     * taking operators).
     */
    callScope(e, sc) {
        const b = e.kind === "opapp" ? sc.lookup(e.name) : this.instanceFor(e, sc).members.get(e.name);
        if (!b || b.k !== "op" || b.def.params.length !== e.args.length || b.def.params.some((p) => p.arity > 0))
            return undefined;
        const inner = b.scope.child();
        b.def.params.forEach((p, i) => inner.names.set(p.name, { k: "subst", arg: { expr: e.args[i], scope: sc } }));
        return { body: b.def.body, scope: inner };
    }
    /**
     * The temporal formula `e` stands for, with definitions, operator
     * arguments, instances and LETs unfolded and quantifiers over constant sets
     * expanded; undefined when `e` holds no temporal operator (then it is an
     * atom, compiled as written). The derived operators are written with
     * `~`, `/\`, `\/`, `[]` and `<>`: `F ~> G` as `[](~F \/ <>G)`,
     * `WF_v(A)` as `[]<>~ENABLED <<A>>_v \/ []<><<A>>_v`, `SF_v(A)` as
     * `<>[]~ENABLED <<A>>_v \/ []<><<A>>_v`, `IF c THEN F ELSE G` as
     * `(c /\ F) \/ (~c /\ G)`.
     */
    liveFormula(e, sc, depth) {
        if (depth > 200)
            throw new TlaError("this temporal formula is nested too deeply", "semantic-error", e.loc);
        if (!this.temporalDeep(e, sc, 0))
            return undefined;
        const sub = (x, s) => this.liveFormula(x, s, depth + 1) ?? this.liveAtom(x, s);
        const or = (...args) => ({ k: "or", args });
        const and = (...args) => ({ k: "and", args });
        const always = (a) => ({ k: "always", a });
        const eventually = (a) => ({ k: "eventually", a });
        switch (e.kind) {
            case "temporal": {
                switch (e.op) {
                    case "always":
                        return always(sub(e.args[0], sc));
                    case "eventually":
                        return eventually(sub(e.args[0], sc));
                    case "leadsto":
                        return always(or(not(sub(e.args[0], sc)), eventually(sub(e.args[1], sc))));
                    case "WF":
                    case "SF": {
                        const step = { kind: "step", box: false, action: e.args[0], sub: e.sub, loc: e.loc };
                        const enabled = this.liveAtom({ kind: "enabled", expr: step, loc: e.loc }, sc);
                        const taken = always(eventually(this.liveAtom(step, sc)));
                        return e.op === "WF" ? or(always(eventually(not(enabled))), taken) : or(eventually(always(not(enabled))), taken);
                    }
                }
                break;
            }
            case "and":
            case "or":
                return { k: e.kind, args: e.args.map((a) => sub(a, sc)) };
            case "if": {
                const c = sub(e.cond, sc);
                return or(and(c, sub(e.then, sc)), and(not(c), sub(e.else, sc)));
            }
            case "case": {
                const guards = e.arms.map((a) => sub(a.guard, sc));
                const arms = e.arms.map((a, i) => and(...guards.slice(0, i).map(not), guards[i], sub(a.value, sc)));
                if (e.other)
                    arms.push(and(...guards.map(not), sub(e.other, sc)));
                return or(...arms);
            }
            case "let":
                return sub(e.body, letScope(e.defs, sc));
            case "forall":
            case "exists": {
                const parts = this.forallScopes(e, sc).map((inner) => sub(e.body, inner));
                return e.kind === "forall" ? and(...parts) : or(...parts);
            }
            case "opapp": {
                if (CONNECTIVES.has(e.name)) {
                    const args = e.args.map((a) => sub(a, sc));
                    if (e.name === "~")
                        return not(args[0]);
                    if (e.name === "=>")
                        return or(not(args[0]), args[1]);
                    return and(or(not(args[0]), args[1]), or(args[0], not(args[1])));
                }
                const call = this.callScope(e, sc);
                return sub(call.body, call.scope);
            }
            case "ident":
            case "instanceop": {
                const def = this.zeroArityDefinition(e, sc) ?? (e.kind === "instanceop" ? this.callScope(e, sc) : undefined);
                if (def)
                    return sub(def.body, def.scope);
                break;
            }
            default:
                break;
        }
        throw new TlaError("this temporal formula is not supported", "semantic-error", e.loc);
    }
    /**
     * The module instance `I!Op` (or `I(a)!Op`) reaches, its scope noted with
     * the INSTANCE it comes from, so that `enabledAtom` can instantiate
     * the module again.
     */
    instanceFor(e, sc) {
        const inst = this.compiler.instanceFor(e, sc);
        if (this.instanceOrigins.has(inst.scope))
            return inst;
        const last = e.path[e.path.length - 1];
        const b = e.path.length === 1 ? sc.lookup(last.name) : this.compiler.instanceFor({ ...e, path: e.path.slice(0, -1) }, sc).exported.get(last.name);
        if (!b || b.k !== "instance")
            return inst;
        let subScope = b.scope;
        if (b.def.params.length > 0) {
            subScope = b.scope.child();
            const sub = subScope;
            b.def.params.forEach((p, i) => sub.names.set(p.name, { k: "subst", arg: { expr: last.args[i], scope: sc } }));
        }
        const origin = { def: b.def, subScope, ctxScope: b.scope };
        this.instanceOrigins.set(inst.scope, origin);
        // Definitions of the modules the instantiated one extends live in scopes of their own.
        for (const d of inst.exported.values()) {
            if (d.k !== "op")
                continue;
            const root = rootOf(d.scope);
            if (!this.instanceOrigins.has(root))
                this.instanceOrigins.set(root, origin);
        }
        return inst;
    }
    /**
     * `ENABLED A` as a state predicate of a temporal property. Written in a
     * module instantiated with its variables substituted (`R!Spec` with
     * `R == INSTANCE M WITH x <- f`), it means what TLC makes of it, and what
     * the substitution of `f` for `x` in `ENABLED A` means: there is a step
     * of M's variables that A allows from the state where `x` equals `f`,
     * the primed variables of A being M's, free, not `f'`. It is evaluated in
     * the module instantiated again with its variables as state variables of
     * their own (indices after the model's), on the state extended with their
     * values `f`.
     */
    enabledAtom(e, sc) {
        const chain = [];
        let root = sc;
        while (root.parent) {
            chain.push(root);
            root = root.parent;
        }
        const free = this.freeInstance(root);
        if (!free)
            return this.liveAtom(e, sc, false);
        // The same bindings (bound variables, operator arguments, LETs) over the new instance.
        let inner = free.scope;
        for (let i = chain.length - 1; i >= 0; i--) {
            const c = inner.child();
            for (const [n, b] of chain[i].names)
                c.names.set(n, b);
            inner = c;
        }
        const ev = use(this.compiler.compile(e, inner));
        const { base, values } = free;
        this.predicatesFound.push((ctx) => {
            const s = ctx.s;
            const x = s.slice();
            for (let j = 0; j < values.length; j++)
                x[base + j] = values[j](ctx);
            ctx.s = x;
            ctx.sver++;
            try {
                return ev(ctx);
            }
            finally {
                ctx.s = s;
                ctx.sver++;
            }
        });
        return { k: "state", i: this.predicatesFound.length - 1 };
    }
    /** The module of the instance whose scope is `root`, instantiated again with its variables free (null: not an instance, or no variables). */
    freeInstance(root) {
        let free = this.freeInstances.get(root);
        if (free !== undefined)
            return free;
        free = null;
        const origin = this.instanceOrigins.get(root);
        const m = origin && this.modules.modules.get(origin.def.module);
        if (origin && m) {
            const c = this.compiler;
            const subs = new Map(origin.def.subs.map((x) => [x.name, x.expr]));
            const base = this.variables.length + this.freeVariables;
            const values = [];
            const indices = new Map();
            const scope = c.instantiate(m, (name, arity, kind, loc) => {
                const e = subs.get(name);
                if (kind === "var") {
                    let index = indices.get(name);
                    if (index === undefined) {
                        index = base + values.length;
                        indices.set(name, index);
                        values.push(use(e ? c.compile(e, origin.subScope) : c.compile({ kind: "ident", name, loc }, origin.ctxScope)));
                    }
                    return { k: "var", index, name };
                }
                if (e) {
                    if (e.kind === "lambda")
                        return { k: "lambda", lambda: e, scope: origin.subScope };
                    if (arity > 0 && e.kind === "ident") {
                        const b = origin.subScope.lookup(e.name);
                        if (b)
                            return b;
                    }
                    return { k: "subst", arg: { expr: e, scope: origin.subScope }, memo: true };
                }
                const b = origin.ctxScope.lookup(name);
                if (!b)
                    throw new TlaError(`INSTANCE ${origin.def.module}: no substitution for ${name}, and no ${name} in scope`, "semantic-error", loc);
                return b;
            }, false).scope;
            this.freeVariables += values.length;
            if (values.length > 0)
                free = { scope, base, values };
        }
        this.freeInstances.set(root, free);
        return free;
    }
    /** The symmetry reduction of the SYMMETRY set `n` (see {@link Symmetry}). */
    symmetryOf(n) {
        const v = this.stateExpr(n)(this.ctx);
        const perms = [];
        for (const p of enumerate(v, n.loc)) {
            const f = toFn(p);
            const m = new Map();
            for (let i = 0; i < f.keys.length; i++)
                if (!equals(f.keys[i], f.vals[i]))
                    m.set(f.keys[i], f.vals[i]);
            perms.push(m);
        }
        return new Symmetry(perms, n.name, n.loc);
    }
    collect(ctx, init) {
        const arr = init ? ctx.s : ctx.n;
        for (let i = 0; i < arr.length; i++) {
            if (arr[i] === undefined) {
                const missing = this.variables.filter((_, j) => arr[j] === undefined);
                const where = init ? "the initial predicate" : `the action ${ctx.label?.name ?? "Next"}`;
                throw new TlaError(`a ${init ? "initial" : "successor"} state is not completely specified by ${where}: ${missing.length > 1 ? "variables" : "variable"} ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not assigned`, "error", ctx.label?.loc);
            }
        }
        this.emitted.push({ label: ctx.label, state: arr.slice() });
    }
    /** Every initial state (duplicates included, in generation order). */
    initStates() {
        const ctx = this.ctx;
        ctx.s = new Array(this.variables.length).fill(undefined);
        ctx.level = 1;
        this.emitted = [];
        this.initK(ctx);
        const out = this.emitted.map((e) => e.state);
        this.emitted = [];
        return out;
    }
    /**
     * Calls `each` for every successor of `state`, with the label of the action
     * that produced it. Fast path for the checker. `mult` is the number of
     * TLC's enumeration paths that yield this successor (see {@link Ctx.mult}):
     * TLC generates the state that many times. `group` numbers the action, of
     * those TLC splits the next-state relation into, that produced it
     * (increasing; see {@link Ctx.group}). Returns the number of states TLC
     * generates on the way that are not successors (see {@link Ctx.generatedBetween}).
     */
    forEachSuccessor(state, level, each) {
        const ctx = this.ctx;
        ctx.generatedBetween = 0;
        // No version bump: the checker hands over each state once, in an array of
        // its own, and the per-state caches (cache.ts) go by the array's identity.
        ctx.s = state;
        this.atLevel(level);
        ctx.mult = 1;
        ctx.group = 0;
        const n = new Array(this.variables.length).fill(undefined);
        ctx.n = n;
        ctx.emit = (c) => {
            for (let i = 0; i < n.length; i++) {
                if (n[i] === undefined)
                    this.collect(c, false);
            }
            each(c.label, n.slice(), c.mult, c.group);
        };
        this.nextK(ctx);
        return ctx.generatedBetween;
    }
    /**
     * Makes `state` the current state for a caller that may reuse arrays: both
     * state versions move, so the per-state caches (cache.ts) forget what they
     * remembered.
     */
    enter(state) {
        const ctx = this.ctx;
        ctx.s = state;
        ctx.ver++;
        ctx.sver++;
        return ctx;
    }
    /** The successors of `state` under the next-state relation, with action names and parameters. */
    successors(state) {
        const out = [];
        const ctx = this.enter(state);
        const n = new Array(this.variables.length).fill(undefined);
        ctx.n = n;
        ctx.emit = (c) => {
            for (let i = 0; i < n.length; i++)
                if (n[i] === undefined)
                    this.collect(c, false);
            const label = c.label;
            let params;
            if (label && (label.binders.length || label.params.length)) {
                params = {};
                for (const b of label.binders)
                    params[b.name] = c.f[b.slot];
                for (const p of label.params)
                    params[p.name] = p.ev(c);
            }
            out.push({ action: label?.name ?? "Next", ...(params ? { params } : {}), state: n.slice() });
        };
        this.nextK(ctx);
        return out;
    }
    /** Evaluates the definition `name` of the root module (an invariant) in `state`. */
    evalInvariant(name, state) {
        let ev = this.invariantCache.get(name);
        if (!ev) {
            if (!this.rootScope.lookup(name))
                throw new TlaError(`unknown definition ${name}`, "semantic-error");
            ev = use(this.compiler.compile({ kind: "ident", name, loc: this.modules.root.loc }, this.rootScope));
            this.invariantCache.set(name, ev);
        }
        const v = ev(this.enter(state));
        if (typeof v !== "boolean")
            throw new TlaError(`${name} is not a boolean in this state`, "error");
        return v;
    }
    /** The successors of `state` under the action `name` of the root module with the given parameter values. */
    enumerateAction(name, params, state) {
        let a = this.actionCache.get(name);
        const c = this.compiler;
        if (!a) {
            const b = this.rootScope.lookup(name);
            if (!b || b.k !== "op")
                throw new TlaError(`${name} is not an action of module ${this.moduleName}`, "semantic-error");
            const scope = b.scope.child();
            const slots = new Map();
            for (const p of b.def.params) {
                if (p.arity > 0)
                    throw new TlaError(`the action ${name} takes an operator argument`, "semantic-error", b.def.loc);
                const s = c.newSlot();
                slots.set(p.name, s);
                scope.names.set(p.name, { k: "slot", slot: s });
            }
            const k = c.compileAct(b.def.body, scope, (ctx) => ctx.emit(ctx), { init: false, top: false, binders: [] });
            a = { k, slots };
            this.actionCache.set(name, a);
        }
        const ctx = this.ctx;
        if (ctx.f.length < c.slotCount)
            ctx.f.length = c.slotCount + 64;
        for (const [p, s] of a.slots) {
            const v = params[p];
            if (v === undefined)
                throw new TlaError(`the action ${name} needs a value for its parameter ${p}`, "error");
            ctx.f[s] = v;
        }
        this.enter(state);
        const n = new Array(this.variables.length).fill(undefined);
        ctx.n = n;
        const out = [];
        ctx.emit = (cx) => {
            for (let i = 0; i < n.length; i++)
                if (n[i] === undefined)
                    this.collect(cx, false);
            out.push(n.slice());
        };
        a.k(ctx);
        return out;
    }
    /**
     * Sets the level `TLCGet("level")` reads for what is evaluated next of a
     * state: a successor's level is its predecessor's plus one (TLC evaluates
     * the VIEW, the invariants and the state constraints of a successor at its
     * own level, and the next-state relation and the action constraints at the
     * level of the state they start from). The values remembered per state
     * (cache.ts) need not be dropped: they go by the state array's identity,
     * and the checker evaluates each array at one level only.
     */
    atLevel(level) {
        this.ctx.level = level;
    }
    /** Whether `state` satisfies every CONSTRAINT. */
    inConstraints(state) {
        if (this.constraints.length === 0)
            return true;
        this.ctx.s = state;
        for (const c of this.constraints)
            if (c(this.ctx) !== true)
                return false;
        return true;
    }
    /** Whether the transition satisfies every ACTION_CONSTRAINT. */
    inActionConstraints(from, to) {
        if (this.actionConstraints.length === 0)
            return true;
        this.ctx.s = from;
        this.ctx.n = to;
        for (const c of this.actionConstraints)
            if (c(this.ctx) !== true)
                return false;
        return true;
    }
    /** The name of the first invariant `state` violates, if any. */
    violatedInvariant(state) {
        const ctx = this.ctx;
        ctx.s = state;
        for (const inv of this.invariants) {
            const v = inv.ev(ctx);
            if (v !== true) {
                if (v === false)
                    return inv.name;
                throw new TlaError(`the invariant ${inv.name} is not a boolean: ${printValue(v)}`, "error");
            }
        }
        return undefined;
    }
    /**
     * The first POSTCONDITION that does not hold once the search has ended with
     * these figures, if any. As in TLC, a postcondition is evaluated once, with
     * no current state, and `TLCGet("stats")` gives the figures: `diameter` is
     * the depth, `queue` 0 (the search ended), `duration` in whole seconds.
     */
    violatedPostcondition(figures) {
        if (this.postconditions.length === 0)
            return undefined;
        const ctx = this.ctx;
        ctx.s = new Array(this.variables.length);
        ctx.sver++;
        ctx.stats = recordOf(["diameter", "distinct", "generated", "queue", "duration"], [figures.depth, figures.distinctStates, figures.statesGenerated, 0, Math.floor(figures.seconds)]);
        try {
            for (const p of this.postconditions) {
                let v;
                try {
                    v = p.ev(ctx);
                }
                catch (err) {
                    if (err instanceof TlaError)
                        throw new TlaError(`the POSTCONDITION ${p.name} cannot be evaluated: ${err.message}`, "error", err.loc ?? p.loc);
                    throw err;
                }
                if (v === false)
                    return { name: p.name, loc: p.loc };
                if (v !== true)
                    throw new TlaError(`the POSTCONDITION ${p.name} is not a boolean: ${printValue(v)}`, "error", p.loc);
            }
            return undefined;
        }
        finally {
            ctx.stats = undefined;
        }
    }
    /** The name of the first `[]P` property `state` violates, if any. */
    violatedAlwaysProperty(state) {
        if (this.alwaysProperties.length === 0)
            return undefined;
        const ctx = this.ctx;
        ctx.s = state;
        for (const p of this.alwaysProperties) {
            const v = p.ev(ctx);
            if (v !== true) {
                if (v === false)
                    return p.name;
                throw new TlaError(`the property ${p.name} is not a boolean: ${printValue(v)}`, "error");
            }
        }
        return undefined;
    }
    /**
     * For the liveness checker: writes into `out` from `at` on, for `state`,
     * whether each fairness condition's action is enabled (1) or not (0),
     * then the value of each liveness predicate.
     */
    livenessFacts(state, out, at) {
        const ctx = this.enter(state);
        let i = at;
        for (const f of this.fairness)
            out[i++] = this.truth(f.enabled(ctx), f.text) ? 1 : 0;
        for (const p of this.livenessPredicates)
            out[i++] = this.truth(p(ctx), "a state predicate of a temporal property") ? 1 : 0;
        if (this.livenessActions.length === 0)
            return;
        // The action predicates on the stuttering step `state -> state` (a copy, so that the two states are distinct arrays).
        ctx.n = state.slice();
        for (const a of this.livenessActions)
            out[i++] = this.truth(a(ctx), "an action of a temporal property") ? 1 : 0;
    }
    /**
     * For the liveness checker: whether the step from `from` to `to` takes
     * each fairness condition's action (`<<A>>_v`), then the value of each
     * liveness action predicate on it, into `out` from `at` on.
     */
    fairnessTaken(from, to, out, at) {
        const ctx = this.enter(from);
        ctx.n = to;
        let i = at;
        for (const f of this.fairness)
            out[i++] = this.truth(f.taken(ctx), f.text) ? 1 : 0;
        for (const a of this.livenessActions)
            out[i++] = this.truth(a(ctx), "an action of a temporal property") ? 1 : 0;
    }
    truth(v, what) {
        if (typeof v !== "boolean")
            throw new TlaError(`${what} is not a boolean: ${printValue(v)}`, "error");
        return v;
    }
    /** The name of the first refinement whose initial predicate fails in `state`. */
    violatedInitProperty(state) {
        const ctx = this.ctx;
        ctx.s = state;
        for (const p of this.initProperties)
            if (p.ev(ctx) !== true)
                return p.name;
        return undefined;
    }
    /** The name of the first action property the transition violates, if any. */
    violatedActionProperty(from, to) {
        if (this.actionProperties.length === 0)
            return undefined;
        const ctx = this.ctx;
        ctx.s = from;
        ctx.n = to;
        for (const p of this.actionProperties)
            if (p.ev(ctx) !== true)
                return p.name;
        return undefined;
    }
    /** The 64-bit fingerprint of a state (under VIEW and SYMMETRY), into `out[0]`, `out[1]`. */
    fingerprint(state, out) {
        const fp = this.fp;
        if (this.view) {
            this.ctx.s = state;
            const v = this.view(this.ctx);
            // A VIEW that respects the symmetry (as TLC requires): the class of the view's value.
            if (this.symmetry)
                this.symmetry.fingerprint([v], fp);
            else
                hashValue(v, fp);
        }
        else if (this.symmetry)
            this.symmetry.fingerprint(state, fp);
        else
            hashState(state, fp);
        out[0] = fp.h1;
        out[1] = fp.h2;
    }
    /** Variable name -> printed value. */
    printState(state) {
        const out = {};
        this.variables.forEach((n, i) => (out[n] = printValue(state[i])));
        return out;
    }
}
function nameOf(e) {
    if (e.kind === "ident")
        return e.name;
    if (e.kind === "opapp" || e.kind === "instanceop")
        return e.name;
    return "Next";
}
/** The constants a model configuration gives. */
function cfgConstants(config, root) {
    const values = new Map();
    const replacements = new Map();
    const moduleValues = new Map();
    for (const c of config.constants) {
        if (c.kind === "value" && c.module)
            moduleValues.set(`${c.module.name}!${c.name}`, { value: cfgValue(c.value), module: c.module, loc: c.loc });
        else if (c.kind === "value")
            values.set(c.name, { value: cfgValue(c.value), loc: c.loc });
        else
            replacements.set(c.module ? `${c.module.name}!${c.name}` : c.name, { by: c.by, module: c.module, loc: c.loc });
    }
    return { values, replacements, moduleValues, definitionValues: true, wording: cfgWording(root) };
}
function cfgValue(v) {
    switch (v.kind) {
        case "int":
            return normInt(v.value);
        case "str":
            return v.value;
        case "bool":
            return v.value;
        case "modelvalue":
            return ModelValue.of(v.name);
        case "set":
            return setOf(v.elems.map(cfgValue));
    }
}
/**
 * Loads the model of a cfg file: the module of the same base name beside it
 * (or `modulePath` when given), compiled under the cfg; `options` says where
 * else to look for modules.
 */
export async function loadModel(cfgPath, modulePath, options = {}) {
    const config = await loadConfig(cfgPath);
    const modules = await loadModules(modulePath ?? moduleFileForCfg(path.resolve(cfgPath)), options);
    return new Model(modules, config);
}
/** Builds a model from already-loaded modules and configuration. */
export function buildModel(modules, config) {
    return new Model(modules, config);
}
/** The outermost scope of `sc`'s chain: the scope of the module it is in. */
function rootOf(sc) {
    let r = sc;
    while (r.parent)
        r = r.parent;
    return r;
}
//# sourceMappingURL=model.js.map
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
import type { Expr, Loc, Quant, Temporal } from "./syntax/ast.js";
import { loadModules, type LoadOptions, type ModuleSet } from "./syntax/load.js";
import { loadConfig, moduleFileForCfg, type CfgName, type CfgValue, type ModelConfig } from "./config/cfg.js";
import { enumerate, type Compiler } from "./eval/compile.js";
import { Ctx, type ActionLabel, type Ev, type Kont } from "./eval/context.js";
import type { Scope } from "./eval/scope.js";
import { letScope } from "./eval/modules.js";
import { ModelValue, equals, hashState, hashValue, newFingerprint, normInt, setOf, toFn, type Value } from "./values/value.js";
import { printValue } from "./values/print.js";
import { use } from "./eval/cache.js";
import { Symmetry } from "./check/symmetry.js";
import { checkAssumptions, cfgWording, compileSpecification, type GivenConstants, type Replacement } from "./specSetup.js";

/** A state: variable index -> value, in the order of {@link Model.variables}. */
export type State = readonly Value[];

/** One successor of a state. */
export interface Successor {
  /** The action's name (e.g. `Phase2a`), or the next-state relation's name when it has no named disjuncts. */
  readonly action: string;
  /** The `\E` binders in scope and the action operator's parameters, by name. */
  readonly params?: Readonly<Record<string, Value>>;
  readonly state: State;
}

/** A safety property checked on every transition: `[][A]_v` or a refined specification's `[Next]_v`. */
interface ActionProperty {
  readonly name: string;
  readonly ev: Ev;
}

/**
 * A fairness condition of the specification, one instance per value of the
 * `\A` binders around it: `WF_v(A)` or `SF_v(A)`, compiled as `ENABLED <<A>>_v`
 * (on a state) and `<<A>>_v` (on a step).
 */
export interface FairnessCondition {
  readonly kind: "WF" | "SF";
  /** `WF_vars(Next)` at `file:line:col`, with the binders' values. */
  readonly text: string;
  readonly enabled: Ev;
  readonly taken: Ev;
}

/**
 * A temporal property of the forms the liveness checker decides, with its
 * state predicates (indices into {@link Model.livenessPredicates}):
 * `<>P` (`eventually`), `[]<>P` (`infinitelyOften`), `<>[]P`
 * (`eventuallyAlways`), `P ~> Q` (`leadsTo`, `q` set).
 */
export interface LivenessProperty {
  /** The PROPERTY name of the cfg. */
  readonly name: string;
  readonly shape: "eventually" | "infinitelyOften" | "eventuallyAlways" | "leadsTo";
  readonly p: number;
  readonly q?: number;
  readonly loc: Loc;
}

/** Where the label's action is defined, as TLC prints it (TLC's end column is inclusive; ours is exclusive). */
export function describeLoc(loc: Loc, module: string): string {
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
  /** State variables in declaration order. */
  readonly variables: readonly string[];
  readonly compiler: Compiler;
  readonly ctx: Ctx;
  readonly invariants: readonly { readonly name: string; readonly ev: Ev }[];
  readonly actionProperties: readonly ActionProperty[];
  /** State predicates a refined specification requires of initial states. */
  readonly initProperties: readonly { readonly name: string; readonly ev: Ev }[];
  readonly constraints: readonly Ev[];
  readonly actionConstraints: readonly Ev[];
  /** `[]P` properties with P a state predicate: checked on every state, as invariants (as TLC does). */
  readonly alwaysProperties: readonly { readonly name: string; readonly ev: Ev }[];
  /** The fairness conditions of the SPECIFICATION (used only when there are liveness properties). */
  readonly fairness: readonly FairnessCondition[];
  /** The temporal properties checked on the behaviour graph after the search. */
  readonly liveness: readonly LivenessProperty[];
  /** The state predicates the liveness properties are made of. */
  readonly livenessPredicates: readonly Ev[];
  /** CHECK_DEADLOCK from the cfg (TLC's default: true). */
  readonly checkDeadlock: boolean;
  /**
   * What the model accepts without checking it, one located sentence each
   * (an ALIAS, cfg assignments to
   * names the specification does not declare); `paxos check` prints them.
   */
  readonly warnings: string[];
  /** Name of the root module. */
  readonly moduleName: string;
  private readonly initK: Kont;
  private readonly nextK: Kont;
  private readonly view: Ev | undefined;
  /** The SYMMETRY reduction, if any. */
  readonly symmetry: Symmetry | undefined;
  private readonly rootScope: Scope;
  /** Actions compiled for {@link enumerateAction}, by name, with the slots of their parameters (kept for the model's life). */
  private readonly actionCache = new Map<string, { k: Kont; slots: Map<string, number> }>();
  /** Definitions compiled for {@link evalInvariant}, by name (kept for the model's life). */
  private readonly invariantCache = new Map<string, Ev>();
  private emitted: { label: ActionLabel | null; state: Value[] }[] = [];
  /** Where {@link fingerprint} computes. */
  private readonly fp = newFingerprint();
  private readonly fairnessFound: FairnessCondition[] = [];
  private readonly livenessFound: LivenessProperty[] = [];
  private readonly predicatesFound: Ev[] = [];
  private readonly alwaysFound: { name: string; ev: Ev }[] = [];

  constructor(
    readonly modules: ModuleSet,
    readonly config: ModelConfig,
  ) {
    this.moduleName = modules.root.name;
    this.warnings = [...config.notes];
    this.compiler = compileSpecification(modules, { ...cfgConstants(config, modules.root.name), warn: (m) => this.warnings.push(m) });
    const c = this.compiler;
    this.rootScope = c.root.scope;
    this.variables = c.varNames;

    // Initial predicate and next-state relation. The initial predicate may be
    // a conjunction of parts from different modules (`B!Init /\ pc = 0`): each
    // part is compiled in the scope it is written in.
    let initParts: { expr: Expr; scope: Scope }[];
    let nextE: { expr: Expr; scope: Scope; name: string; loc: Loc } | undefined;
    if (config.specification) {
      const parts = this.decompose(this.refTo(config.specification), this.rootScope, config.specification.name, true);
      if (parts.boxes.length !== 1)
        throw new TlaError(`the specification ${config.specification.name} must have the form Init /\\ [][Next]_vars`, "semantic-error", config.specification.loc);
      initParts = parts.inits;
      const box = parts.boxes[0]!;
      nextE = { expr: box.action, scope: box.scope, name: nameOf(box.action), loc: box.action.loc };
    } else if (!config.init && !config.next && this.variables.length === 0) {
      // A module without variables and a model without a behaviour: as TLC,
      // only the ASSUMEs are checked, and there are no states.
      initParts = [];
      nextE = undefined;
    } else {
      if (!config.init || !config.next) throw new TlaError("the model configuration needs INIT and NEXT, or SPECIFICATION", "semantic-error");
      initParts = [{ expr: this.refTo(config.init), scope: this.rootScope }];
      nextE = { expr: this.refTo(config.next), scope: this.rootScope, name: config.next.name, loc: config.next.loc };
    }
    const nothing: Kont = () => {};
    let initK: Kont = nextE === undefined ? nothing : (ctx) => this.collect(ctx, true);
    for (let i = initParts.length - 1; i >= 0; i--) initK = c.compileAct(initParts[i]!.expr, initParts[i]!.scope, initK, { init: true, top: false, binders: [] });
    this.initK = initK;
    const emitNext: Kont = (ctx) => ctx.emit(ctx);
    this.nextK = nextE === undefined ? nothing : c.compileNext(nextE.expr, nextE.scope, nextE.name, nextE.loc, emitNext);

    this.invariants = config.invariants.map((n) => ({ name: n.name, ev: this.stateExpr(n) }));
    const actionProps: ActionProperty[] = [];
    const initProps: { name: string; ev: Ev }[] = [];
    for (const p of config.properties) {
      const parts = this.decompose(this.refTo(p), this.rootScope, p.name, false);
      for (const i of parts.inits) initProps.push({ name: p.name, ev: use(c.compile(i.expr, i.scope)) });
      for (const b of parts.boxes) {
        const stepE: Expr = { kind: "step", box: true, action: b.action, sub: b.sub, loc: b.action.loc };
        actionProps.push({ name: p.name, ev: use(c.compile(stepE, b.scope)) });
      }
    }
    this.actionProperties = actionProps;
    this.initProperties = initProps;
    this.alwaysProperties = this.alwaysFound;
    this.fairness = this.fairnessFound;
    this.liveness = this.livenessFound;
    this.livenessPredicates = this.predicatesFound;
    if (this.liveness.length > 0 && (config.symmetry || config.view)) {
      const n = (config.symmetry ?? config.view)!;
      throw new TlaError(
        `${config.symmetry ? "SYMMETRY" : "VIEW"} cannot be used with the temporal property ${this.liveness[0]!.name}: the behaviour graph would be one of classes of states, and liveness checked on it could be wrong`,
        "semantic-error",
        n.loc,
      );
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
  private refTo(n: CfgName): Expr {
    if (!this.rootScope.lookup(n.name)) throw new TlaError(`unknown identifier ${n.name} in the model configuration`, "semantic-error", n.loc);
    return { kind: "ident", name: n.name, loc: n.loc };
  }

  private stateExpr(n: CfgName): Ev {
    return use(this.compiler.compile(this.refTo(n), this.rootScope));
  }

  /**
   * Splits a temporal formula into state predicates and `[][A]_v` boxes, and
   * records its fairness conditions (a specification) or its `[]P`, `<>P`,
   * `[]<>P`, `<>[]P` and `P ~> Q` parts (a property).
   */
  private decompose(e: Expr, sc: Scope, name: string, fairnessAllowed: boolean): { inits: { expr: Expr; scope: Scope }[]; boxes: { action: Expr; sub: Expr; scope: Scope }[] } {
    const inits: { expr: Expr; scope: Scope }[] = [];
    const boxes: { action: Expr; sub: Expr; scope: Scope }[] = [];
    const walk = (x: Expr, s: Scope): void => {
      if (fairnessAllowed && this.isFairness(x, s, 0)) {
        this.collectFairness(x, s, name);
        return;
      }
      if (x.kind === "and") {
        for (const a of x.args) walk(a, s);
        return;
      }
      if (x.kind === "temporal") {
        if (x.op === "always" && x.args.length === 1 && x.args[0]!.kind === "step" && x.args[0]!.box) {
          const st = x.args[0]!;
          boxes.push({ action: st.action, sub: st.sub, scope: s });
          return;
        }
        if (fairnessAllowed)
          throw new TlaError(
            `the specification ${name} must have the form Init /\\ [][Next]_vars /\\ fairness (WF_v(A), SF_v(A)); this temporal formula is not supported there`,
            "semantic-error",
            x.loc,
          );
        this.collectTemporalProperty(x, s, name);
        return;
      }
      if (!fairnessAllowed && x.kind === "forall" && this.isTemporal(x.body, s, 0)) {
        for (const inner of this.forallScopes(x, s)) walk(x.body, inner);
        return;
      }
      // A definition is unfolded only when it is temporal (`Spec`, `B!Spec`):
      // a state predicate (`Init`, `B!Init`) stays a reference, compiled in
      // the scope it is written in.
      const def = this.zeroArityDefinition(x, s);
      if (def && this.isTemporal(def.body, def.scope, 0)) return walk(def.body, def.scope);
      inits.push({ expr: x, scope: s });
    };
    walk(e, sc);
    return { inits, boxes };
  }

  /** The body of the definition without parameters that `x` names (`Op`, `I!Op`, or a substitution), if it is one. */
  private zeroArityDefinition(x: Expr, s: Scope): { body: Expr; scope: Scope } | undefined {
    if (x.kind === "ident") {
      const b = s.lookup(x.name);
      if (b && b.k === "op" && b.def.params.length === 0) return { body: b.def.body, scope: b.scope };
      if (b && b.k === "subst") return { body: b.arg.expr, scope: b.arg.scope };
    }
    if (x.kind === "instanceop" && x.args.length === 0) {
      const inst = this.compiler.instanceFor(x, s);
      const b = inst.exported.get(x.name);
      if (b && b.k === "op" && b.def.params.length === 0) return { body: b.def.body, scope: b.scope };
    }
    return undefined;
  }

  /**
   * Whether `e` is a fairness condition: `WF_v(A)`, `SF_v(A)`, or a
   * conjunction or quantification of fairness conditions, directly or through
   * definitions (`Fairness == \A p \in Proc : WF_vars(Step(p))`).
   */
  private isFairness(e: Expr, sc: Scope, depth: number): boolean {
    if (depth > 20) return false;
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
  private isTemporal(e: Expr, sc: Scope, depth: number): boolean {
    if (depth > 20) return false;
    if (e.kind === "temporal") return true;
    if (e.kind === "and") return e.args.some((a) => this.isTemporal(a, sc, depth + 1));
    if (e.kind === "forall") return this.isTemporal(e.body, sc, depth + 1);
    const def = this.zeroArityDefinition(e, sc);
    return def !== undefined && this.isTemporal(def.body, def.scope, depth + 1);
  }

  /**
   * The scopes of the instances of `\A x \in S, ... : body` whose body is
   * temporal: one per binding of the bound names to elements of the sets,
   * which must not depend on the state.
   */
  private forallScopes(x: Quant, sc: Scope): Scope[] {
    let scopes = [sc];
    for (const b of x.bounds) {
      const set = b.set;
      if (!set) throw new TlaError("an unbounded \\A around a temporal formula is not supported", "semantic-error", b.loc);
      const next: Scope[] = [];
      for (const outer of scopes) {
        const c = this.compiler.compile(set, outer);
        if (c.vars || c.primes) throw new TlaError("the set a temporal formula is quantified over must not depend on the state", "semantic-error", set.loc);
        const elems = enumerate(use(c)(this.compiler.newCtx()), set.loc);
        // `x, y \in S` binds each name to every element; `<<x, y>> \in S` takes tuples apart.
        let partial: Scope[] = [outer];
        const groups = b.tuple ? [b.names] : b.names.map((n) => [n]);
        for (const names of groups) {
          const more: Scope[] = [];
          for (const p of partial) {
            for (const el of elems) {
              const child = p.child();
              if (names.length === 1 && !b.tuple) child.names.set(names[0]!, { k: "value", value: el });
              else {
                const f = toFn(el);
                if (f.vals.length !== names.length) throw new TlaError(`expected a tuple of ${names.length} elements, got ${printValue(el)}`, "semantic-error", b.loc);
                names.forEach((n, i) => child.names.set(n, { k: "value", value: f.vals[i]! }));
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
  private bindingsText(sc: Scope, top: Scope): string {
    const parts: string[] = [];
    for (let s: Scope | null = sc; s && s !== top; s = s.parent) {
      for (const [n, b] of s.names) if (b.k === "value") parts.unshift(`${n} = ${printValue(b.value)}`);
    }
    return parts.length > 0 ? ` with ${parts.join(", ")}` : "";
  }

  /** Compiles the fairness conditions of `e` (a conjunction or quantification of WF/SF, possibly through definitions). */
  private collectFairness(e: Expr, sc: Scope, name: string, top: Scope = sc, depth = 0): void {
    if (depth > 40) throw new TlaError(`the fairness condition of ${name} is nested too deeply`, "semantic-error", e.loc);
    switch (e.kind) {
      case "temporal": {
        const action = e.args[0]!;
        const sub = e.sub!;
        const kind = e.op === "WF" ? "WF" : "SF";
        const step: Expr = { kind: "step", box: false, action, sub, loc: e.loc };
        const enabled: Expr = { kind: "enabled", expr: step, loc: e.loc };
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
        for (const a of e.args) this.collectFairness(a, sc, name, top, depth + 1);
        return;
      case "forall":
        for (const inner of this.forallScopes(e, sc)) this.collectFairness(e.body, inner, name, top, depth + 1);
        return;
      case "let":
        return this.collectFairness(e.body, letScope(e.defs, sc), name, top, depth + 1);
      case "opapp": {
        const b = sc.lookup(e.name);
        if (b && b.k === "op" && b.def.params.length === e.args.length) {
          const inner = b.scope.child();
          b.def.params.forEach((p, i) => {
            if (p.arity > 0) throw new TlaError(`the fairness condition ${e.name} takes an operator argument, which is not supported`, "semantic-error", e.loc);
            inner.names.set(p.name, { k: "subst", arg: { expr: e.args[i]!, scope: sc } });
          });
          return this.collectFairness(b.def.body, inner, name, top, depth + 1);
        }
        break;
      }
      default: {
        const def = this.zeroArityDefinition(e, sc);
        if (def) return this.collectFairness(def.body, def.scope, name, top, depth + 1);
      }
    }
    throw new TlaError(`this fairness condition of ${name} is not supported`, "semantic-error", e.loc);
  }

  /** A state predicate of a temporal property, compiled; an action or a temporal formula there is an error. */
  private statePredicate(e: Expr, sc: Scope, name: string): number {
    if (this.isTemporal(e, sc, 0)) throw new TlaError(`${name}: only state predicates are supported inside []P, <>P, []<>P, <>[]P and P ~> Q`, "semantic-error", e.loc);
    const c = this.compiler.compile(e, sc);
    if (c.primes) throw new TlaError(`${name}: an action is not supported here, only a state predicate`, "semantic-error", e.loc);
    this.predicatesFound.push(use(c));
    return this.predicatesFound.length - 1;
  }

  /** A temporal formula of a PROPERTY: `[]P`, `<>P`, `[]<>P`, `<>[]P` or `P ~> Q`, with P and Q state predicates. */
  private collectTemporalProperty(x: Temporal, s: Scope, name: string): void {
    const unfold = (e: Expr, sc: Scope): { e: Expr; sc: Scope } => {
      for (let i = 0; i < 20; i++) {
        const def = this.zeroArityDefinition(e, sc);
        if (!def || !this.isTemporal(def.body, def.scope, 0)) break;
        e = def.body;
        sc = def.scope;
      }
      return { e, sc };
    };
    const arg = x.args[0]!;
    if (x.op === "WF" || x.op === "SF") throw new TlaError(`${name}: fairness (${x.op}_v(A)) in a property is not supported; put it in the SPECIFICATION`, "semantic-error", x.loc);
    if (x.op === "leadsto") {
      this.livenessFound.push({ name, shape: "leadsTo", p: this.statePredicate(arg, s, name), q: this.statePredicate(x.args[1]!, s, name), loc: x.loc });
      return;
    }
    const inner = unfold(arg, s);
    if (inner.e.kind === "temporal" && (inner.e.op === "always" || inner.e.op === "eventually") && inner.e.op !== x.op && !(inner.e.args[0]!.kind === "step")) {
      const p = this.statePredicate(inner.e.args[0]!, inner.sc, name);
      this.livenessFound.push({ name, shape: x.op === "always" ? "infinitelyOften" : "eventuallyAlways", p, loc: x.loc });
      return;
    }
    if (x.op === "always") {
      this.alwaysFound.push({ name, ev: this.predicatesFound[this.statePredicate(arg, s, name)]! });
      return;
    }
    this.livenessFound.push({ name, shape: "eventually", p: this.statePredicate(arg, s, name), loc: x.loc });
  }

  /** The symmetry reduction of the SYMMETRY set `n` (see {@link Symmetry}). */
  private symmetryOf(n: CfgName): Symmetry {
    const v = this.stateExpr(n)(this.ctx);
    const perms: Map<Value, Value>[] = [];
    for (const p of enumerate(v, n.loc)) {
      const f = toFn(p);
      const m = new Map<Value, Value>();
      for (let i = 0; i < f.keys.length; i++) if (!equals(f.keys[i]!, f.vals[i]!)) m.set(f.keys[i]!, f.vals[i]!);
      perms.push(m);
    }
    return new Symmetry(perms, n.name, n.loc);
  }

  private collect(ctx: Ctx, init: boolean): void {
    const arr = init ? ctx.s : ctx.n;
    for (let i = 0; i < arr.length; i++) {
      if (arr[i] === undefined) {
        const missing = this.variables.filter((_, j) => arr[j] === undefined);
        const where = init ? "the initial predicate" : `the action ${ctx.label?.name ?? "Next"}`;
        throw new TlaError(
          `a ${init ? "initial" : "successor"} state is not completely specified by ${where}: ${missing.length > 1 ? "variables" : "variable"} ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not assigned`,
          "error",
          ctx.label?.loc,
        );
      }
    }
    this.emitted.push({ label: ctx.label, state: arr.slice() as Value[] });
  }

  /** Every initial state (duplicates included, in generation order). */
  initStates(): State[] {
    const ctx = this.ctx;
    ctx.s = new Array<Value | undefined>(this.variables.length).fill(undefined);
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
  forEachSuccessor(state: State, level: number, each: (label: ActionLabel | null, next: Value[], mult: number, group: number) => void): number {
    const ctx = this.ctx;
    ctx.generatedBetween = 0;
    // No version bump: the checker hands over each state once, in an array of
    // its own, and the per-state caches (cache.ts) go by the array's identity.
    ctx.s = state as Value[];
    ctx.level = level;
    ctx.mult = 1;
    ctx.group = 0;
    const n = new Array<Value | undefined>(this.variables.length).fill(undefined);
    ctx.n = n;
    ctx.emit = (c) => {
      for (let i = 0; i < n.length; i++) {
        if (n[i] === undefined) this.collect(c, false);
      }
      each(c.label, n.slice() as Value[], c.mult, c.group);
    };
    this.nextK(ctx);
    return ctx.generatedBetween;
  }

  /**
   * Makes `state` the current state for a caller that may reuse arrays: both
   * state versions move, so the per-state caches (cache.ts) forget what they
   * remembered.
   */
  private enter(state: State): Ctx {
    const ctx = this.ctx;
    ctx.s = state as Value[];
    ctx.ver++;
    ctx.sver++;
    return ctx;
  }

  /** The successors of `state` under the next-state relation, with action names and parameters. */
  successors(state: State): Successor[] {
    const out: Successor[] = [];
    const ctx = this.enter(state);
    const n = new Array<Value | undefined>(this.variables.length).fill(undefined);
    ctx.n = n;
    ctx.emit = (c) => {
      for (let i = 0; i < n.length; i++) if (n[i] === undefined) this.collect(c, false);
      const label = c.label;
      let params: Record<string, Value> | undefined;
      if (label && (label.binders.length || label.params.length)) {
        params = {};
        for (const b of label.binders) params[b.name] = c.f[b.slot]!;
        for (const p of label.params) params[p.name] = p.ev(c);
      }
      out.push({ action: label?.name ?? "Next", ...(params ? { params } : {}), state: n.slice() as Value[] });
    };
    this.nextK(ctx);
    return out;
  }

  /** Evaluates the definition `name` of the root module (an invariant) in `state`. */
  evalInvariant(name: string, state: State): boolean {
    let ev = this.invariantCache.get(name);
    if (!ev) {
      if (!this.rootScope.lookup(name)) throw new TlaError(`unknown definition ${name}`, "semantic-error");
      ev = use(this.compiler.compile({ kind: "ident", name, loc: this.modules.root.loc }, this.rootScope));
      this.invariantCache.set(name, ev);
    }
    const v = ev(this.enter(state));
    if (typeof v !== "boolean") throw new TlaError(`${name} is not a boolean in this state`, "error");
    return v;
  }

  /** The successors of `state` under the action `name` of the root module with the given parameter values. */
  enumerateAction(name: string, params: Readonly<Record<string, Value>>, state: State): State[] {
    let a = this.actionCache.get(name);
    const c = this.compiler;
    if (!a) {
      const b = this.rootScope.lookup(name);
      if (!b || b.k !== "op") throw new TlaError(`${name} is not an action of module ${this.moduleName}`, "semantic-error");
      const scope = b.scope.child();
      const slots = new Map<string, number>();
      for (const p of b.def.params) {
        if (p.arity > 0) throw new TlaError(`the action ${name} takes an operator argument`, "semantic-error", b.def.loc);
        const s = c.newSlot();
        slots.set(p.name, s);
        scope.names.set(p.name, { k: "slot", slot: s });
      }
      const k = c.compileAct(b.def.body, scope, (ctx) => ctx.emit(ctx), { init: false, top: false, binders: [] });
      a = { k, slots };
      this.actionCache.set(name, a);
    }
    const ctx = this.ctx;
    if (ctx.f.length < c.slotCount) ctx.f.length = c.slotCount + 64;
    for (const [p, s] of a.slots) {
      const v = params[p];
      if (v === undefined) throw new TlaError(`the action ${name} needs a value for its parameter ${p}`, "error");
      ctx.f[s] = v;
    }
    this.enter(state);
    const n = new Array<Value | undefined>(this.variables.length).fill(undefined);
    ctx.n = n;
    const out: State[] = [];
    ctx.emit = (cx) => {
      for (let i = 0; i < n.length; i++) if (n[i] === undefined) this.collect(cx, false);
      out.push(n.slice() as Value[]);
    };
    a.k(ctx);
    return out;
  }

  /** Whether `state` satisfies every CONSTRAINT. */
  inConstraints(state: State): boolean {
    if (this.constraints.length === 0) return true;
    this.ctx.s = state as Value[];
    for (const c of this.constraints) if (c(this.ctx) !== true) return false;
    return true;
  }

  /** Whether the transition satisfies every ACTION_CONSTRAINT. */
  inActionConstraints(from: State, to: State): boolean {
    if (this.actionConstraints.length === 0) return true;
    this.ctx.s = from as Value[];
    this.ctx.n = to as Value[];
    for (const c of this.actionConstraints) if (c(this.ctx) !== true) return false;
    return true;
  }

  /** The name of the first invariant `state` violates, if any. */
  violatedInvariant(state: State): string | undefined {
    const ctx = this.ctx;
    ctx.s = state as Value[];
    for (const inv of this.invariants) {
      const v = inv.ev(ctx);
      if (v !== true) {
        if (v === false) return inv.name;
        throw new TlaError(`the invariant ${inv.name} is not a boolean: ${printValue(v)}`, "error");
      }
    }
    return undefined;
  }

  /** The name of the first `[]P` property `state` violates, if any. */
  violatedAlwaysProperty(state: State): string | undefined {
    if (this.alwaysProperties.length === 0) return undefined;
    const ctx = this.ctx;
    ctx.s = state as Value[];
    for (const p of this.alwaysProperties) {
      const v = p.ev(ctx);
      if (v !== true) {
        if (v === false) return p.name;
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
  livenessFacts(state: State, out: Uint8Array, at: number): void {
    const ctx = this.enter(state);
    let i = at;
    for (const f of this.fairness) out[i++] = this.truth(f.enabled(ctx), f.text) ? 1 : 0;
    for (const p of this.livenessPredicates) out[i++] = this.truth(p(ctx), "a state predicate of a temporal property") ? 1 : 0;
  }

  /** For the liveness checker: whether the step from `from` to `to` takes each fairness condition's action (`<<A>>_v`), into `out` from `at` on. */
  fairnessTaken(from: State, to: State, out: Uint8Array, at: number): void {
    const ctx = this.enter(from);
    ctx.n = to as Value[];
    let i = at;
    for (const f of this.fairness) out[i++] = this.truth(f.taken(ctx), f.text) ? 1 : 0;
  }

  private truth(v: Value, what: string): boolean {
    if (typeof v !== "boolean") throw new TlaError(`${what} is not a boolean: ${printValue(v)}`, "error");
    return v;
  }

  /** The name of the first refinement whose initial predicate fails in `state`. */
  violatedInitProperty(state: State): string | undefined {
    const ctx = this.ctx;
    ctx.s = state as Value[];
    for (const p of this.initProperties) if (p.ev(ctx) !== true) return p.name;
    return undefined;
  }

  /** The name of the first action property the transition violates, if any. */
  violatedActionProperty(from: State, to: State): string | undefined {
    if (this.actionProperties.length === 0) return undefined;
    const ctx = this.ctx;
    ctx.s = from as Value[];
    ctx.n = to as Value[];
    for (const p of this.actionProperties) if (p.ev(ctx) !== true) return p.name;
    return undefined;
  }

  /** The 64-bit fingerprint of a state (under VIEW and SYMMETRY), into `out[0]`, `out[1]`. */
  fingerprint(state: State, out: Int32Array): void {
    const fp = this.fp;
    if (this.view) {
      this.ctx.s = state as Value[];
      const v = this.view(this.ctx);
      // A VIEW that respects the symmetry (as TLC requires): the class of the view's value.
      if (this.symmetry) this.symmetry.fingerprint([v], fp);
      else hashValue(v, fp);
    } else if (this.symmetry) this.symmetry.fingerprint(state, fp);
    else hashState(state, fp);
    out[0] = fp.h1;
    out[1] = fp.h2;
  }

  /** Variable name -> printed value. */
  printState(state: State): Record<string, string> {
    const out: Record<string, string> = {};
    this.variables.forEach((n, i) => (out[n] = printValue(state[i]!)));
    return out;
  }
}

function nameOf(e: Expr): string {
  if (e.kind === "ident") return e.name;
  if (e.kind === "opapp" || e.kind === "instanceop") return e.name;
  return "Next";
}

/** The constants a model configuration gives. */
function cfgConstants(config: ModelConfig, root: string): GivenConstants {
  const values = new Map<string, { value: Value; loc: Loc }>();
  const replacements = new Map<string, Replacement>();
  const moduleValues = new Map<string, { value: Value; module: CfgName; loc: Loc }>();
  for (const c of config.constants) {
    if (c.kind === "value" && c.module) moduleValues.set(`${c.module.name}!${c.name}`, { value: cfgValue(c.value), module: c.module, loc: c.loc });
    else if (c.kind === "value") values.set(c.name, { value: cfgValue(c.value), loc: c.loc });
    else replacements.set(c.module ? `${c.module.name}!${c.name}` : c.name, { by: c.by, module: c.module, loc: c.loc });
  }
  return { values, replacements, moduleValues, definitionValues: true, wording: cfgWording(root) };
}

function cfgValue(v: CfgValue): Value {
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
export async function loadModel(cfgPath: string, modulePath?: string, options: LoadOptions = {}): Promise<Model> {
  const config = await loadConfig(cfgPath);
  const modules = await loadModules(modulePath ?? moduleFileForCfg(path.resolve(cfgPath)), options);
  return new Model(modules, config);
}

/** Builds a model from already-loaded modules and configuration. */
export function buildModel(modules: ModuleSet, config: ModelConfig): Model {
  return new Model(modules, config);
}

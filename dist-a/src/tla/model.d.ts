import type { Loc } from "./syntax/ast.js";
import { type LoadOptions, type ModuleSet } from "./syntax/load.js";
import { type ModelConfig } from "./config/cfg.js";
import { type Compiler } from "./eval/compile.js";
import { Ctx, type ActionLabel, type Ev } from "./eval/context.js";
import { type Value } from "./values/value.js";
import { Symmetry } from "./check/symmetry.js";
import { type LiveFormula } from "./check/tableau.js";
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
 * A temporal property the liveness checker decides on the behaviour graph.
 * Four common forms have a direct search, with their state predicates
 * (indices into {@link Model.livenessPredicates}): `<>P` (`eventually`),
 * `[]<>P` (`infinitelyOften`), `<>[]P` (`eventuallyAlways`), `P ~> Q`
 * (`leadsTo`, `q` set). Any other is `general`: its `formula` (atoms indexing
 * {@link Model.livenessPredicates} and {@link Model.livenessActions}) is
 * decided through the tableau of its negation (`check/tableau.ts`).
 */
export interface LivenessProperty {
    /** The PROPERTY name of the cfg. */
    readonly name: string;
    readonly shape: "eventually" | "infinitelyOften" | "eventuallyAlways" | "leadsTo" | "general";
    /** The predicate P of the four direct forms (-1 for `general`). */
    readonly p: number;
    readonly q?: number;
    /** The formula of a `general` property. */
    readonly formula?: LiveFormula;
    readonly loc: Loc;
}
/** Where the label's action is defined, as TLC prints it (TLC's end column is inclusive; ours is exclusive). */
export declare function describeLoc(loc: Loc, module: string): string;
/**
 * A compiled model, ready for checking. States passed in are never modified,
 * and must not be modified by the caller afterwards: evaluation remembers
 * per-state results by the identity of the state array. (`successors`,
 * `evalInvariant` and `enumerateAction` forget those results on each call,
 * so they tolerate callers that reuse arrays.)
 */
export declare class Model {
    readonly modules: ModuleSet;
    readonly config: ModelConfig;
    /** State variables in declaration order. */
    readonly variables: readonly string[];
    readonly compiler: Compiler;
    readonly ctx: Ctx;
    readonly invariants: readonly {
        readonly name: string;
        readonly ev: Ev;
    }[];
    /** The POSTCONDITIONs, evaluated once after a search that ended without error ({@link violatedPostcondition}). */
    readonly postconditions: readonly {
        readonly name: string;
        readonly loc: Loc;
        readonly ev: Ev;
    }[];
    readonly actionProperties: readonly ActionProperty[];
    /** State predicates a refined specification requires of initial states. */
    readonly initProperties: readonly {
        readonly name: string;
        readonly ev: Ev;
    }[];
    readonly constraints: readonly Ev[];
    readonly actionConstraints: readonly Ev[];
    /** `[]P` properties with P a state predicate: checked on every state, as invariants (as TLC does). */
    readonly alwaysProperties: readonly {
        readonly name: string;
        readonly ev: Ev;
    }[];
    /** The fairness conditions of the SPECIFICATION (used only when there are liveness properties). */
    readonly fairness: readonly FairnessCondition[];
    /** The temporal properties checked on the behaviour graph after the search. */
    readonly liveness: readonly LivenessProperty[];
    /** The state predicates the liveness properties are made of (`ENABLED` formulas among them). */
    readonly livenessPredicates: readonly Ev[];
    /** The action predicates the liveness properties are made of, evaluated on steps (`<<A>>_v`, `[A]_v`, `x' > x`). */
    readonly livenessActions: readonly Ev[];
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
    private readonly initK;
    private readonly nextK;
    private readonly view;
    /** The SYMMETRY reduction, if any. */
    readonly symmetry: Symmetry | undefined;
    private readonly rootScope;
    /** Actions compiled for {@link enumerateAction}, by name, with the slots of their parameters (kept for the model's life). */
    private readonly actionCache;
    /** Definitions compiled for {@link evalInvariant}, by name (kept for the model's life). */
    private readonly invariantCache;
    private emitted;
    /** Where {@link fingerprint} computes. */
    private readonly fp;
    private readonly fairnessFound;
    private livenessFound;
    /**
     * The temporal conjuncts of the SPECIFICATION other than `[][Next]_v` and
     * fairness (`<>[][A]_v`, ...): assumptions about the behaviours, under
     * which each temporal property is checked (see {@link assume}).
     */
    private readonly assumptionsFound;
    private readonly predicatesFound;
    private readonly actionsFound;
    /** Whether a zero-arity definition's body (in its scope) holds a temporal operator: see `temporalDeep`. */
    private readonly temporalMemo;
    /** The INSTANCE each instantiated module's scope comes from (see `enabledAtom`). */
    private readonly instanceOrigins;
    /** Per instantiated module's scope: the module instantiated again with its variables free (see `enabledAtom`). */
    private readonly freeInstances;
    /** State indices given so far to the variables of `freeInstances`, after the model's own. */
    private freeVariables;
    private readonly alwaysFound;
    constructor(modules: ModuleSet, config: ModelConfig);
    /** An identifier of the cfg as an expression, checked to exist. */
    private refTo;
    private stateExpr;
    /**
     * Splits a temporal formula into state predicates and `[][A]_v` boxes, and
     * records its fairness conditions (a specification) or its other temporal
     * conjuncts (a property: `[]P` as an invariant, the rest for the liveness
     * checker).
     */
    private decompose;
    /** The body of the definition without parameters that `x` names (`Op`, `I!Op`, or a substitution), if it is one. */
    private zeroArityDefinition;
    /**
     * Whether `e` is a fairness condition: `WF_v(A)`, `SF_v(A)`, or a
     * conjunction or quantification of fairness conditions, directly or through
     * definitions (`Fairness == \A p \in Proc : WF_vars(Step(p))`).
     */
    private isFairness;
    /** Whether `e` is a temporal formula (holds `[]`, `<>`, `WF`, ... directly or through definitions and instances). */
    private isTemporal;
    /**
     * The scopes of the instances of `\A x \in S, ... : body` whose body is
     * temporal: one per binding of the bound names to elements of the sets,
     * which must not depend on the state.
     */
    private forallScopes;
    /** The values bound by the quantifiers expanded so far, between `sc` and `top` (for messages). */
    private bindingsText;
    /** Compiles the fairness conditions of `e` (a conjunction or quantification of WF/SF, possibly through definitions). */
    private collectFairness;
    /** A state predicate of one of the four direct forms, compiled and recorded; undefined when `e` is not one (temporal, or an action). */
    private statePredicate;
    /**
     * A temporal formula of a PROPERTY. `[]P` with P a state predicate is
     * checked on every state, as an invariant; `<>P`, `[]<>P`, `<>[]P` and
     * `P ~> Q` with P, Q state predicates have direct searches; anything else
     * is a general formula, decided through a tableau.
     */
    private collectTemporalProperty;
    /**
     * Property `l` under the specification's assumptions A (its temporal
     * conjuncts that are not fairness): the general property `A => l`, decided
     * by the tableau, as TLC checks a property against all of a specification's
     * temporal conjuncts. A behaviour that violates it satisfies A and not `l`.
     */
    private assume;
    /** A temporal formula of a PROPERTY outside the direct forms: translated for the tableau. */
    private collectGeneral;
    /** An atom of a general temporal formula: `e` compiled as a state predicate, or as an action when it reads primed variables. */
    private liveAtom;
    /**
     * Whether `e` holds a temporal operator (`[]`, `<>`, `~>`, `WF`, `SF`) in
     * a position where a formula is built of formulas: under the Boolean
     * connectives, IF/CASE, LET, quantifiers, and through definitions,
     * operator arguments and instances. A temporal operator elsewhere (in a
     * set, a function) is left to the compiler, which refuses it.
     */
    private temporalDeep;
    /**
     * The body of the user-defined operator `e` applies (`Op(a, b)` or
     * `I!Op(a)`) in a scope that binds its parameters to the arguments, as
     * substitutions; undefined when it is not one (a built-in, an operator
     * taking operators).
     */
    private callScope;
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
    private liveFormula;
    /**
     * The module instance `I!Op` (or `I(a)!Op`) reaches, its scope noted with
     * the INSTANCE it comes from, so that `enabledAtom` can instantiate
     * the module again.
     */
    private instanceFor;
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
    private enabledAtom;
    /** The module of the instance whose scope is `root`, instantiated again with its variables free (null: not an instance, or no variables). */
    private freeInstance;
    /** The symmetry reduction of the SYMMETRY set `n` (see {@link Symmetry}). */
    private symmetryOf;
    private collect;
    /** Every initial state (duplicates included, in generation order). */
    initStates(): State[];
    /**
     * Calls `each` for every successor of `state`, with the label of the action
     * that produced it. Fast path for the checker. `mult` is the number of
     * TLC's enumeration paths that yield this successor (see {@link Ctx.mult}):
     * TLC generates the state that many times. `group` numbers the action, of
     * those TLC splits the next-state relation into, that produced it
     * (increasing; see {@link Ctx.group}). Returns the number of states TLC
     * generates on the way that are not successors (see {@link Ctx.generatedBetween}).
     */
    forEachSuccessor(state: State, level: number, each: (label: ActionLabel | null, next: Value[], mult: number, group: number) => void): number;
    /**
     * Makes `state` the current state for a caller that may reuse arrays: both
     * state versions move, so the per-state caches (cache.ts) forget what they
     * remembered.
     */
    private enter;
    /** The successors of `state` under the next-state relation, with action names and parameters. */
    successors(state: State): Successor[];
    /** Evaluates the definition `name` of the root module (an invariant) in `state`. */
    evalInvariant(name: string, state: State): boolean;
    /** The successors of `state` under the action `name` of the root module with the given parameter values. */
    enumerateAction(name: string, params: Readonly<Record<string, Value>>, state: State): State[];
    /**
     * Sets the level `TLCGet("level")` reads for what is evaluated next of a
     * state: a successor's level is its predecessor's plus one (TLC evaluates
     * the VIEW, the invariants and the state constraints of a successor at its
     * own level, and the next-state relation and the action constraints at the
     * level of the state they start from). The values remembered per state
     * (cache.ts) need not be dropped: they go by the state array's identity,
     * and the checker evaluates each array at one level only.
     */
    atLevel(level: number): void;
    /** Whether `state` satisfies every CONSTRAINT. */
    inConstraints(state: State): boolean;
    /** Whether the transition satisfies every ACTION_CONSTRAINT. */
    inActionConstraints(from: State, to: State): boolean;
    /** The name of the first invariant `state` violates, if any. */
    violatedInvariant(state: State): string | undefined;
    /**
     * The first POSTCONDITION that does not hold once the search has ended with
     * these figures, if any. As in TLC, a postcondition is evaluated once, with
     * no current state, and `TLCGet("stats")` gives the figures: `diameter` is
     * the depth, `queue` 0 (the search ended), `duration` in whole seconds.
     */
    violatedPostcondition(figures: {
        readonly depth: number;
        readonly distinctStates: number;
        readonly statesGenerated: number;
        readonly seconds: number;
    }): {
        name: string;
        loc: Loc;
    } | undefined;
    /** The name of the first `[]P` property `state` violates, if any. */
    violatedAlwaysProperty(state: State): string | undefined;
    /**
     * For the liveness checker: writes into `out` from `at` on, for `state`,
     * whether each fairness condition's action is enabled (1) or not (0),
     * then the value of each liveness predicate.
     */
    livenessFacts(state: State, out: Uint8Array, at: number): void;
    /**
     * For the liveness checker: whether the step from `from` to `to` takes
     * each fairness condition's action (`<<A>>_v`), then the value of each
     * liveness action predicate on it, into `out` from `at` on.
     */
    fairnessTaken(from: State, to: State, out: Uint8Array, at: number): void;
    private truth;
    /** The name of the first refinement whose initial predicate fails in `state`. */
    violatedInitProperty(state: State): string | undefined;
    /** The name of the first action property the transition violates, if any. */
    violatedActionProperty(from: State, to: State): string | undefined;
    /** The 64-bit fingerprint of a state (under VIEW and SYMMETRY), into `out[0]`, `out[1]`. */
    fingerprint(state: State, out: Int32Array): void;
    /** Variable name -> printed value. */
    printState(state: State): Record<string, string>;
}
/**
 * Loads the model of a cfg file: the module of the same base name beside it
 * (or `modulePath` when given), compiled under the cfg; `options` says where
 * else to look for modules.
 */
export declare function loadModel(cfgPath: string, modulePath?: string, options?: LoadOptions): Promise<Model>;
/** Builds a model from already-loaded modules and configuration. */
export declare function buildModel(modules: ModuleSet, config: ModelConfig): Model;
export {};

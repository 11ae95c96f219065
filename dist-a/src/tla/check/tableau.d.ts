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
/** A temporal formula whose atoms are indices of compiled state and action predicates. */
export type LiveFormula = {
    readonly k: "state";
    readonly i: number;
} | {
    readonly k: "action";
    readonly i: number;
} | {
    readonly k: "const";
    readonly v: boolean;
} | {
    readonly k: "not";
    readonly a: LiveFormula;
} | {
    readonly k: "and" | "or";
    readonly args: readonly LiveFormula[];
} | {
    readonly k: "always" | "eventually";
    readonly a: LiveFormula;
};
/** A literal: a state or action predicate (by index), true or false. */
export interface Literal {
    readonly i: number;
    readonly positive: boolean;
}
/** One node of a tableau. */
export interface TableauNode {
    /** The state predicates the node's state must satisfy (or falsify). */
    readonly stateLits: readonly Literal[];
    /** The action predicates the step leaving the node must satisfy (or falsify). */
    readonly actionLits: readonly Literal[];
    /** The nodes a run may go to next. */
    readonly succ: readonly number[];
    /** Per acceptance set (one per `<>F` of the formula): whether the node is in it. */
    readonly accepting: readonly boolean[];
}
/** A generalized Büchi automaton: a run starts in an initial node and must meet every acceptance set infinitely often. */
export interface Tableau {
    readonly nodes: readonly TableauNode[];
    readonly initial: readonly number[];
    /** The number of acceptance sets. */
    readonly acceptanceSets: number;
}
/** `~f`, simplified where that is free. */
export declare function not(f: LiveFormula): LiveFormula;
/** Whether a formula has a temporal operator (else it speaks of the first state or the first step only). */
export declare function isTemporalFormula(f: LiveFormula): boolean;
/** A formula as text, for messages and tests: `s3` and `a1` are predicates by index. */
export declare function formulaText(f: LiveFormula): string;
/**
 * The tableau of `f`: a generalized Büchi automaton whose accepted runs,
 * read as behaviours (a node's literals holding of its state and of the step
 * that leaves it), are exactly the behaviours that satisfy `f`.
 */
export declare function tableauOf(f: LiveFormula): Tableau;
/**
 * One way for a behaviour to satisfy a formula, as TLC splits the negation
 * of a property: a formula for the tableau, and conditions that a cycle
 * alone decides. `[]<>A` (A without temporal operators) holds of a lasso
 * when some step of its cycle satisfies A (`infinitely`); `<>[]A` when every
 * step of it does (`always`). A step satisfies A when A's state predicates
 * hold in the state it leaves and its actions hold of it.
 */
export interface CheckPlan {
    readonly tableau: LiveFormula;
    readonly infinitely: readonly LiveFormula[];
    readonly always: readonly LiveFormula[];
}
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
export declare function plansOf(f: LiveFormula): CheckPlan[];

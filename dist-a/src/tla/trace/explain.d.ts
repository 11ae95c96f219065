import type { Expr, Loc } from "../syntax/ast.js";
import type { Scope } from "../eval/scope.js";
import { type Value } from "../values/value.js";
import { type PartialState, type TraceModel } from "./traceModel.js";
/** The false conjunct found, with the values it reads. */
export interface Finding {
    readonly loc: Loc;
    /** Its source text. */
    readonly text: string;
    /** Source text of each state variable, parameter or simple expression it mentions -> its value. */
    readonly values: Record<string, string>;
    /** Values chosen for bound names on the way down (a counterexample to a `\A`, the one element of an `\E`). */
    readonly bindings: Record<string, string>;
    /** When evaluating the conjunct failed rather than giving FALSE: the error. */
    readonly error?: string;
}
/** A value as TLA+ text, shortened for reports: long sets show their first elements and their size. */
export declare function shortValue(v: Value, max?: number): string;
/** `file:line:col` of a location, the file relative to the working directory when it is inside it. */
export declare function where(loc: Loc): string;
/**
 * Finds why an action (or predicate) cannot be satisfied from a state.
 * `state` is the current state (in `init` mode: the known values of the
 * initial state); `logged` is what the log says of the next state, shown
 * for primed variables that the action did not determine.
 */
export declare class Explainer {
    private readonly model;
    private readonly init;
    private readonly state;
    private readonly logged;
    private readonly bindings;
    /** Whether the descent has entered a quantifier's body. */
    private quantified;
    constructor(model: TraceModel, init: boolean, state: PartialState, logged: PartialState);
    /** The first false conjunct of `e` (compiled in `sc`), descending into operators, IF, LET and quantifiers. */
    find(e: Expr, sc: Scope, base?: PartialState): Finding;
    private descend;
    /** How far `e` gets before it is false (see {@link progress}), from the start {@link find} would use. */
    score(e: Expr, sc: Scope): number[];
    /**
     * How far `e` gets from `base` before it is false: at a conjunction, the
     * number of its conjuncts that hold before the first that does not,
     * followed by how far that one gets; definitions, LET and IF are entered as
     * {@link descend} enters them. Compared lexicographically (longer is
     * further when one is a prefix of the other).
     */
    private progress;
    /** The bounds of a quantifier: a scope with their names in fresh slots, and every combination of values. */
    private bindBounds;
    private ctx;
    /** One way of satisfying `e` from `base` (the variables it assigns added), or undefined when there is none. */
    private solve;
    private value;
    private atomic;
    /** The simple expressions (variables, parameters, `f[x]`, `r.f`, primes of them) that `e` mentions, outermost first. */
    private terms;
}
/**
 * How the value an action produces (`expected`) differs from the logged one,
 * as lines: for sets, the elements missing from the log and the extra ones;
 * for functions with the same domain, the entries that differ; otherwise both
 * values.
 */
export declare function describeDifference(name: string, expected: Value, logged: Value, out: string[], depth?: number): void;
/** Lexicographic order of two {@link Explainer.progress} scores: positive when `a` gets further than `b`. */
export declare function compareScores(a: readonly number[], b: readonly number[]): number;

/**
 * The run-time context compiled expressions read: the current and next
 * states, the frame of bound variables, and what the action being evaluated
 * is called.
 *
 * @module
 */
import type { Loc } from "../syntax/ast.js";
import type { Value } from "../values/value.js";
/** A compiled expression: reads the context, returns a value. */
export type Ev = (ctx: Ctx) => Value;
/** A compiled action in continuation-passing style: calls its continuation once per way it can be satisfied. */
export type Kont = (ctx: Ctx) => void;
/**
 * The name under which a successor is reported: the operator applied under the
 * `\E`/`\/` structure of the next-state relation, with the bound variables in
 * scope there.
 */
export interface ActionLabel {
    readonly name: string;
    /** The operator's body (TLC reports actions by it). */
    readonly loc: Loc;
    /** Module the operator is defined in. */
    readonly module: string;
    /** `\E` binders enclosing the application, by name and frame slot. */
    readonly binders: readonly {
        readonly name: string;
        readonly slot: number;
    }[];
    /** The operator's formal parameters, with the compiled arguments. */
    readonly params: readonly {
        readonly name: string;
        readonly ev: Ev;
    }[];
}
/** Mutable evaluation context; one per evaluator, reused for every state. */
export declare class Ctx {
    /** Current state: variable index -> value (undefined while computing initial states). */
    s: (Value | undefined)[];
    /** Next state: primed variable index -> value, undefined until assigned. */
    n: (Value | undefined)[];
    /** Frame of bound variables (slots allocated at compile time). */
    f: Value[];
    /** The action label in force (set by compiled next-state relations). */
    label: ActionLabel | null;
    /** `TLCGet("level")`: the depth of the current state (initial states are 1). */
    level: number;
    /** Incremented whenever a variable of `n` is assigned or unassigned (for memoisation). */
    ver: number;
    /** Incremented whenever a variable of `s` is assigned or unassigned, or `s` is replaced by the API. */
    sver: number;
    /**
     * How many of TLC's enumeration paths the successor being built stands
     * for: a formula without primes inside an action (`SafeAt(b, v)`) is not
     * enumerated path by path, as TLC does; the number of its satisfying paths
     * (witnesses of `\E`, true disjuncts, ...) multiplies this instead, so
     * that the states generated are counted as TLC counts them without the
     * duplicate states being built.
     */
    mult: number;
    /**
     * Incremented each time the next-state relation enters one of the actions
     * TLC splits it into (its top-level disjuncts, with `\E` over constant sets
     * and operators applied to constant arguments unfolded). TLC counts the
     * successors of a state action by action, so when a violation stops the
     * search the states generated include only the actions evaluated so far.
     */
    group: number;
    /**
     * States TLC counts as generated that are not successors: the states the
     * first action of an action composition `A \cdot B` yields (TLC generates
     * them on the way to B's successors, whether or not B then has any).
     */
    generatedBetween: number;
    /** How many first actions of compositions are being enumerated (only the outermost one's states count). */
    composingFirst: number;
    /**
     * `TLCGet("stats")`: the search's figures as TLC's record (`diameter`,
     * `distinct`, `generated`, `queue`, `duration`), set once the search has
     * ended, for the POSTCONDITIONs; undefined during the search.
     */
    stats: Value | undefined;
    /** TLC's registers: `TLCSet(i, v)` sets register i, `TLCGet(i)` reads it (one set per evaluator, as TLC has one per worker). */
    readonly registers: Map<number, Value>;
    /** Called at the end of a successful action evaluation. */
    emit: Kont;
    constructor(nvars: number, slots: number);
}

import type { Ctx } from "../eval/context.js";
import type { Expr } from "../syntax/ast.js";
import { type Value } from "../values/value.js";
import type { CallSite, TraceModel } from "./traceModel.js";
/** A formal parameter of the action whose value the log gives, but that is not in the set its binder ranges over. */
export interface OutOfDomain {
    readonly param: string;
    readonly value: Value;
    /** The binder's name and set (`a`, `Acceptor`), its location and the set's value. */
    readonly binder: string;
    readonly setExpr: Expr;
    readonly set: Value;
}
/**
 * The steps of one action with some of its parameters given. Each call of
 * {@link run} emits, through the model's sink, every successor of `ctx.s`
 * the action produces with those parameter values, with `ctx.n` pre-set to
 * whatever the log says about the next state.
 */
export declare class ActionSteps {
    readonly action: string;
    /** Names of the parameters the log gives, in the order of the values passed to {@link run}. */
    readonly given: readonly string[];
    /** The action's formal parameter names. */
    readonly params: readonly string[];
    private readonly compiled;
    constructor(model: TraceModel, action: string, 
    /** Names of the parameters the log gives, in the order of the values passed to {@link run}. */
    given: readonly string[], sites: readonly CallSite[]);
    /** Emits the action's successors of `ctx.s` with the given parameter values (aligned with {@link given}). */
    run(ctx: Ctx, values: readonly Value[]): void;
    /**
     * The values of all formal parameters in the first combination of binder
     * values (given ones fixed) that the next-state relation would try, and how
     * many combinations there are, and the first 64 of them; undefined when
     * there is none.
     */
    combinations(ctx: Ctx, values: readonly Value[]): {
        first: Record<string, Value>;
        count: number;
        some: readonly Record<string, Value>[];
    } | undefined;
    /** A given parameter whose value is outside the set its `\E` binder ranges over (at every call site), if any. */
    outOfDomain(ctx: Ctx, values: readonly Value[]): OutOfDomain | undefined;
    private iterate;
}

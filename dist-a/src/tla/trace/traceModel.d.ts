import type { Expr, Loc, Module, OpDef } from "../syntax/ast.js";
import { type ModuleSet } from "../syntax/load.js";
import type { Compiler, C } from "../eval/compile.js";
import { letScope } from "../eval/modules.js";
import type { Ctx, Ev, Kont } from "../eval/context.js";
import { Scope } from "../eval/scope.js";
import type { Value } from "../values/value.js";
/** A state being built or checked: variable index -> value, undefined when not (yet) known. */
export type PartialState = (Value | undefined)[];
/** One `\E` binder on the way from the next-state relation to an action. */
export interface BinderLevel {
    /** The bound names (one name unless `tuple`). */
    readonly names: readonly string[];
    readonly tuple: boolean;
    /** The frame slots of the names. */
    readonly slots: readonly number[];
    /** The set the names range over. */
    readonly set: Ev;
    readonly setExpr: Expr;
    readonly loc: Loc;
}
/** A place in the next-state relation where an action is called, under its `\E` binders. */
export interface CallSite {
    readonly action: string;
    readonly levels: readonly BinderLevel[];
    /** The scope of the call (binders bound to their slots). */
    readonly scope: Scope;
    /** The call itself (`Phase2b(a, b, v)`). */
    readonly call: Expr;
    /** The argument expressions, one per formal parameter. */
    readonly args: readonly Expr[];
    /** The action's definition. */
    readonly def: OpDef;
    /** The scope the definition's body is compiled in (without its parameters). */
    readonly defScope: Scope;
    /** Whether some successors are labelled with this action (false when its body only calls other actions). */
    labels: boolean;
}
/** The inputs of {@link TraceModel.load}. */
export interface TraceModelInput {
    readonly specFile: string;
    readonly constants: Readonly<Record<string, Value>>;
    readonly init?: string;
    readonly next?: string;
}
/** A specification compiled with constants given as values. */
export declare class TraceModel {
    readonly modules: ModuleSet;
    readonly compiler: Compiler;
    readonly ctx: Ctx;
    /** State variables in declaration order. */
    readonly variables: readonly string[];
    readonly variableIndex: ReadonlyMap<string, number>;
    readonly moduleName: string;
    readonly rootScope: Scope;
    readonly initName: string;
    readonly nextName: string;
    /** The definition of the initial predicate. */
    readonly initDef: OpDef;
    /** The definition of the next-state relation. */
    readonly nextDef: OpDef;
    /** Every action name the next-state relation labels successors with, with where it is called. */
    readonly sites: ReadonlyMap<string, readonly CallSite[]>;
    /** Names of the model values appearing in the constants. */
    readonly modelValues: ReadonlySet<string>;
    private readonly sources;
    /** Where the engine's emitted states go: set by the caller before running a compiled action. */
    sink: Kont;
    private readonly initK;
    private nextK;
    private constructor();
    /** Loads the specification and compiles it under the constants. */
    static load(input: TraceModelInput): Promise<TraceModel>;
    /** Builds the model from modules already loaded. */
    static fromModules(modules: ModuleSet, input: TraceModelInput): TraceModel;
    private definition;
    /** The closure of a compiled expression, memoised when it is constant. */
    use(c: C): Ev;
    /** Makes sure the frame has room for every slot allocated so far. */
    frame(): Ctx;
    /** Runs the initial predicate with `ctx.s` pre-set to the known values; {@link sink} gets each initial state. */
    runInit(known: PartialState): void;
    /** The whole next-state relation, labelling successors with action names. */
    nextKont(): Kont;
    /** The source text of a location. */
    text(loc: Loc): string;
    /** Prints a value as TLA+. */
    print(v: Value): string;
    /**
     * Walks the next-state relation the way the engine labels successors:
     * through disjunctions, `\E`, LET and operator calls; every operator call
     * met there names an action.
     */
    private findSites;
}
export { letScope };
export type { Module };

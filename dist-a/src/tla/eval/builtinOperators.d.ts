import type { Loc } from "../syntax/ast.js";
import { type Value } from "../values/value.js";
import { type C } from "./compiled.js";
import type { Ctx } from "./context.js";
/** The name of a standard module the engine provides. */
export type StandardModule = string;
/** Standard modules of TLA+ outside the supported subset, with the error that names them. */
export declare const unsupportedStandardModules: Readonly<Record<string, string>>;
/** An operator argument turned into a function of values. */
export interface OpFunction {
    /** The compiled operator (what the application reads). */
    readonly c: C;
    call(ctx: Ctx, args: Value[]): Value;
}
/** What compiling an application of a built-in operator has at hand. */
export interface BuiltinArgs {
    readonly loc: Loc;
    /** The i-th argument, compiled as an expression. */
    arg(i: number): C;
    /** The i-th argument, an operator of the given arity, as a function of values. */
    op(i: number, arity: number): OpFunction;
}
/** One built-in operator. */
export interface BuiltinOperator {
    readonly name: string;
    /**
     * The operator's key in the registry, which a scope's binding names: its
     * name, or `Module!name` for an operator whose name an operator of another
     * module already has (Graphs' and UndirectedGraphs' `IsStronglyConnected`).
     */
    readonly key: string;
    readonly arity: number;
    /** The standard module that defines it; undefined for the core language. */
    readonly module: StandardModule | undefined;
    /**
     * How an application compiles (the number of arguments already checked),
     * or, for an operator outside the supported subset, why any application is
     * rejected.
     */
    readonly impl: ((a: BuiltinArgs) => C) | {
        readonly unsupported: string;
    };
}
/** {@link strictC1} for a function of two values. */
export declare function strictC2(f: (a: Value, b: Value) => Value, ac: C, bc: C, loc: Loc): C;
/** Compiles an application of the built-in operator with registry key `key` to `argc` arguments. */
export declare function compileBuiltin(key: string, argc: number, args: BuiltinArgs): C;
/** Whether `name` is an operator of the core language that needs no module (`=`, `\in`, `SUBSET`, ...). */
export declare function isCoreOperator(name: string): boolean;
/** Whether `name` is an operator of some standard module. */
export declare function isStandardOperator(name: string): boolean;
/** The names of the standard modules the engine provides. */
export declare const standardModuleNames: ReadonlySet<string>;
/** Whether `name` is a standard module the engine provides. */
export declare function isStandardModule(name: string): name is StandardModule;
/** Whether `name` is a community module or proof library the engine provides, which a file of that name replaces. */
export declare function isLibraryModule(name: string): boolean;
/** The standard modules a standard module extends (undefined: not a standard module). */
export declare function standardModuleExtends(name: string): readonly string[] | undefined;
/** The operators a standard module defines itself, not counting those of the modules it extends (undefined: not a standard module). */
export declare function standardModuleOps(name: string): readonly string[] | undefined;
/** The operators a standard module makes visible: its own, then those of the modules it extends. */
export declare function standardOps(name: string): BuiltinOperator[];

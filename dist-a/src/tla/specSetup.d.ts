import type { Loc } from "./syntax/ast.js";
import type { ModuleSet } from "./syntax/load.js";
import type { CfgName } from "./config/cfg.js";
import { Compiler } from "./eval/compile.js";
import type { Ctx } from "./eval/context.js";
import type { Value } from "./values/value.js";
/** How errors about the given constants speak of where they were given. */
export interface ConstantWording {
    /** A constant of the specification is given no value. */
    missing(name: string): string;
    /** A constant that is an operator is given a value. */
    operator(name: string, arity: number): string;
    /** A value is given to a name that is not a constant. */
    unused(name: string): string;
    /** Prefix of the error when evaluating an ASSUME fails. */
    readonly assumeEvaluation: string;
    /** Suffix of the error when an ASSUME does not hold. */
    readonly assumeFailure: string;
}
/** A replacement `A <- B` (or `A <- [M] B`) of a model configuration. */
export interface Replacement {
    readonly by: CfgName;
    readonly module: CfgName | undefined;
    readonly loc: Loc;
}
/** The constants given to a specification. */
export interface GivenConstants {
    /** Values by name, with where each is given (undefined: not in a file). */
    readonly values: ReadonlyMap<string, {
        readonly value: Value;
        readonly loc: Loc | undefined;
    }>;
    /** Replacements by the name they replace (`A`, or `M!A` for `A <- [M] B`); only a model configuration has them. */
    readonly replacements: ReadonlyMap<string, Replacement>;
    /** Values given to definitions of a named module (`A = [M] v`), by `M!A`; only a model configuration has them. */
    readonly moduleValues?: ReadonlyMap<string, {
        readonly value: Value;
        readonly module: CfgName;
        readonly loc: Loc;
    }>;
    /**
     * Whether a value may be given to a definition of the root module (or of a
     * module it extends) rather than to a constant, as a model configuration
     * may (`None = None`).
     */
    readonly definitionValues: boolean;
    /**
     * Where a value given to a name that is neither a constant nor a
     * definition goes: a model configuration ignores it with a warning, as TLC
     * does; without this, it is an error.
     */
    readonly warn?: (message: string) => void;
    readonly wording: ConstantWording;
}
/** The wording of a model configuration (the cfg file). */
export declare const cfgWording: (root: string) => ConstantWording;
/**
 * Compiles a loaded specification with its constants bound to `given`, and
 * checks that everything given was used: each value names a constant (or, in
 * a model configuration, a definition), each replacement a constant or a
 * definition that exists. The ASSUMEs are checked separately
 * ({@link checkAssumptions}), once the caller has compiled what it needs.
 */
export declare function compileSpecification(modules: ModuleSet, given: GivenConstants): Compiler;
/**
 * Evaluates the ASSUMEs of the root module and of the modules it extends, in
 * order. One that does not hold is an error of kind "assumption"; one whose
 * evaluation fails is an evaluation error (kind "error"), as TLC reports it.
 */
export declare function checkAssumptions(compiler: Compiler, ctx: Ctx, wording: ConstantWording): void;

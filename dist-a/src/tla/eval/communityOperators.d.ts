import { type FnValue, type Value } from "../values/value.js";
/** An operator argument as a function of values. */
export type Call = (...args: Value[]) => Value;
/** One native operator: its name, its number of arguments, which of them are operators (position -> arity), and its meaning. */
export interface NativeOperator {
    readonly name: string;
    readonly arity: number;
    /** Positions of operator arguments, with their arities. */
    readonly ops?: Readonly<Record<number, number>>;
    /** The value, given the value arguments and the operator arguments, each in order. */
    readonly fn: (vals: readonly Value[], ops: readonly Call[]) => Value;
    /**
     * Whether it reads or writes something other than its arguments (a file):
     * it is then evaluated each time it is met, never folded into a constant
     * or remembered.
     */
    readonly effect?: boolean;
}
/** The community and proof-library modules, each with the modules it extends and its operators. */
export interface NativeModule {
    readonly extends: readonly string[];
    readonly ops: readonly NativeOperator[];
}
export declare const op: (name: string, arity: number, fn: NativeOperator["fn"], ops?: NativeOperator["ops"]) => NativeOperator;
/** An operator with an effect (see {@link NativeOperator.effect}). */
export declare const effectOp: (name: string, arity: number, fn: NativeOperator["fn"]) => NativeOperator;
/** An operator the engine refuses when it is evaluated (a specification may mention it on a path it never takes). */
export declare const refused: (name: string, arity: number, why: string) => NativeOperator;
/**
 * A value as JSON, as the Json module writes it: a record (a function whose
 * keys are all strings) is an object; a sequence, a tuple and a set are arrays
 * (a set in the engine's order of values); another function is an object whose
 * keys are the printed keys; a model value is its name, a string.
 */
export declare function toJson(v: Value): unknown;
/** A JSON value as a TLA+ value: an object is a record, an array a tuple, a number an integer. */
export declare function fromJson(j: unknown, where: string): Value;
export declare function fileName(v: Value, what: string): string;
export declare function writeText(file: string, text: string, what: string): Value;
export declare function elems(s: Value, what: string): readonly Value[];
export declare function fn(f: Value, what: string): FnValue;
/** The modules and their operators. */
export declare const nativeModules: Readonly<Record<string, NativeModule>>;
/** TLAPS: every pragma is TRUE; `EnabledWrapper` and `CdotWrapper` take an operator and are TRUE too. */
export declare const tlapsModule: NativeModule;
/** The proof libraries: what each extends; they define nothing the engine evaluates. */
export declare const proofLibraries: Readonly<Record<string, readonly string[]>>;

import type { Loc } from "../syntax/ast.js";
/** A name written in the cfg file, with its location. */
export interface CfgName {
    readonly name: string;
    readonly loc: Loc;
}
/**
 * A constant value as the cfg can write it: an integer, a string, a boolean,
 * a model value (a bare name: `a`, or `None` in `None = None`), or a set of
 * such values (nested sets allowed).
 */
export type CfgValue = {
    readonly kind: "int";
    readonly value: bigint;
    readonly loc: Loc;
} | {
    readonly kind: "str";
    readonly value: string;
    readonly loc: Loc;
} | {
    readonly kind: "bool";
    readonly value: boolean;
    readonly loc: Loc;
} | {
    readonly kind: "modelvalue";
    readonly name: string;
    readonly loc: Loc;
} | {
    readonly kind: "set";
    readonly elems: readonly CfgValue[];
    readonly loc: Loc;
};
/**
 * One entry of a CONSTANT(S) section: `N = 3` (a value; `N = [M] v` gives
 * the value to the definition N of module M), or `F <- Def` (replace the
 * constant or operator F by the definition Def, of the module `module` when
 * written `F <- [M] Def`).
 */
export type ConstantEntry = {
    readonly kind: "value";
    readonly name: string;
    readonly loc: Loc;
    readonly value: CfgValue;
    readonly module?: CfgName;
} | {
    readonly kind: "replace";
    readonly name: string;
    readonly loc: Loc;
    readonly by: CfgName;
    readonly module: CfgName | undefined;
};
/** A parsed model configuration. Lists keep the order of the file. */
export interface ModelConfig {
    /** Absolute path of the cfg file (or the name given for in-memory text). */
    readonly file: string;
    readonly init: CfgName | undefined;
    readonly next: CfgName | undefined;
    readonly specification: CfgName | undefined;
    readonly constants: readonly ConstantEntry[];
    readonly invariants: readonly CfgName[];
    readonly properties: readonly CfgName[];
    readonly constraints: readonly CfgName[];
    readonly actionConstraints: readonly CfgName[];
    /**
     * POSTCONDITION: constant-level formulas evaluated once the search has
     * ended without error, when `TLCGet("stats")` gives its figures (as TLC).
     */
    readonly postconditions: readonly CfgName[];
    readonly symmetry: CfgName | undefined;
    readonly view: CfgName | undefined;
    /** CHECK_DEADLOCK TRUE/FALSE, when written (TLC's default is TRUE). */
    readonly checkDeadlock: boolean | undefined;
    /** ALIAS is accepted but has no effect here. */
    readonly alias: CfgName | undefined;
    /** Remarks for people: keywords accepted but ignored, and why. */
    readonly notes: readonly string[];
}
/** The .tla module a cfg file configures: the file of the same base name beside it (as TLC does). */
export declare function moduleFileForCfg(cfgPath: string): string;
/** Reads and parses a cfg file. */
export declare function loadConfig(cfgPath: string): Promise<ModelConfig>;
/** Parses the text of a cfg file; `file` is used in locations. */
export declare function parseConfig(text: string, file: string): ModelConfig;

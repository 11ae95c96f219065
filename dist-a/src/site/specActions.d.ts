/**
 * The actions of a specification, read from its `.tla` text with the
 * project's parser: the operators that the disjuncts of `Next` apply, each
 * with its definition's source text and the prose comment above it.
 *
 * @module
 */
import type { Module, OpDef } from "../tla/syntax/ast.js";
/** One action of the spec, as the site shows it. */
export interface SpecAction {
    /** The operator's name: `Phase1b`. */
    readonly name: string;
    /** Its parameters: `["a", "b"]`. */
    readonly params: readonly string[];
    /** The definition's source text, exactly as written in the file. */
    readonly text: string;
    /** The prose comment above the definition, without comment markers. */
    readonly doc: string | undefined;
    /** The names of the module's other definitions this action's text uses (for links). */
    readonly uses: readonly string[];
    /** The file and 1-based line where the definition starts. */
    readonly file: string;
    readonly line: number;
}
/** The definitions of a module by name (operator definitions only). */
export declare function operatorDefinitions(m: Module): Map<string, OpDef>;
/**
 * The actions of `Next` in a parsed module: each operator its disjuncts apply
 * (through `\E` quantifiers), in the order they appear. Throws when the module
 * has no `Next`.
 */
export declare function actionsOfModule(m: Module, nextName?: string): SpecAction[];
/** Parses a spec file's text and returns the actions of its `Next`. */
export declare function readSpecActions(text: string, file: string): Promise<{
    module: Module;
    actions: SpecAction[];
}>;

import type { Loc, Module } from "./ast.js";
/** A loaded specification. */
export interface ModuleSet {
    /** The module of the root file. */
    readonly root: Module;
    /**
     * Every module read from a file or nested in one, by name (the root
     * included). Nested modules are listed here too, as well as in their
     * parent's `submodules`.
     */
    readonly modules: ReadonlyMap<string, Module>;
    /** Modules in dependency order: each after every module it extends or instantiates. */
    readonly order: readonly Module[];
    /** Names of the standard modules the specification uses (provided by the evaluator). */
    readonly standard: ReadonlySet<string>;
}
/** Parses the text of one module (for tests and for specifications held in memory). */
export declare function parseModuleText(text: string, file: string): Promise<Module>;
/** A module name used somewhere, and where. */
interface Reference {
    readonly name: string;
    readonly loc: Loc | undefined;
}
/** Options of {@link loadModules}. */
export interface LoadOptions {
    /**
     * Folders searched, in order, for a module found neither nested nor beside
     * the module that names it nor beside the root module (`paxos check --lib`).
     */
    readonly libraryPaths?: readonly string[];
}
/** Reads the root module and every module it depends on. */
export declare function loadModules(rootFile: string, options?: LoadOptions): Promise<ModuleSet>;
/** Every module name a module uses: its EXTENDS list, then its INSTANCEs (also those inside LET), in source order. */
export declare function references(m: Module): Reference[];
export {};

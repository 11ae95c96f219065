import type { Expr, Loc, Module, Unit } from "../syntax/ast.js";
import { Ctx } from "./context.js";
import { Scope, type Binding, type ModuleInstance } from "./scope.js";
/** Options for building a compiler over a loaded specification. */
export interface CompilerInput {
    /** Every loaded module by name (the root included). */
    readonly modules: ReadonlyMap<string, Module>;
    /** Names of standard modules (their operators are built in). */
    readonly standard: ReadonlySet<string>;
    /** The root module. */
    readonly root: Module;
    /**
     * The binding of a constant of the root module (or of a module it extends),
     * from the model configuration; undefined when the cfg says nothing.
     */
    readonly constant: (name: string, arity: number, loc: Loc, rootScope: Scope) => Binding | undefined;
    /**
     * The replacement of the definition `name` of `module` from the model
     * configuration (`F <- G`, `F <- [M] G`, or a value `F = v`), if any. `arity`
     * is the definition's number of parameters, undefined for a standard
     * operator. A replaced definition is never compiled.
     */
    readonly override?: (module: string, name: string, rootScope: () => Scope, arity: number | undefined) => Binding | undefined;
    /**
     * Whether a binding `override` returned replaces the definition as the root
     * module sees it (`A <- B`, `A = v`) rather than the definition of a named
     * module (`A <- [M] B`, `A = [M] v`): an instance's `I!A` is then A's own
     * definition (see ModuleInstance.members).
     */
    readonly isRootReplacement?: (b: Binding) => boolean;
}
/** Frame slots, state variables and module instances of one specification under one model. */
export declare abstract class ModuleCompiler {
    protected readonly input: CompilerInput;
    /** Number of frame slots allocated so far. */
    slotCount: number;
    /** State variables in declaration order. */
    readonly varNames: string[];
    /** The root module instantiated with the model's constants. */
    readonly root: ModuleInstance;
    /** ASSUMEs of the root module and of the modules it extends, in order. */
    readonly assumes: {
        readonly expr: Expr;
        readonly name: string | undefined;
        readonly scope: Scope;
    }[];
    constructor(input: CompilerInput);
    /** A fresh frame slot. */
    newSlot(): number;
    /** A context sized for this compiler. */
    newCtx(): Ctx;
    private moduleNamed;
    /**
     * Adds the operators of standard module `name` to a scope. `owner`: the
     * module that extends or (unnamed) instantiates it, whose definitions these
     * become; the model configuration may replace them as that module's
     * (`Nat <- [ZSequences] MyNat` for a module with `LOCAL INSTANCE Naturals`).
     */
    private addStandard;
    /**
     * Instantiates a module: `resolve` says what its constants and variables
     * denote. With `collectAssumes`, the ASSUMEs of this module and of those it
     * extends are recorded (not those of instantiated modules, as TLC).
     */
    instantiate(mod: Module, resolve: (name: string, arity: number, kind: "const" | "var", loc: Loc) => Binding, collectAssumes: boolean): ModuleInstance;
    /** The constants and variables a module declares, with those of the modules it extends. */
    private declaredNames;
    /**
     * Instantiates the module of an INSTANCE: substitutions are compiled in
     * `subScope`, implicit ones resolved in `ctxScope`. `owner`: the module of
     * an unnamed INSTANCE, whose definitions those of a standard module become.
     */
    protected instanceOf(def: Extract<Unit, {
        kind: "instance";
    }>, subScope: Scope, ctxScope: Scope, owner?: string): ModuleInstance;
    /** The module instance an `I!Op` expression reaches. */
    instanceFor(e: Extract<Expr, {
        kind: "instanceop";
    }>, sc: Scope): ModuleInstance;
    protected resolveInstancePath(e: Extract<Expr, {
        kind: "instanceop";
    }>, sc: Scope): [ModuleInstance, string];
    protected letScope(defs: readonly Unit[], sc: Scope): Scope;
}
/**
 * The scope of a LET's definitions: operators (RECURSIVE ones marked),
 * functions and named instances (`LET G == INSTANCE Graphs IN G!Op`, whose
 * implicit substitutions are the names in scope at the LET, bound variables
 * included); anything else is an error.
 */
export declare function letScope(defs: readonly Unit[], sc: Scope): Scope;

import type { Bound, Expr, Loc, SubExpr } from "../syntax/ast.js";
import { type Value } from "../values/value.js";
import { type OpFunction } from "./builtinOperators.js";
import { type C } from "./compiled.js";
import type { Ctx } from "./context.js";
import { ModuleCompiler } from "./modules.js";
import { Scope, type ArgRef, type Binding, type OpBinding } from "./scope.js";
/** An argument passed by value: evaluated into its frame slot before the body (see {@link DefinitionCompiler.bindParams}). */
export interface ByValue {
    readonly slot: number;
    readonly c: C;
}
/** `body`, after the arguments passed by value are evaluated into their slots. */
export declare function withArguments<T>(byValue: readonly ByValue[], body: (ctx: Ctx) => T): (ctx: Ctx) => T;
/** Applications of names: definitions, parameters, variables, constants, built-in operators. */
export declare abstract class DefinitionCompiler extends ModuleCompiler {
    private inlineDepth;
    /** Slots of the bound variables of the loops (quantifiers, filters, maps...) being compiled, innermost last. */
    protected readonly loops: number[];
    /**
     * Wraps a costly expression (an operator application, a quantifier, a set
     * filter or map...) in a cache keyed by its free slots and the state when it
     * does not read the innermost enclosing loop variable: it is then evaluated
     * once per binding of the variables it does depend on, not once per
     * iteration of that loop.
     */
    protected hoist(c: C): C;
    protected compileIdent(name: string, sc: Scope, primed: boolean, loc: Loc): C;
    /** Reads a state variable (current or next). */
    protected varRead(index: number, name: string, primed: boolean, loc: Loc): C;
    /** Applies whatever `name` denotes to arguments (zero arguments: a plain reference). */
    compileApply(name: string, b: Binding, args: readonly ArgRef[], primed: boolean, loc: Loc): C;
    protected compileOpCall(name: string, b: OpBinding, args: readonly ArgRef[], primed: boolean, loc: Loc): C;
    protected withDepth<T>(name: string, loc: Loc, f: () => T): T;
    /** Binds parameters for an inlined body; returns the body scope and the by-value assignments. */
    protected bindParams(params: readonly {
        readonly name: string;
        readonly arity: number;
    }[], body: Expr, defScope: Scope, args: readonly ArgRef[], primed: boolean): {
        scope: Scope;
        byValue: ByValue[];
    };
    /**
     * Whether `e` is a formula whose evaluation in an action branches as TLC
     * enumerates next states (a conjunction, disjunction, quantifier,
     * implication, IF, CASE or LET, directly or as the body of an operator it
     * applies). Such an argument is passed by name, so that where the body uses
     * it as an action it is enumerated in place (with its witnesses counted)
     * rather than reduced to one boolean beforehand.
     */
    protected isFormulaShaped(e: Expr, sc: Scope, depth: number): boolean;
    protected operatorArg(a: ArgRef, arity: number): Binding;
    protected inline(params: readonly {
        readonly name: string;
        readonly arity: number;
    }[], body: Expr, defScope: Scope, args: readonly ArgRef[], primed: boolean): C;
    protected compileRecursiveCall(name: string, b: OpBinding, args: readonly ArgRef[], primed: boolean, loc: Loc): C;
    /**
     * A function definition `f[x \in S] == e`: a function value built from its
     * domain (lazily when the domain is infinite); `f` in `e` is the function
     * itself (recursive functions). Its unprimed compilation is kept on the binding.
     */
    protected compileFnDef(b: Extract<Binding, {
        k: "fn";
    }>, primed: boolean): C;
    /**
     * The domain of a function constructor or definition with several bounds, and
     * how to bind one argument (a tuple when there are several names).
     */
    protected binderDomain(bounds: readonly Bound[], setScope: Scope, bodyScope: Scope, primed: boolean, loc: Loc): {
        domain: C;
        bind: (ctx: Ctx, arg: Value) => void;
    };
    /**
     * Turns an operator argument into a JS function of values. Its compiled
     * form (`c`, which the application's own dependencies are worked out
     * from) reads what the operator reads apart from its parameters: those are
     * bound by each call, so `CausalOrder(log, LAMBDA l : l.vc, ...)` is
     * constant when `log` is.
     */
    protected opFunction(a: ArgRef, arity: number, loc: Loc): OpFunction;
    /** An application of a built-in operator (see builtinOperators.ts). */
    private compileBuiltin;
    /** The expression a subexpression reference `Op!2`, `Op!:` denotes, and the scope it is written in. */
    protected subexpressionTarget(e: SubExpr, sc: Scope): {
        expr: Expr;
        scope: Scope;
    };
    protected compileOpApp(name: string, args: readonly ArgRef[], sc: Scope, primed: boolean, loc: Loc): C;
    /** Compiles an expression. `primed`: inside a prime (state variables read the next state). */
    abstract compile(e: Expr, sc: Scope, primed?: boolean): C;
}

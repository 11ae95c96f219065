import type { Bound, Expr } from "../syntax/ast.js";
import { type C } from "./compiled.js";
import type { Ctx } from "./context.js";
import { DefinitionCompiler } from "./definitions.js";
import type { Scope } from "./scope.js";
/** Expressions: values, sets, functions, records, quantifiers, IF, CASE, LET. */
export declare abstract class ExpressionCompiler extends DefinitionCompiler {
    /** Compiles an expression. `primed`: inside a prime (state variables read the next state). */
    compile(e: Expr, sc: Scope, primed?: boolean): C;
    /** `/\` and `\/`: evaluated left to right, stopping at the first conjunct that is false (disjunct that is true). */
    private compileJunction;
    /**
     * `v \in DOMAIN f` (and `\notin`): whether `f` has the key `v`, looked up as
     * `f[v]` looks it up, without building the domain. A sequence's domain is
     * an interval built at every `DOMAIN`, and guards such as `IF i \in DOMAIN
     * log THEN log[i] ELSE ...` evaluate it very often (a sixth of
     * MCCheckpointCoordination's time went to building those intervals).
     */
    private compileDomainMembership;
    private compileFnApp;
    /**
     * Compiles the bounds of a quantifier-like construct: returns the scope with
     * the bound names and an iterator calling `each` for every binding (stops
     * when `each` returns true).
     */
    protected compileBounds(bounds: readonly Bound[], sc: Scope, primed: boolean): {
        scope: Scope;
        sets: C[];
        iterate: (ctx: Ctx, each: (ctx: Ctx) => boolean) => boolean;
    };
    /**
     * The bounds compiled ({@link compileBounds}) and `body` compiled in their
     * scope, with their variables as the innermost loops while it is (see
     * {@link hoist}).
     */
    protected underBounds<T>(bounds: readonly Bound[], sc: Scope, primed: boolean, body: (scope: Scope) => T): {
        scope: Scope;
        sets: C[];
        iterate: (ctx: Ctx, each: (ctx: Ctx) => boolean) => boolean;
        body: T;
    };
    /** `compile()` with the variables of `slots` as the innermost loop (see {@link hoist}). */
    protected inLoop<T>(slots: readonly number[], compile: () => T): T;
    private compileQuant;
    private compileChoose;
    /**
     * Whether `e` is a set filter `{x \in S : P}` (over one name, not a tuple
     * pattern), directly or through definitions (with parameters or not) and
     * arguments passed by name. Only looks: the parameters are not bound.
     */
    private leadsToFilter;
    /**
     * `v \in F` (or `\notin`) where F is, through definitions, the set filter
     * `{x \in S : P}`: decided as `v \in S /\ P` with x bound to v, as TLC
     * decides it. The filtered set is not built (S may be large, as
     * `SUBSET SUBSET 1..4`, or infinite), and P is evaluated for v alone. The
     * parameters of a definition on the way (`c \in Children(g, v)`) are bound
     * as in any application.
     */
    private compileFilterMembership;
    private compileSetFilter;
    private compileSetMap;
    private compileFnCtor;
    private compileExcept;
    /** `ENABLED A`: whether the action A has a successor from the current state (compiled with the actions). */
    protected abstract compileEnabled(action: Expr, sc: Scope): C;
}

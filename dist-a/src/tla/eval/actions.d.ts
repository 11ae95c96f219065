import type { Expr, Loc } from "../syntax/ast.js";
import { type C } from "./compiled.js";
import type { Kont } from "./context.js";
import { ExpressionCompiler } from "./expressions.js";
import type { Scope } from "./scope.js";
/** How an action is being compiled. */
export interface ActMode {
    /** Computing initial states: unprimed `x = e` assigns. */
    readonly init: boolean;
    /** Still in the `\/`/`\E`/operator structure at the top of the relation (labels actions). */
    readonly top: boolean;
    readonly binders: readonly {
        readonly name: string;
        readonly slot: number;
    }[];
    /**
     * Still in the part of the next-state relation that TLC splits into
     * separate actions (see {@link Ctx.group}); the first construct that TLC
     * does not split further increments the group when it is entered.
     */
    readonly split?: boolean;
    /**
     * Count TLC's enumeration paths through formulas without primes
     * ({@link Ctx.mult}), as the model checker needs. Without it (trace
     * validation, ENABLED) such a formula is one boolean, which is cheaper:
     * only whether a successor exists matters there.
     */
    readonly count?: boolean;
}
/**
 * Compiles the expressions and actions of one specification under one model.
 * Holds the frame layout (every bound variable gets its own slot) and the
 * state-variable indices.
 */
export declare class Compiler extends ExpressionCompiler {
    /** The functions whose applications {@link countFnApp} enumerates, by binding. */
    private readonly lambdaCounts;
    /**
     * Compiles an action (or, with `init`, an initial predicate) so that it calls
     * `k` once for every way of satisfying it, with the primed (or, for init,
     * unprimed) variables assigned in `ctx.n` (`ctx.s`).
     */
    compileAct(e: Expr, sc: Scope, k: Kont, mode: ActMode): Kont;
    /**
     * Whether TLC splits `e`, met at the top of the next-state relation, into
     * further actions: a disjunction, a LET, an `\E` over constant sets, an
     * operator applied to constant arguments (TLC's `Spec.getActions`).
     */
    private splitsActions;
    /**
     * Whether `e`, in an action, is a formula TLC's enumeration branches on
     * (conjunction, disjunction, quantifier, implication, IF, CASE, LET, or an
     * operator or a function whose body may be one) that reads no primed variable: its paths
     * are then counted ({@link compileCount}) rather than enumerated.
     */
    private countable;
    /**
     * Compiles a formula without primes, met in an action, to the number of
     * paths TLC's next-state enumeration takes through it (TLC's
     * `Tool.getNextStates`): a conjunction multiplies, a disjunction adds, `\E`
     * adds over every element (it does not stop at the first witness), `\A`
     * multiplies over every element, `P => Q` counts Q when P holds (1 when it
     * does not), IF and CASE count the branch taken, operators are unfolded
     * (those without parameters and constant, which TLC evaluates once at
     * startup, are single booleans), anything else is 1 when true, 0 when
     * false. Each path yields the same successor, which is built once and
     * counted that many times.
     */
    private compileCount;
    /**
     * {@link compileCount} of `f[a]` where `f` names a function that TLC keeps
     * as a lambda rather than a table: TLC's enumeration then goes into the
     * function's body with its parameter bound to `a` (`Tool.getNextStates`,
     * function application of a `FcnLambdaValue`), so the paths through the
     * body count, recursive applications included (`SafeAt(b, v) == LET SA[bb
     * \in Ballot] == ... SA[c] ... IN SA[b]`). TLC keeps as a lambda the
     * value of a function definition `f[x \in S] == P` or of a definition `f ==
     * [x \in S |-> P]` that it evaluates while it enumerates, which is every one
     * that reads the state and every LET definition; a definition of a module
     * whose value is constant it evaluates once, at startup, to a table when it
     * is not recursive (one boolean here, as before), and to a lambda when it is.
     * Undefined when `f` is not such a name.
     */
    private countFnApp;
    /** {@link compileCount} of `Op(args)`, `Op` or `I!Op(args)`. */
    private countApplication;
    /** {@link compileCount} of an operator application (or a reference to a definition or a parameter passed by name). */
    private countApply;
    /** A formula TLC evaluates to one boolean: one path when true, none when false. */
    private countPredicate;
    /** {@link compileAct} for the constructs TLC enumerates, branch by branch. */
    private compileActStructural;
    /**
     * An item of an initial predicate that TLC's enumeration moves on to (a
     * conjunct after the first, an instance of `\A` after the first): once
     * every variable has a value, TLC evaluates it, and every item after it,
     * as one boolean (`Tool.getInitStates`, which stops assigning as soon as
     * the state is complete). Its disjunctions, quantifiers and implications
     * then no longer branch, so an initial state reached through several of
     * their paths is generated once, not once per path. `structural` goes
     * through the item branch by branch; `asBoolean` evaluates it whole.
     */
    private onceAllAssigned;
    /**
     * `\A x \in S : A` in an action, as TLC enumerates it: the conjunction of
     * its instances, each enumerated in turn (so an instance may assign a
     * primed variable that a later one reads). The continuation of instance i
     * enters instance i + 1 of the same compiled body, so the frame slots the
     * body uses are saved around that re-entry and restored after it.
     */
    private compileForallAct;
    /**
     * Action composition `A \cdot B`: the steps from s to t such that some state
     * mid has A take s to mid and B take mid to t. A is enumerated from the
     * current state; each successor it yields (all its variables assigned) is
     * made the current state of B, whose successors go on to `k` with the
     * original current state back in place. Primed variables assigned before
     * the composition (`x' = 1 /\ (A \cdot B)`) are tested against B's.
     */
    private compileCompose;
    /** {@link compileAct} of `Op(args)`, `Op` or `I!Op(args)`. */
    private actApplication;
    /**
     * What `Op(args)`, `Op` or `I!Op(args)` applies, with its arguments;
     * undefined when `Op` is not defined (it may then be a built-in operator).
     */
    private applied;
    private actApply;
    /** The state variable assigned by `lhs` (`x'` in actions, `x` in initial predicates), if it is one. */
    private assignTarget;
    /** `x' = e` (`x = e` in an initial predicate) where x is variable `i`. */
    private assign;
    /** `x' \in S` (`x \in S` in an initial predicate) where x is variable `i`: one branch per element of S. */
    private assignIn;
    /** `UNCHANGED x` where x is variable `i`. */
    private assignUnchanged;
    /** The state variables of `UNCHANGED e` when e is a variable or a (nested) tuple of them, through definitions. */
    varsOf(e: Expr, sc: Scope): number[] | undefined;
    private predicate;
    private predicateC;
    /** Compiles the definition `name` of the root module as a next-state relation whose actions are labelled. */
    compileNext(e: Expr, sc: Scope, name: string, loc: Loc, k: Kont): Kont;
    /** `ENABLED A`: runs A from the current state into a scratch next state and stops at its first successor. */
    protected compileEnabled(action: Expr, sc: Scope): C;
}

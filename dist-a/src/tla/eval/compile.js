/**
 * The compiler from AST to closures. Every expression is compiled once per
 * model into a JS closure over the {@link Ctx}; names are resolved at compile
 * time (bound variables to frame slots, state variables to indices, constants
 * to values), non-recursive operators are inlined, and subexpressions that do
 * not depend on the state or on bound variables are evaluated once and
 * remembered (so `SUBSET Acceptor` or `Quorum` cost nothing per state).
 *
 * Actions are compiled in continuation-passing style, with TLC's semantics:
 * the first `x' = e` (or `x' \in S`) met in evaluation order assigns `x'`,
 * later ones test it; `\/` and `\E` branch, each branch calling the
 * continuation; `\A` is the conjunction of its instances; `P => Q` goes on
 * with Q when P holds; IF and CASE choose a branch. In the model checker's
 * next-state relation, a part without primes is not enumerated branch by
 * branch: the number of branches it has is counted instead, so that states
 * generated are counted as TLC counts them (see {@link Ctx.mult}).
 *
 * The compiler is one class built in layers, one file each:
 *
 * - `modules.ts`: frame slots, state variables, module instances and scopes;
 * - `definitions.ts`: applying a name (definitions inlined, parameters,
 *   variables, constants, RECURSIVE operators, built-in operators);
 * - `expressions.ts`: every other expression;
 * - `actions.ts`: actions and initial predicates (the {@link Compiler}).
 *
 * Beside them: `compiled.ts` (what a compiled expression is), `cache.ts`
 * (what the compiled code remembers, and when it forgets),
 * `builtinOperators.ts` (the registry of built-in operators and standard
 * modules), `builtins.ts` (those operators on values) and `syntaxFacts.ts`.
 *
 * @module
 */
export { Compiler } from "./actions.js";
export { enumerate, fail, locate } from "./compiled.js";
//# sourceMappingURL=compile.js.map
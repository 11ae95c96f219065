import { type C } from "./compiled.js";
import type { Ev } from "./context.js";
/** The closure to call for a compiled child: folded once when it is constant. */
export declare function use(c: C): Ev;
/**
 * A module's definition without parameters whose body is constant-level (it
 * reads no state variable, no prime, no bound variable) but has an effect or
 * draws at random (`Edges == ... RandomElement(...) ...`, `Data ==
 * JsonDeserialize(f)`): evaluated once per model, at its first evaluation, and
 * that value kept. This is TLC's semantics: TLC evaluates every constant-level
 * definition without parameters once, at startup, and uses the value
 * wherever the definition is named, so a random choice made there is made
 * once. (Without the effect the definition is a constant anyway and
 * {@link use} folds it.) `key`, the definition's qualified name, seeds its
 * random draws (random.ts), so every evaluator of the model finds the same
 * value. An evaluation that fails keeps nothing, and the next one tries
 * again, as TLC evaluates a definition whose evaluation at startup failed
 * where it is used.
 */
export declare function onceDefinition(c: C, key: string): C;
/**
 * Remembers the value of a state-dependent expression that reads no bound
 * variable for as long as the current and next states stay the same (the
 * context's `ver` counts assignments to them). Used for zero-argument
 * definitions and instance substitutions, e.g. a refinement mapping that an
 * action property reads many times per transition.
 */
export declare function stateMemo(c: C): C;
/**
 * The cache of a zero-argument definition's compiled body, which every use of
 * the definition shares (a LET definition, an instance substitution): per
 * state when it reads no bound variable ({@link stateMemo}); otherwise per
 * binding of the bound variables it reads and per state ({@link memoByFree}),
 * whatever loops its uses are in. TLC likewise evaluates a LET definition at
 * most once per evaluation of the LET. Without this, the uses of `dagOfL` in
 * `Linearize(dag, l) == LET dagOfL == SubDag(dag, {l}) ... IN ...` (passed
 * by name into `PreviousLeader(dagOfL, r)`, read there inside a CHOOSE and a
 * set filter) would each compute the sub-DAG again: hoisting decides by the
 * loops around the use compiled first, and that one was in none.
 */
export declare function definitionMemo(c: C): C;
/**
 * Wraps a costly expression (an operator application, a quantifier, a set
 * filter or map...) in a cache keyed by its free slots and the state when it
 * does not read the innermost enclosing loop variable: it is then evaluated
 * once per binding of the variables it does depend on, not once per
 * iteration of that loop. `loops`: the slots of the loop variables in scope,
 * innermost last.
 */
export declare function hoist(c: C, loops: readonly number[]): C;

/**
 * The abstract syntax of the TLA+ subset the engine understands.
 *
 * The front end (`src/tla/syntax/`) turns tree-sitter's concrete syntax tree
 * into these types; everything after it (evaluation, model checking, trace
 * validation) reads only these types. Names are not resolved here: an
 * {@link Ident} may denote a bound variable, a state variable, a constant or a
 * zero-argument operator, and the evaluator decides which by scope.
 *
 * Operator symbols are normalised to one canonical spelling each, so that the
 * evaluator never sees synonyms: `\union` becomes `\cup`, `/=` becomes `#`,
 * `=<` and `<=` become `\leq`, `\lnot` and `\neg` become `~`, `\intersect`
 * becomes `\cap`, `\land`/`/\` and `\lor`/`\/` become {@link Junction} nodes,
 * unary minus becomes `-.` (its name in TLA+ definitions).
 *
 * @module
 */
export {};
//# sourceMappingURL=ast.js.map
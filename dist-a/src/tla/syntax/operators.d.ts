/**
 * The canonical spelling of every TLA+ operator symbol, keyed by the node
 * type tree-sitter gives the symbol. The grammar already folds synonyms into
 * one node type (`\union` and `\cup` are both `cup`); this table picks the one
 * spelling the evaluator sees, as documented in `ast.ts`.
 *
 * @module
 */
/**
 * Infix operators with their canonical names. `land`, `lor`, `times`,
 * `leads_to` are missing on purpose: they become Junction, Times and Temporal
 * nodes. Symbols listed in {@link unsupportedInfix} are rejected.
 */
export declare const infixNames: Readonly<Record<string, string>>;
/** Infix symbols outside the subset, with the name used in the error message. */
export declare const unsupportedInfix: Readonly<Record<string, string>>;
/** Prefix operators that stay operator applications (the others get their own node kinds). */
export declare const prefixNames: Readonly<Record<string, string>>;
/** Postfix operators; `prime` becomes a Prime node in expressions. */
export declare const postfixNames: Readonly<Record<string, string>>;
/** Words that can never be identifiers in TLA+. */
export declare const reservedWords: ReadonlySet<string>;

/**
 * Facts about expressions that the compiler reads off the syntax tree
 * before compiling: which names a formula primes, which arguments are
 * trivial, in which order a module's text introduces identifiers.
 *
 * @module
 */
import type { Expr } from "../syntax/ast.js";
/**
 * Identifiers of a module's text in order of first appearance (comments and
 * strings skipped): the order in which TLC's parser interns names, which is
 * the order of record fields.
 */
export declare function identifiersInOrder(source: string): string[];
/** Whether `name` occurs under a prime (or UNCHANGED, ENABLED, [A]_v) in `e`. */
export declare function usedPrimed(e: Expr, name: string, under?: boolean): boolean;
/** An argument that costs nothing to evaluate again: passed by name. */
export declare function isTrivialArg(e: Expr): boolean;
/**
 * Whether TLC's enumeration of next states branches on `e` by its form alone:
 * `/\`, `\/`, `\E`, `\A`, IF, CASE, LET and `=>`.
 */
export declare function isBranching(e: Expr): boolean;
/**
 * Whether `e` names `name` (as an identifier or an operator applied), e.g. a
 * function definition's body naming the function: it is recursive.
 */
export declare function mentions(e: Expr, name: string): boolean;

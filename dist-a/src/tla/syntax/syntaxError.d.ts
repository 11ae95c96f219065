/**
 * Turning tree-sitter's error recovery into one useful syntax error.
 *
 * Tree-sitter never fails: it wraps what it cannot parse in ERROR nodes and
 * invents MISSING tokens. We report the first such place, as a person would
 * want it: the line and column, the text there, and what was expected when
 * the tree tells us (a MISSING token, or an expression cut short by the next
 * definition).
 *
 * @module
 */
import type { Node as CstNode, Tree } from "web-tree-sitter";
import { TlaError } from "../errors.js";
/** Parses a text with the same grammar (used to re-parse one definition at a time). */
export type Reparse = (text: string) => Tree | null;
/**
 * The first syntax error in a parsed file, or undefined when the tree is clean.
 *
 * Tree-sitter's recovery often wraps a whole module in one ERROR node, which
 * points nowhere useful. When `reparse` is given, the module's top-level units
 * (lines starting at column 1) are parsed one at a time, every other line
 * blanked so that positions stay the same, and the error is looked for in the
 * first unit that fails on its own.
 */
export declare function syntaxError(root: CstNode, source: string, file: string, reparse?: Reparse): TlaError | undefined;

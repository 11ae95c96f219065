/**
 * From tree-sitter's concrete syntax tree of a TLA+ module to the AST of
 * `ast.ts`.
 *
 * The conversion is faithful: every construct of the supported subset maps to
 * one AST shape, operator synonyms are normalised to one spelling, and every
 * construct outside the subset raises a {@link TlaError} naming it and its
 * location. Nothing is guessed. Syntax errors (tree-sitter ERROR or MISSING
 * nodes) are reported by {@link checkSyntax} before conversion starts.
 *
 * @module
 */
import type { Tree } from "web-tree-sitter";
import type { Module } from "./ast.js";
import { type Reparse } from "./syntaxError.js";
/**
 * Converts a parsed file (its tree and text) into the AST of its first module,
 * with the modules written after it in the file as its `following`.
 * `reparse` (the same parser) lets syntax errors be located one definition at a time.
 */
export declare function convertTree(tree: Tree, source: string, file: string, reparse?: Reparse): Module;

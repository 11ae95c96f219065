import { Parser, type Tree } from "web-tree-sitter";
/** The shared parser, with the TLA+ grammar loaded (loaded on first call). */
export declare function tlaParser(): Promise<Parser>;
/** Parses TLA+ source text into a concrete syntax tree. */
export declare function parseTlaTree(source: string): Promise<Tree>;

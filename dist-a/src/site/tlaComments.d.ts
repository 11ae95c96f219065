/**
 * TLA+ comments as prose: finding the comment just above a line, and taking
 * the comment markers off boxed comments (`(*****)`, `(* text *)`) and line
 * comments (`\* text`).
 *
 * @module
 */
/**
 * The prose of comment lines (with markers): borders dropped, markers
 * stripped, common indentation removed, leading and trailing blank lines
 * dropped. Paragraphs stay separated by blank lines.
 */
export declare function commentProse(lines: readonly string[]): string;
/**
 * Removes trailing comment and blank lines from a definition's text (a
 * definition's extent can run on to the comment that introduces the next one).
 */
export declare function trimTrailingComments(text: string): string;
/**
 * The comment just above 1-based line `line` of `source` (at most one blank
 * line between), as prose; undefined when there is none.
 */
export declare function commentAbove(source: string, line: number): string | undefined;

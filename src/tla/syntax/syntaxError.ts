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
import type { Node as CstNode } from "web-tree-sitter";
import { TlaError } from "../errors.js";
import type { Loc } from "./ast.js";

/** The first syntax error in a parsed file, or undefined when the tree is clean. */
export function syntaxError(root: CstNode, source: string, file: string): TlaError | undefined {
  if (!root.hasError) return undefined;
  const bad = firstError(root);
  if (!bad) return undefined;
  const lines = source.split("\n");

  if (bad.isMissing) {
    const near = nextLeafText(bad);
    const expected = bad.type.length <= 12 && !/^[a-z_]+$/.test(bad.type) ? `'${bad.type}'` : describe(bad.type);
    return new TlaError(
      `syntax error near '${near}': expected ${expected}`,
      "parse-error",
      locOf(bad, file),
    );
  }

  // An expression cut short by the start of the next definition: tree-sitter
  // reports the error somewhere inside the next definition, but the place to
  // look is the line that starts it (and the operator that dangles before it).
  const row = bad.startPosition.row;
  const head = /^([A-Za-z0-9_]+)\s*(\(.*\)|\[.*\])?\s*==/.exec(lines[row] ?? "");
  if (head) {
    const dangling = lastTokenBefore(lines, row);
    if (dangling && /(\/\\|\\\/|[=+\-*<>#,(\[{:]|\\[a-z]+|\b(THEN|ELSE|IN|IF|LET|CASE|CHOOSE))\s*$/.test(dangling.text)) {
      const tok = /\S+\s*$/.exec(dangling.text)![0].trim();
      const col = dangling.text.trimEnd().length - tok.length + 1;
      return new TlaError(
        `syntax error near '${head[1]}': a new definition starts here, but the expression before it is incomplete (it ends with '${tok}' at ${dangling.line + 1}:${col})`,
        "parse-error",
        pointLoc(file, source, row, 0),
      );
    }
  }
  const leaf = firstLeaf(bad);
  const near = leaf.text.length > 0 ? leaf.text : nextLeafText(bad);
  return new TlaError(`syntax error near '${abbreviate(near)}'`, "parse-error", locOf(leaf, file));
}

/** The first ERROR or MISSING node in document order, descending into ERROR nodes to the innermost one. */
function firstError(n: CstNode): CstNode | undefined {
  if (n.isMissing) return n;
  for (const c of n.children) {
    if (!c) continue;
    if (c.isMissing) return c;
    if (c.hasError || c.isError) {
      const inner = firstError(c);
      if (inner) return inner;
      if (c.isError) return c;
    }
  }
  return n.isError ? n : undefined;
}

function firstLeaf(n: CstNode): CstNode {
  let cur = n;
  while (cur.childCount > 0) cur = cur.child(0)!;
  return cur;
}

function nextLeafText(n: CstNode): string {
  let cur: CstNode | null = n;
  while (cur) {
    const sib: CstNode | null = cur.nextSibling;
    if (sib) return firstLeaf(sib).text || "end of module";
    cur = cur.parent;
  }
  return "end of file";
}

/** The last line before `row` that holds something other than blanks and a line comment. */
function lastTokenBefore(lines: readonly string[], row: number): { line: number; text: string } | undefined {
  for (let r = row - 1; r >= 0; r--) {
    const text = (lines[r] ?? "").replace(/\\\*.*$/, "").replace(/\s+$/, "");
    if (text.length > 0) return { line: r, text };
  }
  return undefined;
}

function describe(type: string): string {
  return type.replace(/_/g, " ");
}

function abbreviate(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 30 ? `${one.slice(0, 27)}...` : one;
}

function locOf(n: CstNode, file: string): Loc {
  return {
    file,
    line: n.startPosition.row + 1,
    col: n.startPosition.column + 1,
    endLine: n.endPosition.row + 1,
    endCol: n.endPosition.column + 1,
    start: n.startIndex,
    end: n.endIndex,
  };
}

function pointLoc(file: string, source: string, row: number, column: number): Loc {
  let offset = 0;
  for (let r = 0; r < row; r++) {
    const nl = source.indexOf("\n", offset);
    offset = nl < 0 ? source.length : nl + 1;
  }
  offset += column;
  return { file, line: row + 1, col: column + 1, endLine: row + 1, endCol: column + 1, start: offset, end: offset };
}

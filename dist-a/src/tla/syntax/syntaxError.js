import { TlaError } from "../errors.js";
/**
 * The first syntax error in a parsed file, or undefined when the tree is clean.
 *
 * Tree-sitter's recovery often wraps a whole module in one ERROR node, which
 * points nowhere useful. When `reparse` is given, the module's top-level units
 * (lines starting at column 1) are parsed one at a time, every other line
 * blanked so that positions stay the same, and the error is looked for in the
 * first unit that fails on its own.
 */
export function syntaxError(root, source, file, reparse) {
    if (!root.hasError)
        return undefined;
    if (reparse) {
        const found = unitByUnit(source, file, reparse);
        if (found)
            return found;
    }
    const bad = firstError(root);
    if (!bad)
        return undefined;
    return describeError(bad, source, file, undefined);
}
function unitByUnit(source, file, reparse) {
    const lines = source.split("\n");
    const header = lines.findIndex((l) => /^\s*-{4,}\s*MODULE\b/.test(l));
    if (header < 0)
        return undefined;
    let footer = -1;
    for (let i = header + 1; i < lines.length; i++) {
        if (/^\s*-{4,}\s*MODULE\b/.test(lines[i]))
            return undefined; // nested modules: no chunking
        if (/^\s*={4,}/.test(lines[i])) {
            footer = i;
            break;
        }
    }
    if (footer < 0)
        return undefined;
    const starts = [];
    for (let i = header + 1; i < footer; i++) {
        const l = lines[i];
        if (/^[^\s\\(]/.test(l) || /^\\[A-Za-z]/.test(l))
            starts.push(i);
    }
    const chunks = starts.map((first, k) => ({ first, end: starts[k + 1] ?? footer }));
    for (const [k, chunk] of chunks.entries()) {
        const text = lines.map((l, i) => (i === header || i === footer || (i >= chunk.first && i < chunk.end) ? l : l.replace(/[^\n\r]/g, " "))).join("\n");
        const tree = reparse(text);
        if (!tree)
            return undefined;
        try {
            if (!tree.rootNode.hasError)
                continue;
            const bad = firstError(tree.rootNode);
            if (!bad)
                continue;
            const nextRow = chunks[k + 1]?.first ?? footer;
            return describeError(bad, source, file, { chunk, nextRow, lines });
        }
        finally {
            tree.delete();
        }
    }
    return undefined;
}
/** The last token of a chunk: its line and text up to it, comments removed. */
function lastToken(lines, chunk) {
    for (let r = chunk.end - 1; r >= chunk.first; r--) {
        const code = (lines[r] ?? "")
            .replace(/\\\*.*$/, "")
            .replace(/\(\*.*?\*\)/g, "")
            .replace(/\s+$/, "");
        if (code.length === 0)
            continue;
        const m = /(\S+)$/.exec(code);
        return { row: r, col: code.length - m[1].length + 1, text: m[1] };
    }
    return undefined;
}
function describeError(bad, source, file, ctx) {
    const last = ctx ? lastToken(ctx.lines, ctx.chunk) : undefined;
    // Does the error sit at the very end of the unit (an expression cut short)?
    const atEnd = ctx !== undefined &&
        last !== undefined &&
        (bad.startPosition.row < ctx.chunk.first ||
            bad.startPosition.row > last.row ||
            (bad.startPosition.row === last.row && bad.startPosition.column + 1 >= last.col) ||
            bad.startPosition.row >= ctx.chunk.end);
    if (atEnd) {
        const nextLine = ctx.lines[ctx.nextRow] ?? "";
        const near = /^\s*(\S+)/.exec(nextLine)?.[1] ?? "end of module";
        const nearWord = /^[A-Za-z0-9_]+/.exec(near)?.[0] ?? near;
        const loc = pointLoc(file, source, ctx.nextRow, 0);
        if (bad.isMissing && !/^[a-z_]+$/.test(bad.type)) {
            return new TlaError(`syntax error near '${nearWord}': expected '${bad.type}' after '${last.text}' at ${last.row + 1}:${last.col}`, "parse-error", loc);
        }
        return new TlaError(`syntax error near '${nearWord}': ${/^={4,}/.test(near) ? "the module ends" : "a new definition starts here"}, but the expression before it is incomplete (it ends with '${last.text}' at ${last.row + 1}:${last.col})`, "parse-error", loc);
    }
    if (bad.isMissing) {
        const near = nextLeafText(bad);
        const expected = !/^[a-z_]+$/.test(bad.type) ? `'${bad.type}'` : describe(bad.type);
        return new TlaError(`syntax error near '${abbreviate(near)}': expected ${expected}`, "parse-error", locOf(bad, file));
    }
    const leaf = firstLeaf(bad);
    const near = leaf.text.length > 0 ? leaf.text : nextLeafText(bad);
    return new TlaError(`syntax error near '${abbreviate(near)}'`, "parse-error", locOf(leaf, file));
}
/** The first ERROR or MISSING node in document order, descending into ERROR nodes to the innermost one. */
function firstError(n) {
    if (n.isMissing)
        return n;
    for (const c of n.children) {
        if (!c)
            continue;
        if (c.isMissing)
            return c;
        if (c.hasError || c.isError) {
            const inner = firstError(c);
            if (inner)
                return inner;
            if (c.isError)
                return c;
        }
    }
    return n.isError ? n : undefined;
}
function firstLeaf(n) {
    let cur = n;
    while (cur.childCount > 0)
        cur = cur.child(0);
    return cur;
}
function nextLeafText(n) {
    let cur = n;
    while (cur) {
        const sib = cur.nextSibling;
        if (sib)
            return firstLeaf(sib).text || "end of module";
        cur = cur.parent;
    }
    return "end of file";
}
function describe(type) {
    if (type === "identifier_ref" || type.startsWith("_"))
        return "an expression";
    if (type === "identifier")
        return "a name";
    return type.replace(/_/g, " ");
}
function abbreviate(text) {
    const one = text.replace(/\s+/g, " ").trim();
    return one.length > 30 ? `${one.slice(0, 27)}...` : one;
}
function locOf(n, file) {
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
function pointLoc(file, source, row, column) {
    let offset = 0;
    for (let r = 0; r < row; r++) {
        const nl = source.indexOf("\n", offset);
        offset = nl < 0 ? source.length : nl + 1;
    }
    offset += column;
    return { file, line: row + 1, col: column + 1, endLine: row + 1, endCol: column + 1, start: offset, end: offset };
}
//# sourceMappingURL=syntaxError.js.map
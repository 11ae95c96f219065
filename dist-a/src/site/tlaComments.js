/**
 * TLA+ comments as prose: finding the comment just above a line, and taking
 * the comment markers off boxed comments (`(*****)`, `(* text *)`) and line
 * comments (`\* text`).
 *
 * @module
 */
/** True for a line that is only a comment box border: `(*****)`, `\*****` (a row of stars, not an empty box line). */
function isBorder(line) {
    return /^\s*(\(\*{3,}\)?|\*{3,}\)|\\\*{3,})\s*$/.test(line);
}
/** Strips the comment markers of one line of a comment. */
function stripLine(line) {
    let s = line;
    const lineComment = /^\s*\\\*\s?/.exec(s);
    if (lineComment)
        return s.slice(lineComment[0].length).trimEnd();
    s = s.replace(/^\s*\(\*\s?/, "");
    s = s.replace(/\s*\*\)\s*$/, "");
    return s.trimEnd();
}
/**
 * The prose of comment lines (with markers): borders dropped, markers
 * stripped, common indentation removed, leading and trailing blank lines
 * dropped. Paragraphs stay separated by blank lines.
 */
export function commentProse(lines) {
    const body = lines.filter((l) => !isBorder(l)).map(stripLine);
    while (body.length > 0 && body[0].trim() === "")
        body.shift();
    while (body.length > 0 && body[body.length - 1].trim() === "")
        body.pop();
    const indents = body.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)[0].length);
    const cut = indents.length > 0 ? Math.min(...indents) : 0;
    return body.map((l) => l.slice(cut)).join("\n");
}
/** True when a line is (part of) a comment: starts with `(*`, `\*`, or ends with `*)`. */
function isCommentLine(line) {
    const t = line.trim();
    return t.startsWith("(*") || t.startsWith("\\*") || t.endsWith("*)");
}
/**
 * Removes trailing comment and blank lines from a definition's text (a
 * definition's extent can run on to the comment that introduces the next one).
 */
export function trimTrailingComments(text) {
    const lines = text.split("\n");
    while (lines.length > 1) {
        const last = lines[lines.length - 1].trim();
        if (last === "" || (isCommentLine(last) && (last.startsWith("(*") || last.startsWith("\\*"))))
            lines.pop();
        else
            break;
    }
    return lines.join("\n");
}
/**
 * The comment just above 1-based line `line` of `source` (at most one blank
 * line between), as prose; undefined when there is none.
 */
export function commentAbove(source, line) {
    const lines = source.split("\n");
    let i = line - 2; // 0-based index of the line above
    if (i >= 0 && lines[i].trim() === "")
        i--;
    if (i < 0 || !isCommentLine(lines[i]))
        return undefined;
    const end = i;
    // A multi-line `(* ... *)` comment whose inner lines carry no markers: walk up to its opening.
    if (!lines[i].trim().startsWith("(*") && !lines[i].trim().startsWith("\\*")) {
        while (i > 0 && !lines[i].includes("(*"))
            i--;
        return commentProse(lines.slice(i, end + 1));
    }
    while (i > 0 && isCommentLine(lines[i - 1]))
        i--;
    const prose = commentProse(lines.slice(i, end + 1));
    return prose === "" ? undefined : prose;
}
//# sourceMappingURL=tlaComments.js.map
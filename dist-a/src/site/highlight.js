/**
 * Light syntax highlighting for the site's code: TLA+ with a small lexer of
 * its own (comments, strings, numbers, keywords, operators, definitions), and
 * TypeScript with the TypeScript compiler's scanner. Both return HTML with
 * `<span class="...">` around tokens and everything else escaped.
 *
 * @module
 */
import ts from "typescript";
/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
const TLA_KEYWORDS = new Set([
    "MODULE",
    "EXTENDS",
    "CONSTANT",
    "CONSTANTS",
    "VARIABLE",
    "VARIABLES",
    "ASSUME",
    "ASSUMPTION",
    "AXIOM",
    "THEOREM",
    "LEMMA",
    "PROPOSITION",
    "COROLLARY",
    "LET",
    "IN",
    "IF",
    "THEN",
    "ELSE",
    "CASE",
    "OTHER",
    "CHOOSE",
    "EXCEPT",
    "UNCHANGED",
    "ENABLED",
    "SUBSET",
    "UNION",
    "DOMAIN",
    "INSTANCE",
    "WITH",
    "LOCAL",
    "LAMBDA",
    "RECURSIVE",
    "TRUE",
    "FALSE",
    "BOOLEAN",
    "STRING",
    "Nat",
    "Int",
    "WF_",
    "SF_",
    "PROOF",
    "BY",
    "QED",
    "OBVIOUS",
    "OMITTED",
    "DEF",
    "DEFS",
    "USE",
    "HIDE",
    "HAVE",
    "TAKE",
    "WITNESS",
    "PICK",
    "SUFFICES",
    "NEW",
    "STATE",
    "ACTION",
    "TEMPORAL",
]);
function span(cls, text) {
    return `<span class="${cls}">${escapeHtml(text)}</span>`;
}
/**
 * Highlights TLA+ source. `anchors` maps 1-based line numbers to ids: an empty
 * anchor element with that id is placed at the start of the line, so that
 * definitions can be linked to. `links` maps names to hrefs: each use of such
 * a name becomes a link (to its definition, say).
 */
export function highlightTla(source, anchors = new Map(), links = new Map()) {
    let out = "";
    let i = 0;
    let line = 1;
    let atLineStart = true;
    const n = source.length;
    const anchorFor = () => {
        const id = anchors.get(line);
        if (id !== undefined)
            out += `<a class="anchor" id="${escapeHtml(id)}"></a>`;
    };
    anchorFor();
    while (i < n) {
        const c = source[i];
        // Newlines: keep the anchors in step with lines.
        if (c === "\n") {
            out += "\n";
            i++;
            line++;
            atLineStart = true;
            anchorFor();
            continue;
        }
        // Block comments, which nest.
        if (source.startsWith("(*", i)) {
            let depth = 0;
            let j = i;
            while (j < n) {
                if (source.startsWith("(*", j)) {
                    depth++;
                    j += 2;
                }
                else if (source.startsWith("*)", j)) {
                    depth--;
                    j += 2;
                    if (depth === 0)
                        break;
                }
                else
                    j++;
            }
            const text = source.slice(i, j);
            // Emit line by line so that anchors inside stay correct.
            const parts = text.split("\n");
            parts.forEach((p, k) => {
                if (k > 0) {
                    out += "\n";
                    line++;
                    anchorFor();
                }
                if (p !== "")
                    out += span("tla-com", p);
            });
            i = j;
            atLineStart = false;
            continue;
        }
        // Line comments.
        if (source.startsWith("\\*", i)) {
            let j = source.indexOf("\n", i);
            if (j < 0)
                j = n;
            out += span("tla-com", source.slice(i, j));
            i = j;
            continue;
        }
        // Strings.
        if (c === '"') {
            let j = i + 1;
            while (j < n && source[j] !== '"' && source[j] !== "\n")
                j += source[j] === "\\" ? 2 : 1;
            j = Math.min(j + 1, n);
            out += span("tla-str", source.slice(i, j));
            i = j;
            atLineStart = false;
            continue;
        }
        // Module rules: ---- MODULE X ---- and ====.
        if ((c === "-" && source.startsWith("----", i)) || (c === "=" && source.startsWith("====", i))) {
            let j = i;
            while (j < n && source[j] === c)
                j++;
            out += span("tla-rule", source.slice(i, j));
            i = j;
            atLineStart = false;
            continue;
        }
        // Words: keywords, definitions at line start, identifiers.
        const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i, i + 80));
        if (word) {
            const w = word[0];
            const rest = source.slice(i + w.length, i + w.length + 200);
            if (TLA_KEYWORDS.has(w))
                out += span("tla-kw", w);
            else if (atLineStart && /^\s*(\([^)]*\))?\s*==/.test(rest))
                out += span("tla-def", w);
            else if (links.has(w))
                out += `<a class="ref" href="${escapeHtml(links.get(w))}">${escapeHtml(w)}</a>`;
            else
                out += escapeHtml(w);
            i += w.length;
            atLineStart = false;
            continue;
        }
        const num = /^\d+/.exec(source.slice(i, i + 40));
        if (num) {
            out += span("tla-num", num[0]);
            i += num[0].length;
            atLineStart = false;
            continue;
        }
        // Backslash operators (\in, \E, \cup, ...) and symbolic ones.
        const op = /^(\\[A-Za-z]+|\/\\|\\\/|==|\|->|->|<-|<=>|=>|~>|\[\]|<>|<<|>>|#|'|~|\\X)/.exec(source.slice(i, i + 20));
        if (op) {
            out += span("tla-op", op[0]);
            i += op[0].length;
            atLineStart = false;
            continue;
        }
        if (c !== " " && c !== "\t")
            atLineStart = false;
        out += escapeHtml(c);
        i++;
    }
    return out;
}
/** Highlights TypeScript source with the compiler's scanner (keywords, strings, numbers, comments, types). */
export function highlightTypeScript(source) {
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
    const K = ts.SyntaxKind;
    let out = "";
    let prev;
    let depth = 0;
    // Brace depths at which a template substitution `${ ... }` was opened.
    const templateBraces = [];
    for (let kind = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
        if (kind === K.CloseBraceToken && templateBraces.length > 0 && templateBraces[templateBraces.length - 1] === depth) {
            templateBraces.pop();
            kind = scanner.reScanTemplateToken(false);
        }
        else if ((kind === K.SlashToken || kind === K.SlashEqualsToken) && regexAllowedAfter(prev)) {
            kind = scanner.reScanSlashToken();
        }
        if (kind === K.OpenBraceToken)
            depth++;
        else if (kind === K.CloseBraceToken)
            depth--;
        if (kind === K.TemplateHead || kind === K.TemplateMiddle)
            templateBraces.push(depth);
        const text = scanner.getTokenText();
        switch (kind) {
            case K.SingleLineCommentTrivia:
            case K.MultiLineCommentTrivia:
                out += span("ts-com", text);
                continue;
            case K.WhitespaceTrivia:
            case K.NewLineTrivia:
                out += escapeHtml(text);
                continue;
            case K.StringLiteral:
            case K.NoSubstitutionTemplateLiteral:
            case K.TemplateHead:
            case K.TemplateMiddle:
            case K.TemplateTail:
            case K.RegularExpressionLiteral:
                out += span("ts-str", text);
                break;
            case K.NumericLiteral:
            case K.BigIntLiteral:
                out += span("ts-num", text);
                break;
            default:
                if (kind >= K.FirstKeyword && kind <= K.LastKeyword)
                    out += span("ts-kw", text);
                else if (kind === K.Identifier && /^[A-Z]/.test(text))
                    out += span("ts-type", text);
                else
                    out += escapeHtml(text);
        }
        prev = kind;
    }
    return out;
}
/** Whether a `/` after this token starts a regular expression rather than a division. */
function regexAllowedAfter(kind) {
    if (kind === undefined)
        return true;
    switch (kind) {
        case ts.SyntaxKind.Identifier:
        case ts.SyntaxKind.NumericLiteral:
        case ts.SyntaxKind.StringLiteral:
        case ts.SyntaxKind.CloseParenToken:
        case ts.SyntaxKind.CloseBracketToken:
        case ts.SyntaxKind.CloseBraceToken:
        case ts.SyntaxKind.ThisKeyword:
        case ts.SyntaxKind.TemplateTail:
        case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
            return false;
        default:
            return true;
    }
}
//# sourceMappingURL=highlight.js.map
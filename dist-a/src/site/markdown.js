/**
 * A small Markdown renderer for the project's guides. It covers what the
 * guides use: ATX headings (with ids), paragraphs, fenced code blocks (TLA+
 * and TypeScript highlighted), bullet and numbered lists (nested by
 * indentation), block quotes, pipe tables, horizontal rules, and inline code,
 * emphasis, strong emphasis, links and autolinks. Raw HTML is escaped, never
 * passed through.
 *
 * @module
 */
import { escapeHtml, highlightTla, highlightTypeScript } from "./highlight.js";
/** A heading's id: lower case, letters, digits and dashes. */
export function slug(text) {
    return (text
        .toLowerCase()
        .replace(/<[^>]*>/g, "")
        .replace(/[^a-z0-9\s-]/g, "")
        .trim()
        .replace(/\s+/g, "-") || "section");
}
/** Renders inline Markdown (code spans, emphasis, links) to HTML. */
export function renderInline(text, opts = {}) {
    let out = "";
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === "\\" && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!|<>]/.test(text[i + 1])) {
            out += escapeHtml(text[i + 1]);
            i += 2;
            continue;
        }
        if (c === "`") {
            let ticks = 1;
            while (text[i + ticks] === "`")
                ticks++;
            const fence = "`".repeat(ticks);
            const close = text.indexOf(fence, i + ticks);
            if (close > 0) {
                let code = text.slice(i + ticks, close);
                if (code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "")
                    code = code.slice(1, -1);
                out += `<code>${escapeHtml(code)}</code>`;
                i = close + ticks;
                continue;
            }
        }
        if (c === "[") {
            const link = /^\[((?:[^\][]|\[[^\]]*\])*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"([^"]*)")?\)/.exec(text.slice(i));
            if (link) {
                const inner = renderInline(link[1], opts);
                const href = opts.rewriteLink ? opts.rewriteLink(link[2]) : link[2];
                const title = link[3] !== undefined ? ` title="${escapeHtml(link[3])}"` : "";
                out += href === undefined ? `<span class="unlinked" title="${escapeHtml(link[2])}">${inner}</span>` : `<a href="${escapeHtml(href)}"${title}>${inner}</a>`;
                i += link[0].length;
                continue;
            }
        }
        if (c === "<") {
            const auto = /^<(https?:\/\/[^\s>]+)>/.exec(text.slice(i));
            if (auto) {
                out += `<a href="${escapeHtml(auto[1])}">${escapeHtml(auto[1])}</a>`;
                i += auto[0].length;
                continue;
            }
        }
        if (c === "*" || c === "_") {
            const strong = text.startsWith(c + c, i);
            const marker = strong ? c + c : c;
            const close = findClosing(text, i + marker.length, marker);
            // `_` inside words (snake_case) is not emphasis.
            const wordBefore = i > 0 && /\w/.test(text[i - 1]);
            if (close > i + marker.length && !(c === "_" && wordBefore) && !/\s/.test(text[i + marker.length])) {
                const inner = renderInline(text.slice(i + marker.length, close), opts);
                out += strong ? `<strong>${inner}</strong>` : `<em>${inner}</em>`;
                i = close + marker.length;
                continue;
            }
        }
        out += escapeHtml(c);
        i++;
    }
    return out;
}
function findClosing(text, from, marker) {
    let j = from;
    while (j < text.length) {
        if (text[j] === "`") {
            const close = text.indexOf("`", j + 1);
            if (close < 0)
                return -1;
            j = close + 1;
            continue;
        }
        if (text.startsWith(marker, j) && !/\s/.test(text[j - 1]) && (marker.length === 2 || text[j + 1] !== marker[0])) {
            if (marker === "_" && j + 1 < text.length && /\w/.test(text[j + 1])) {
                j++;
                continue;
            }
            return j;
        }
        j++;
    }
    return -1;
}
function highlightCode(code, lang) {
    const l = lang.toLowerCase();
    if (l === "tla" || l === "tla+")
        return highlightTla(code);
    if (l === "ts" || l === "typescript" || l === "js" || l === "javascript")
        return highlightTypeScript(code);
    return escapeHtml(code);
}
const indentOf = (line) => /^ */.exec(line)[0].length;
const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])( +|$)(.*)$/;
/** Renders a Markdown document to HTML. */
export function renderMarkdown(source, opts = {}) {
    const headings = [];
    const usedIds = new Map();
    const html = renderBlocks(source.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n"), opts, headings, usedIds);
    return { html, title: headings[0]?.text, headings };
}
function renderBlocks(lines, opts, headings, usedIds) {
    const out = [];
    let i = 0;
    const isBlank = (l) => l === undefined || l.trim() === "";
    while (i < lines.length) {
        const line = lines[i];
        if (isBlank(line)) {
            i++;
            continue;
        }
        // Fenced code.
        const fence = /^( *)(```+|~~~+)\s*([\w+-]*)/.exec(line);
        if (fence) {
            const body = [];
            const indent = fence[1].length;
            i++;
            while (i < lines.length && !lines[i].trimStart().startsWith(fence[2])) {
                body.push(lines[i].slice(Math.min(indent, indentOf(lines[i]))));
                i++;
            }
            i++;
            const lang = fence[3] ?? "";
            out.push(`<pre class="code${lang ? ` lang-${escapeHtml(lang)}` : ""}"><code>${highlightCode(body.join("\n"), lang)}</code></pre>`);
            continue;
        }
        // Headings.
        const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
        if (heading) {
            const level = heading[1].length;
            const inner = renderInline(heading[2], opts);
            const base = slug(heading[2]);
            const seen = usedIds.get(base) ?? 0;
            usedIds.set(base, seen + 1);
            const id = seen === 0 ? base : `${base}-${seen}`;
            headings.push({ level, text: heading[2].replace(/[`*_]/g, ""), id });
            out.push(`<h${level} id="${id}">${inner}</h${level}>`);
            i++;
            continue;
        }
        // Horizontal rule.
        if (/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) {
            out.push("<hr>");
            i++;
            continue;
        }
        // Block quote.
        if (/^ {0,3}>/.test(line)) {
            const body = [];
            while (i < lines.length && /^ {0,3}>/.test(lines[i])) {
                body.push(lines[i].replace(/^ {0,3}> ?/, ""));
                i++;
            }
            out.push(`<blockquote>${renderBlocks(body, opts, headings, usedIds)}</blockquote>`);
            continue;
        }
        // Table: a header row, a delimiter row, body rows.
        if (line.includes("|") && i + 1 < lines.length && /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(lines[i + 1])) {
            const cells = (l) => {
                const t = l.trim().replace(/^\|/, "").replace(/\|$/, "");
                return t.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
            };
            const aligns = cells(lines[i + 1]).map((d) => (d.startsWith(":") && d.endsWith(":") ? "center" : d.endsWith(":") ? "right" : d.startsWith(":") ? "left" : ""));
            const style = (k) => (aligns[k] ? ` style="text-align:${aligns[k]}"` : "");
            const head = cells(line)
                .map((c, k) => `<th${style(k)}>${renderInline(c, opts)}</th>`)
                .join("");
            i += 2;
            const rows = [];
            while (i < lines.length && !isBlank(lines[i]) && lines[i].includes("|")) {
                rows.push(`<tr>${cells(lines[i])
                    .map((c, k) => `<td${style(k)}>${renderInline(c, opts)}</td>`)
                    .join("")}</tr>`);
                i++;
            }
            out.push(`<table><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`);
            continue;
        }
        // Lists.
        const item = LIST_ITEM.exec(line);
        if (item && indentOf(line) <= 3) {
            const ordered = /\d/.test(item[2]);
            const startNum = ordered ? parseInt(item[2], 10) : 1;
            const items = [];
            let loose = false;
            while (i < lines.length) {
                const l = lines[i];
                const m = LIST_ITEM.exec(l);
                if (m && indentOf(l) <= 3 && /\d/.test(m[2]) === ordered) {
                    const contentIndent = m[1].length + m[2].length + Math.max(m[3].length, 1);
                    const body = [m[4]];
                    i++;
                    while (i < lines.length) {
                        const next = lines[i];
                        if (isBlank(next)) {
                            // A blank line continues the item only if indented content follows.
                            const after = lines[i + 1];
                            if (after !== undefined && !isBlank(after) && indentOf(after) >= Math.min(contentIndent, 2)) {
                                body.push("");
                                loose = true;
                                i++;
                                continue;
                            }
                            break;
                        }
                        if (indentOf(next) >= Math.min(contentIndent, 2)) {
                            body.push(next.slice(Math.min(contentIndent, indentOf(next))));
                            i++;
                            continue;
                        }
                        // A lazy continuation line of the item's paragraph.
                        if (!LIST_ITEM.exec(next) && !/^(#{1,6}\s|```|~~~|>)/.test(next.trimStart())) {
                            body.push(next.trim());
                            i++;
                            continue;
                        }
                        break;
                    }
                    items.push(body);
                    // Blank lines between items make the list loose, but it continues.
                    if (i < lines.length && isBlank(lines[i])) {
                        const after = lines[i + 1];
                        const am = after !== undefined ? LIST_ITEM.exec(after) : null;
                        if (am && indentOf(after) <= 3 && /\d/.test(am[2]) === ordered) {
                            i++;
                            loose = true;
                        }
                    }
                    continue;
                }
                break;
            }
            const lis = items.map((body) => {
                const inner = renderBlocks(body, opts, headings, usedIds);
                const tight = !loose ? inner.replace(/^<p>([\s\S]*?)<\/p>/, "$1") : inner;
                return `<li>${tight}</li>`;
            });
            const tag = ordered ? "ol" : "ul";
            const start = ordered && startNum !== 1 ? ` start="${startNum}"` : "";
            out.push(`<${tag}${start}>${lis.join("")}</${tag}>`);
            continue;
        }
        // Paragraph: lines up to a blank line or the start of another block.
        const para = [];
        while (i < lines.length && !isBlank(lines[i])) {
            const l = lines[i];
            if (para.length > 0 && (/^(#{1,6}\s|```|~~~| {0,3}>)/.test(l) || (LIST_ITEM.test(l) && indentOf(l) <= 3)))
                break;
            para.push(l.trim());
            i++;
        }
        const text = para.map((l, k) => (k < para.length - 1 && / {2,}$/.test(lines[i - para.length + k]) ? `${l}  ` : l));
        out.push(`<p>${text.map((l) => renderInline(l.replace(/ {2,}$/, ""), opts) + (/ {2}$/.test(l) ? "<br>" : "")).join("\n")}</p>`);
    }
    return out.join("\n");
}
//# sourceMappingURL=markdown.js.map
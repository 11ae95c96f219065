/**
 * The frame every page of the site shares (header, navigation, footer) and
 * the one stylesheet. Pages are plain static HTML with relative links: the
 * site works from the file system, with no external assets and no scripts.
 *
 * @module
 */
import { posix } from "node:path";
import { escapeHtml } from "./highlight.js";
/** The href that leads from page `from` to `target` (both relative to the site root; `target` may carry `#fragment`). */
export function relativeTo(from, target) {
    const hash = target.indexOf("#");
    const pathPart = hash >= 0 ? target.slice(0, hash) : target;
    const fragment = hash >= 0 ? target.slice(hash) : "";
    if (pathPart === "")
        return fragment;
    if (pathPart === from)
        return fragment === "" ? posix.basename(pathPart) : fragment;
    const rel = posix.relative(posix.dirname(from), pathPart);
    return rel + fragment;
}
/**
 * Body links are written as `href="/x.html"` (root-relative, with a leading
 * slash) by the page generators; this rewrites them relative to the page so
 * the site works opened from disk.
 */
function relativizeLinks(html, from) {
    return html.replace(/(href|src)="\/(?!\/)([^"]*)"/g, (_m, attr, target) => `${attr}="${escapeHtml(relativeTo(from, target.replace(/&amp;/g, "&")))}"`);
}
/** The complete HTML document of a page. */
export function renderPage(page, nav, siteTitle) {
    const navHtml = nav
        .map((n) => {
        const current = n.href === page.path ? ` aria-current="page"` : "";
        return `<a href="/${n.href}"${current}>${escapeHtml(n.label)}</a>`;
    })
        .join("\n");
    const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · ${escapeHtml(siteTitle)}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header class="site"><a class="brand" href="/index.html">${escapeHtml(siteTitle)}</a>
<nav>
${navHtml}
</nav></header>
<main>
${page.body}
</main>
<footer>Generated from the TLA+ specification and the TypeScript sources; every page is rebuilt by <code>npm run docs</code>.</footer>
</body>
</html>
`;
    return relativizeLinks(html, page.path);
}
/** The site's one stylesheet. */
export const STYLESHEET = `:root {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0; --accent: #0b5cad;
  --com: #6a737d; --kw: #8250df; --str: #0a3069; --num: #0550ae; --op: #953800; --def: #116329;
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
header.site { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4rem 1.5rem; padding: 0.7rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--panel); }
header.site .brand { font-weight: 700; color: var(--fg); text-decoration: none; font-size: 1.1rem; }
header.site nav { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; }
header.site nav a { color: var(--accent); text-decoration: none; font-size: 0.95rem; }
header.site nav a[aria-current="page"] { font-weight: 700; color: var(--fg); }
main { max-width: 76rem; margin: 0 auto; padding: 1.2rem 1.5rem 3rem; }
main.narrow, .guide { max-width: 50rem; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; padding: 1rem 1.5rem; }
a { color: var(--accent); }
h1 { font-size: 1.8rem; margin: 0.6rem 0 0.8rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
code { font: 0.88em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); padding: 0.05em 0.3em; border-radius: 4px; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem 1rem; overflow-x: auto; }
pre code { background: none; padding: 0; font-size: 0.85rem; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
blockquote { margin: 1rem 0; padding: 0.1rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
.unlinked { border-bottom: 1px dotted var(--muted); }
.lead { font-size: 1.1rem; color: var(--muted); }
.pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
@media (max-width: 900px) { .pair { grid-template-columns: minmax(0, 1fr); } }
.pair > section { min-width: 0; }
.pair h2 { margin-top: 0.5rem; }
.source { color: var(--muted); font-size: 0.85rem; margin: 0.3rem 0; }
.prose-pre { white-space: pre-wrap; font-family: inherit; background: none; border: none; padding: 0; margin: 0 0 0.8rem; }
.literate .prose { max-width: 50rem; margin: 1.2rem 0 0.4rem; }
.literate pre { margin-top: 0.3rem; }
.chart { overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-radius: 6px; }
.chart img { display: block; max-width: none; }
.steps { display: flex; justify-content: space-between; gap: 1rem; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
.action-list { columns: 2; }
a.anchor { display: block; position: relative; top: -1rem; visibility: hidden; }
.tla-com, .ts-com { color: var(--com); font-style: italic; }
.tla-kw, .ts-kw { color: var(--kw); font-weight: 600; }
.tla-str, .ts-str { color: var(--str); }
.tla-num, .ts-num { color: var(--num); }
.tla-op { color: var(--op); }
.tla-def { color: var(--def); font-weight: 700; }
a.ref { color: inherit; text-decoration: underline dotted; }
.tla-rule { color: var(--muted); }
.ts-type { color: var(--def); }
`;
//# sourceMappingURL=layout.js.map
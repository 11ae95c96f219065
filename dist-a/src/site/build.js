/**
 * Building the documentation site (`npm run docs` -> `docs/site/`).
 *
 * Every page is generated from the sources, so that it cannot drift from
 * them: for each protocol of {@link PROTOCOLS} (single-decree Paxos and
 * Multi-Paxos), the action pages pair each action of its spec's `Next` (its
 * TLA+ text and prose comment, read with the project's parser) with the
 * TypeScript function that implements it (found by its `@spec Module.<Action>`
 * doc tag in the protocol's source directory, its text extracted with the
 * TypeScript compiler API); every spec module is rendered with its comments as
 * prose; the guides are rendered from `docs/*.md`; the API reference is
 * typedoc's. The build stops, before writing anything, when an action of
 * either protocol has no implementing function or a tag names an action that
 * does not exist.
 *
 * Run as a program: `node dist/src/site/build.js [--out dir] [--no-api]`.
 *
 * @module
 */
import { packageRoot } from "../cli/paths.js";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { drawTrace } from "../draw/draw.js";
import { TraceInputError } from "../draw/traceInput.js";
import { ActionPairError, pairActions } from "./actionPairs.js";
import { escapeHtml, highlightTla, highlightTypeScript } from "./highlight.js";
import { SpecTagError, implFunctionsOfSource } from "./implActions.js";
import { renderPage, STYLESHEET } from "./layout.js";
import { renderInline, renderMarkdown } from "./markdown.js";
import { readSpecActions } from "./specActions.js";
import { commentProse } from "./tlaComments.js";
/**
 * The protocols of the site, in the order the index and the navigation list
 * them: Multi-Paxos builds on Paxos, and so does its guide.
 */
export const PROTOCOLS = [
    { module: "Paxos", source: "src/paxos", label: "Paxos", summary: "a few machines agree on one value", guide: "guide-paxos" },
    {
        module: "MultiPaxos",
        source: "src/multipaxos",
        label: "Multi-Paxos",
        summary: "one Paxos instance per slot of a replicated log, executed in order by every replica",
        guide: "guide-multipaxos",
    },
    {
        module: "ReconfigMultiPaxos",
        source: "src/multipaxos",
        label: "Reconfiguration",
        summary: "the acceptors and replicas change while the log grows: a change decided in slot i rules the slots from i + Alpha on, and only a quorum of a slot's configuration decides it",
        guide: "guide-multipaxos",
    },
];
/** The site path of an action's page: `actions/MultiPaxos/Phase1a.html`. */
export function actionPagePath(module, action) {
    return `actions/${module}/${action}.html`;
}
const SITE_TITLE = "paxos-tla";
/** Guides with a fixed place in the navigation, in this order; other `docs/*.md` follow by name. */
const GUIDE_ORDER = ["paxos", "multipaxos", "drawing", "trace-format", "conformance", "experiments"];
/** A guide's name without the `guide-` prefix: `guide-experiments` -> `experiments`. */
function guideKey(name) {
    return name.replace(/^guide-/, "");
}
/** At most this many recorded runs are drawn on the runs page. */
const MAX_RUNS = 12;
/** Short navigation labels for the guides whose titles are long. */
const NAV_LABELS = {
    "trace-format": "Trace format",
    conformance: "Conformance testing",
    experiments: "Experiments",
    "tla-subset": "TLA+ subset",
    drawing: "Reading a chart",
};
async function listFiles(dir, ext) {
    if (!existsSync(dir))
        return [];
    const out = [];
    for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await listFiles(p, ext)));
        else if (e.name.endsWith(ext))
            out.push(p);
    }
    return out.sort();
}
/** Prose (a TLA+ comment's text) as HTML: paragraphs, with indented or bulleted paragraphs kept as laid out. */
function proseHtml(text) {
    if (text === undefined || text.trim() === "")
        return "";
    return text
        .split(/\n\s*\n/)
        .map((para) => {
        const lines = para.split("\n");
        const list = bulletList(lines);
        if (list !== undefined)
            return list;
        const laidOut = lines.some((l, k) => (k > 0 && /^\s/.test(l)) || /^\s*[-*]\s/.test(l));
        return laidOut ? `<div class="prose-pre">${escapeHtml(para)}</div>` : `<p>${escapeHtml(lines.map((l) => l.trim()).join(" "))}</p>`;
    })
        .join("\n");
}
/**
 * A paragraph that is a lead-in followed by `- ` bullets (continuation lines
 * indented under them) as a paragraph and a list; undefined for any other shape.
 */
function bulletList(lines) {
    const first = lines.findIndex((l) => /^\s*-\s/.test(l));
    if (first < 0)
        return undefined;
    const bulletIndent = /^\s*/.exec(lines[first])[0].length;
    const items = [];
    for (const l of lines.slice(first)) {
        const indent = /^\s*/.exec(l)[0].length;
        if (/^\s*-\s/.test(l) && indent === bulletIndent)
            items.push([l.replace(/^\s*-\s+/, "")]);
        else if (indent > bulletIndent && items.length > 0)
            items[items.length - 1].push(l.trim());
        else
            return undefined;
    }
    const lead = lines
        .slice(0, first)
        .map((l) => l.trim())
        .join(" ");
    const ul = `<ul>${items.map((it) => `<li>${escapeHtml(it.join(" "))}</li>`).join("")}</ul>`;
    return lead === "" ? ul : `<p>${escapeHtml(lead)}</p>\n${ul}`;
}
/** The id of a definition's anchor on a module page. */
function defAnchor(name) {
    return name;
}
/** Line numbers (1-based) of the top-level definitions in TLA+ source, with their names. */
function definitionLines(source) {
    const defs = new Map();
    source.split("\n").forEach((line, k) => {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*(\([^)]*\)|\[[^\]]*\])?\s*==/.exec(line) ?? /^(?:ASSUME|LOCAL)\s+([A-Za-z_][A-Za-z0-9_]*)\s*(\([^)]*\))?\s*==/.exec(line);
        if (m)
            defs.set(k + 1, defAnchor(m[1]));
    });
    return defs;
}
/**
 * A spec module as a literate page: its comment blocks (those starting a
 * line) become prose, the code between them is shown highlighted, each
 * definition anchored by its name, and each action of `actionPages` (name ->
 * page path) linked to its page.
 */
function modulePage(name, source, actionPages) {
    const lines = source.split("\n");
    const defs = definitionLines(source);
    const parts = [];
    let code;
    const flushCode = () => {
        if (!code)
            return;
        while (code.lines.length > 0 && code.lines[code.lines.length - 1].trim() === "")
            code.lines.pop();
        while (code.lines.length > 0 && code.lines[0].trim() === "") {
            code.lines.shift();
            code.start++;
        }
        if (code.lines.length > 0) {
            const anchors = new Map();
            const links = [];
            code.lines.forEach((_l, k) => {
                const def = defs.get(code.start + k);
                if (def !== undefined) {
                    anchors.set(k + 1, def);
                    const page = actionPages.get(def);
                    if (page !== undefined)
                        links.push(`<a href="/${page}">${escapeHtml(def)}: the action beside its implementation</a>`);
                }
            });
            if (links.length > 0)
                parts.push(`<p class="source">→ ${links.join(" · ")}</p>`);
            parts.push(`<pre class="code lang-tla"><code>${highlightTla(code.lines.join("\n"), anchors)}</code></pre>`);
        }
        code = undefined;
    };
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const t = line.trimStart();
        if (line.startsWith("(*") || line.startsWith("\\*")) {
            // A comment block: consecutive comment lines, or a multi-line (* ... *).
            const start = i;
            if (line.startsWith("(*") && !line.trimEnd().endsWith("*)")) {
                while (i < lines.length && !lines[i].trimEnd().endsWith("*)"))
                    i++;
                i++;
            }
            else {
                while (i < lines.length && (lines[i].startsWith("(*") || lines[i].startsWith("\\*")) && (lines[i].startsWith("\\*") || lines[i].trimEnd().endsWith("*)")))
                    i++;
            }
            flushCode();
            const prose = commentProse(lines.slice(start, i));
            if (prose.trim() !== "")
                parts.push(`<div class="prose">${proseHtml(prose)}</div>`);
            continue;
        }
        if (t === "" && !code) {
            i++;
            continue;
        }
        code ??= { start: i + 1, lines: [] };
        code.lines.push(line);
        i++;
    }
    flushCode();
    const body = `<h1>The module ${escapeHtml(name)}</h1>
<p class="source">spec/${escapeHtml(name)}.tla, rendered with its comments as prose. Definitions can be linked to by name (<code>#Name</code>).</p>
<div class="literate">
${parts.join("\n")}
</div>`;
    return { path: `spec/${name}.html`, title: `Module ${name}`, body };
}
/** The id of a protocol's table of actions on the index. */
function actionsAnchor(p) {
    return `actions-${p.module}`;
}
/**
 * The page of one action: the spec text and its prose beside the implementing
 * function, with links to the protocol's previous and next actions (in the
 * order of its `Next`).
 */
function actionPage(pair, index, pairs, root, protocol) {
    const { action, impl } = pair;
    const specModule = protocol.module;
    const prev = index > 0 ? pairs[index - 1].action.name : undefined;
    const next = index + 1 < pairs.length ? pairs[index + 1].action.name : undefined;
    const signature = `${action.name}(${action.params.join(", ")})`;
    const specFile = relative(root, action.file).split("\\").join("/");
    const implFile = relative(root, impl.file).split("\\").join("/");
    const implCode = impl.text;
    const body = `<h1>${escapeHtml(signature)}</h1>
<div class="steps"><span>${prev ? `← <a href="/${actionPagePath(specModule, prev)}">${escapeHtml(prev)}</a>` : ""}</span><span><a href="/index.html#${actionsAnchor(protocol)}">all actions of ${escapeHtml(protocol.label)}</a></span><span>${next ? `<a href="/${actionPagePath(specModule, next)}">${escapeHtml(next)}</a> →` : ""}</span></div>
<div class="pair">
<section class="spec-side" id="spec">
<h2>The specification</h2>
<p class="source">${escapeHtml(specFile)}, line ${action.line} · <a href="/spec/${specModule}.html#${defAnchor(action.name)}">in the module</a></p>
${proseHtml(action.doc)}
<pre class="code lang-tla"><code>${highlightTla(action.text, new Map(), new Map(action.uses.map((u) => [u, `/spec/${specModule}.html#${defAnchor(u)}`])))}</code></pre>
</section>
<section class="impl-side" id="impl">
<h2>The implementation</h2>
<p class="source">${escapeHtml(implFile)}, line ${impl.line} · <code>${escapeHtml(impl.name)}</code></p>
${renderMarkdown(impl.doc).html}
<pre class="code lang-ts"><code>${highlightTypeScript(implCode)}</code></pre>
</section>
</div>
${definitionsSection(pair, root, specModule)}`;
    return { path: actionPagePath(specModule, action.name), title: `${signature} · ${protocol.label}`, body };
}
/**
 * The definitions of an action's module that have code of their own (a
 * function tagged with the definition's name), each beside its function,
 * under the action's pair: the configuration of a slot, for instance, which
 * both actions of a reconfiguration read. Empty when there are none.
 */
function definitionsSection(pair, root, specModule) {
    if (pair.definitions.length === 0)
        return "";
    const rows = pair.definitions.map((d) => {
        const file = relative(root, d.file).split("\\").join("/");
        return `<section class="definition" id="def-${escapeHtml(d.action)}">
<h3><a href="/spec/${specModule}.html#${defAnchor(d.action)}">${escapeHtml(d.action)}</a> in the code: <code>${escapeHtml(d.name)}</code></h3>
<p class="source">${escapeHtml(file)}, line ${d.line}</p>
${renderMarkdown(d.doc).html}
<pre class="code lang-ts"><code>${highlightTypeScript(d.text)}</code></pre>
</section>`;
    });
    return `<h2>The definitions it reads, in the code</h2>\n${rows.join("\n")}`;
}
/**
 * Where a link in a guide (relative to `docs/`) goes on the site, or undefined
 * when it leaves the site. A link to an action of a protocol's module
 * (`../spec/MultiPaxos.tla#Phase1a`) goes to the action's page, the others to
 * the module's page. `actionPages` maps module -> action -> page path.
 */
function guideLinkRewriter(guides, modules, actionPages) {
    return (href) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href))
            return href;
        if (href.startsWith("#"))
            return href;
        const hash = href.indexOf("#");
        const pathPart = hash >= 0 ? href.slice(0, hash) : href;
        const fragment = hash >= 0 ? href.slice(hash + 1) : "";
        const target = posix.normalize(posix.join("docs", pathPart));
        const guide = /^docs\/([^/]+)\.md$/.exec(target);
        if (guide && guides.has(guide[1]))
            return `/${guide[1]}.html${fragment ? `#${fragment}` : ""}`;
        if (target === "README.md")
            return `/index.html`;
        const mod = /^spec\/([^/]+)\.tla$/.exec(target);
        if (mod && modules.has(mod[1])) {
            const page = actionPages.get(mod[1])?.get(fragment);
            if (page !== undefined)
                return `/${page}`;
            return `/spec/${mod[1]}.html${fragment ? `#${fragment}` : ""}`;
        }
        if (target === "spec" || target === "spec/")
            return `/index.html#spec`;
        const siteFile = /^docs\/site\/(.+)$/.exec(target);
        if (siteFile)
            return `/${siteFile[1]}${fragment ? `#${fragment}` : ""}`;
        return undefined;
    };
}
/** The first sentence of a module's header comment, for the index. */
function moduleSummary(source) {
    const lines = source.split("\n");
    const start = lines.findIndex((l) => l.startsWith("(*") || l.startsWith("\\*"));
    if (start < 0)
        return "";
    let end = start;
    while (end < lines.length && (lines[end].startsWith("(*") || lines[end].startsWith("\\*")))
        end++;
    const prose = commentProse(lines.slice(start, end)).replace(/\s+/g, " ").trim();
    const sentence = /^(.*?[.:])(\s|$)/.exec(prose);
    return sentence ? sentence[1] : prose;
}
/** Runs typedoc with the repository's typedoc.json, writing to `outApi`. */
async function buildApi(root, outApi) {
    const td = await import("typedoc");
    const app = await td.Application.bootstrapWithPlugins({
        options: join(root, "typedoc.json"),
        tsconfig: join(root, "tsconfig.json"),
        entryPoints: [join(root, "src")],
        out: outApi,
        logLevel: "Error",
    }, [new td.TypeDocReader(), new td.TSConfigReader()]);
    const project = await app.convert();
    if (!project)
        throw new Error("typedoc could not convert the project (see the messages above)");
    await app.generateDocs(project, outApi);
}
/** Builds the site. Throws {@link ActionPairError} (nothing written) when the action pairs do not match. */
export async function buildSite(opts) {
    const log = opts.log ?? (() => { });
    const root = resolve(opts.root);
    const out = resolve(opts.out);
    // ---- read and check everything before writing anything
    const moduleFiles = await listFiles(join(root, "spec"), ".tla");
    const modules = new Map();
    for (const f of moduleFiles)
        modules.set(posix.basename(f.split("\\").join("/"), ".tla"), await readFile(f, "utf8"));
    const definitions = new Map([...modules].map(([name, source]) => [name, new Set(definitionLines(source).values())]));
    // Every protocol is checked before the build stops, so that one run lists every mismatch of both.
    const problems = [];
    const protocols = [];
    for (const protocol of PROTOCOLS) {
        const specPath = join(root, "spec", `${protocol.module}.tla`);
        const sourceDir = join(root, ...protocol.source.split("/"));
        if (!existsSync(specPath)) {
            problems.push(`${specPath}: no such file, so the actions of ${protocol.module} cannot be paired with the functions in ${protocol.source}`);
            continue;
        }
        if (!existsSync(sourceDir)) {
            problems.push(`${sourceDir}: no such directory, where the functions tagged @spec ${protocol.module}.<Action> belong`);
            continue;
        }
        const { actions } = await readSpecActions(await readFile(specPath, "utf8"), specPath);
        // The tags naming a protocol that shares this source directory are that protocol's to check (each mismatch is told once).
        const siblings = new Set(PROTOCOLS.filter((p) => p.source === protocol.source && p.module !== protocol.module).map((p) => p.module));
        const impls = [];
        for (const file of await listFiles(sourceDir, ".ts"))
            impls.push(...implFunctionsOfSource(await readFile(file, "utf8"), file).filter((f) => !siblings.has(f.module)));
        try {
            protocols.push({ protocol, pairs: pairActions(protocol.module, actions, impls, definitions) });
        }
        catch (err) {
            if (!(err instanceof ActionPairError))
                throw err;
            problems.push(...err.problems);
        }
    }
    if (problems.length > 0)
        throw new ActionPairError(problems);
    const pairs = protocols.flatMap((p) => p.pairs);
    // Module -> action -> the path of its page.
    const actionPages = new Map(protocols.map(({ protocol, pairs: ps }) => [protocol.module, new Map(ps.map((p) => [p.action.name, actionPagePath(protocol.module, p.action.name)]))]));
    const guideFiles = (await readdir(join(root, "docs")).catch(() => [])).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3));
    const guideRank = (g) => {
        const k = GUIDE_ORDER.findIndex((o) => guideKey(g).startsWith(o));
        return k < 0 ? GUIDE_ORDER.length : k;
    };
    guideFiles.sort((a, b) => guideRank(a) - guideRank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const guideSet = new Set(guideFiles);
    const rewrite = guideLinkRewriter(guideSet, new Set(modules.keys()), actionPages);
    // ---- pages
    const pages = [];
    const guideTitles = new Map();
    for (const g of guideFiles) {
        const md = renderMarkdown(await readFile(join(root, "docs", `${g}.md`), "utf8"), { rewriteLink: rewrite });
        const title = md.title ?? g;
        guideTitles.set(g, title);
        pages.push({ path: `${g}.html`, title, body: `<article class="guide">\n${md.html}\n</article>` });
    }
    for (const { protocol, pairs: ps } of protocols)
        pages.push(...ps.map((p, k) => actionPage(p, k, ps, root, protocol)));
    for (const [name, source] of modules)
        pages.push(modulePage(name, source, actionPages.get(name) ?? new Map()));
    // Recorded runs (traces/valid), drawn as message sequence charts.
    const charts = new Map();
    const runSections = [];
    for (const file of (await listFiles(join(root, "traces", "valid"), ".ndjson")).slice(0, MAX_RUNS)) {
        const name = posix.basename(file.split("\\").join("/"), ".ndjson");
        const text = await readFile(file, "utf8");
        try {
            charts.set(`runs/${name}.svg`, drawTrace(text, file));
        }
        catch (err) {
            if (!(err instanceof TraceInputError))
                throw err;
            log(`skipping the chart of ${relative(root, file)}: ${err.format()}`);
            continue;
        }
        const steps = text.split("\n").filter((l) => l.includes(`"kind":"step"`)).length;
        runSections.push(`<h2 id="${escapeHtml(name)}">${escapeHtml(name)}</h2>\n<p class="source">traces/valid/${escapeHtml(name)}.ndjson · ${steps} steps · <a href="/runs/${escapeHtml(name)}.svg">the chart alone</a></p>\n<div class="chart"><img src="/runs/${escapeHtml(name)}.svg" alt="Message sequence chart of the run ${escapeHtml(name)}"></div>`);
    }
    if (runSections.length > 0) {
        pages.push({
            path: "runs.html",
            title: "Runs, drawn",
            body: `<h1>Runs, drawn</h1>\n<p>Recorded runs from <code>traces/valid/</code>, drawn by <code>paxos draw</code>: one lifeline per node, one row per step, an arrow from the step that sent each message to each step that consumed it, lost messages crossed out, learned values highlighted.${guideSet.has("guide-drawing") ? ` <a href="/guide-drawing.html">How to read the charts</a>.` : ""}</p>\n${runSections.join("\n")}`,
        });
    }
    const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
    const guideLinks = guideFiles.map((g) => `<li><a href="/${g}.html">${escapeHtml(guideTitles.get(g))}</a></li>`).join("\n");
    const actionTable = (protocol, ps) => `<table><thead><tr><th>Action</th><th>Implemented by</th><th>What it does</th></tr></thead><tbody>\n${ps
        .map((p) => `<tr><td><a href="/${actionPagePath(protocol.module, p.action.name)}">${escapeHtml(p.action.name)}(${escapeHtml(p.action.params.join(", "))})</a></td>` +
        `<td><code>${escapeHtml(p.impl.name)}</code> in <code>${escapeHtml(relative(root, p.impl.file).split("\\").join("/"))}</code></td>` +
        `<td>${escapeHtml(firstSentence(p.action.doc))}</td></tr>`)
        .join("\n")}\n</tbody></table>`;
    const guideOf = (p) => (guideSet.has(p.guide) ? p.guide : undefined);
    const actionSections = protocols
        .map(({ protocol, pairs: ps }) => {
        const guide = guideOf(protocol);
        return `<h3 id="${actionsAnchor(protocol)}">${escapeHtml(protocol.label)}: <code>spec/${escapeHtml(protocol.module)}.tla</code> beside <code>${escapeHtml(protocol.source)}</code></h3>
<p>${escapeHtml(capitalized(protocol.summary))}. Each action of <a href="/spec/${protocol.module}.html">${escapeHtml(protocol.module)}</a>'s <code>Next</code>, with the function that implements it (found by its <code>@spec ${escapeHtml(protocol.module)}.&lt;Action&gt;</code> tag).${guide ? ` The guide: <a href="/${guide}.html">${escapeHtml(guideTitles.get(guide))}</a>.` : ""}</p>
${actionTable(protocol, ps)}`;
    })
        .join("\n");
    const sources = PROTOCOLS.map((p) => `<code>${escapeHtml(p.source)}</code> (${escapeHtml(p.label)})`).join(" and ");
    const [firstGuide, ...laterGuides] = PROTOCOLS.map((p) => ({ protocol: p, guide: guideOf(p) })).filter((g) => g.guide !== undefined);
    const guideIntro = firstGuide === undefined
        ? ""
        : `<p><strong>New to Paxos?</strong> Start with <a href="/${firstGuide.guide}.html">${escapeHtml(guideTitles.get(firstGuide.guide))}</a>, which reads the spec and the code together.${laterGuides
            .map((g) => ` Then <a href="/${g.guide}.html">${escapeHtml(guideTitles.get(g.guide))}</a> reads <code>spec/${escapeHtml(g.protocol.module)}.tla</code> beside <code>${escapeHtml(g.protocol.source)}</code>: ${escapeHtml(g.protocol.summary)}.`)
            .join("")}</p>`;
    const moduleItems = [...modules.keys()].map((m) => `<li><a href="/spec/${m}.html">${escapeHtml(m)}</a>: ${escapeHtml(moduleSummary(modules.get(m)))}</li>`).join("\n");
    const index = {
        path: "index.html",
        title: "Home",
        body: `<h1>paxos-tla</h1>
<p class="lead">${renderInline(escapeText(pkg.description ?? ""))}</p>
<p>The TLA+ specification in <code>spec/</code> is the single source of truth. The implementations in ${sources} have one pure function per spec action, named after it, and the project's own TLA+ engine evaluates the specification text to model-check it and to validate every recorded execution against it. Every page here is generated from those sources, so the pages cannot drift from them.</p>
${guideIntro}
<h2 id="actions">The actions, beside their code</h2>
${actionSections}
<h2 id="spec">The specification, module by module</h2>
<ul>
${moduleItems}
</ul>
<h2 id="guides">Guides</h2>
<ul>
${guideLinks}
</ul>
<h2 id="api">API reference</h2>
<p>${opts.api ? `The <a href="/api/index.html">API reference</a> documents every exported function and type of <code>src/</code>.` : `The API reference (typedoc) was not generated in this build; <code>npm run docs</code> generates it under <code>api/</code>.`}</p>`,
    };
    pages.unshift(index);
    // The navigation: the protocols' guides side by side, then each protocol's actions, then the rest.
    const nav = [{ label: "Home", href: "index.html" }];
    const protocolGuides = new Set(PROTOCOLS.flatMap((p) => guideOf(p) ?? []));
    for (const g of protocolGuides)
        nav.push({ label: guideTitles.get(g), href: `${g}.html` });
    for (const { protocol, pairs: ps } of protocols) {
        if (ps.length > 0)
            nav.push({ label: `${protocol.label} actions`, href: actionPagePath(protocol.module, ps[0].action.name) });
    }
    nav.push({ label: "Spec", href: `spec/${PROTOCOLS[0].module}.html` });
    if (runSections.length > 0)
        nav.push({ label: "Runs", href: "runs.html" });
    for (const g of guideFiles)
        if (!protocolGuides.has(g))
            nav.push({ label: NAV_LABELS[guideKey(g)] ?? guideTitles.get(g), href: `${g}.html` });
    if (opts.api)
        nav.push({ label: "API", href: "api/index.html" });
    // ---- write
    await rm(out, { recursive: true, force: true });
    const files = [];
    const write = async (rel, text) => {
        const p = join(out, ...rel.split("/"));
        await mkdir(dirname(p), { recursive: true });
        await writeFile(p, text);
        files.push(rel);
    };
    await write("style.css", STYLESHEET);
    for (const [path, svg] of charts)
        await write(path, svg);
    for (const page of pages)
        await write(page.path, renderPage(page, nav, SITE_TITLE));
    log(`wrote ${files.length} pages and the stylesheet to ${out}`);
    let apiBuilt = false;
    if (opts.api) {
        log("building the API reference with typedoc ...");
        await buildApi(root, join(out, "api"));
        apiBuilt = true;
        for (const f of await listFiles(join(out, "api"), ""))
            files.push(relative(out, f).split("\\").join("/"));
    }
    files.sort();
    return { files, protocols, pairs, apiBuilt };
}
function escapeText(s) {
    return s.replace(/[\\`*_[\]]/g, (c) => `\\${c}`);
}
/** `one value` -> `One value`. */
function capitalized(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
function firstSentence(doc) {
    if (!doc)
        return "";
    const flat = doc.replace(/\s+/g, " ").trim();
    const m = /^(.*?\.)(\s|$)/.exec(flat);
    return m ? m[1] : flat;
}
/**
 * The docs build as a program: `node dist/src/site/build.js [--out dir]
 * [--no-api] [--root dir]`. Returns the exit code: 0 built, 1 the action pairs
 * do not match (each problem printed on its own line), 2 bad input.
 */
export async function docsMain(argv) {
    const { parseArgs, UsageError } = await import("../cli/args.js");
    const specs = { out: { type: "string" }, root: { type: "string" }, api: { type: "boolean", negatable: true } };
    let flags;
    try {
        ({ flags } = parseArgs(argv, specs));
    }
    catch (err) {
        if (err instanceof UsageError) {
            console.error(`docs: ${err.message}`);
            return 2;
        }
        throw err;
    }
    const root = flags["root"] ?? packageRoot();
    const out = flags["out"] ?? join(root, "docs", "site");
    const started = performance.now();
    try {
        const report = await buildSite({ root, out, api: flags["api"] !== false, log: (l) => console.log(`docs: ${l}`) });
        console.log(`docs: built ${report.files.length} files (${report.pairs.length} action pages) in ${((performance.now() - started) / 1000).toFixed(1)} s: ${join(out, "index.html")}`);
        return 0;
    }
    catch (err) {
        if (err instanceof ActionPairError) {
            console.error(`docs: the spec's actions and the implementation's @spec tags do not match:\n${err.problems.map((p) => `  ${p}`).join("\n")}`);
            return 1;
        }
        if (err instanceof SpecTagError) {
            console.error(`docs: ${err.format()}`);
            return 1;
        }
        const { TlaError } = await import("../tla/errors.js");
        if (err instanceof TlaError) {
            console.error(`docs: ${err.format()}`);
            return 2;
        }
        throw err;
    }
}
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
    docsMain(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (err) => {
        console.error(`docs: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = 2;
    });
}
//# sourceMappingURL=build.js.map
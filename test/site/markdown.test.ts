import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { highlightTla, highlightTypeScript } from "../../src/site/highlight.js";
import { renderInline, renderMarkdown, slug } from "../../src/site/markdown.js";
import { commentAbove, commentProse } from "../../src/site/tlaComments.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The text of highlighted HTML: tags removed, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("the Markdown renderer", () => {
  it("renders headings with ids, paragraphs, emphasis, code and links", () => {
    const md = renderMarkdown("# Title\n\nSome *em*, **strong** and `a <b>` text,\na [link](x.md#y).\n\n## Title\n");
    expect(md.html).toBe(
      `<h1 id="title">Title</h1>\n<p>Some <em>em</em>, <strong>strong</strong> and <code>a &lt;b&gt;</code> text,\na <a href="x.md#y">link</a>.</p>\n<h2 id="title-1">Title</h2>`,
    );
    expect(md.title).toBe("Title");
  });

  it("renders nested lists, numbered lists, tables and fenced code", () => {
    const md = renderMarkdown("- one\n- two\n  - inner\n\n3. three\n4. four\n\n| a | b |\n|---|--:|\n| 1 | `\\|` |\n\n```tla\nInit == x = 0 \\* start\n```\n");
    expect(md.html).toBe(
      [
        `<ul><li>one</li><li>two\n<ul><li>inner</li></ul></li></ul>`,
        `<ol start="3"><li>three</li><li>four</li></ol>`,
        `<table><thead><tr><th>a</th><th style="text-align:right">b</th></tr></thead><tbody><tr><td>1</td><td style="text-align:right"><code>|</code></td></tr></tbody></table>`,
        `<pre class="code lang-tla"><code><span class="tla-def">Init</span> <span class="tla-op">==</span> x = <span class="tla-num">0</span> <span class="tla-com">\\* start</span></code></pre>`,
      ].join("\n"),
    );
  });

  it("escapes raw HTML, leaves snake_case alone, and lets the caller rewrite or drop links", () => {
    expect(renderInline("<script>x</script> max_bal_x")).toBe("&lt;script&gt;x&lt;/script&gt; max_bal_x");
    const rewrite = (href: string): string | undefined => (href.endsWith(".md") ? href.replace(/\.md$/, ".html") : undefined);
    expect(renderInline("[a](g.md) [b](../src/x.ts)", { rewriteLink: rewrite })).toBe(`<a href="g.html">a</a> <span class="unlinked" title="../src/x.ts">b</span>`);
    expect(slug("Phase 2: asking for votes")).toBe("phase-2-asking-for-votes");
  });
});

describe("highlighting", () => {
  it("keeps every character of the spec and the code (only adds markup)", () => {
    const tla = readFileSync(`${root}/spec/Paxos.tla`, "utf8");
    expect(textOf(highlightTla(tla))).toBe(tla);
    const ts = readFileSync(`${root}/src/site/markdown.ts`, "utf8");
    expect(textOf(highlightTypeScript(ts))).toBe(ts);
  });

  it("marks TLA+ keywords, operators, strings, comments and definitions", () => {
    expect(highlightTla(`Send(m) == msgs' = msgs \\cup {m} (* add *)`)).toBe(
      `<span class="tla-def">Send</span>(m) <span class="tla-op">==</span> msgs<span class="tla-op">'</span> = msgs <span class="tla-op">\\cup</span> {m} <span class="tla-com">(* add *)</span>`,
    );
    expect(highlightTla(`x == "1a"`, new Map([[1, "x"]]))).toBe(
      `<a class="anchor" id="x"></a><span class="tla-def">x</span> <span class="tla-op">==</span> <span class="tla-str">&quot;1a&quot;</span>`,
    );
  });

  it("marks TypeScript keywords, strings (template pieces included), numbers and comments", () => {
    expect(highlightTypeScript("const n = `a${1}b`; // c")).toBe(
      `<span class="ts-kw">const</span> n = <span class="ts-str">\`a\${</span><span class="ts-num">1</span><span class="ts-str">}b\`</span>; <span class="ts-com">// c</span>`,
    );
  });
});

describe("TLA+ comments as prose", () => {
  it("strips boxes and markers, keeping paragraph breaks", () => {
    const box = ["(****************)", "(* First line.  *)", "(*   indented   *)", "(*               *)", "(* Second.      *)", "(****************)"];
    expect(commentProse(box)).toBe("First line.\n  indented\n\nSecond.");
    expect(commentProse(["\\* one", "\\* two"])).toBe("one\ntwo");
  });

  it("finds the comment just above a definition, and nothing when a definition stands alone", () => {
    const src = ["---- MODULE M ----", "(* About A. *)", "A == 1", "", "B == 2", "\\* About C.", "", "C == 3", "===="].join("\n");
    expect(commentAbove(src, 3)).toBe("About A.");
    expect(commentAbove(src, 5)).toBeUndefined();
    expect(commentAbove(src, 8)).toBe("About C.");
  });
});

import { readFileSync } from "node:fs";
import { copyFile, mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ActionPairError } from "../../src/site/actionPairs.js";
import { buildSite, docsMain, type SiteReport } from "../../src/site/build.js";
import { drawTrace } from "../../src/draw/draw.js";
import { xmlNestingProblem } from "../draw/xmlWellFormed.js";
import { brokenLinks } from "./siteLinks.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const ACTIONS = ["Propose", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn", "Restart"];
const HTML_VOID = new Set(["meta", "link", "br", "hr", "img", "input", "wbr", "col", "source"]);

describe("the generated site", () => {
  let out: string;
  let report: SiteReport;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "paxos-site-"));
    report = await buildSite({ root, out, api: false });
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it("pairs every action of Paxos's Next with the function tagged @spec Paxos.<Action>", () => {
    expect(report.pairs.map((p) => p.action.name)).toEqual(ACTIONS);
    for (const p of report.pairs) expect(p.impl.name.toLowerCase()).toBe(p.action.name.toLowerCase());
  });

  it("gives every action a page with its TLA+ text, its prose, and the implementing function's code", () => {
    for (const p of report.pairs) {
      const page = readFileSync(join(out, "actions", `${p.action.name}.html`), "utf8");
      const text = page
        .replace(/<[^>]*>/g, "")
        .replace(/&gt;/g, ">")
        .replace(/&lt;/g, "<")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
      expect(text).toContain(`${p.action.name}(${p.action.params.join(", ")}) ==`);
      expect(text).toContain(`export function ${p.impl.name}(`);
      expect(p.action.doc?.length ?? 0).toBeGreaterThan(40);
      expect(text).toContain(p.action.doc!.split("\n")[0]!.trim());
    }
    // One value worked out by hand from spec/Paxos.tla: Phase1b's guard and its comment.
    const phase1b = readFileSync(join(out, "actions", "Phase1b.html"), "utf8");
    expect(phase1b).toContain("Acceptor a joins ballot b on receiving its 1a message.");
    expect(phase1b).toMatch(/<span class="tla-def">Phase1b<\/span>\(a, b\) <span class="tla-op">==<\/span>/);
    // Phase2a's comment lists its guards as bullets; they become a list, and the operators it uses link to their definitions.
    const phase2a = readFileSync(join(out, "actions", "Phase2a.html"), "utf8");
    expect(phase2a).toContain("<li>Owner[b] = p: only b's owner leads b.</li>");
    expect(phase2a).toContain(`<a class="ref" href="../spec/Paxos.html#Msgs1b">Msgs1b</a>`);
  });

  it("renders every spec module and the guides, with one stylesheet", () => {
    for (const m of ["Consensus", "Voting", "Paxos", "Quorums"]) expect(report.files).toContain(`spec/${m}.html`);
    expect(report.files).toContain("guide-paxos.html");
    expect(report.files).toContain("index.html");
    expect(report.files.filter((f) => f.endsWith(".css"))).toEqual(["style.css"]);
    const paxos = readFileSync(join(out, "spec", "Paxos.html"), "utf8");
    for (const a of ACTIONS) expect(paxos).toContain(`id="${a}"`);
  });

  it("has no broken internal link and no external asset", () => {
    const html = report.files.filter((f) => f.endsWith(".html"));
    expect(html.length).toBeGreaterThanOrEqual(ACTIONS.length + 6);
    expect(brokenLinks(out, html)).toEqual([]);
    // The guide links each action to its page.
    const guide = readFileSync(join(out, "guide-paxos.html"), "utf8");
    for (const a of ACTIONS) expect(guide).toContain(`href="actions/${a}.html"`);
  });

  it("writes well-formed HTML", () => {
    for (const f of report.files.filter((x) => x.endsWith(".html"))) {
      expect([f, xmlNestingProblem(readFileSync(join(out, f), "utf8"), HTML_VOID)]).toEqual([f, undefined]);
    }
  });

  it("the link checker finds a broken link and a missing fragment", async () => {
    const dir = await mkdtemp(join(tmpdir(), "paxos-links-"));
    try {
      await writeFile(
        join(dir, "a.html"),
        `<link rel="stylesheet" href="https://example.org/x.css"><p id="x"><a href="b.html">b</a> <a href="a.html#x">ok</a> <a href="#nope">f</a> <a href="https://example.org/">web</a></p>`,
      );
      expect(brokenLinks(dir, ["a.html"])).toEqual([
        "a.html: external asset https://example.org/x.css",
        "a.html: link b.html -> missing file",
        "a.html: link #nope -> no id 'nope'",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the action-pair check", () => {
  let fake: string;
  beforeAll(async () => {
    fake = await mkdtemp(join(tmpdir(), "paxos-pairs-"));
    await mkdir(join(fake, "spec"));
    await mkdir(join(fake, "src", "paxos"), { recursive: true });
    await writeFile(join(fake, "package.json"), `{"name":"fake","description":"x"}`);
    await writeFile(
      join(fake, "spec", "Paxos.tla"),
      ["---- MODULE Paxos ----", "VARIABLE x", "Init == x = 0", "\\* Up by one.", "Up == x' = x + 1", "Down == x' = x - 1", "Next == Up \\/ Down", "===="].join("\n"),
    );
    await writeFile(
      join(fake, "src", "paxos", "counter.ts"),
      [
        "/**",
        " * @spec Paxos.Up",
        " */",
        "export function up(x: number): number {",
        "  return x + 1;",
        "}",
        "",
        "/** @spec Paxos.Sideways */",
        "export const sideways = (x: number): number => x;",
        "",
      ].join("\n"),
    );
  });
  afterAll(async () => {
    await rm(fake, { recursive: true, force: true });
  });

  it("fails, writing nothing, naming the action without a function and the tag naming no action", async () => {
    const out = join(fake, "site");
    const err = await buildSite({ root: fake, out, api: false }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ActionPairError);
    const problems = (err as ActionPairError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/counter\.ts:9: 'sideways' is tagged @spec Paxos\.Sideways, but Paxos's Next has no action Sideways \(its actions: Up, Down\)$/);
    expect(problems[1]).toMatch(/Paxos\.tla:6: action Down has no implementing function/);
    expect(() => readFileSync(join(out, "index.html"))).toThrow();
  });

  it("makes the docs build exit 1 with a message naming the actions", async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => {
      errors.push(a.join(" "));
    });
    try {
      expect(await docsMain(["--root", fake, "--out", join(fake, "site"), "--no-api"])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const lines = errors.join("\n").split("\n");
    expect(lines[0]).toBe("docs: the spec's actions and the implementation's @spec tags do not match:");
    expect(lines.slice(1).map((l) => l.replace(/^ +\S+?:\d+: /, ""))).toEqual([
      "'sideways' is tagged @spec Paxos.Sideways, but Paxos's Next has no action Sideways (its actions: Up, Down)",
      "action Down has no implementing function (no @spec Paxos.Down tag found)",
    ]);
  });
});

describe("the runs page", () => {
  let fake: string;
  beforeAll(async () => {
    fake = await mkdtemp(join(tmpdir(), "paxos-runs-"));
    await mkdir(join(fake, "spec"));
    await mkdir(join(fake, "src", "paxos"), { recursive: true });
    await mkdir(join(fake, "traces", "valid"), { recursive: true });
    await writeFile(join(fake, "package.json"), `{"name":"fake","description":"x"}`);
    await writeFile(join(fake, "spec", "Paxos.tla"), ["---- MODULE Paxos ----", "VARIABLE x", "Up == x' = x + 1", "Next == Up", "===="].join("\n"));
    await writeFile(join(fake, "src", "paxos", "up.ts"), "/** @spec Paxos.Up */\nexport function up(x: number): number {\n  return x + 1;\n}\n");
    await copyFile(join(root, "test", "draw", "fixtures", "small-run.ndjson"), join(fake, "traces", "valid", "small-run.ndjson"));
    await writeFile(join(fake, "traces", "valid", "broken.ndjson"), "not a trace\n");
  });
  afterAll(async () => {
    await rm(fake, { recursive: true, force: true });
  });

  it("draws each recorded valid trace, and skips (saying so) one that cannot be read", async () => {
    const out = join(fake, "site");
    const logged: string[] = [];
    const report = await buildSite({ root: fake, out, api: false, log: (l) => logged.push(l) });
    expect(report.files).toContain("runs.html");
    expect(report.files.filter((f) => f.startsWith("runs/"))).toEqual(["runs/small-run.svg"]);
    const fixture = join(root, "test", "draw", "fixtures", "small-run.ndjson");
    expect(readFileSync(join(out, "runs", "small-run.svg"), "utf8")).toBe(drawTrace(readFileSync(fixture, "utf8"), join(fake, "traces", "valid", "small-run.ndjson")));
    const page = readFileSync(join(out, "runs.html"), "utf8");
    expect(page).toContain(`<img src="runs/small-run.svg"`);
    expect(page).toContain("9 steps");
    expect(logged.some((l) => /skipping the chart of traces\/valid\/broken\.ndjson: .*broken\.ndjson:1: /.test(l))).toBe(true);
    expect(
      brokenLinks(
        out,
        report.files.filter((f) => f.endsWith(".html")),
      ),
    ).toEqual([]);
  });
});

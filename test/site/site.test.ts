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
import { specLines, writeProtocol, writeSmallestRoot } from "./fakeRoot.js";
import { brokenLinks } from "./siteLinks.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const ACTIONS = ["Propose", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn", "Restart"];
/** The actions of spec/MultiPaxos.tla's Next, in its order, read off the file by hand. */
const MULTIPAXOS_ACTIONS = ["Request", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn", "Execute", "InstallSnapshot", "Recover", "Restart"];
/** The actions spec/ReconfigMultiPaxos.tla defines for itself (the others are MultiPaxos's, instantiated). */
const RECONFIG_ACTIONS = ["Phase2a", "Learn"];
/** Each protocol's module, its source directory, and its actions. */
const PROTOCOLS = [
  { module: "Paxos", source: "src/paxos", actions: ACTIONS },
  { module: "MultiPaxos", source: "src/multipaxos", actions: MULTIPAXOS_ACTIONS },
  { module: "ReconfigMultiPaxos", source: "src/multipaxos", actions: RECONFIG_ACTIONS },
];
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

  it.each(PROTOCOLS)("pairs every action of $module's Next with the function in $source tagged @spec $module.<Action>", ({ module, source, actions }) => {
    const mine = report.protocols.find((p) => p.protocol.module === module);
    expect(mine?.protocol.source).toBe(source);
    expect(mine!.pairs.map((p) => p.action.name)).toEqual(actions);
    for (const p of mine!.pairs) {
      expect(p.action.file).toBe(join(root, "spec", `${module}.tla`));
      expect(p.impl.module).toBe(module);
      expect(p.impl.file.startsWith(join(root, source))).toBe(true);
      expect(p.impl.name.toLowerCase()).toBe(p.action.name.toLowerCase());
    }
  });

  it.each(PROTOCOLS)(
    "gives every action of $module a page, actions/$module/<Action>.html, with its TLA+ text, its prose, and the implementing function's code",
    ({ module, actions }) => {
      const pairs = report.protocols.find((p) => p.protocol.module === module)!.pairs;
      for (const a of actions) expect(report.files).toContain(`actions/${module}/${a}.html`);
      expect(report.files.filter((f) => f.startsWith(`actions/${module}/`))).toHaveLength(actions.length);
      for (const p of pairs) {
        const page = readFileSync(join(out, "actions", module, `${p.action.name}.html`), "utf8");
        const text = page
          .replace(/<[^>]*>/g, "")
          .replace(/&gt;/g, ">")
          .replace(/&lt;/g, "<")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&");
        expect(text).toContain(`${p.action.name}(${p.action.params.join(", ")}) ==`);
        expect(text).toContain(`spec/${module}.tla, line ${p.action.line}`);
        expect(text).toContain(`export function ${p.impl.name}(`);
        expect(p.action.doc?.length ?? 0).toBeGreaterThan(20);
        expect(text).toContain(p.action.doc!.split("\n")[0]!.trim());
      }
    },
  );

  it("shows, on an action page, the spec text and the code worked out by hand from the sources", () => {
    // spec/Paxos.tla: Phase1b's guard and its comment.
    const phase1b = readFileSync(join(out, "actions", "Paxos", "Phase1b.html"), "utf8");
    expect(phase1b).toContain("Acceptor a joins ballot b on receiving its 1a message.");
    expect(phase1b).toMatch(/<span class="tla-def">Phase1b<\/span>\(a, b\) <span class="tla-op">==<\/span>/);
    // Phase2a's comment lists its guards as bullets; they become a list, and the operators it uses link to their definitions.
    const phase2a = readFileSync(join(out, "actions", "Paxos", "Phase2a.html"), "utf8");
    expect(phase2a).toContain("<li>Owner[b] = p: only b's owner leads b.</li>");
    expect(phase2a).toContain(`<a class="ref" href="../../spec/Paxos.html#Msgs1b">Msgs1b</a>`);
    // spec/MultiPaxos.tla: Phase1b promises for every slot at once, beside src/multipaxos/acceptor.ts's phase1b, not src/paxos's.
    const mp1b = readFileSync(join(out, "actions", "MultiPaxos", "Phase1b.html"), "utf8");
    expect(mp1b).toContain("Acceptor a joins ballot b, for every slot at once");
    expect(mp1b).toMatch(/<span class="tla-def">Phase1b<\/span>\(a, b\) <span class="tla-op">==<\/span>/);
    expect(mp1b).toContain("src/multipaxos/acceptor.ts, line ");
    expect(mp1b).toContain(`<a class="ref" href="../../spec/MultiPaxos.html#VotesFrom">VotesFrom</a>`);
    expect(mp1b).toContain(`<a href="../../index.html#actions-MultiPaxos">all actions of Multi-Paxos</a>`);
    // The neighbours are the previous and next actions of MultiPaxos's Next.
    expect(mp1b).toContain(`← <a href="Phase1a.html">Phase1a</a>`);
    expect(mp1b).toContain(`<a href="Phase2a.html">Phase2a</a> →`);
    // spec/ReconfigMultiPaxos.tla: Learn by the slot's configuration, beside the same learn, and the configuration code under it.
    const learn = readFileSync(join(out, "actions", "ReconfigMultiPaxos", "Learn.html"), "utf8");
    expect(learn).toContain("Replica r learns that v is chosen in slot s, by s's configuration.");
    expect(learn).toContain(`<a class="ref" href="../../spec/ReconfigMultiPaxos.html#ChosenIn">ChosenIn</a>`);
    expect(learn).toContain("src/multipaxos/replica.ts, line ");
    expect(learn).toContain("The definitions it reads, in the code");
    expect(learn).toContain(`<a href="../../spec/ReconfigMultiPaxos.html#CfgOf">CfgOf</a> in the code: <code>configOf</code>`);
    expect(learn).toContain(`<a href="../../spec/ReconfigMultiPaxos.html#LastChange">LastChange</a> in the code: <code>changeIn</code>`);
    expect(learn).toContain("src/multipaxos/configuration.ts, line ");
    expect(learn).toContain(`← <a href="Phase2a.html">Phase2a</a>`);
    // The MultiPaxos page of the same function keeps its prose and shows no configuration code.
    const mpLearn = readFileSync(join(out, "actions", "MultiPaxos", "Learn.html"), "utf8");
    expect(mpLearn).toContain("chosen in");
    expect(mpLearn).not.toContain("The definitions it reads, in the code");
  });

  it("lists every protocol's actions on the index, and puts the two guides side by side in the navigation", () => {
    const index = readFileSync(join(out, "index.html"), "utf8");
    for (const { module, actions } of PROTOCOLS) {
      expect(index).toContain(`id="actions-${module}"`);
      for (const a of actions) expect(index).toContain(`<a href="actions/${module}/${a}.html">${a}(`);
    }
    expect(index).toContain(`<a href="guide-multipaxos.html">From one value to a replicated log</a>`);
    const nav = /<nav>([\s\S]*?)<\/nav>/.exec(readFileSync(join(out, "actions", "MultiPaxos", "Execute.html"), "utf8"))![1]!;
    const labels = [...nav.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[2]} -> ${m[1]}`);
    expect(labels.slice(0, 5)).toEqual([
      "Home -> ../../index.html",
      "Paxos in twenty minutes -> ../../guide-paxos.html",
      "From one value to a replicated log -> ../../guide-multipaxos.html",
      "Paxos actions -> ../Paxos/Propose.html",
      "Multi-Paxos actions -> Request.html",
    ]);
  });

  it("renders every spec module and the guides, with one stylesheet", () => {
    for (const m of ["Consensus", "Voting", "Paxos", "Quorums", "MultiPaxos"]) expect(report.files).toContain(`spec/${m}.html`);
    expect(report.files).toContain("guide-paxos.html");
    expect(report.files).toContain("guide-multipaxos.html");
    expect(report.files).toContain("index.html");
    expect(report.files.filter((f) => f.endsWith(".css"))).toEqual(["style.css"]);
    // A protocol's module page anchors each action and links it to its page.
    for (const { module, actions } of PROTOCOLS) {
      const page = readFileSync(join(out, "spec", `${module}.html`), "utf8");
      for (const a of actions) {
        expect(page).toContain(`id="${a}"`);
        expect(page).toContain(`<a href="../actions/${module}/${a}.html">${a}: the action beside its implementation</a>`);
      }
    }
  });

  it("has no broken internal link and no external asset", () => {
    const html = report.files.filter((f) => f.endsWith(".html"));
    expect(html.length).toBeGreaterThanOrEqual(ACTIONS.length + MULTIPAXOS_ACTIONS.length + 6);
    expect(brokenLinks(out, html)).toEqual([]);
    // Each protocol's guide links each of its actions to its page.
    for (const [guide, { module, actions }] of [
      ["guide-paxos", PROTOCOLS[0]!],
      ["guide-multipaxos", PROTOCOLS[1]!],
    ] as const) {
      const page = readFileSync(join(out, `${guide}.html`), "utf8");
      for (const a of actions) expect(page).toContain(`href="actions/${module}/${a}.html"`);
    }
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
    await mkdir(join(fake, "src", "multipaxos"), { recursive: true });
    await writeFile(join(fake, "package.json"), `{"name":"fake","description":"x"}`);
    await writeFile(
      join(fake, "spec", "Paxos.tla"),
      specLines("Paxos", "x", [
        { name: "Up", body: "x' = x + 1", comment: "Up by one." },
        { name: "Down", body: "x' = x - 1" },
      ]).join("\n"),
    );
    await writeProtocol(fake, "ReconfigMultiPaxos", "multipaxos", "Change", "change");
    // MultiPaxos is checked too, in the same run: Trim has no function, and Shrink is no action of its Next.
    await writeFile(
      join(fake, "spec", "MultiPaxos.tla"),
      specLines("MultiPaxos", "n", [
        { name: "Grow", body: "n' = n + 1" },
        { name: "Trim", body: "n' = 0" },
      ]).join("\n"),
    );
    await writeFile(
      join(fake, "src", "multipaxos", "log.ts"),
      [
        "/** @spec MultiPaxos.Grow */",
        "export function grow(n: number): number {",
        "  return n + 1;",
        "}",
        "",
        "/** @spec MultiPaxos.Shrink */",
        "export function shrink(n: number): number {",
        "  return n - 1;",
        "}",
        "",
      ].join("\n"),
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
    expect(problems).toEqual([
      `${join(fake, "src", "paxos", "counter.ts")}:9: 'sideways' is tagged @spec Paxos.Sideways, but Paxos's Next has no action Sideways (its actions: Up, Down)`,
      `${join(fake, "spec", "Paxos.tla")}:6: action Down has no implementing function (no @spec Paxos.Down tag found)`,
      `${join(fake, "src", "multipaxos", "log.ts")}:7: 'shrink' is tagged @spec MultiPaxos.Shrink, but MultiPaxos's Next has no action Shrink (its actions: Grow, Trim)`,
      `${join(fake, "spec", "MultiPaxos.tla")}:5: action Trim has no implementing function (no @spec MultiPaxos.Trim tag found)`,
    ]);
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
      "'shrink' is tagged @spec MultiPaxos.Shrink, but MultiPaxos's Next has no action Shrink (its actions: Grow, Trim)",
      "action Trim has no implementing function (no @spec MultiPaxos.Trim tag found)",
    ]);
    expect(lines.slice(3).map((l) => /\/([^/]+:\d+): /.exec(l)?.[1])).toEqual(["log.ts:7", "MultiPaxos.tla:5"]);
  });

  it("fails, naming the file, when a protocol's spec or source directory is missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "paxos-pairs-missing-"));
    try {
      await writeSmallestRoot(dir);
      await rm(join(dir, "spec", "MultiPaxos.tla"));
      await rm(join(dir, "src", "paxos"), { recursive: true });
      const err = await buildSite({ root: dir, out: join(dir, "site"), api: false }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ActionPairError);
      expect((err as ActionPairError).problems).toEqual([
        `${join(dir, "src", "paxos")}: no such directory, where the functions tagged @spec Paxos.<Action> belong`,
        `${join(dir, "spec", "MultiPaxos.tla")}: no such file, so the actions of MultiPaxos cannot be paired with the functions in src/multipaxos`,
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("builds the smallest repository, one action per protocol, each on its page", async () => {
    const dir = await mkdtemp(join(tmpdir(), "paxos-pairs-smallest-"));
    try {
      await writeSmallestRoot(dir);
      const report = await buildSite({ root: dir, out: join(dir, "site"), api: false });
      expect(report.pairs.map((p) => `${p.impl.module}.${p.action.name}=${p.impl.name}`)).toEqual(["Paxos.Up=up", "MultiPaxos.Grow=grow", "ReconfigMultiPaxos.Change=change"]);
      expect(report.files.filter((f) => f.startsWith("actions/"))).toEqual(["actions/MultiPaxos/Grow.html", "actions/Paxos/Up.html", "actions/ReconfigMultiPaxos/Change.html"]);
      // In src/multipaxos, a tag naming a definition of another module is allowed (as in src/paxos); one naming no action of MultiPaxos is not.
      await writeFile(
        join(dir, "src", "multipaxos", "up.ts"),
        [
          "",
          "/** @spec Paxos.Up */",
          "export function upAsInPaxos(x: number): number {",
          "  return x + 1;",
          "}",
          "",
          "/** @spec MultiPaxos.Up */",
          "export function up(x: number): number {",
          "  return x;",
          "}",
          "",
        ].join("\n"),
      );
      const err = await buildSite({ root: dir, out: join(dir, "site"), api: false }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((err as ActionPairError).problems).toEqual([
        `${join(dir, "src", "multipaxos", "up.ts")}:8: 'up' is tagged @spec MultiPaxos.Up, but MultiPaxos's Next has no action Up (its actions: Grow)`,
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the runs page", () => {
  let fake: string;
  beforeAll(async () => {
    fake = await mkdtemp(join(tmpdir(), "paxos-runs-"));
    await writeSmallestRoot(fake);
    await mkdir(join(fake, "traces", "valid"), { recursive: true });
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

import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build.js";
import { Chromium } from "./chromium.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CHROMIUM = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.log(`skipping the browser test: no headless Chromium at ${CHROMIUM} (install Debian's 'chromium' package)`);

describe.skipIf(!haveChromium)("the site in a browser", () => {
  let out: string;
  let browser: Chromium | undefined;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "paxos-site-browser-"));
    await buildSite({ root, out, api: false });
    await writeFile(
      join(out, "broken.html"),
      `<!DOCTYPE html><html><head><link rel="stylesheet" href="missing.css"></head><body><p>x</p><script>console.error("boom"); missingFunction();</script></body></html>`,
    );
    browser = await Chromium.launch(CHROMIUM);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await rm(out, { recursive: true, force: true });
  });

  const url = (page: string): string => pathToFileURL(join(out, page)).href;

  it("renders the index, styled, with no console message or load error", async () => {
    const page = await browser!.load(url("index.html"), `getComputedStyle(document.querySelector("header.site")).display`);
    expect(page.problems).toEqual([]);
    expect(page.probe).toBe("flex"); // the stylesheet loaded and applies
    expect(page.html).toContain("<h1>paxos-tla</h1>");
    expect(page.html).toContain(`<a href="actions/Paxos/Phase1b.html">Phase1b(a, b)</a>`);
    expect(page.html).toContain(`<a href="actions/MultiPaxos/Phase2a.html">Phase2a(p, b, s, v)</a>`);
  }, 60_000);

  it.each([
    ["actions/Paxos/Phase1b.html", "Phase1b(a, b)", "src/paxos/acceptor.ts"],
    ["actions/MultiPaxos/Phase2a.html", "Phase2a(p, b, s, v)", "src/multipaxos/proposer.ts"],
  ])(
    "renders the action page %s with the spec and the code side by side",
    async (path, signature, implFile) => {
      // The probe follows the stylesheet link from a page two folders deep: the layout is the grid only if it loaded.
      const page = await browser!.load(url(path), `getComputedStyle(document.querySelector(".pair")).display`);
      expect(page.problems).toEqual([]);
      expect(page.probe).toBe("grid");
      expect(page.html).toContain(`<h1>${signature}</h1>`);
      expect(page.html).toContain(`<section class="impl-side" id="impl">`);
      expect(page.html).toContain(`<p class="source">${implFile}, line `);
    },
    60_000,
  );

  it("would report a broken page: a console error, an exception, a missing stylesheet", async () => {
    const page = await browser!.load(url("broken.html"));
    expect(page.problems.some((p) => p === "console.error: boom")).toBe(true);
    expect(page.problems.some((p) => p.startsWith("exception: ReferenceError: missingFunction is not defined"))).toBe(true);
    expect(page.problems.some((p) => p.startsWith("log error:") && p.includes("missing.css"))).toBe(true);
  }, 60_000);
});

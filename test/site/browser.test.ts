import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CHROMIUM = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.log(`skipping the browser test: no headless Chromium at ${CHROMIUM} (install Debian's 'chromium' package)`);

/** Loads a page in headless Chromium: the DOM after load, and the console messages it logged. */
function loadPage(file: string, profile: string): Promise<{ dom: string; console: string[] }> {
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${profile}`,
    "--enable-logging=stderr",
    "--v=0",
    "--dump-dom",
    pathToFileURL(file).href,
  ];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, args, { timeout: 90_000, maxBuffer: 20 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`chromium failed on ${file}: ${err.message}\n${stderr}`));
      else resolve({ dom: stdout, console: stderr.split("\n").filter((l) => /:CONSOLE[:(]/.test(l)) });
    });
  });
}

describe.skipIf(!haveChromium)("the site in a browser", () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "paxos-site-browser-"));
    await buildSite({ root, out, api: false });
    await writeFile(join(out, "broken.html"), `<!DOCTYPE html><html><body><p>x</p><script>console.error("boom"); missingFunction();</script></body></html>`);
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it("renders the index and an action page with no console messages (and would see them on a broken page)", async () => {
    const [index, action, broken] = await Promise.all([
      loadPage(join(out, "index.html"), join(out, ".profile-1")),
      loadPage(join(out, "actions", "Phase1b.html"), join(out, ".profile-2")),
      loadPage(join(out, "broken.html"), join(out, ".profile-3")),
    ]);
    expect(index.console).toEqual([]);
    expect(index.dom).toContain("<h1>paxos-tla</h1>");
    expect(index.dom).toContain(`<a href="actions/Phase1b.html">Phase1b(a, b)</a>`);
    expect(action.console).toEqual([]);
    expect(action.dom).toContain("<h1>Phase1b(a, b)</h1>");
    expect(action.dom).toContain(`<section class="impl-side" id="impl">`);
    // The negative control: the same detector reports the broken page's error and exception.
    expect(broken.console.length).toBe(2);
    expect(broken.console.join("\n")).toContain("boom");
    expect(broken.console.join("\n")).toContain("missingFunction is not defined");
  }, 120_000);
});

import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type SiteReport } from "../../src/site/build.js";
import { brokenLinks } from "./siteLinks.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const long = process.env["PAXOS_LONG"] === "1";
if (!long) console.log("skipping the full docs build with the typedoc API reference (about a minute): set PAXOS_LONG=1 (npm run test:long)");

describe.skipIf(!long)("the full site, API reference included", () => {
  let out: string;
  let report: SiteReport;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "paxos-site-api-"));
    report = await buildSite({ root, out, api: true });
  }, 300_000);
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it("documents the project's modules and links them from every page", () => {
    expect(report.apiBuilt).toBe(true);
    expect(report.files).toContain("api/index.html");
    expect(report.files.some((f) => /^api\/modules\/.*draw.*\.html$/.test(f))).toBe(true);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain(`href="api/index.html"`);
    expect(readFileSync(join(out, "actions", "Paxos", "Learn.html"), "utf8")).toContain(`href="../../api/index.html"`);
    expect(readFileSync(join(out, "actions", "MultiPaxos", "Learn.html"), "utf8")).toContain(`href="../../api/index.html"`);
  });

  it("has no broken link, in our pages or typedoc's", () => {
    const html = report.files.filter((f) => f.endsWith(".html"));
    expect(brokenLinks(out, html)).toEqual([]);
  });
});

/**
 * The recorded traces of traces/ (valid/ and invalid/) replayed through the
 * validation function of `paxos validate`, each against the verdict its
 * manifest expects: accepted with its number of steps, rejected at a step by
 * an action and a conjunct (or a differing variable), or unreadable at a line.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateFiles } from "../../src/cli/commands/validate.js";

interface Entry {
  file: string;
  description: string;
  expect: "accepted" | "rejected" | "error";
  verdict?: "conforms" | "safe-deviation" | "unsafe";
  steps?: number;
  step?: number;
  action?: string;
  conjunct?: string;
  differs?: string;
  line?: number;
  error?: string;
}

const manifest = JSON.parse(readFileSync("traces/manifest.json", "utf8")) as { traces: Entry[] };

describe("traces/manifest.json", () => {
  it("lists the six valid runs (the demo's among them), the eight seeded bugs and the three edited traces", () => {
    const files = manifest.traces.map((t) => t.file);
    expect(files.filter((f) => f.startsWith("valid/"))).toHaveLength(6);
    expect(files).toContain("valid/demo.ndjson");
    expect(files.filter((f) => /^invalid\/[a-h]-/.test(f))).toHaveLength(8);
    expect(files).toEqual(expect.arrayContaining(["invalid/never-sent.ndjson", "invalid/decreasing-maxbal.ndjson", "invalid/missing-field.ndjson"]));
    expect(manifest.traces.filter((t) => t.file.startsWith("valid/")).every((t) => t.expect === "accepted")).toBe(true);
    expect(manifest.traces.filter((t) => t.file.startsWith("invalid/")).every((t) => t.expect !== "accepted")).toBe(true);
  });

  for (const t of manifest.traces) {
    it(`${t.file}: ${t.expect}${t.action ? ` at step ${t.step} (${t.action})` : ""}`, async () => {
      const [o] = await validateFiles([`traces/${t.file}`]);
      if (t.expect === "error") {
        expect(o).toEqual({ file: `traces/${t.file}`, error: t.error });
        expect(t.error).toContain(`:${t.line}: `);
        return;
      }
      if ("error" in o!) throw new Error(o.error);
      expect(o!.ok).toBe(t.expect === "accepted");
      expect(o!.layers?.level).toBe(t.verdict);
      const v = o!.verdict;
      if (v.ok) {
        expect(v.steps).toBe(t.steps);
        return;
      }
      expect(v.step).toBe(t.step);
      expect(v.action).toBe(t.action);
      expect(v.source?.file).toBe(`traces/${t.file}`);
      if (t.conjunct !== undefined) expect(v.conjunct?.text.replace(/\s+/g, " ")).toBe(t.conjunct);
      if (t.differs !== undefined) expect(v.differences?.[0]).toMatch(new RegExp(`^${t.differs.replace(/[[\]]/g, "\\$&")}`));
    });
  }

  it("the edited traces fail where and why they were edited", () => {
    const byFile = new Map(manifest.traces.map((t) => [t.file, t]));
    expect(byFile.get("invalid/never-sent.ndjson")).toMatchObject({ expect: "rejected", action: "Phase1b", conjunct: '[type |-> "1a", bal |-> b] \\in msgs' });
    expect(byFile.get("invalid/decreasing-maxbal.ndjson")).toMatchObject({ expect: "rejected", action: "Restart", differs: "maxBal[a1]" });
    expect(byFile.get("invalid/b-acceptor-ignores-promise.ndjson")).toMatchObject({ action: "Phase2b", conjunct: "b >= maxBal[a]" });
    expect(byFile.get("invalid/a-acceptor-forgets-promise.ndjson")).toMatchObject({ action: "Restart" });
    expect(byFile.get("invalid/e-proposers-share-ballots.ndjson")).toMatchObject({ action: "Phase1a", conjunct: "Owner[b] = p" });
  });
});

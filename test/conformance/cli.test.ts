/**
 * `paxos validate` run as a user outside the project would run it: from
 * another directory, with the specification found in the installed package,
 * and `--json` holding numbers as numbers and paths relative to the current
 * directory.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const built = fileURLToPath(new URL("../../dist/src/cli/main.js", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));

function paxos(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [built, ...args], { cwd, encoding: "utf8" });
}

describe("paxos validate from outside the project", () => {
  const elsewhere = mkdtempSync(join(tmpdir(), "paxos-elsewhere-"));
  const log = join(root, "traces/conformance/events-vote-below-promise.ndjson");

  it("finds spec/Paxos.tla in the package and gives the verdict", () => {
    const r = paxos(elsewhere, "validate", log);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("b >= maxBal[a] is false");
  });

  it("resolves an explicit --spec spec/Paxos.tla the same way", () => {
    const r = paxos(elsewhere, "validate", "--spec", "spec/Paxos.tla", join(root, "traces/conformance/events-valid.ndjson"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("still names a --spec that exists nowhere", () => {
    const r = paxos(elsewhere, "validate", "--spec", "spec/NoSuch.tla", log);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toContain("NoSuch.tla");
  });

  it("paxos check finds spec/MCPaxosTiny.cfg in the package", () => {
    const r = paxos(elsewhere, "check", "spec/MCPaxosTiny.cfg", "--max-states", "50");
    expect(r.stderr).not.toContain("no such file");
    expect(r.stdout).toMatch(/\d+ distinct states/);
    expect(r.stdout).not.toContain("cannot read");
  });

  it("--json: numbers as numbers, paths relative to the current directory", () => {
    const r = paxos(elsewhere, "validate", "--json", log);
    const o = JSON.parse(r.stdout) as {
      file: string;
      verdict: string;
      levels: { spec: string; params: Record<string, unknown>; conjunct: { loc: { file: string }; values: Record<string, unknown> }; source: { file: string; line: number } }[];
    };
    expect(o.file).toBe(relative(elsewhere, log));
    expect(o.verdict).toBe("unsafe");
    const byTheBook = o.levels[0]!;
    expect(byTheBook.spec).toBe(relative(elsewhere, join(root, "spec/Paxos.tla")));
    expect(o.levels[1]!.spec).toBe(relative(elsewhere, join(root, "spec/SafePaxos.tla")));
    expect(byTheBook.params).toEqual({ a: "a2", b: 0, v: "v1" });
    expect(byTheBook.conjunct.values).toEqual({ b: 0, "maxBal[a]": 1 });
    expect(byTheBook.conjunct.loc.file).toBe(relative(elsewhere, join(root, "spec/Paxos.tla")));
    expect(byTheBook.source).toEqual({ file: relative(elsewhere, log), line: 10 });
  });
});

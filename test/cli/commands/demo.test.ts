import { describe, expect, it, vi } from "vitest";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { command } from "../../../src/cli/commands/demo.js";
import { UsageError } from "../../../src/cli/args.js";

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    const code = await command.run(argv);
    return { code, out: log.mock.calls.map((c) => c.join(" ")).join("\n") };
  } finally {
    log.mockRestore();
  }
}

describe("paxos demo", () => {
  it("runs, validates, draws and tells the run; the same seed gives the same trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paxos-demo-"));
    const { code, out } = await capture(["--out", dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/seed 2026/);
    expect(out).toMatch(/a2 crashes/);
    expect(out).toMatch(/a2 restarts from stable storage/);
    expect(out).toMatch(/l1 and l2 learn v\d/);
    expect(out).toMatch(/Trace validated against spec\/Paxos.tla/);
    const trace = readFileSync(join(dir, "demo-2026.ndjson"), "utf8");
    expect(existsSync(join(dir, "demo-2026.svg"))).toBe(true);
    expect(readFileSync(join(dir, "demo-2026.svg"), "utf8")).toMatch(/<svg [^>]*xmlns/);
    const again = mkdtempSync(join(tmpdir(), "paxos-demo-"));
    await capture(["--out", again]);
    expect(readFileSync(join(again, "demo-2026.ndjson"), "utf8")).toBe(trace);
  });

  it("prints JSON figures with --json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paxos-demo-"));
    const { code, out } = await capture(["--out", dir, "--json", "--seed", "5"]);
    expect(code).toBe(0);
    const j = JSON.parse(out) as { seed: string; valid: boolean; crashes: number; decided: boolean };
    expect(j.seed).toBe("5");
    expect(j.valid).toBe(true);
    expect(j.crashes).toBeGreaterThanOrEqual(1);
  });

  it("with --smr runs the replicated store under faults: every request answered, the history linearizable, the trace accepted, the log drawn", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paxos-demo-smr-"));
    const { code, out } = await capture(["--smr", "--out", dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/seed 2026: 60 of 60 requests answered/);
    expect(out).toMatch(/history: linearizable \(60 operations/);
    expect(out).toMatch(/trace: accepted by spec\/MultiPaxos.tla/);
    for (const f of ["trace.ndjson", "history.ndjson", "log.svg"]) expect(existsSync(join(dir, "smr-2026", f))).toBe(true);
    expect(readFileSync(join(dir, "smr-2026", "log.svg"), "utf8")).toMatch(/^<svg /);
  }, 60_000);

  it("refuses stray arguments", async () => {
    await expect(command.run(["extra"])).rejects.toThrow(UsageError);
  });
});

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run.js";

function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  return { out, err };
}

describe("paxos simulate", () => {
  afterEach(() => vi.restoreAllMocks());
  const dir = mkdtempSync(join(tmpdir(), "simulate-"));

  it("writes the trace and prints a summary", async () => {
    const { out } = capture();
    const file = join(dir, "t.ndjson");
    expect(await runCli(["simulate", "--acceptors", "5", "--seed", "7", "--delay", "1..1", "--out", file])).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("seed 7: decided v1 (all 1 learner)");
    expect(text).toContain("messages 1a 5, 1b 5, 2a 5, 2b 5");
    expect(text).toContain("(4 after the first Phase1a)");
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: "header", seed: "7", mode: "state" });
    expect(text).toContain(`trace ${file} (state mode, ${lines.length} lines)`);
  });

  it("is reproducible: the same flags give the same bytes", async () => {
    capture();
    const a = join(dir, "a.ndjson");
    const b = join(dir, "b.ndjson");
    const flags = ["--acceptors", "5", "--proposers", "2", "--loss", "0.2", "--dup", "0.1", "--crash", "0.02", "--seed", "abc", "--mode", "events"];
    await runCli(["simulate", ...flags, "--out", a]);
    await runCli(["simulate", ...flags, "--out", b]);
    expect(readFileSync(b, "utf8")).toBe(readFileSync(a, "utf8"));
  });

  it("prints JSON with --json, and takes acceptors from weights", async () => {
    const { out } = capture();
    expect(await runCli(["simulate", "--quorum", "weights:3,1,1,1", "--seed", "1", "--json", "--out", join(dir, "w.ndjson")])).toBe(0);
    const j = JSON.parse(out.join("\n"));
    expect(j.decided).toBe(true);
    expect(j.trace).toBe(join(dir, "w.ndjson"));
    expect(JSON.parse(readFileSync(j.trace, "utf8").split("\n")[0]!).cluster.acceptors).toBe(4);
  });

  for (const [flags, message] of [
    [["--loss", "2"], "paxos simulate: option '--loss' must be a probability between 0 and 1, got 2"],
    [["--quorum", "weights:x"], "paxos simulate: option '--quorum': weights must be whole numbers, got 'x'"],
    [["--quorum", "sets:a1+a2,a3"], "paxos simulate: quorums {a1, a2} and {a3} do not intersect, so two different values could be chosen"],
    [["--mode", "full"], "paxos simulate: option '--mode' must be state or events, got 'full'"],
    [["--acceptors", "0"], "paxos simulate: option '--acceptors' must be at least 1, got 0"],
  ] as const) {
    it(`refuses ${flags.join(" ")} with one line, exit 2`, async () => {
      const { err } = capture();
      expect(await runCli(["simulate", ...flags, "--out", join(dir, "bad.ndjson")])).toBe(2);
      expect(err.join("\n").split("\n")[0]).toBe(message);
    });
  }

  it("runs the replicated store with --protocol multipaxos, and refuses an unknown protocol with exit 2", async () => {
    const { out, err } = capture();
    const smrDir = join(dir, "smr");
    expect(await runCli(["simulate", "--protocol", "multipaxos", "--seed", "3", "--requests", "4", "-o", smrDir])).toBe(0);
    expect(out.join("\n")).toMatch(/seed 3: 12 of 12 requests answered/);
    expect(JSON.parse(readFileSync(join(smrDir, "trace.ndjson"), "utf8").split("\n")[0]!)).toMatchObject({ kind: "header", spec: "MultiPaxos" });
    // paxos validate takes the specification the trace's header names, with the store's invariants
    expect(await runCli(["validate", join(smrDir, "trace.ndjson")])).toBe(0);
    expect(out.join("\n")).toMatch(/trace.ndjson: conforms to MultiPaxos: accepted/);
    expect(await runCli(["simulate", "--protocol=raft"])).toBe(2);
    expect(err.join("\n")).toMatch(/'--protocol' must be paxos or multipaxos, got 'raft'/);
    expect(await runCli(["simulate", "--protocol", "paxos", "--seed", "7", "--delay", "1..1", "--out", join(dir, "p.ndjson")])).toBe(0);
  });
});

import { describe, expect, it, vi } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { command as smr } from "../../../src/cli/commands/smr.js";
import { command as lincheck } from "../../../src/cli/commands/lincheck.js";
import { UsageError } from "../../../src/cli/args.js";
import type { Command } from "../../../src/cli/command.js";

async function capture(cmd: Command, argv: string[]): Promise<{ code: number; out: string }> {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  try {
    const code = await cmd.run(argv);
    return { code, out: log.mock.calls.map((c) => c.join(" ")).join("\n") };
  } finally {
    log.mockRestore();
  }
}

describe("paxos smr", () => {
  it("runs the store under faults, checks the history and validates the trace; the same seed gives the same files", async () => {
    const dirs = [mkdtempSync(join(tmpdir(), "smr-test-")), mkdtempSync(join(tmpdir(), "smr-test-"))];
    try {
      for (const dir of dirs) {
        const { code, out } = await capture(smr, ["--seed", "5", "--loss", "0.1", "--dup", "0.05", "--crash", "0.002", "--clients", "2", "--requests", "6", "-o", dir]);
        expect(code).toBe(0);
        expect(out).toMatch(/seed 5: 12 of 12 requests answered/);
        expect(out).toMatch(/history: linearizable \(12 operations/);
        expect(out).toMatch(/trace: accepted by spec\/MultiPaxos.tla \(\d+ steps\)/);
      }
      for (const f of ["trace.ndjson", "history.ndjson", "log.svg"]) expect(readFileSync(join(dirs[0]!, f), "utf8")).toBe(readFileSync(join(dirs[1]!, f), "utf8"));
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

  it("with --compact, spools the trace to a file as it runs, validates it against spec/CompactMultiPaxos.tla from the file, and leaves no work file behind", async () => {
    const work = (): string[] => readdirSync(tmpdir()).filter((f) => f.startsWith("paxos-smr-"));
    const before = new Set(work());
    const dir = mkdtempSync(join(tmpdir(), "smr-test-"));
    try {
      const args = ["--seed", "3", "--compact", "--loss", "0.05", "--crash", "0.002", "--requests", "60", "--snapshot", "10", "--validate"];
      const { code, out } = await capture(smr, [...args, "-o", dir]);
      expect(code).toBe(0);
      expect(out).toMatch(/seed 3: 180 of 180 requests answered/);
      expect(out).toMatch(/trace: accepted by spec\/CompactMultiPaxos.tla \(\d+ steps\)/);
      const lines = readFileSync(join(dir, "trace.ndjson"), "utf8").trimEnd().split("\n");
      expect(JSON.parse(lines[0]!)).toMatchObject({ kind: "header", spec: "CompactMultiPaxos" });
      expect(lines.map((l) => JSON.parse(l) as { action?: string }).filter((l) => l.action === "Compact").length).toBeGreaterThan(0);
      // Without -o the trace goes to a work directory, validated there, then removed.
      const again = await capture(smr, args);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/trace: accepted by spec\/CompactMultiPaxos.tla \(\d+ steps\)/);
      expect(work().filter((f) => !before.has(f))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives its figures as JSON", async () => {
    const { code, out } = await capture(smr, ["--seed", "1", "--requests", "3", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ seed: "1", completed: 9, linearizable: true, traceAccepted: true, disagreements: [] });
  });

  it("changes the configuration with --reconfigure and validates the run against spec/ReconfigMultiPaxos.tla", async () => {
    const { code, out } = await capture(smr, ["--seed", "2", "--loss", "0.05", "--reconfigure", "t=40:add a4; t=90:drop a1; t=150:set a4,a5,a6 weights:2,1,1"]);
    expect(code).toBe(0);
    expect(out).toMatch(/seed 2: 60 of 60 requests answered/);
    expect(out).toMatch(/trace: accepted by spec\/ReconfigMultiPaxos.tla \(\d+ steps\)/);
  });

  it.each([
    ["t=40:remove a1", "expected t=TIME:add aN|rN|pN, t=TIME:drop aN|rN|pN or t=TIME:set a1,a2,... [QUORUM], got 't=40:remove a1'"],
    ["t=40:drop a7", "a7 is not an acceptor at t=40"],
    ["t=40:add a2", "a2 is already an acceptor at t=40"],
    ["t=90:add a4; t=40:drop a1", "the changes must be in time order, got t=40 after t=90"],
    ["t=40:set a1,x2", "acceptors are named a1, a2, ..., got 'x2'"],
    ["t=40:set a1,a2,a3 sets:a1,a2+a3", "option '--reconfigure': 't=40:set a1,a2,a3 sets:a1,a2+a3' is refused: C2: quorums {a1} and {a2, a3} do not intersect"],
    ["t=40:set a1,a2 weights:1,1,1", "'t=40:set a1,a2 weights:1,1,1' is refused: C2: weighted quorums need one weight per acceptor: 2 acceptors, 3 weights"],
    ["t=40:drop r4", "r4 is not a replica at t=40"],
    ["t=40:add r2", "r2 is already a replica at t=40"],
    ["t=40:drop r1; t=50:drop r2; t=60:drop r3", "option '--reconfigure': 't=60:drop r3' is refused: C4 has no replica"],
    ["t=40:drop p1; t=50:drop p2", "option '--reconfigure': 't=50:drop p2' is refused: C3 has no leader"],
    ["t=40:add p3", "p3 is not a proposer (there are 2; --proposers sets how many)"],
  ])("refuses --reconfigure %j with one line", async (text, message) => {
    const e = await smr.run(["--seed", "1", "--reconfigure", text]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toContain(message);
    expect((e as Error).message).not.toContain("\n");
  });

  it("refuses a change that leaves no quorum of live acceptors, naming it, and runs one that keeps one", async () => {
    const e = await smr.run(["--seed", "1", "--fail", "a2@20", "--reconfigure", "t=40:add r4; t=50:drop a1"]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toBe("option '--reconfigure': 't=50:drop a1' is refused: C3 = {a2, a3} has no quorum of live acceptors (a2 failed)");
    // a failed replica and a failed acceptor replaced by fresh ones, and the lead handed to p2
    const { code, out } = await capture(smr, [
      "--seed",
      "1",
      "--requests",
      "8",
      "--fail",
      "r1@20,a1@60",
      "--reconfigure",
      "t=30:drop r1; t=40:add r4; t=50:add a4; t=90:drop a1; t=100:drop p1",
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/seed 1: 24 of 24 requests answered/);
    expect(out).toMatch(/trace: accepted by spec\/ReconfigMultiPaxos.tla/);
    await expect(smr.run(["--fail", "a2"])).rejects.toThrow("option '--fail': expected NODE@TIME (a server such as a2, r1 or p1, and a time), got 'a2'");
  });

  it("refuses bad options with the option's name", async () => {
    await expect(smr.run(["--window", "0"])).rejects.toThrow(UsageError);
    await expect(smr.run(["--loss", "1.5"])).rejects.toThrow(/'--loss' must be a probability/);
    await expect(smr.run(["--quorum", "sets:a1,a2", "--acceptors", "2"])).rejects.toThrow(/intersect|disjoint/);
    await expect(smr.run(["extra"])).rejects.toThrow(/unexpected argument 'extra'/);
  });

  it("refuses an output folder it cannot create before running anything", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "smr-test-")), "a-file");
    try {
      writeFileSync(file, "");
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      try {
        await expect(smr.run(["--compact", "-o", join(file, "out")])).rejects.toThrow(
          new UsageError(`cannot create the output folder '${join(file, "out")}': ENOTDIR: not a directory, mkdir '${join(file, "out")}'`),
        );
        expect(log).not.toHaveBeenCalled();
      } finally {
        log.mockRestore();
      }
    } finally {
      rmSync(join(file, ".."), { recursive: true, force: true });
    }
  });
});

describe("paxos lincheck", () => {
  const dir = mkdtempSync(join(tmpdir(), "paxos-lincheck-"));
  const file = (name: string, lines: object[]): string => {
    const path = join(dir, name);
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    return path;
  };
  const put = { client: "a", op: { type: "put", key: "x", value: "1" }, invoke: 0, complete: 1, result: { type: "ok" } };

  it("accepts a linearizable history (exit 0) and rejects a stale read with a minimal sub-history (exit 1)", async () => {
    const good = file("good.ndjson", [put, { client: "b", op: { type: "get", key: "x" }, invoke: 2, complete: 3, result: { type: "value", value: "1" } }]);
    expect((await capture(lincheck, [good])).code).toBe(0);
    const bad = file("bad.ndjson", [put, { client: "b", op: { type: "get", key: "x" }, invoke: 2, complete: 3, result: { type: "value", value: null } }]);
    const { code, out } = await capture(lincheck, [bad]);
    expect(code).toBe(1);
    expect(out).toMatch(/NOT linearizable: no order of these 2 operations on key x/);
    expect(JSON.parse((await capture(lincheck, [bad, "--json"])).out)).toMatchObject({ ok: false, key: "x" });
  });

  it("says which line of a file that is not a history is wrong", async () => {
    const broken = file("broken.ndjson", [put, { client: "b", op: { type: "get", key: "x" }, invoke: 2, complete: 1, result: { type: "value", value: "1" } }]);
    await expect(lincheck.run([broken])).rejects.toThrow(/broken.ndjson:2: the operation completes \(1\) before it is invoked \(2\)/);
    writeFileSync(join(dir, "notjson.ndjson"), "{nope\n");
    await expect(lincheck.run([join(dir, "notjson.ndjson")])).rejects.toThrow(/notjson.ndjson:1: not JSON/);
    await expect(lincheck.run([])).rejects.toThrow(/a history file is needed/);
  });
});

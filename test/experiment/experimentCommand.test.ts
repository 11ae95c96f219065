import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { xmlNestingProblem } from "../draw/xmlWellFormed.js";

function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  return { out, err };
}

function readFolder(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
}

describe("paxos experiment", () => {
  afterEach(() => vi.restoreAllMocks());
  const root = mkdtempSync(join(tmpdir(), "experiment-"));
  const flags = ["--vary", "loss=0,0.3", "--vary", "acceptors=3,5", "--runs", "3", "--set", "steps=3000"];

  it("writes runs.csv, summary.csv, plots and index.md, and prints the base seed and a table", async () => {
    const { out } = capture();
    const dir = join(root, "a");
    expect(await runCli(["experiment", ...flags, "--seed", "9", "-o", dir])).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("base seed 9 (run i of every point uses seed 9.i); 4 points × 3 runs");
    expect(text).toContain("| loss | acceptors | decided |");
    expect(text).toContain(`wrote 7 files to ${dir}`);
    const files = readFolder(dir);
    expect([...files.keys()]).toEqual(["ballots.svg", "decided.svg", "index.md", "latency.svg", "messages.svg", "runs.csv", "summary.csv"].sort());
    expect(files.get("runs.csv")!.trimEnd().split("\n")).toHaveLength(1 + 4 * 3);
    expect(files.get("summary.csv")!.trimEnd().split("\n")).toHaveLength(1 + 4);
    // with no faults and 3 acceptors every run decides with one ballot
    expect(files.get("summary.csv")!.split("\n")[1]).toMatch(/^1,0,0,0,0,1\.\.5,3,1,1,majority,on,16,3000,3,3,1,/);
    const index = files.get("index.md")!;
    expect(index).toContain(`paxos experiment ${flags.join(" ")} --seed 9 -o ${dir}`);
    for (const svg of ["decided.svg", "messages.svg", "latency.svg", "ballots.svg"]) {
      expect(index).toContain(`](${svg})`);
      expect(xmlNestingProblem(files.get(svg)!)).toBeUndefined();
    }
  });

  it("the same seed gives byte-identical files", async () => {
    capture();
    const dir = join(root, "same");
    await runCli(["experiment", ...flags, "--seed", "abc", "-o", dir]);
    const first = readFolder(dir);
    await runCli(["experiment", ...flags, "--seed", "abc", "-o", dir]);
    expect(readFolder(dir)).toEqual(first);
  });

  it("records a random base seed in index.md so the run can be repeated", async () => {
    const { out } = capture();
    const dir = join(root, "random");
    await runCli(["experiment", "--vary", "loss=0", "--runs", "1", "-o", dir]);
    const seed = /^paxos: base seed (\S+) /.exec(out[0]!)![1]!;
    expect(readFileSync(join(dir, "index.md"), "utf8")).toContain(`paxos experiment --vary loss=0 --runs 1 -o ${dir} --seed ${seed}`);
  });

  it("prints the summary rows as JSON with --json", async () => {
    const { out } = capture();
    expect(await runCli(["experiment", ...flags, "--seed", "9", "--json", "-o", join(root, "json")])).toBe(0);
    const j = JSON.parse(out.join("\n"));
    expect(j.seed).toBe("9");
    expect(j.runsPerPoint).toBe(3);
    expect(j.rows).toHaveLength(4);
    expect(j.rows[0]).toMatchObject({ point: 1, parameters: { loss: "0", acceptors: "3" }, runs: 3, decided: 3, decidedShare: 1, ballotsTried: { mean: 1, median: 1, p95: 1 } });
    expect(j.rows[1].messagesToDecision.median).toBeGreaterThan(j.rows[0].messagesToDecision.median); // 5 acceptors send more than 3
  });

  it("quorum lists use ';' inside --vary", async () => {
    const { out } = capture();
    expect(await runCli(["experiment", "--vary", "quorum=majority,weights:2;1;1", "--runs", "2", "--seed", "q", "--json", "-o", join(root, "q")])).toBe(0);
    const j = JSON.parse(out.join("\n"));
    expect(j.rows.map((r: { parameters: { quorum: string; acceptors: string } }) => `${r.parameters.quorum}/${r.parameters.acceptors}`)).toEqual(["majority/3", "weights:2;1;1/3"]);
  });

  it("the dueling preset expands to its flags, which the user's flags extend", async () => {
    const { out } = capture();
    const dir = join(root, "duel");
    expect(await runCli(["experiment", "--preset", "dueling", "--runs", "1", "--steps", "500", "--seed", "d", "--json", "-o", dir])).toBe(0);
    const j = JSON.parse(out.join("\n"));
    expect(j.runsPerPoint).toBe(1);
    expect(
      j.rows.map((r: { parameters: Record<string, string> }) =>
        [r.parameters.proposers, r.parameters.backoff, r.parameters.delay, r.parameters.acceptors, r.parameters.steps].join(" "),
      ),
    ).toEqual(["1 off 5..40 5 500", "1 on 5..40 5 500", "2 off 5..40 5 500", "2 on 5..40 5 500", "3 off 5..40 5 500", "3 on 5..40 5 500"]);
  });

  it("a parameter the user varies or sets replaces the preset's choice", async () => {
    const { out } = capture();
    const dir = join(root, "duel-fast");
    const args = ["experiment", "--preset=dueling", "--set", "delay=1..5", "--vary", "proposers=2", "--set", "steps=400", "--runs", "1", "--seed", "d", "--json", "-o", dir];
    expect(await runCli(args)).toBe(0);
    const j = JSON.parse(out.join("\n"));
    expect(j.rows.map((r: { parameters: Record<string, string> }) => [r.parameters.proposers, r.parameters.backoff, r.parameters.delay, r.parameters.steps].join(" "))).toEqual([
      "2 off 1..5 400",
      "2 on 1..5 400",
    ]);
    // the preset's remaining axis (backoff) comes first, the user's proposers second
    expect(readFileSync(join(dir, "index.md"), "utf8")).toContain("Varied: backoff (off, on); proposers (2). Fixed: acceptors=5, delay=1..5, steps=400.");
  });

  const bad: [string[], string][] = [
    [["--vary", "bogus=1"], "unknown parameter 'bogus' of paxos; known: loss, dup, crash"],
    [["--vary", "loss=0,1.5"], "loss must be a probability from 0 to 1, got '1.5'"],
    [["--vary", "loss="], "--vary loss has an empty list of values"],
    [["--vary", "loss"], "--vary needs NAME=V1,V2,..., got 'loss'"],
    [["--vary", "backoff=yes"], "backoff must be on or off, got 'yes'"],
    [["--vary", "acceptors=3", "--set", "quorum=sets:a1;a2"], "quorums {a1} and {a2} do not intersect"],
    [["--vary", "loss=0", "--set", "loss=0.1"], "loss is given twice"],
    [["--vary", "loss=0", "--steps", "100", "--set", "steps=200"], "steps is given twice"],
    [["--vary", "loss=0", "--runs", "0"], "runs must be a whole number of at least 1, got 0"],
    [["--vary", "loss=0", "--runs", "two"], "option '--runs' needs a whole number, got 'two'"],
    [["--runs", "1"], "give at least one axis to vary"],
    [["--preset", "nope"], "unknown preset 'nope'; known: dueling"],
    [["--vary", "loss=0", "--frobnicate"], "unknown option '--frobnicate'"],
    [["--vary", "loss=0", "extra"], "unexpected argument 'extra'"],
  ];
  for (const [args, message] of bad) {
    it(`refuses ${args.join(" ")} with one line, exit 2`, async () => {
      const { out, err } = capture();
      expect(await runCli(["experiment", ...args, "-o", join(root, "bad")])).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      const [line, hint] = err[0]!.split("\n");
      expect(line!.startsWith("paxos experiment: ")).toBe(true);
      expect(line).toContain(message);
      expect(hint).toBe("Run 'paxos experiment --help' for usage.");
    });
  }

  it("refuses an output folder it cannot write, with one line", async () => {
    const { err } = capture();
    const file = join(root, "a-file");
    writeFileSync(file, "not a folder");
    expect(await runCli(["experiment", "--vary", "loss=0", "--runs", "1", "-o", join(file, "sub")])).toBe(2);
    expect(err[0]!.split("\n")[0]).toBe(`paxos experiment: cannot write the output folder '${join(file, "sub")}' (ENOTDIR)`);
  });

  it("writes nothing when the input is bad", async () => {
    capture();
    const dir = join(root, "never");
    await runCli(["experiment", "--vary", "loss=0,0.1", "--vary", "acceptors=3,99", "-o", dir]);
    expect(() => readdirSync(dir)).toThrow();
  });
});

describe("paxos experiment --protocol multipaxos", () => {
  afterEach(() => vi.restoreAllMocks());
  const root = mkdtempSync(join(tmpdir(), "experiment-mp-"));
  const flags = ["--protocol", "multipaxos", "--vary", "window=1,8", "--vary", "batch=1,10", "--set", "clients=6", "--set", "requests=10", "--runs", "2"];

  it("sweeps window and batch over the replicated log: every request answered, throughput grows with the window", async () => {
    const { out } = capture();
    const dir = join(root, "a");
    expect(await runCli(["experiment", ...flags, "--seed", "5", "--json", "-o", dir])).toBe(0);
    const j = JSON.parse(out.join("\n"));
    expect(j.protocol).toBe("multipaxos");
    expect(j.rows).toHaveLength(4);
    for (const row of j.rows) {
      expect(row.answered).toBe(2);
      expect(row.answeredShare).toBe(1);
      expect(Object.keys(row)).toEqual(["point", "parameters", "runs", "answered", "answeredShare", "throughput", "requestLatency", "messagesPerCommand", "ballotsStarted"]);
    }
    const at = (window: string, batch: string) => j.rows.find((r: { parameters: Record<string, string> }) => r.parameters["window"] === window && r.parameters["batch"] === batch);
    // pipelining: eight slots in flight answer faster than one at a time
    expect(at("8", "1").throughput.mean).toBeGreaterThan(at("1", "1").throughput.mean);
    expect(at("8", "1").requestLatency.mean).toBeLessThan(at("1", "1").requestLatency.mean);
    // batching: fewer messages per request when slots carry several commands
    expect(at("1", "10").messagesPerCommand.mean).toBeLessThan(at("1", "1").messagesPerCommand.mean);
    const files = readFolder(dir);
    expect([...files.keys()]).toEqual(["answered.svg", "ballots.svg", "index.md", "latency.svg", "messages.svg", "runs.csv", "summary.csv", "throughput.svg"]);
    const [header, first] = files.get("runs.csv")!.split("\n");
    expect(header).toMatch(
      /^point,run,seed,loss,dup,crash,leadercrash,partition,delay,acceptors,proposers,replicas,quorum,window,batch,clients,requests,keys,timeout,rolling,snapshot,steps,answered,/,
    );
    expect(first).toMatch(/^1,1,5\.1,0,0,0,0,0,1\.\.5,3,2,3,majority,1,1,6,10,5,60,0,50,200000,true,done,60,60,/);
    expect(files.get("index.md")).toContain("Protocol: Multi-Paxos state machine replication");
    for (const svg of ["answered.svg", "throughput.svg", "latency.svg", "messages.svg", "ballots.svg"]) expect(xmlNestingProblem(files.get(svg)!)).toBeUndefined();
  });

  it("the same seed gives byte-identical files", async () => {
    capture();
    const dir = join(root, "same");
    await runCli(["experiment", ...flags, "--seed", "x", "-o", dir]);
    const first = readFolder(dir);
    await runCli(["experiment", ...flags, "--seed", "x", "-o", dir]);
    expect(readFolder(dir)).toEqual(first);
  });

  it("crashes aimed at the leader elect more leaders", async () => {
    const { out } = capture();
    const args = [
      "experiment",
      "--protocol",
      "multipaxos",
      "--vary",
      "leadercrash=0,0.005",
      "--set",
      "proposers=3",
      "--runs",
      "4",
      "--seed",
      "2",
      "--json",
      "-o",
      join(root, "lc"),
    ];
    expect(await runCli(args)).toBe(0);
    const [calm, stormy] = JSON.parse(out.join("\n")).rows;
    expect(stormy.ballotsStarted.mean).toBeGreaterThan(calm.ballotsStarted.mean + 1);
    expect(stormy.answered).toBe(4);
  });

  it.each([
    [["--protocol", "raft", "--vary", "loss=0"], "option '--protocol' must be paxos or multipaxos, got 'raft'"],
    [["--protocol", "multipaxos", "--vary", "learners=1,2"], "unknown parameter 'learners' of multipaxos; known: loss, dup, crash, leadercrash"],
    [["--protocol", "multipaxos", "--vary", "window=0,1"], "window must be a whole number of at least 1, got '0'"],
    [["--protocol", "multipaxos", "--vary", "timeout=10,60"], "heartbeatEvery (15) must be below leaderTimeout (10), or followers would depose a live leader at timeout=10"],
  ])("refuses %j with one line, exit 2", async (args, message) => {
    const { err } = capture();
    expect(await runCli(["experiment", ...args, "--runs", "1", "-o", join(root, "bad")])).toBe(2);
    expect(err[0]).toContain(message);
  });

  it("replaces every acceptor, one at a time, with --vary rolling: every request still answered, a new ballot per configuration", async () => {
    const { out } = capture();
    expect(await runCli(["experiment", "--protocol", "multipaxos", "--vary", "rolling=0,20", "--runs", "3", "--seed", "4", "--json", "-o", join(root, "rolling")])).toBe(0);
    const [steady, rolling] = JSON.parse(out.join("\n")).rows;
    expect([steady.answered, rolling.answered]).toEqual([3, 3]);
    expect(steady.ballotsStarted.mean).toBe(1);
    expect(rolling.ballotsStarted.mean).toBeGreaterThan(1);
  });

  it("runs the pipelining preset, with the user's own run count", async () => {
    const { out } = capture();
    expect(await runCli(["experiment", "--preset", "pipelining", "--runs", "1", "--set", "requests=5", "--seed", "1", "-o", join(root, "preset")])).toBe(0);
    expect(out[0]).toBe("multipaxos: base seed 1 (run i of every point uses seed 1.i); 10 points × 1 runs");
  });
});

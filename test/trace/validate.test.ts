/**
 * `paxos validate` and the Paxos-trace glue under it: exit codes, the report
 * with file and line, JSON output, streams, per-node logs recognised among
 * other files, ITF written by `paxos simulate --format itf` and read back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { recordRun, toNdjson } from "../../src/trace/index.js";
import { validateTraceSource } from "../../src/trace/validate.js";
import { TraceFormatError } from "../../src/trace/reader.js";

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
});
afterEach(() => vi.restoreAllMocks());

const tmp = mkdtempSync(join(tmpdir(), "paxos-validate-"));
const VALID = "traces/valid/no-faults.ndjson";
const BUG_B = "traces/invalid/b-acceptor-ignores-promise.ndjson";

describe("paxos validate", () => {
  it("exits 0 and says accepted for a recorded run", async () => {
    expect(await runCli(["validate", VALID])).toBe(0);
    expect(out).toEqual([`${VALID}: conforms to Paxos: accepted: the initial state and 10 steps are a behaviour of the specification`]);
    expect(err).toEqual([]);
  });

  it("exits 1 for a rejected trace, with the step's file and line, the action and the false conjunct", async () => {
    expect(await runCli(["validate", BUG_B])).toBe(1);
    const text = out.join("\n").split("\n");
    const manifest = JSON.parse(readFileSync("traces/manifest.json", "utf8")) as { traces: { file: string; step: number }[] };
    const step = manifest.traces.find((t) => BUG_B.endsWith(t.file))!.step;
    const lineNo =
      readFileSync(BUG_B, "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith(`{"kind":"step","i":${step},`)) + 1;
    expect(text[0]).toBe(`${BUG_B}: unsafe: rejected by Paxos, and by the safety specification`);
    expect(text[1]).toBe("  Paxos:");
    text.splice(1, 1);
    expect(text[1]).toMatch(new RegExp(`^    step ${step} \\(${BUG_B}:${lineNo}\\): Phase2b\\(a = a\\d, b = \\d+, v = v\\d\\) is not a step of Paxos:$`));
    expect(text[2]).toMatch(/^ {6}spec\/Paxos\.tla:247:6: b >= maxBal\[a\] is false$/);
    expect(text[3]).toMatch(/^ {8}b = \d+, maxBal\[a\] = \d+$/);
  });

  it("validates several files independently and exits 1 when one is rejected", async () => {
    expect(await runCli(["validate", VALID, BUG_B, "traces/valid/weighted-quorums.ndjson"])).toBe(1);
    expect(out.filter((l) => / accepted: /.test(l))).toHaveLength(2);
    expect(out.filter((l) => l.includes(": unsafe: rejected by Paxos"))).toHaveLength(1);
  });

  it("exits 2 with one line for a missing file or a malformed line", async () => {
    expect(await runCli(["validate", join(tmp, "nothing.ndjson")])).toBe(2);
    expect(err).toEqual([`${join(tmp, "nothing.ndjson")}: cannot read the trace (no such file)`]);
    err = [];
    expect(await runCli(["validate", tmp])).toBe(2);
    expect(err).toEqual([`${tmp}: cannot read the trace (is a directory)`]);
    err = [];
    const bad = join(tmp, "bad.ndjson");
    writeFileSync(bad, readFileSync(VALID, "utf8").split("\n").slice(0, 3).join("\n") + '\n{"kind":"step","i":2,"action":"Phase1a","params":{"p":"p1","b":0},"state":[1]}\n');
    expect(await runCli(["validate", bad, VALID])).toBe(2);
    expect(err).toEqual([`${bad}:4: field 'state' must be an object, got an array`]);
    expect(out).toHaveLength(1); // the good file is still validated
    err = [];
    writeFileSync(bad, readFileSync(VALID, "utf8").replace('"Acceptor":{"#set":["a1","a2","a3"]}', '"Acceptor":{"#set":["a1","a2","a3"],"x":1}'));
    expect(await runCli(["validate", bad])).toBe(2);
    expect(err[0]).toMatch(new RegExp(`^${bad}:1: constants.Acceptor: an ITF #set object must have no other key`));
  });

  it("exits 2 for a state-mode trace without its init line, naming the line", async () => {
    const bad = join(tmp, "noinit.ndjson");
    const lines = readFileSync(VALID, "utf8").split("\n");
    writeFileSync(bad, [lines[0], ...lines.slice(2)].join("\n"));
    expect(await runCli(["validate", bad])).toBe(2);
    expect(err).toEqual([`${bad}:2: a state-mode trace needs an init line (the initial state) before its first step`]);
  });

  it("--json prints one object per file", async () => {
    expect(await runCli(["validate", "--json", VALID, BUG_B])).toBe(1);
    const objs = out.map(
      (l) => JSON.parse(l) as { file: string; ok: boolean; steps: number; verdict: string; levels: { spec: string; ok: boolean; action?: string; conjunct?: { text: string } }[] },
    );
    expect(objs.map((o) => [o.file, o.ok])).toEqual([
      [VALID, true],
      [BUG_B, false],
    ]);
    expect(objs[0]).toMatchObject({ steps: 10, verdict: "conforms", levels: [{ spec: "spec/Paxos.tla", ok: true, steps: 10, candidatesMax: 1 }] });
    expect(objs[1]!.verdict).toBe("unsafe");
    expect(objs[1]!.levels.map((l) => l.spec)).toEqual(["spec/Paxos.tla", "spec/SafePaxos.tla"]);
    for (const level of objs[1]!.levels) expect(level).toMatchObject({ ok: false, action: "Phase2b", conjunct: { text: "b >= maxBal[a]" } });
  });

  it("merges per-node logs given among other files, and validates the others on their own", async () => {
    const dir = "traces/conformance/lamport-valid";
    const files = ["a1", "a2", "a3", "c1", "l1", "p1"].map((n) => `${dir}/${n}.ndjson`);
    expect(await runCli(["validate", "--json", files[0]!, VALID, ...files.slice(1)])).toBe(0);
    const objs = out.map((l) => JSON.parse(l) as { file: string; steps: number; merge?: { files: string[] } });
    expect(objs.map((o) => o.file)).toEqual([files.join(", "), VALID]);
    expect(objs[0]).toMatchObject({ steps: 9, merge: { files } });
  });

  it("checks the invariants it is given, and rejects unknown ones as bad input", async () => {
    expect(await runCli(["validate", "--invariants", "none", VALID])).toBe(0);
    expect(await runCli(["validate", "--invariants", "Agreement,NoSuchThing", VALID])).toBe(2);
    expect(err.join("\n")).toMatch(/NoSuchThing is not a definition of module Paxos/);
    expect(await runCli(["validate", "--max-candidates", "0", VALID])).toBe(2);
    expect(await runCli(["validate"])).toBe(2);
  });

  it("paxos simulate --format itf writes an ITF trace that paxos validate accepts", async () => {
    const itf = join(tmp, "run.itf.json");
    expect(await runCli(["simulate", "--seed", "9", "--proposers", "2", "--loss", "0.2", "--format", "itf", "--out", itf])).toBe(0);
    const json = JSON.parse(readFileSync(itf, "utf8")) as { "#meta": { constants: unknown }; vars: string[]; states: unknown[] };
    expect(json.vars).toEqual(["proposed", "maxBal", "maxVBal", "maxVal", "msgs", "learned"]);
    out = [];
    expect(await runCli(["validate", itf])).toBe(0);
    expect(out[0]).toBe(`${itf}: conforms to Paxos: accepted: the initial state and ${json.states.length - 1} steps are a behaviour of the specification`);
    expect(await runCli(["simulate", "--seed", "9", "--format", "itf", "--mode", "events", "--out", itf])).toBe(2);
  });
});

describe("validateTraceSource", () => {
  it("reads a stream in chunks that split lines, with the same verdict as the text", async () => {
    const text = readFileSync(BUG_B, "utf8");
    async function* chunks(): AsyncGenerator<Uint8Array> {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0; i < bytes.length; i += 777) yield bytes.slice(i, i + 777);
    }
    const a = await validateTraceSource(text, "t");
    const b = await validateTraceSource(chunks(), "t");
    expect(b).toEqual(a);
    expect(a.ok).toBe(false);
  });

  it("validates an events-mode recording (the states searched) and finds what a state-mode one finds", async () => {
    const o = { seed: "31", acceptors: 5, proposers: 2, loss: 0.2, duplicate: 0.1 };
    const state = recordRun(o);
    const events = recordRun(o, { mode: "events" });
    const vs = await validateTraceSource(toNdjson(state.lines), "s");
    const ve = await validateTraceSource(toNdjson(events.lines), "e");
    expect(vs.ok && ve.ok).toBe(true);
    expect(ve.steps).toBe(vs.steps);
    expect(vs.steps).toBe(state.result.specSteps);
  });

  it("accepts a header alone (the initial state, no steps) and reports empty input as malformed", async () => {
    const header = readFileSync(VALID, "utf8").split("\n")[0]!;
    expect((await validateTraceSource(header, "h")).verdict).toEqual({ ok: true, steps: 0, candidatesMax: 1 });
    await expect(validateTraceSource("", "empty.ndjson")).rejects.toThrow(TraceFormatError);
  });
});

/**
 * The conformance kit: every example of traces/conformance/ (logs written the
 * way another implementation would write them) gets the verdict its manifest
 * expects from the validation function of `paxos validate`; and the merge of
 * per-node logs, ITF in and out, and the errors for malformed per-node logs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateFiles, formatOutcome, type FileOutcome } from "../../src/cli/commands/validate.js";
import { CausalOrder, readNodeLog, validateNodeLogs } from "../../src/trace/merge.js";
import { readItfTrace, toItfTraceText, validateItfTrace } from "../../src/trace/itfTrace.js";
import { recordRun } from "../../src/trace/index.js";

interface Entry {
  name: string;
  files: string[];
  expect: "accepted" | "rejected";
  verdict: "conforms" | "safe-deviation" | "unsafe";
  steps?: number;
  bindings?: Record<string, string>;
  resendOf?: number;
  params?: Record<string, string>;
  safety?: { steps?: number; step?: number; conjunct?: string };
  step?: number;
  action?: string;
  at?: string;
  conjunct?: string;
  merge?: "clock order" | "searched";
  after?: string[];
}

const DIR = "traces/conformance";
const manifest = JSON.parse(readFileSync(`${DIR}/manifest.json`, "utf8")) as { traces: Entry[] };

function verdictOf(outcomes: FileOutcome[]): Exclude<FileOutcome, { error: string }> {
  expect(outcomes).toHaveLength(1);
  const o = outcomes[0]!;
  if ("error" in o) throw new Error(o.error);
  return o;
}

describe("traces/conformance/manifest.json", () => {
  it("has valid and invalid examples of every kind of log", () => {
    const names = manifest.traces.map((t) => t.name);
    for (const kind of ["lamport", "vector", "events", "partial", "itf", "adapter-state", "adapter-pairs", "fragments"]) {
      expect(
        manifest.traces.some((t) => t.name.startsWith(kind) && t.expect === "accepted"),
        `${kind} accepted`,
      ).toBe(true);
      expect(
        manifest.traces.some((t) => t.name.startsWith(kind) && t.expect === "rejected"),
        `${kind} rejected`,
      ).toBe(true);
    }
    expect(names).toContain("vector-conflict");
  });

  for (const t of manifest.traces) {
    it(`${t.name}: ${t.expect}`, async () => {
      const o = verdictOf(await validateFiles(t.files.map((f) => `${DIR}/${f}`)));
      expect(o.ok, formatOutcome(o)).toBe(t.expect === "accepted");
      expect(o.layers?.level, formatOutcome(o)).toBe(t.verdict);
      const v = o.verdict;
      for (const [name, value] of Object.entries(t.bindings ?? {})) expect(v.ok ? undefined : v.bindings?.[name]?.split(" (")[0]).toBe(value);
      const s = o.layers?.safety;
      if (t.safety?.steps !== undefined) expect(s).toMatchObject({ ok: true, steps: t.safety.steps });
      if (t.safety?.step !== undefined) expect(s).toMatchObject({ ok: false, step: t.safety.step });
      if (t.safety?.conjunct !== undefined) expect(s?.ok === false ? s.conjunct?.text.replace(/\s+/g, " ") : undefined).toBe(t.safety.conjunct);
      if (v.ok) {
        expect(v.steps).toBe(t.steps);
        if (t.merge) expect(o.merge?.firstOrderAccepted).toBe(t.merge === "clock order");
        return;
      }
      expect(v.step).toBe(t.step);
      if (t.action) expect(v.action).toBe(t.action);
      expect(`${v.source?.file}:${v.source?.line}`).toBe(`${DIR}/${t.at}`);
      if (t.conjunct) expect(v.conjunct?.text.replace(/\s+/g, " ")).toBe(t.conjunct);
      expect(v.resendOf).toBe(t.resendOf);
      if (t.params) expect(v.params).toEqual(t.params);
      if (t.after) expect(o.merge?.conflict?.after.map((s) => s.split(" ")[0])).toEqual(t.after.map((f) => `${DIR}/${f}`));
    });
  }
});

const header = (node: string): string =>
  JSON.stringify({
    kind: "header",
    format: "paxos-tla-trace/1",
    spec: "Paxos",
    mode: "events",
    seed: "0",
    node,
    constants: JSON.parse(readFileSync(`${DIR}/events-valid.ndjson`, "utf8").split("\n")[0]!).constants,
    cluster: {},
  });

describe("merging per-node logs", () => {
  it("orders by Lamport clock, then node, and puts a receive after the step it names", async () => {
    const p1 = [header("p1"), '{"kind":"step","i":1,"action":"Phase1a","params":{"p":"p1","b":0},"clock":5}'].join("\n");
    // a1's clock (2) is below p1's (5), but it names p1's step at clock 5 as the sender of what it received... which the clocks forbid.
    await expect(
      readNodeLog([header("a1"), '{"kind":"step","i":1,"action":"Phase1b","params":{"a":"a1","b":0},"clock":2,"recv":{"node":"p1","clock":5}}'].join("\n"), "a1.ndjson"),
    ).rejects.toThrow("a1.ndjson:2: the step received a message sent at clock 5, which is not below its own clock 2");
    const a1 = [header("a1"), '{"kind":"step","i":1,"action":"Phase1b","params":{"a":"a1","b":0},"clock":1,"recv":{"node":"p1","clock":0}}'].join("\n");
    const a2 = [header("a2"), '{"kind":"step","i":1,"action":"Phase1b","params":{"a":"a2","b":0},"clock":6,"recv":{"node":"p1","clock":5}}'].join("\n");
    const logs = [await readNodeLog(p1, "p1"), await readNodeLog(a1, "a1"), await readNodeLog(a2, "a2")];
    const order = new CausalOrder(logs);
    // a1's receive names a p1 step at clock 0, which p1's log does not have: no edge; by clock a1 (1) comes first.
    expect(order.firstMerge().map((i) => order.steps[i]!.node)).toEqual(["a1", "p1", "a2"]);
    expect(order.concurrentWith(0).map((i) => order.steps[i]!.node)).toEqual(["a1"]);
    // The search finds the only accepted order: a1 can answer only after the 1a.
    const v = await validateNodeLogs([
      { file: "p1", text: p1 },
      { file: "a1", text: a1 },
      { file: "a2", text: a2 },
    ]);
    expect(v.ok).toBe(true);
    expect(v.merge.firstOrderAccepted).toBe(false);
    expect(v.merge.order).toEqual(["p1:2", "a1:2", "a2:2"]);
  });

  it("puts a receive after the step that sent the message it names by id", async () => {
    const p1 = [header("p1"), '{"kind":"step","i":1,"action":"Phase1a","params":{"p":"p1","b":0},"clock":5,"sent":["m1"]}'].join("\n");
    const a1 = [header("a1"), '{"kind":"step","i":1,"action":"Phase1b","params":{"a":"a1","b":0},"clock":1,"recv":{"id":"m1"}}'].join("\n");
    const v = await validateNodeLogs([
      { file: "a1", text: a1 },
      { file: "p1", text: p1 },
    ]);
    expect(v.ok).toBe(true);
    expect(v.merge).toMatchObject({ firstOrderAccepted: true, order: ["p1:2", "a1:2"], tried: 2 });
    const twice = [header("p2"), '{"kind":"step","i":1,"action":"Phase1a","params":{"p":"p2","b":1},"clock":1,"sent":"m1"}'].join("\n");
    await expect(
      validateNodeLogs([
        { file: "p1", text: p1 },
        { file: "p2", text: twice },
      ]),
    ).rejects.toThrow('p2:2: message id "m1" is also sent by the step at p1:2; ids must be unique in a run');
  });

  it("rejects malformed per-node logs with file and line", async () => {
    await expect(readNodeLog([header("a1"), '{"kind":"step","i":1,"action":"Restart","params":{"a":"a1"}}'].join("\n"), "x.ndjson")).rejects.toThrow(
      `x.ndjson:2: a step of a per-node log needs a logical clock: "clock" (Lamport) or "vc" (vector)`,
    );
    await expect(
      readNodeLog(
        [header("a1"), '{"kind":"step","i":1,"action":"Restart","params":{"a":"a1"},"clock":3}', '{"kind":"step","i":2,"action":"Restart","params":{"a":"a1"},"clock":3}'].join(
          "\n",
        ),
        "x.ndjson",
      ),
    ).rejects.toThrow("x.ndjson:3: clock 3 is not above the node's previous clock 3 (line 2)");
    await expect(readNodeLog([header("a1"), '{"kind":"step","i":1,"action":"Restart","params":{"a":"a1"},"vc":{"a2":1}}'].join("\n"), "x.ndjson")).rejects.toThrow(
      "x.ndjson:2: the vector clock has no entry for the node itself (a1)",
    );
    await expect(readNodeLog([header("a1"), '{"kind":"step","i":1,"action":"Restart","params":{"a":"a1"},"node":"a2","clock":1}'].join("\n"), "x.ndjson")).rejects.toThrow(
      "x.ndjson:2: this per-node log is a1's, but the step names node a2",
    );
  });

  it("says which steps are concurrent with the one that cannot be placed", async () => {
    // a1 votes in ballot 0 twice, the second time after promising ballot 1 (from p2, concurrent with p1's steps).
    const p1 = [header("p1"), '{"kind":"step","i":1,"action":"Phase1a","params":{"p":"p1","b":0},"vc":{"p1":1}}'].join("\n");
    const p2 = [header("p2"), '{"kind":"step","i":1,"action":"Phase1a","params":{"p":"p2","b":1},"vc":{"p2":1}}'].join("\n");
    const a1 = [
      header("a1"),
      '{"kind":"step","i":1,"action":"Phase1b","params":{"a":"a1","b":1},"vc":{"p2":1,"a1":1}}',
      '{"kind":"step","i":2,"action":"Phase1b","params":{"a":"a1","b":0},"vc":{"p1":1,"p2":1,"a1":2}}',
    ].join("\n");
    const v = await validateNodeLogs([
      { file: "p1", text: p1 },
      { file: "p2", text: p2 },
      { file: "a1", text: a1 },
    ]);
    expect(v.ok).toBe(false);
    if (v.verdict.ok) return;
    expect(v.verdict.action).toBe("Phase1b");
    expect(v.verdict.conjunct?.text).toBe("b > maxBal[a]");
    expect(v.merge.conflict).toMatchObject({ step: "a1:3 Phase1b(a = a1, b = 0)", placedAfter: 3, concurrent: [], after: [], bounded: false });
    // Every order was tried: p1's Phase1a is concurrent with p2's and with a1's first step.
    expect(v.merge.tried).toBeGreaterThan(3);
  });
});

describe("the search over merge orders", () => {
  it("visits sets of steps, not orders: concurrent resends do not make it explode", async () => {
    // p1 and p2 resend their 1a messages four times each, concurrently with everything; a1 joins ballot 1, then
    // ballot 0, which no order allows. There are 10!/(4!4!2!) = 3150 orders of these steps, but few sets of them.
    const resends = (p: string, b: number): string =>
      [header(p), ...[1, 2, 3, 4].map((k) => `{"kind":"step","i":${k},"action":"Phase1a","params":{"p":"${p}","b":${b}},"clock":${k}}`)].join("\n");
    const a1 = [
      header("a1"),
      '{"kind":"step","i":1,"action":"Phase1b","params":{"a":"a1","b":1},"clock":10,"recv":{"node":"p2","clock":1}}',
      '{"kind":"step","i":2,"action":"Phase1b","params":{"a":"a1","b":0},"clock":11,"recv":{"node":"p1","clock":1}}',
    ].join("\n");
    const v = await validateNodeLogs([
      { file: "p1", text: resends("p1", 0) },
      { file: "p2", text: resends("p2", 1) },
      { file: "a1", text: a1 },
    ]);
    expect(v.ok).toBe(false);
    expect(v.merge.conflict).toMatchObject({ step: "a1:3 Phase1b(a = a1, b = 0)", bounded: false, everyOrder: true, node: "a1", nodeStep: 2 });
    // Every downset of the order is tried at most once per ready step: (4+1) * (4+1) * 3 sets, each with at most 3 choices.
    console.log(`merge search: ${v.merge.tried} step validations`);
    expect(v.merge.tried).toBeLessThanOrEqual(5 * 5 * 3 * 3);
    // The step is rejected wherever it is placed: the resends concurrent with it are not listed, and the
    // report names a1's own step number and line.
    expect(v.merge.conflict!.concurrent).toEqual([]);
    expect(v.verdict).toMatchObject({ ok: false, at: "a1:3 (a1's step 2, step 10 of the merged run)" });
    expect(v.verdict.ok ? "" : v.verdict.summary).toMatch(
      /^rejected in every order of the logs that agrees with their clocks, placed after \d+ steps: Phase1b\(a = a1, b = 0\) is not a step of Paxos$/,
    );
  });
});

describe("ITF", () => {
  it("a recorded run written as ITF reads back to the same states and is accepted", async () => {
    const { lines } = recordRun({ seed: "5", acceptors: 3, proposers: 2, loss: 0.1 }, { events: false });
    const text = toItfTraceText(lines);
    const itf = JSON.parse(text) as { vars: string[]; states: Record<string, unknown>[]; "#meta": Record<string, unknown> };
    const steps = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((o) => o["kind"] === "step");
    expect(itf.vars).toEqual(["proposed", "maxBal", "maxVBal", "maxVal", "msgs", "learned"]);
    expect(itf.states).toHaveLength(steps.length + 1);
    expect(itf.states[3]!["#meta"]).toMatchObject({ index: 3, action: steps[2]!["action"], params: steps[2]!["params"] });
    expect(itf.states[3]!["msgs"]).toEqual((steps[2]!["state"] as Record<string, unknown>)["msgs"]);
    const read = readItfTrace(text, "run.itf.json");
    expect(read.entries[3]!.source).toEqual({ file: "run.itf.json", line: 7 });
    const v = await validateItfTrace(text, "run.itf.json");
    expect(v.verdict).toMatchObject({ ok: true, steps: steps.length });
  });

  it("takes constants from ITF params when #meta has none, and names bad states by line", async () => {
    const text = readFileSync(`${DIR}/itf-valid.itf.json`, "utf8");
    const itf = JSON.parse(text) as { "#meta": { constants: Record<string, unknown> }; states: Record<string, unknown>[] };
    const constants = itf["#meta"].constants;
    const moved = { vars: ["proposed", "maxBal", "maxVBal", "maxVal", "msgs", "learned"], params: Object.keys(constants), states: itf.states.map((s) => ({ ...s, ...constants })) };
    const v = await validateItfTrace(JSON.stringify(moved), "p.itf.json");
    expect(v.verdict).toMatchObject({ ok: true, steps: 8 });
    expect(() => readItfTrace('{"vars":["x"],"states":[\n{"y":1}]}', "b.itf.json")).toThrow("b.itf.json:1: the ITF trace gives no constants");
    expect(() => readItfTrace(JSON.stringify({ ...moved, states: [{ ...moved.states[0], colour: 1 }] }), "c.itf.json")).toThrow(
      'c.itf.json:1: states[0] has a field colour, which is not in "vars"',
    );
  });
});

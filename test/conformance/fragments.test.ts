/**
 * State fragments: a node logs the entries of function-valued variables
 * that it knows (an acceptor its own maxBal[a1]), and each must hold in the
 * state after the step; per-node logs carrying fragments are merged like
 * any others.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateTraceSource } from "../../src/trace/validate.js";
import { validateNodeLogs } from "../../src/trace/merge.js";
import { TraceFormatError } from "../../src/trace/reader.js";

const header = readFileSync("traces/conformance/events-valid.ndjson", "utf8").split("\n")[0]!;
const step = (i: number, action: string, params: Record<string, unknown>, state?: Record<string, unknown>): string =>
  JSON.stringify({ kind: "step", i, action, params, ...(state ? { state } : {}) });
const log = (...lines: string[]): string => [header, ...lines].join("\n") + "\n";

describe("state fragments", () => {
  it("accepts an acceptor's own entries of maxBal, maxVBal and maxVal", async () => {
    const v = await validateTraceSource(
      log(
        step(1, "Propose", { v: "v1" }),
        step(2, "Phase1a", { p: "p1", b: 0 }),
        step(3, "Phase1b", { a: "a1", b: 0 }, { "maxBal[a1]": 0 }),
        step(4, "Phase1b", { a: "a2", b: 0 }, { "maxBal[a2]": 0, "maxVBal[a2]": -1, "maxVal[a2]": "None" }),
        step(5, "Phase2a", { p: "p1", b: 0, v: "v1" }),
        step(6, "Phase2b", { a: "a1", b: 0, v: "v1" }, { "maxBal[a1]": 0, "maxVBal[a1]": 0, "maxVal[a1]": "v1" }),
        step(7, "Phase2b", { a: "a2", b: 0, v: "v1" }, { "maxVal[a2]": "v1" }),
        step(8, "Learn", { l: "l1", b: 0, v: "v1" }, { 'learned["l1"]': { "#set": ["v1"] } }),
      ),
      "f.ndjson",
    );
    expect(v.verdict).toMatchObject({ ok: true, steps: 8 });
  });

  it("rejects an entry the step does not produce, naming the entry", async () => {
    const v = await validateTraceSource(log(step(1, "Phase1a", { p: "p2", b: 1 }), step(2, "Phase1b", { a: "a1", b: 1 }, { "maxBal[a1]": 0 })), "f.ndjson");
    expect(v.verdict).toMatchObject({ ok: false, step: 2, differences: ["maxBal[a1]: the step gives 1, the log says 0"] });
    expect(v.verdict.ok ? "" : v.verdict.reason).toBe("Phase1b(a = a1, b = 1) is enabled but leads to another state than the logged one: maxBal[a1] differs");
  });

  it("searches what the log leaves out and keeps the states that agree with the entry", async () => {
    // The parameters of the Phase1b are not logged: the entry tells which acceptor joined which ballot.
    const v = await validateTraceSource(
      log(step(1, "Phase1a", { p: "p1", b: 0 }), step(2, "Phase1a", { p: "p2", b: 1 }), step(3, "Phase1b", {}, { "maxBal[a3]": 1 }), step(4, "Phase1b", { a: "a3", b: 0 })),
      "f.ndjson",
    );
    expect(v.verdict).toMatchObject({ ok: false, step: 4 });
    expect(v.verdict.ok ? "" : v.verdict.reason).toContain("b > maxBal[a] is false");
  });

  it("merges per-node logs whose acceptors log only their own entries", async () => {
    const dir = "traces/conformance/lamport-valid";
    const logs = ["a1", "a2", "a3", "c1", "l1", "p1"].map((n) => ({ file: `${dir}/${n}.ndjson`, text: readFileSync(`${dir}/${n}.ndjson`, "utf8") }));
    const withEntries = (text: string, entries: Record<string, unknown>[]): string => {
      const lines = text.trimEnd().split("\n");
      return [lines[0]!, ...lines.slice(1).map((l, k) => JSON.stringify({ ...(JSON.parse(l) as object), state: entries[k] }))].join("\n") + "\n";
    };
    logs[0] = { ...logs[0]!, text: withEntries(logs[0]!.text, [{ "maxBal[a1]": 0 }, { "maxBal[a1]": 0, "maxVBal[a1]": 0, "maxVal[a1]": "v1" }]) };
    logs[1] = { ...logs[1]!, text: withEntries(logs[1]!.text, [{ "maxBal[a2]": 0 }, { "maxBal[a2]": 0 }]) };
    expect((await validateNodeLogs(logs)).verdict).toMatchObject({ ok: true, steps: 9 });
    // a2 restarts having lost its promise: its own entry shows it.
    logs[1] = { ...logs[1]!, text: withEntries(logs[1]!.text, [{ "maxBal[a2]": 0 }, { "maxBal[a2]": -1 }]) };
    const v = await validateNodeLogs(logs);
    expect(v.verdict).toMatchObject({ ok: false, action: "Restart", differences: ["maxBal[a2]: the step gives 0, the log says -1"] });
  });

  it("reads a malformed entry as bad input", async () => {
    await expect(validateTraceSource(log(step(1, "Propose", { v: "v1" }, { "maxBal[a1]": { "#set": 1 } })), "f.ndjson")).rejects.toThrow(TraceFormatError);
  });
});

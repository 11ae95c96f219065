/**
 * Ballots as (round, id) pairs: encoded in the declared tie-break order,
 * the set of ballots taken from the log when the header bounds none, and
 * printed back as pairs in reports.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ballotText, encodeBallot, renotate } from "../../src/trace/ballots.js";
import { TraceFormatError } from "../../src/trace/reader.js";
import { formatTraceVerdict, validateTraceSource } from "../../src/trace/validate.js";

const form = { ids: ["p1", "p2"] };
const header = (extra: Record<string, unknown> = {}): string => {
  const h = JSON.parse(readFileSync("traces/conformance/adapter-pairs-valid/p1.ndjson", "utf8").split("\n")[0]!) as Record<string, unknown>;
  delete h["node"];
  return JSON.stringify({ ...h, ...extra });
};
const step = (i: number, action: string, params: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ kind: "step", i, action, params, ...extra });

describe("ballots as pairs", () => {
  it("orders pairs by round, then by the position of the id in the declared list", () => {
    expect([
      encodeBallot(form, [0, "p1"], "f", 1, "b"),
      encodeBallot(form, [0, "p2"], "f", 1, "b"),
      encodeBallot(form, { "#tup": [1, "p1"] }, "f", 1, "b"),
      encodeBallot(form, [7, "p2"], "f", 1, "b"),
    ]).toEqual([0, 1, 2, 15]);
    expect(encodeBallot({ ids: ["p2", "p1"] }, [0, "p1"], "f", 1, "b")).toBe(1);
    expect(encodeBallot(form, -1, "f", 1, "b")).toBe(-1);
    expect(ballotText(form, 15)).toBe("(7, p2)");
    expect(() => encodeBallot(form, 3, "f.ndjson", 4, "params.b")).toThrow(
      new TraceFormatError("f.ndjson", 4, 'params.b: a ballot is a pair [round, id] with a round >= 0 and an id among p1, p2 (the header\'s "ballots"), or -1 for none; got 3'),
    );
    expect(() => encodeBallot(form, [1, "p3"], "f", 1, "b")).toThrow(TraceFormatError);
  });

  it("prints ballot-valued names back as pairs, and nothing else", () => {
    expect(renotate(form, "Phase1b(a = a1, b = 5): b > maxBal[a] is false; b = 5, maxBal[a] = 6, mbal |-> -1, i = 5")).toBe(
      "Phase1b(a = a1, b = (2, p2)): b > maxBal[a] is false; b = (2, p2), maxBal[a] = (3, p1), mbal |-> -1, i = 5",
    );
    expect(renotate(form, "maxBal[a2]: the step gives 3, the log says -1")).toBe("maxBal[a2]: the step gives (1, p2), the log says -1");
  });

  it("takes the unbounded set of ballots from the log, with rounds that jump", async () => {
    const text = [
      header(),
      step(1, "Phase1a", { p: "p1", b: [1000, "p1"] }),
      step(2, "Phase1b", { a: "a1", b: [1000, "p1"] }),
      step(3, "Phase1a", { p: "p2", b: [3, "p2"] }),
      step(4, "Phase1b", { a: "a1", b: [3, "p2"] }),
    ].join("\n");
    const v = await validateTraceSource(text, "u.ndjson", { invariants: ["Agreement", "Validity"] });
    expect(v.verdict).toMatchObject({ ok: false, step: 4, params: { a: "a1", b: "(3, p2)" } });
    expect(formatTraceVerdict(v)).toContain("b = (3, p2), maxBal[a] = (1000, p1)");
  });

  it("accepts a declared bound given as pairs, and says which owner a ballot has", async () => {
    const constants = (JSON.parse(header()) as { constants: Record<string, unknown> }).constants;
    const bounded = header({
      constants: {
        ...constants,
        Ballot: {
          "#set": [
            [0, "p1"],
            [0, "p2"],
            [1, "p1"],
          ],
        },
      },
    });
    const v = await validateTraceSource([bounded, step(1, "Phase1a", { p: "p2", b: [1, "p1"] })].join("\n"), "o.ndjson");
    expect(formatTraceVerdict(v)).toContain("Owner[b] = p is false");
    expect(formatTraceVerdict(v)).toContain("Phase1a(p = p2, b = (1, p1))");
  });

  it("needs the log twice when the bound is left out, so a one-shot stream is bad input", async () => {
    async function* once(): AsyncGenerator<string> {
      yield header() + "\n";
    }
    await expect(validateTraceSource(once(), "s.ndjson")).rejects.toThrow(/the log is read twice/);
  });
});

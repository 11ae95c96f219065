/**
 * Resends: a step logged with "resend": true is a stuttering step when it
 * repeats an accepted step and changes nothing; a repeated step not marked
 * as a resend is judged as a step, and its rejection says it looks like a
 * resend.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatTraceVerdict, validateTraceSource } from "../../src/trace/validate.js";
import { TraceFormatError } from "../../src/trace/reader.js";

const header = readFileSync("traces/conformance/events-valid.ndjson", "utf8").split("\n")[0]!;
const step = (i: number, action: string, params: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ kind: "step", i, action, params, ...extra });
const log = (...lines: string[]): string => [header, ...lines].join("\n") + "\n";

describe("resends", () => {
  it("accepts a marked resend of a 1a, 1b, 2a or 2b as a stuttering step and counts it", async () => {
    const v = await validateTraceSource(readFileSync("traces/conformance/events-resends.ndjson", "utf8"), "r");
    expect(v.verdict).toMatchObject({ ok: true, steps: 13, resends: 3 });
    expect(formatTraceVerdict(v)).toContain("13 steps, 3 logged as resends,");
  });

  it("rejects a resend of a step that was never taken", async () => {
    const v = await validateTraceSource(log(step(1, "Propose", { v: "v1" }), step(2, "Phase1b", { a: "a1", b: 0 }, { resend: true })), "r");
    expect(v.verdict).toMatchObject({
      ok: false,
      step: 2,
      reason: "Phase1b(a = a1, b = 0) is logged as a resend, but no earlier step of the log is Phase1b(a = a1, b = 0): a resend repeats a step that was logged before",
    });
  });

  it("rejects a resend whose logged state changed", async () => {
    const v = await validateTraceSource(
      log(
        step(1, "Phase1a", { p: "p1", b: 0 }),
        step(2, "Phase1b", { a: "a1", b: 0 }),
        step(
          3,
          "Phase1b",
          { a: "a1", b: 0 },
          {
            resend: true,
            state: {
              maxBal: {
                "#map": [
                  ["a1", -1],
                  ["a2", -1],
                  ["a3", -1],
                ],
              },
            },
          },
        ),
      ),
      "r",
    );
    expect(v.verdict).toMatchObject({ ok: false, step: 3, differences: ["maxBal[a1]: the step gives 0, the log says -1"] });
    expect(v.verdict.ok ? "" : v.verdict.reason).toMatch(/is logged as a resend, which changes nothing, but the logged state is not the state before it: maxBal changed$/);
  });

  it("says that an unmarked repetition looks like a resend, naming the first step and its line", async () => {
    const v = await validateTraceSource(readFileSync("traces/conformance/events-resend-unmarked.ndjson", "utf8"), "u.ndjson");
    expect(v.verdict).toMatchObject({ ok: false, step: 9, resendOf: 6, resendOfSource: { file: "u.ndjson", line: 7 } });
    expect(formatTraceVerdict(v)).toContain("this looks like a resend: step 6 (u.ndjson:7) is the same step");
  });

  it("does not call a first attempt a resend", async () => {
    const v = await validateTraceSource(log(step(1, "Phase1b", { a: "a1", b: 0 })), "r");
    expect(v.verdict).toMatchObject({ ok: false, step: 1 });
    expect(v.verdict.ok ? 0 : v.verdict.resendOf).toBeUndefined();
  });

  it("does not take a step that leaves parameters out for a repetition", async () => {
    // Two Learn steps without their value: the second is a different step (v2), not a resend of the first.
    const text = log(
      step(1, "Propose", { v: "v1" }),
      step(2, "Phase1a", { p: "p1", b: 0 }),
      step(3, "Phase1b", { a: "a1", b: 0 }),
      step(4, "Phase1b", { a: "a2", b: 0 }),
      step(5, "Phase2a", { p: "p1", b: 0, v: "v1" }),
      step(6, "Phase2b", { a: "a1", b: 0, v: "v1" }),
      step(7, "Phase2b", { a: "a2", b: 0, v: "v1" }),
      step(8, "Learn", { l: "l1" }),
      step(9, "Learn", { l: "l1" }),
    );
    const v = await validateTraceSource(text, "p.ndjson", { safetySpec: null, repeatsAreResends: true });
    expect(v.verdict).toMatchObject({ ok: false, step: 9 });
    expect(v.verdict.ok ? 0 : v.verdict.resendOf).toBeUndefined();
  });

  it("reads resend as a boolean only", async () => {
    await expect(validateTraceSource(log(step(1, "Propose", { v: "v1" }, { resend: "yes" })), "r.ndjson")).rejects.toThrow(
      new TraceFormatError("r.ndjson", 2, "field 'resend' must be true or false, got a string"),
    );
  });
});

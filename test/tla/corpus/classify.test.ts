import { describe, expect, it } from "vitest";
import { classify, coverageMarkdown, frequentReasons, reasonKey, spliceCoverage, BEGIN_MARK, END_MARK } from "../../../src/tla/corpus/classify.js";
import type { CorpusModel } from "../../../src/tla/corpus/manifest.js";
import { runtimeSeconds } from "../../../src/tla/corpus/manifest.js";

const model: CorpusModel = { name: "spec/MC", cfg: "/x/MC.cfg", module: "/x/MC.tla", tlc: { result: "success", distinctStates: 10, depth: 3, statesGenerated: 20, seconds: 1 } };
const ok = (distinctStates: number, depth: number, statesGenerated: number) =>
  ({ kind: "result", result: { outcome: "success", distinctStates, depth, statesGenerated, warnings: [] } }) as const;

const violation = (outcome: string, message: string, liveness?: boolean) =>
  ({
    kind: "result",
    result: { outcome, message, distinctStates: 4, depth: 2, statesGenerated: 5, warnings: [], ...(liveness !== undefined ? { liveness } : {}) },
  }) as const;

describe("corpus classification", () => {
  it("matches only when distinct states, depth and states generated agree", () => {
    expect(classify(model, ok(10, 3, 20), 1).verdict).toBe("match");
    const m = classify(model, ok(10, 4, 21), 1);
    expect(m.verdict).toBe("mismatch");
    expect(m.reason).toBe("depth 4 vs TLC 3, generated 21 vs TLC 20");
    expect(classify({ ...model, tlc: { result: "success", distinctStates: 10, depth: 3, seconds: 1 } }, ok(10, 3, 99), 1).verdict).toBe("match");
  });

  it("a violation where TLC found none is a mismatch", () => {
    const r = classify(
      model,
      { kind: "result", result: { outcome: "invariant", distinctStates: 4, depth: 2, statesGenerated: 5, message: "Invariant Inv is violated.", warnings: [] } },
      1,
    );
    expect(r.verdict).toBe("mismatch");
    expect(r.reason).toContain("invariant");
  });

  it("a success without recorded figures matches on outcome, and says so", () => {
    const bare: CorpusModel = { ...model, tlc: { result: "success", seconds: 1 } };
    const r = classify(bare, ok(123, 7, 456), 1);
    expect(r.verdict).toBe("match");
    expect(r.reason).toContain("on outcome only");
    expect(coverageMarkdown([r])).toContain("| spec/MC | match | – / – / – | 123 / 7 / 456 | on outcome only");
    expect(classify(bare, violation("invariant", "Invariant Inv is violated."), 1).verdict).toBe("mismatch");
  });

  it("a safety failure matches an invariant, deadlock, assumption or safety-property violation, not a liveness one", () => {
    const safety: CorpusModel = { ...model, tlc: { result: "safety failure", seconds: 1 } };
    for (const outcome of ["invariant", "deadlock", "assumption", "property"]) {
      const r = classify(safety, violation(outcome, `${outcome} violated`), 1);
      expect(r.verdict, outcome).toBe("match");
      expect(r.reason).toContain("safety failure as TLC");
    }
    expect(classify(safety, violation("property", "Temporal property Live is violated.", true), 1)).toMatchObject({
      verdict: "mismatch",
      reason: "TLC found a safety failure; the engine reports property (liveness): Temporal property Live is violated.",
    });
    expect(classify(safety, ok(10, 3, 20), 1)).toMatchObject({ verdict: "mismatch", reason: "TLC found a safety failure; the engine found no error" });
    expect(coverageMarkdown([classify(safety, violation("invariant", "Invariant Inv is violated."), 1)])).toContain(
      "| spec/MC | match | safety failure: – / – / – | invariant: 4 / 2 / 5 |",
    );
  });

  it("a liveness failure matches only a property violated by a lasso", () => {
    const live: CorpusModel = { ...model, tlc: { result: "liveness failure", seconds: 1 } };
    expect(classify(live, violation("property", "Temporal property Live is violated.", true), 1).verdict).toBe("match");
    expect(classify(live, violation("property", "Property Safe is violated.", false), 1).verdict).toBe("mismatch");
    expect(classify(live, violation("deadlock", "Deadlock reached."), 1).verdict).toBe("mismatch");
    expect(classify(live, ok(1, 1, 1), 1).verdict).toBe("mismatch");
  });

  it("a failure with recorded figures compares them at the violation", () => {
    const safety: CorpusModel = { ...model, tlc: { result: "safety failure", distinctStates: 4, depth: 2, seconds: 1 } };
    expect(classify(safety, violation("invariant", "Invariant Inv is violated."), 1).verdict).toBe("match");
    const r = classify({ ...safety, tlc: { ...safety.tlc, depth: 3 } }, violation("invariant", "Invariant Inv is violated."), 1);
    expect(r.verdict).toBe("mismatch");
    expect(r.reason).toBe("depth 2 vs TLC 3 at the violation (invariant: Invariant Inv is violated.)");
  });

  it("semantic and parse errors are unsupported, evaluation errors and crashes are errors, with one line", () => {
    const err = (outcome: string, message: string) => ({ kind: "result", result: { outcome, message, distinctStates: 0, depth: 0, statesGenerated: 0, warnings: [] } }) as const;
    expect(classify(model, err("semantic-error", "M.tla:1:2: X is not supported\nmore"), 1)).toMatchObject({ verdict: "unsupported", reason: "M.tla:1:2: X is not supported" });
    expect(classify(model, err("error", "boom"), 1).verdict).toBe("error");
    expect(classify(model, err("crash", "oops"), 1).reason).toBe("internal error: oops");
    expect(classify(model, { kind: "timeout" }, 60).verdict).toBe("timeout");
    expect(classify(model, { kind: "failed", detail: "killed" }, 1).verdict).toBe("error");
  });

  it("groups reasons without their locations and names", () => {
    expect(reasonKey("A.tla:3:4: Live is a liveness property; only safety")).toBe("X is a liveness property; only safety");
    expect(reasonKey("A.tla:3:4: unknown module Foo: no file Foo.tla beside A.tla")).toBe("unknown module Foo");
    const rs = ["a", "b", "c"].map((n, i) =>
      classify(
        { ...model, name: n },
        {
          kind: "result",
          result: {
            outcome: "semantic-error",
            message: `${n}.tla:${i + 1}:1: the subexpression reference '${n}!1' is not supported`,
            distinctStates: 0,
            depth: 0,
            statesGenerated: 0,
            warnings: [],
          },
        },
        1,
      ),
    );
    expect(frequentReasons(rs)).toEqual([{ reason: "unsupported: the subexpression reference '…' is not supported", count: 3 }]);
    expect(coverageMarkdown(rs)).toContain("**Totals:** match 0, mismatch 0, unsupported 3, timeout 0, error 0 (of 3)");
  });

  it("rewrites only the text between the markers", () => {
    const first = spliceCoverage(undefined, "table 1\n", "# Title");
    expect(first).toBe(`# Title\n\n${BEGIN_MARK}\ntable 1\n${END_MARK}\n`);
    const edited = first.replace("# Title", "# Title\n\nBefore: 1 match.") + "\nNotes kept.\n";
    const second = spliceCoverage(edited, "table 2\n", "# Title");
    expect(second).toContain("Before: 1 match.");
    expect(second).toContain("Notes kept.");
    expect(second).toContain("table 2");
    expect(second).not.toContain("table 1");
  });

  it("reads TLC's run times", () => {
    expect(runtimeSeconds("00:01:05")).toBe(65);
    expect(runtimeSeconds("01:00:00")).toBe(3600);
  });
});

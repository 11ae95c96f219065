import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TlcOutputParser, parseStateVariables, parseTlcDuration, parseTlcOutput, type TlcProgress } from "../../../src/tla/tlc/output.js";

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/tlc/${name}`, import.meta.url)), "utf8");

function parseFixture(name: string): { result: ReturnType<typeof parseTlcOutput>; progress: TlcProgress[] } {
  const progress: TlcProgress[] = [];
  const result = parseTlcOutput(fixture(name), (p) => progress.push(p));
  return { result, progress };
}

const incLocation = "line 7, col 8 to line 7, col 55 of module Counter";

describe("TLC -tool output: success (tool-ok.txt)", () => {
  const { result, progress } = parseFixture("tool-ok.txt");
  it("reports success with TLC's counts", () => {
    expect(result.outcome).toBe("success");
    expect(result.violated).toBeNull();
    expect(result.statesGenerated).toBe(5);
    expect(result.distinctStates).toBe(4);
    expect(result.depth).toBe(4);
    expect(result.counterexample).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.seconds).toBeCloseTo(1.571, 6);
    expect(result.message).toBe("Model checking completed. No error has been found.");
  });
  it("emits the progress report", () => {
    expect(progress).toEqual([{ depth: 4, generated: 5, distinct: 4, queue: 0, generatedPerMinute: 191, distinctPerMinute: 153 }]);
  });
});

describe("TLC -tool output: invariant violation (tool-inv.txt)", () => {
  const { result, progress } = parseFixture("tool-inv.txt");
  it("names the violated invariant and the counts", () => {
    expect(result.outcome).toBe("invariant");
    expect(result.violated).toBe("Small");
    expect(result.message).toBe("Invariant Small is violated.");
    expect(result.statesGenerated).toBe(4);
    expect(result.distinctStates).toBe(4);
    expect(result.depth).toBe(4);
    expect(result.seconds).toBeCloseTo(1.349, 6);
  });
  it("reads the 4-state counterexample with actions, locations and values", () => {
    expect(result.counterexample).toEqual([
      { index: 1, action: "Initial predicate", vars: { x: "0", log: "<<>>" } },
      { index: 2, action: "Inc", location: incLocation, vars: { x: "1", log: '<<"inc">>' } },
      { index: 3, action: "Inc", location: incLocation, vars: { x: "2", log: '<<"inc", "inc">>' } },
      { index: 4, action: "Inc", location: incLocation, vars: { x: "3", log: '<<"inc", "inc", "inc">>' } },
    ]);
  });
  it("emits the progress report", () => {
    expect(progress).toEqual([{ depth: 4, generated: 4, distinct: 4, queue: 0, generatedPerMinute: 178, distinctPerMinute: 178 }]);
  });
});

describe("TLC -tool output: deadlock (tool-dead.txt)", () => {
  const { result, progress } = parseFixture("tool-dead.txt");
  it("reports the deadlock and its behaviour (one variable, no /\\ prefix)", () => {
    expect(result.outcome).toBe("deadlock");
    expect(result.violated).toBeNull();
    expect(result.message).toBe("Deadlock reached.");
    expect(result.statesGenerated).toBe(3);
    expect(result.distinctStates).toBe(3);
    expect(result.depth).toBe(3);
    const deadLoc = "line 5, col 9 to line 5, col 27 of module Dead";
    expect(result.counterexample).toEqual([
      { index: 1, action: "Initial predicate", vars: { x: "0" } },
      { index: 2, action: "Next", location: deadLoc, vars: { x: "1" } },
      { index: 3, action: "Next", location: deadLoc, vars: { x: "2" } },
    ]);
    expect(progress.map((p) => [p.depth, p.generated, p.distinct, p.queue])).toEqual([[3, 3, 3, 0]]);
  });
});

describe("TLC -tool output: parse error (tool-bad.txt)", () => {
  const { result, progress } = parseFixture("tool-bad.txt");
  it("reports a parse error at line 5, column 1 of Bad", () => {
    expect(result.outcome).toBe("parse-error");
    expect(result.violated).toBeNull();
    expect(result.errors).toHaveLength(1);
    const [e] = result.errors;
    expect(e).toMatchObject({ file: "/home/user/counter/Bad.tla", module: "Bad", line: 5, col: 1 });
    expect(e!.message).toMatch(/^Encountered "Beginning of definition" at line 5, column 1/);
    expect(result.message).toBe(e!.message);
    expect(result.statesGenerated).toBe(0);
    expect(result.counterexample).toEqual([]);
    expect(result.seconds).toBeCloseTo(0.729, 6);
    expect(progress).toEqual([]);
  });
});

describe("TLC -tool output: semantic error (tool-semantic-error.txt)", () => {
  const { result } = parseFixture("tool-semantic-error.txt");
  it("reports both of SANY's errors with their spans and messages", () => {
    expect(result.outcome).toBe("semantic-error");
    expect(result.errors).toEqual([
      {
        module: "Counter",
        line: 7,
        col: 44,
        endLine: 7,
        endCol: 45,
        message: "Could not find declaration or definition of symbol '\\o'.",
      },
      {
        module: "Counter",
        line: 7,
        col: 40,
        endLine: 7,
        endCol: 55,
        message: "Couldn't resolve infix operator symbol `\\o'.",
      },
    ]);
    expect(result.message).toContain("\\o");
  });
});

describe("TLC plain output (plain-inv.txt, no -tool)", () => {
  const { result } = parseFixture("plain-inv.txt");
  it("reads the same violation as the -tool run", () => {
    const tool = parseFixture("tool-inv.txt").result;
    expect(result.outcome).toBe("invariant");
    expect(result.violated).toBe("Small");
    expect(result.statesGenerated).toBe(4);
    expect(result.distinctStates).toBe(4);
    expect(result.depth).toBe(4);
    expect(result.counterexample).toEqual(tool.counterexample);
    expect(result.seconds).toBe(1); // "Finished in 01s"
  });
});

describe("TLC plain output beyond the sample", () => {
  it("an invariant violated by the initial state, then the counts, with no blank line between", () => {
    const r = parseTlcOutput(
      [
        "Error: Invariant TypeOK is violated by the initial state:",
        "/\\ x = -1",
        "/\\ log = <<>>",
        "1 states generated, 1 distinct states found, 0 states left on queue.",
        "The depth of the complete state graph search is 1.",
        "Finished in 00s at (2026-11-26 22:04:12)",
      ].join("\n"),
    );
    expect(r).toMatchObject({ outcome: "invariant", violated: "TypeOK", statesGenerated: 1, distinctStates: 1, depth: 1, seconds: 0 });
    expect(r.counterexample).toEqual([{ index: 1, action: "Initial predicate", vars: { x: "-1", log: "<<>>" } }]);
  });
  it("a general error is an error, and SANY's semantic errors are read in this format too", () => {
    const err = parseTlcOutput("Error: TLC threw an unexpected exception.\nThis was probably caused by an error in the spec.\n\nFinished in 01s at (x)\n");
    expect(err.outcome).toBe("error");
    expect(err.message).toBe("TLC threw an unexpected exception.\nThis was probably caused by an error in the spec.");
    const sem = parseTlcOutput(fixture("tool-semantic-error.txt").replace(/^@!@!@.*\n/gm, ""));
    expect(sem.outcome).toBe("semantic-error");
    expect(sem.errors.map((e) => [e.line, e.col])).toEqual([
      [7, 44],
      [7, 40],
    ]);
  });
});

describe("streaming", () => {
  it("gives the same result when fed one byte at a time, and reports progress as it arrives", () => {
    const text = fixture("tool-inv.txt");
    const seen: number[] = [];
    const parser = new TlcOutputParser((p) => seen.push(p.generated));
    const cut = text.indexOf("@!@!@STARTMSG 2199");
    for (const ch of text.slice(0, cut)) parser.push(ch);
    expect(seen).toEqual([4]); // the progress frame is complete before the final counts arrive
    parser.push(text.slice(cut));
    parser.end();
    expect(parser.result()).toEqual(parseTlcOutput(text));
  });

  it("accepts CRLF line ends", () => {
    expect(parseTlcOutput(fixture("tool-inv.txt").replace(/\n/g, "\r\n")).counterexample[3]!.vars).toEqual({
      x: "3",
      log: '<<"inc", "inc", "inc">>',
    });
  });
});

/** Builds one -tool frame. */
const frame = (code: number, severity: number, ...lines: string[]): string => `@!@!@STARTMSG ${code}:${severity} @!@!@\n${lines.join("\n")}\n@!@!@ENDMSG ${code} @!@!@\n`;

describe("message codes beyond the samples (texts as TLC's MP.java formats them)", () => {
  it("2107: an invariant violated by an initial state carries that state", () => {
    const r = parseTlcOutput(frame(2107, 1, "Invariant Inv is violated by the initial state:", "/\\ x = 0", "/\\ y = {1, 2}", ""));
    expect(r.outcome).toBe("invariant");
    expect(r.violated).toBe("Inv");
    expect(r.counterexample).toEqual([{ index: 1, action: "Initial predicate", vars: { x: "0", y: "{1, 2}" } }]);
  });

  it("2112: an action property", () => {
    const r = parseTlcOutput(frame(2112, 1, "Action property Monotone is violated."));
    expect([r.outcome, r.violated]).toEqual(["property", "Monotone"]);
  });

  it("2116: temporal properties, one or several, and a lasso ending in 2122", () => {
    const one = parseTlcOutput(frame(2116, 1, "Temporal property Live was violated.", ""));
    expect([one.outcome, one.violated]).toEqual(["property", "Live"]);
    const two = parseTlcOutput(
      frame(2116, 1, "Temporal properties A and B were violated.", "") +
        frame(2217, 4, "1: <Initial predicate>", "x = 0", "") +
        frame(2122, 4, "2: Back to state: <Next line 5, col 9 to line 5, col 27 of module Dead>", ""),
    );
    expect(two.violated).toBe("A, B");
    expect(two.counterexample[1]).toEqual({
      index: 2,
      action: "Back to state",
      location: "Next line 5, col 9 to line 5, col 27 of module Dead",
      vars: {},
    });
    const three = parseTlcOutput(frame(2116, 1, "Temporal properties A, B, and C were violated.", ""));
    expect(three.violated).toBe("A, B, C");
  });

  it("2218: a behaviour ending in stuttering", () => {
    const r = parseTlcOutput(frame(2116, 1, "Temporal property Live was violated.", "") + frame(2218, 4, "3: Stuttering"));
    expect(r.counterexample).toEqual([{ index: 3, action: "Stuttering", vars: {} }]);
  });

  it("2104: a false assumption", () => {
    const r = parseTlcOutput(frame(2104, 1, "Assumption line 4, col 8 to line 4, col 13 of module M is false."));
    expect(r.outcome).toBe("assumption");
    expect(r.violated).toBe("line 4, col 8 to line 4, col 13 of module M");
  });

  it("an evaluation error (2111 + 2103) is an error with the positions TLC names", () => {
    const r = parseTlcOutput(
      frame(2111, 1, "Evaluating invariant Inv failed.", "Attempted to apply function:", "<<>>", "to argument 1, which is not in the domain of the function.") +
        frame(2103, 1, "The error occurred when TLC was evaluating the nested", "expressions at the following positions:", "0. Line 12, column 5 to line 12, column 20 in Counter"),
    );
    expect(r.outcome).toBe("error");
    expect(r.message).toMatch(/^Evaluating invariant Inv failed\./);
    expect(r.errors).toEqual([{ module: "Counter", line: 12, col: 5, endLine: 12, endCol: 20 }]);
  });

  it("a configuration error (2222) is a semantic error", () => {
    const r = parseTlcOutput(frame(2222, 1, "The constant parameter Max is not assigned a value by the configuration file."));
    expect(r.outcome).toBe("semantic-error");
    expect(r.message).toContain("Max");
  });

  it("unknown codes, warnings and stray lines are skipped; thousands separators are read", () => {
    const r = parseTlcOutput(
      frame(2262, 0, "TLC2 Version 2.19") +
        frame(9999, 0, "something new") +
        frame(2150, 3, "a warning") +
        "a line printed by the spec\n" +
        frame(2193, 0, "Model checking completed. No error has been found.") +
        frame(2199, 0, "1,361,380 states generated, 185,369 distinct states found, 0 states left on queue.") +
        frame(2194, 0, "The depth of the complete state graph search is 25.") +
        frame(2186, 0, "Finished in 32s at (2026-11-26 22:04:08)"),
    );
    expect(r).toMatchObject({ outcome: "success", statesGenerated: 1361380, distinctStates: 185369, depth: 25, seconds: 32 });
  });

  it("output that stops before any verdict is an error, not a success", () => {
    const r = parseTlcOutput(frame(2185, 0, "Starting... (2026-11-26 22:04:08)"));
    expect(r.outcome).toBe("error");
    expect(r.message).toMatch(/without reporting a result/);
  });
});

describe("parseStateVariables", () => {
  it("joins a value that TLC wrapped over several lines", () => {
    expect(parseStateVariables(['/\\ msgs = { [type |-> "1a", bal |-> 0],', '     [type |-> "1b", bal |-> 0, acc |-> a1] }', "/\\ maxBal = (a1 :> 0 @@ a2 :> -1)"])).toEqual({
      msgs: '{ [type |-> "1a", bal |-> 0], [type |-> "1b", bal |-> 0, acc |-> a1] }',
      maxBal: "(a1 :> 0 @@ a2 :> -1)",
    });
  });
  it("reads a single variable with a wrapped value", () => {
    expect(parseStateVariables(["x = <<1,", "  2>>"])).toEqual({ x: "<<1, 2>>" });
  });
});

describe("parseTlcDuration", () => {
  it("reads TLC's elapsed-time formats", () => {
    expect(parseTlcDuration("1349ms")).toBe(1.349);
    expect(parseTlcDuration("01s")).toBe(1);
    expect(parseTlcDuration("01min 05s")).toBe(65);
    expect(parseTlcDuration("02h 01min 05s")).toBe(7265);
    expect(parseTlcDuration("soon")).toBeUndefined();
  });
});

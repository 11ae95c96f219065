import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countsLine, formatCount, formatSeconds, formatSummary, outcomeLine, toJson } from "../../src/cli/report.js";
import type { CheckResult } from "../../src/tla/result.js";
import { parseTlcOutput } from "../../src/tla/tlc/output.js";

const fromFixture = (name: string): CheckResult => parseTlcOutput(readFileSync(fileURLToPath(new URL(`../fixtures/tlc/${name}`, import.meta.url)), "utf8"));

describe("numbers", () => {
  it("groups thousands and rounds seconds to a tenth", () => {
    expect(formatCount(1361380)).toBe("1,361,380");
    expect(formatCount(4)).toBe("4");
    expect(formatSeconds(32.06)).toBe("32.1 s");
    expect(formatSeconds(1.349)).toBe("1.3 s");
    expect(formatSeconds(0)).toBe("0.0 s");
    expect(formatSeconds(0.042)).toBe("42 ms");
  });
  it("prints the README's Paxos figures as expected", () => {
    const line = countsLine({
      outcome: "success",
      violated: null,
      statesGenerated: 1361380,
      distinctStates: 185369,
      depth: 25,
      counterexample: [],
      seconds: 32.1,
    });
    expect(line).toBe("1,361,380 states generated, 185,369 distinct states, depth 25, 32.1 s");
  });
});

describe("formatSummary", () => {
  it("success: outcome and counts", () => {
    expect(formatSummary(fromFixture("tool-ok.txt"))).toBe("Model checking completed: no error found.\n5 states generated, 4 distinct states, depth 4, 1.6 s");
  });

  it("invariant: all variables of state 1, then changed ones marked", () => {
    const text = formatSummary(fromFixture("tool-inv.txt"));
    expect(text).toBe(
      [
        "Invariant Small is violated.",
        "4 states generated, 4 distinct states, depth 4, 1.3 s",
        "",
        "Counterexample (4 states):",
        "State 1: Initial predicate",
        "  x   = 0",
        "  log = <<>>",
        "State 2: Inc (line 7, col 8 to line 7, col 55 of module Counter)  [changed: x, log]",
        "* x   = 1",
        '* log = <<"inc">>',
        "State 3: Inc (line 7, col 8 to line 7, col 55 of module Counter)  [changed: x, log]",
        "* x   = 2",
        '* log = <<"inc", "inc">>',
        "State 4: Inc (line 7, col 8 to line 7, col 55 of module Counter)  [changed: x, log]",
        "* x   = 3",
        '* log = <<"inc", "inc", "inc">>',
      ].join("\n"),
    );
  });

  it("marks only the variables a step changed, and bolds them with color", () => {
    const result: CheckResult = {
      outcome: "invariant",
      violated: "Inv",
      statesGenerated: 2,
      distinctStates: 2,
      depth: 2,
      seconds: 0.5,
      errors: [],
      counterexample: [
        { index: 1, action: "Initial predicate", vars: { a: "0", b: "0" } },
        { index: 2, action: "Step", vars: { a: "0", b: "1" } },
      ],
    };
    const plain = formatSummary(result).split("\n");
    expect(plain.slice(-3)).toEqual(["State 2: Step  [changed: b]", "  a = 0", "* b = 1"]);
    const colored = formatSummary(result, { color: true }).split("\n");
    expect(colored.at(-1)).toBe("* \u001b[1mb = 1\u001b[0m");
  });

  it("deadlock", () => {
    const text = formatSummary(fromFixture("tool-dead.txt"));
    expect(text.split("\n").slice(0, 2)).toEqual(["Deadlock reached.", "3 states generated, 3 distinct states, depth 3, 1.4 s"]);
    expect(text).toContain("State 3: Next (line 5, col 9 to line 5, col 27 of module Dead)  [changed: x]\n* x = 2");
  });

  it("parse error: the location, no counts", () => {
    const text = formatSummary(fromFixture("tool-bad.txt"));
    expect(text.split("\n")[0]).toBe("The specification could not be parsed.");
    expect(text).toContain('/home/user/counter/Bad.tla:5:1: Encountered "Beginning of definition" at line 5, column 1');
    expect(text).not.toContain("states generated");
  });

  it("semantic error: both locations with their messages", () => {
    expect(formatSummary(fromFixture("tool-semantic-error.txt"))).toBe(
      [
        "The specification or its model is not valid.",
        "",
        "module Counter, line 7, col 44: Could not find declaration or definition of symbol '\\o'.",
        "module Counter, line 7, col 40: Couldn't resolve infix operator symbol `\\o'.",
      ].join("\n"),
    );
  });

  it("an error before any state was explored: the message, no counts", () => {
    const base = fromFixture("tool-ok.txt");
    const failed: CheckResult = { ...base, outcome: "error", statesGenerated: 0, distinctStates: 0, depth: 0, message: "Error: Unable to access jarfile x" };
    expect(formatSummary(failed)).toBe("Model checking failed: Error: Unable to access jarfile x");
    expect(formatSummary({ ...failed, statesGenerated: 7 })).toContain("7 states generated");
  });

  it("names the violated property or assumption", () => {
    const base = fromFixture("tool-ok.txt");
    expect(outcomeLine({ ...base, outcome: "property", violated: "Liveness" })).toBe("Property Liveness is violated.");
    expect(outcomeLine({ ...base, outcome: "assumption", violated: "QuorumsIntersect" })).toBe("Assumption QuorumsIntersect is false.");
    expect(outcomeLine({ ...base, outcome: "error", message: "Java ran out of memory." })).toBe("Model checking failed: Java ran out of memory.");
  });
});

describe("toJson", () => {
  it("has exactly the CheckResultJson keys, in order, and drops errors and message", () => {
    const json = toJson(fromFixture("tool-inv.txt"));
    expect(Object.keys(json)).toEqual(["outcome", "violated", "statesGenerated", "distinctStates", "depth", "counterexample", "seconds"]);
    expect(json).toMatchObject({ outcome: "invariant", violated: "Small", statesGenerated: 4, distinctStates: 4, depth: 4, seconds: 1.349 });
    expect(Object.keys(json.counterexample[1]!)).toEqual(["index", "action", "location", "vars"]);
    expect(Object.keys(json.counterexample[0]!)).toEqual(["index", "action", "vars"]);
    const text = JSON.stringify(json);
    expect(JSON.parse(text)).toEqual(json);
    expect(text).not.toContain("errors");
  });
});

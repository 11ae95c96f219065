import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TlaError } from "../../../src/tla/errors.js";
import { parseModuleText } from "../../../src/tla/syntax/load.js";

async function errorOf(text: string, file = "S.tla"): Promise<TlaError> {
  const err = await parseModuleText(text, file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TlaError);
  return err as TlaError;
}

describe("syntax errors", () => {
  it("TLC's Bad.tla sample: the dangling /\\ before the next definition, reported at 5:1 as SANY does", async () => {
    const file = new URL("../../fixtures/tlc/Bad.tla", import.meta.url).pathname;
    const err = await errorOf(readFileSync(file, "utf8"), file);
    expect(err.kind).toBe("parse-error");
    expect([err.loc?.file, err.loc?.line, err.loc?.col]).toEqual([file, 5, 1]);
    expect(err.message).toMatch(/^syntax error near 'Next'/);
    expect(err.message).toMatch(/ends with '\/\\' at 4:15/);
    expect(err.format()).toMatch(/\/test\/fixtures\/tlc\/Bad\.tla:5:1: syntax error near 'Next'/);
  });

  it("an unclosed parenthesis names what was expected", async () => {
    const err = await errorOf("---- MODULE S ----\nA == (1 + 2\nB == 3\n====\n");
    expect(err.kind).toBe("parse-error");
    expect(err.message).toMatch(/syntax error/);
    expect(err.loc?.line).toBeGreaterThanOrEqual(2);
    expect(err.loc?.line).toBeLessThanOrEqual(3);
  });

  it("a stray token inside an expression is located on its line", async () => {
    const err = await errorOf("---- MODULE S ----\nVARIABLE x\nInit == x = = 0\n====\n");
    expect(err.kind).toBe("parse-error");
    expect(err.loc?.line).toBe(3);
    expect(err.message).toMatch(/^syntax error near '='/);
  });

  it("text with no module header", async () => {
    const err = await errorOf("just some text\n");
    expect(err.kind).toBe("parse-error");
    expect(err.loc?.line).toBe(1);
  });
});

describe("syntax errors are located one definition at a time", () => {
  const cases: [string, string, number, number, RegExp][] = [
    ["unclosed parenthesis", "A == (1 + 2\nB == 3", 3, 1, /near 'B': a new definition starts here, but the expression before it is incomplete \(it ends with '2' at 2:11\)/],
    ["dangling THEN branch", "A == IF x THEN 1\nB == 2", 3, 1, /near 'B'.*ends with '1' at 2:16/],
    ["cut short at the module end", "A == x \\in", 3, 1, /near '====': the module ends, but the expression before it is incomplete \(it ends with '\\in' at 2:8\)/],
    ["missing operand inside a later definition", "A == 1\nB == (x + ) * 2\nC == 3", 3, 10, /^syntax error near '\)': expected an expression$/],
    ["doubled operator", "A == 1\nB == x = = 2\nC == 3", 3, 10, /^syntax error near '='$/],
    ["comment lines before the next definition", "VARIABLE x\nInit == x = 0 /\\\n  \\* a note\nNext == x' = 1", 5, 1, /near 'Next'.*ends with '\/\\' at 3:15/],
  ];
  it.each(cases)("%s", async (_, body, line, col, pattern) => {
    const err = await errorOf(`---- MODULE M ----\n${body}\n====\n`, "M.tla");
    expect(err.kind).toBe("parse-error");
    expect(err.message).toMatch(pattern);
    expect([err.loc?.file, err.loc?.line, err.loc?.col]).toEqual(["M.tla", line, col]);
  });
});

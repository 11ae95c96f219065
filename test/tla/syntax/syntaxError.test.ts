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
    const file = "/work/shared/tlc-samples/Bad.tla";
    const err = await errorOf(readFileSync(file, "utf8"), file);
    expect(err.kind).toBe("parse-error");
    expect([err.loc?.file, err.loc?.line, err.loc?.col]).toEqual([file, 5, 1]);
    expect(err.message).toMatch(/^syntax error near 'Next'/);
    expect(err.message).toMatch(/ends with '\/\\' at 4:15/);
    expect(err.format()).toMatch(/^\/work\/shared\/tlc-samples\/Bad\.tla:5:1: syntax error near 'Next'/);
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

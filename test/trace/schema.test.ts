import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recordRun } from "../../src/trace/index.js";

type Schema = Record<string, unknown>;
const root = JSON.parse(readFileSync("docs/trace-format.schema.json", "utf8")) as Schema;

/**
 * A small checker for the JSON Schema keywords our schema uses: $ref (local),
 * oneOf, type, const, enum, required, properties, items, minItems, maxItems,
 * minimum. Returns the problems found (empty when the value conforms).
 */
function validate(value: unknown, schema: Schema, path = "$"): string[] {
  if (typeof schema["$ref"] === "string") {
    const target = (schema["$ref"] as string)
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((s, k) => (s as Schema)[k], root);
    return validate(value, target as Schema, path);
  }
  const out: string[] = [];
  if (Array.isArray(schema["oneOf"])) {
    const matches = (schema["oneOf"] as Schema[]).filter((s) => validate(value, s, path).length === 0).length;
    if (matches !== 1) out.push(`${path}: matches ${matches} of the oneOf alternatives`);
    return out;
  }
  const type = schema["type"];
  const isObj = typeof value === "object" && value !== null && !Array.isArray(value);
  if (type === "object" && !isObj) return [`${path}: not an object`];
  if (type === "array" && !Array.isArray(value)) return [`${path}: not an array`];
  if (type === "string" && typeof value !== "string") return [`${path}: not a string`];
  if (type === "number" && typeof value !== "number") return [`${path}: not a number`];
  if (type === "integer" && !Number.isInteger(value)) return [`${path}: not an integer`];
  if ("const" in schema && value !== schema["const"]) out.push(`${path}: not ${JSON.stringify(schema["const"])}`);
  if (Array.isArray(schema["enum"]) && !(schema["enum"] as unknown[]).includes(value)) out.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof schema["minimum"] === "number" && typeof value === "number" && value < (schema["minimum"] as number)) out.push(`${path}: below minimum`);
  if (isObj) {
    const obj = value as Record<string, unknown>;
    for (const r of (schema["required"] as string[] | undefined) ?? []) if (!(r in obj)) out.push(`${path}: missing '${r}'`);
    for (const [k, s] of Object.entries((schema["properties"] as Record<string, Schema> | undefined) ?? {})) {
      if (k in obj) out.push(...validate(obj[k], s, `${path}.${k}`));
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema["minItems"] === "number" && value.length < (schema["minItems"] as number)) out.push(`${path}: too few items`);
    if (typeof schema["maxItems"] === "number" && value.length > (schema["maxItems"] as number)) out.push(`${path}: too many items`);
    if (schema["items"]) value.forEach((v, i) => out.push(...validate(v, schema["items"] as Schema, `${path}[${i}]`)));
  }
  return out;
}

describe("docs/trace-format.schema.json", () => {
  const faulty = { acceptors: 5, proposers: 2, learners: 2, loss: 0.2, duplicate: 0.2, crash: 0.05, partition: 0.02, maxSteps: 1500 };
  for (const mode of ["state", "events"] as const) {
    it(`every line of recorded ${mode}-mode traces conforms`, () => {
      for (const seed of ["1", "2", "3"]) {
        const { lines } = recordRun({ ...faulty, seed }, { mode });
        const kinds = new Set<string>();
        lines.forEach((l, n) => {
          const line = JSON.parse(l) as Record<string, unknown>;
          kinds.add(line["kind"] as string);
          expect(validate(line, root), `line ${n + 1}: ${l.slice(0, 80)}`).toEqual([]);
        });
        expect(kinds.has("header") && kinds.has("step") && kinds.has("event")).toBe(true);
        expect(kinds.has("init")).toBe(mode === "state");
      }
    });
  }
  it("the checker rejects lines that lack required fields or use unknown actions", () => {
    expect(validate({ kind: "step", i: 1, params: {} }, root)).not.toEqual([]);
    expect(validate({ kind: "step", i: 1, action: "Phase3", params: {} }, root)).not.toEqual([]);
    expect(validate({ kind: "init", state: { proposed: { "#set": [] } } }, root)).not.toEqual([]);
    expect(validate({ kind: "step", i: 1, action: "Phase1b", params: { a: "a1", b: 0 } }, root)).toEqual([]);
  });
});

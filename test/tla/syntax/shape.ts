/**
 * Test support: parsing a module from text and reducing AST nodes to their
 * shape (no locations, no source) so that tests can compare whole trees.
 */
import type { Expr, Module, Unit } from "../../../src/tla/syntax/ast.js";
import { parseModuleText } from "../../../src/tla/syntax/load.js";

/** A copy of an AST value without `loc`, `source`, `extendsLocs`, `moduleLoc` fields. */
export function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === "loc" || k === "source" || k === "extendsLocs" || k === "moduleLoc") continue;
      out[k] = shape(x);
    }
    return out;
  }
  return v;
}

/** Parses a module whose body is `body` (header and footer added). */
export async function moduleOf(body: string, name = "T"): Promise<Module> {
  return parseModuleText(`---- MODULE ${name} ----\n${body}\n====\n`, `${name}.tla`);
}

/** The units of a module whose body is `body`. */
export async function unitsOf(body: string): Promise<readonly Unit[]> {
  return (await moduleOf(body)).units;
}

/** The body of the definition `E == <text>`, as a shape. */
export async function exprShape(text: string): Promise<unknown> {
  return shape(await exprOf(text));
}

/** The body of the definition `E == <text>`. */
export async function exprOf(text: string): Promise<Expr> {
  const units = await unitsOf(`E == ${text}`);
  const u = units[0];
  if (!u || u.kind !== "opdef") throw new Error("expected one operator definition");
  return u.body;
}

/** Shorthands for expected shapes. */
export const id = (name: string) => ({ kind: "ident", name });
export const num = (n: number) => ({ kind: "num", value: BigInt(n) });
export const app = (name: string, ...args: unknown[]) => ({ kind: "opapp", name, args });

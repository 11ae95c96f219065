/**
 * Reading ITF-encoded values for labels: `{"#set": [...]}`, `{"#tup": [...]}`,
 * `{"#map": [[k, v], ...]}`, `{"#bigint": "12"}`, records as objects, model
 * values as strings.
 *
 * @module
 */
import type { Json } from "./traceInput.js";

function isObject(v: Json | undefined): v is { readonly [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The elements of an ITF set or tuple, or undefined when `v` is neither. */
export function itfElements(v: Json | undefined): readonly Json[] | undefined {
  if (Array.isArray(v)) return v as readonly Json[];
  if (!isObject(v)) return undefined;
  const set = v["#set"] ?? v["#tup"];
  return Array.isArray(set) ? (set as readonly Json[]) : undefined;
}

/** The fields of an ITF record (a plain object without a `#` key), or undefined. */
export function itfRecord(v: Json | undefined): { readonly [key: string]: Json } | undefined {
  if (!isObject(v)) return undefined;
  for (const k of Object.keys(v)) if (k.startsWith("#")) return undefined;
  return v;
}

/**
 * A canonical text for a value, equal for equal values (object keys sorted,
 * set elements sorted, `#bigint` read as a number): used to match ballots and
 * values across trace lines.
 */
export function itfKey(v: Json | undefined): string {
  if (v === undefined) return "undefined";
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${(v as readonly Json[]).map(itfKey).join(",")}]`;
  const o = v as { readonly [key: string]: Json };
  if (typeof o["#bigint"] === "string") return o["#bigint"];
  if (Array.isArray(o["#set"])) return `{${(o["#set"] as readonly Json[]).map(itfKey).sort().join(",")}}`;
  if (Array.isArray(o["#tup"])) return `<${(o["#tup"] as readonly Json[]).map(itfKey).join(",")}>`;
  const keys = Object.keys(o).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${itfKey(o[k])}`).join(",")}}`;
}

/** A short human-readable text for a value: `2`, `v1`, `{a1, a2}`, `<<1, v1>>`, `[bal |-> 1]`. */
export function itfText(v: Json | undefined): string {
  if (v === undefined) return "?";
  if (v === null) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return `<<${(v as readonly Json[]).map(itfText).join(", ")}>>`;
  const o = v as { readonly [key: string]: Json };
  if (typeof o["#bigint"] === "string") return o["#bigint"];
  if (Array.isArray(o["#set"])) return `{${(o["#set"] as readonly Json[]).map(itfText).join(", ")}}`;
  if (Array.isArray(o["#tup"])) return `<<${(o["#tup"] as readonly Json[]).map(itfText).join(", ")}>>`;
  if (Array.isArray(o["#map"])) {
    const pairs = (o["#map"] as readonly Json[]).map((p) => {
      const kv = Array.isArray(p) ? (p as readonly Json[]) : [];
      return `${itfText(kv[0])} :> ${itfText(kv[1])}`;
    });
    return pairs.length === 0 ? "<<>>" : `(${pairs.join(" @@ ")})`;
  }
  if (typeof o["#unserializable"] === "string") return o["#unserializable"];
  const keys = Object.keys(o);
  return `[${keys.map((k) => `${k} |-> ${itfText(o[k])}`).join(", ")}]`;
}

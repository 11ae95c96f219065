/**
 * Client histories as files: ndjson, one operation per line (see
 * docs/history-format.md):
 *
 * ```json
 * {"client":"c1","op":{"type":"put","key":"k1","value":"x"},"invoke":3.5,"complete":7,"result":{"type":"ok"}}
 * {"client":"c2","op":{"type":"get","key":"k1"},"invoke":4,"complete":null,"result":null}
 * ```
 *
 * A malformed line is a {@link HistoryFormatError} naming the file and line.
 *
 * @module
 */
import type { KvOp, KvResult } from "../smr/kv.js";
import type { Operation } from "./linearizability.js";

/** A history file that is not one: `file:line: problem`. */
export class HistoryFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = "HistoryFormatError";
  }
}

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === "string";

/** An operation read from a line's JSON, or a problem in words. */
function readOp(x: unknown): KvOp | string {
  if (!isObject(x)) return "field 'op' should be an object";
  const { type, key } = x;
  if (!isString(key)) return "field 'op.key' should be a string";
  switch (type) {
    case "get":
      return { type, key };
    case "put":
    case "append":
      return isString(x["value"]) ? { type, key, value: x["value"] } : `field 'op.value' of a ${type} should be a string`;
    case "cas": {
      const expected = x["expected"];
      if (!isString(x["value"])) return "field 'op.value' of a cas should be a string";
      if (expected !== null && !isString(expected)) return "field 'op.expected' of a cas should be a string or null";
      return { type, key, expected, value: x["value"] };
    }
    default:
      return `field 'op.type' should be get, put, cas or append, got ${JSON.stringify(type)}`;
  }
}

/** A result read from a line's JSON, or a problem in words. */
function readResult(x: unknown, op: KvOp): KvResult | null | string {
  if (x === null) return null;
  if (!isObject(x)) return "field 'result' should be an object or null";
  const want = op.type === "get" ? "value" : op.type === "cas" ? "cas" : "ok";
  if (x["type"] !== want) return `the result of a ${op.type} should have type '${want}', got ${JSON.stringify(x["type"])}`;
  if (want === "value") {
    const v = x["value"];
    return v === null || isString(v) ? { type: "value", value: v } : "field 'result.value' should be a string or null";
  }
  if (want === "cas") return typeof x["swapped"] === "boolean" ? { type: "cas", swapped: x["swapped"] } : "field 'result.swapped' should be true or false";
  return { type: "ok" };
}

/** One line of a history file as an operation. */
export function parseHistoryLine(text: string, file: string, line: number): Operation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new HistoryFormatError(file, line, `not JSON (${(e as Error).message})`);
  }
  if (!isObject(json)) throw new HistoryFormatError(file, line, "an operation should be a JSON object");
  const fail = (problem: string): never => {
    throw new HistoryFormatError(file, line, problem);
  };
  const client = json["client"];
  if (!isString(client)) fail("field 'client' should be a string");
  const op = readOp(json["op"]);
  if (typeof op === "string") return fail(op);
  const invoke = json["invoke"];
  if (typeof invoke !== "number" || !Number.isFinite(invoke)) fail("field 'invoke' should be a number (the time the client invoked the operation)");
  const complete = json["complete"] ?? null;
  if (complete !== null && (typeof complete !== "number" || !Number.isFinite(complete))) fail("field 'complete' should be a number or null (never completed)");
  if (typeof complete === "number" && complete < (invoke as number)) fail(`the operation completes (${complete}) before it is invoked (${String(invoke)})`);
  const result = readResult(json["result"] ?? null, op);
  if (typeof result === "string") return fail(result);
  if (complete === null && result !== null) fail("an operation that never completed has no result");
  if (complete !== null && result === null) fail("a completed operation needs its result");
  return { client: client as string, op, invoke: invoke as number, complete: complete as number | null, result };
}

/** A whole history file's text as operations (blank lines skipped). */
export function parseHistory(text: string, file: string): Operation[] {
  const out: Operation[] = [];
  text.split("\n").forEach((raw, i) => {
    const t = raw.trim();
    if (t !== "") out.push(parseHistoryLine(t, file, i + 1));
  });
  if (out.length === 0) throw new HistoryFormatError(file, 1, "the history is empty; expected one operation per line");
  return out;
}

/** A history as ndjson text, one operation per line. */
export function historyToNdjson(history: readonly Operation[]): string {
  return history.map((o) => `${JSON.stringify({ client: o.client, op: o.op, invoke: o.invoke, complete: o.complete, result: o.result })}\n`).join("");
}

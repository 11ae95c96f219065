/**
 * Ballots as implementations write them: pairs (round, proposer id),
 * compared lexicographically, with rounds that jump (after a NACK a
 * proposer picks a round above the one it was told of).
 *
 * The specification numbers ballots with naturals, each owned by one
 * proposer. A header that declares `"ballots": {"form": "pairs", "ids":
 * ["p1", "p2"]}` lets a log write every ballot as a pair `[round, id]` (or
 * the ITF tuple `{"#tup": [round, id]}`), and -1 (or null) for "none". The
 * pair (r, ids[k]) is the natural `r * ids.length + k`, owned by proposer
 * `ids[k]`: the order of the pairs is the lexicographic one, rounds first,
 * ties broken by the position of the id in `ids` (list the ids in the order
 * your implementation compares them). The header's constants may then leave
 * out `Ballot` and `Owner`: `Ballot` is the set of ballots the log mentions
 * (the set is unbounded: no bound is declared up front), and `Owner` gives
 * each its proposer. Reports print ballots back as pairs.
 *
 * Where ballots are: the parameter `b` of a step; `maxBal` and `maxVBal`
 * (whole, as `{"#map": ...}`, or as entries `maxBal[a1]`); the fields `bal`
 * and `mbal` of the records in `msgs`.
 *
 * @module
 */
import type { TraceHeader, TraceLine } from "./format.js";
import { TraceFormatError } from "./reader.js";

/** The declared form of ballots: pairs whose ids are these proposers, in tie-break order. */
export interface BallotPairs {
  readonly ids: readonly string[];
}

/** The ballot form a header declares, or undefined (ballots are naturals). Throws {@link TraceFormatError} for a malformed declaration. */
export function ballotFormOf(header: TraceHeader, file: string): BallotPairs | undefined {
  const decl = (header as unknown as Record<string, unknown>)["ballots"];
  if (decl === undefined) return undefined;
  const d = decl as Record<string, unknown>;
  const ids = d["ids"];
  if (
    typeof decl !== "object" ||
    decl === null ||
    d["form"] !== "pairs" ||
    !Array.isArray(ids) ||
    ids.length === 0 ||
    !ids.every((x) => typeof x === "string" || Number.isInteger(x))
  ) {
    throw new TraceFormatError(file, 1, `field 'ballots' must be {"form": "pairs", "ids": [the proposers' ids, in the order ties are broken]}, got ${JSON.stringify(decl)}`);
  }
  const names = ids.map(String);
  if (new Set(names).size !== names.length) throw new TraceFormatError(file, 1, `field 'ballots': the ids must differ, got ${JSON.stringify(ids)}`);
  return { ids: names };
}

/** The natural number of a ballot written as a pair, or -1 for none. */
export function encodeBallot(form: BallotPairs, json: unknown, file: string, line: number, what: string): number {
  if (json === -1 || json === null) return -1;
  const tup = typeof json === "object" ? (json as Record<string, unknown>)["#tup"] : undefined;
  const pair = Array.isArray(json) ? (json as unknown[]) : Array.isArray(tup) ? (tup as unknown[]) : undefined;
  const round = pair?.[0];
  const id = pair?.[1];
  const k = typeof id === "string" || typeof id === "number" ? form.ids.indexOf(String(id)) : -1;
  if (!pair || pair.length !== 2 || !Number.isInteger(round) || (round as number) < 0 || k < 0) {
    throw new TraceFormatError(
      file,
      line,
      `${what}: a ballot is a pair [round, id] with a round >= 0 and an id among ${form.ids.join(", ")} (the header's "ballots"), or -1 for none; got ${JSON.stringify(json)}`,
    );
  }
  return (round as number) * form.ids.length + k;
}

/** A ballot's pair notation, `(round, id)`, or -1. */
export function ballotText(form: BallotPairs, b: number): string {
  if (b < 0) return String(b);
  const n = form.ids.length;
  return `(${Math.floor(b / n)}, ${form.ids[b % n]})`;
}

const BALLOT_VARIABLES = new Set(["maxBal", "maxVBal"]);

/** A step or init line with every ballot written as a natural; `seen` collects the ballots it mentions. */
export function encodeLine(form: BallotPairs, parsed: TraceLine, file: string, line: number, seen?: Set<number>): TraceLine {
  if (parsed.kind !== "step" && parsed.kind !== "init") return parsed;
  const enc = (json: unknown, what: string): number => {
    const b = encodeBallot(form, json, file, line, what);
    if (b >= 0) seen?.add(b);
    return b;
  };
  const out: Record<string, unknown> = { ...parsed };
  if (parsed.kind === "step" && parsed.params["b"] !== undefined) out["params"] = { ...parsed.params, b: enc(parsed.params["b"], "params.b") };
  if (parsed.state !== undefined) {
    const state: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(parsed.state)) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[.+\])?$/.exec(k);
      const name = m?.[1] ?? k;
      if (BALLOT_VARIABLES.has(name) && m?.[2] !== undefined) state[k] = enc(v, `state.${k}`);
      else if (BALLOT_VARIABLES.has(name)) state[k] = mapEntries(v, (x) => enc(x, `state.${k}`));
      else if (name === "msgs") state[k] = mapElements(v, (r) => encodeMessage(r, enc, `state.${k}`));
      else state[k] = v;
    }
    out["state"] = state;
  }
  return out as unknown as TraceLine;
}

function mapEntries(v: unknown, f: (x: unknown) => unknown): unknown {
  const entries = v !== null && typeof v === "object" ? (v as Record<string, unknown>)["#map"] : undefined;
  if (!Array.isArray(entries)) return v; // not a map: the decoder reports it
  return { "#map": entries.map((e) => (Array.isArray(e) && e.length === 2 ? [e[0], f(e[1])] : e)) };
}

function mapElements(v: unknown, f: (x: unknown) => unknown): unknown {
  const elems = v !== null && typeof v === "object" ? (v as Record<string, unknown>)["#set"] : undefined;
  if (!Array.isArray(elems)) return v;
  return { "#set": elems.map(f) };
}

function encodeMessage(r: unknown, enc: (json: unknown, what: string) => number, what: string): unknown {
  if (r === null || typeof r !== "object" || Array.isArray(r)) return r;
  const out: Record<string, unknown> = { ...(r as Record<string, unknown>) };
  for (const field of ["bal", "mbal"]) if (out[field] !== undefined) out[field] = enc(out[field], `${what} (field ${field})`);
  return out;
}

/**
 * The header's constants with `Ballot` and `Owner` for pairs: `Ballot`, if
 * given, as a set of pairs, else the ballots the log mentions; `Owner`, if
 * not given, the id of each ballot.
 */
export function constantsFor(form: BallotPairs, constants: Readonly<Record<string, unknown>>, seen: ReadonlySet<number>, file: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...constants };
  let ballots: number[];
  const given = constants["Ballot"];
  if (given !== undefined) {
    const elems = given !== null && typeof given === "object" ? (given as Record<string, unknown>)["#set"] : undefined;
    if (!Array.isArray(elems))
      throw new TraceFormatError(file, 1, `constants.Ballot: with ballots declared as pairs, Ballot is a set of pairs ({"#set": [[0, "p1"], ...]}) or left out`);
    ballots = elems.map((e) => encodeBallot(form, e, file, 1, "constants.Ballot"));
  } else ballots = [...seen];
  ballots.sort((a, b) => a - b);
  out["Ballot"] = { "#set": ballots };
  if (constants["Owner"] === undefined) out["Owner"] = { "#map": ballots.map((b) => [b, form.ids[b % form.ids.length]]) };
  return out;
}

/**
 * A report's text with ballots in pair notation: the values of the names
 * that hold ballots (`b`, `c`, `bal`, `mbal`, `maxBal[...]`, `maxVBal[...]`)
 * written `name = N` or `name |-> N`, and "the step gives N, the log says M"
 * after such a name.
 */
export function renotate(form: BallotPairs, text: string): string {
  const name = String.raw`(?:\b(?:b|c|bal|mbal)|\b(?:maxBal|maxVBal)(?:\[[^\]]*\])?)`;
  return text
    .replace(new RegExp(String.raw`(${name}) (=|\|->) (-?\d+)\b`, "g"), (_m, n: string, op: string, b: string) => `${n} ${op} ${ballotText(form, Number(b))}`)
    .replace(
      new RegExp(String.raw`(${name}: the step gives )(-?\d+)(, the log says )(-?\d+)\b`, "g"),
      (_m, a: string, x: string, s: string, y: string) => `${a}${ballotText(form, Number(x))}${s}${ballotText(form, Number(y))}`,
    );
}

/** Every string of a JSON-like value passed through {@link renotate}; params named `b` become pair text too. */
export function renotateAll<T>(form: BallotPairs, x: T): T {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === "string") {
      if ((key === "b" || key === "c" || key === "bal" || key === "mbal" || /^(maxBal|maxVBal)(\[.*\])?$/.test(key)) && /^-?\d+$/.test(v)) return ballotText(form, Number(v));
      return renotate(form, v);
    }
    if (Array.isArray(v)) return v.map((e) => walk(e, ""));
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, e] of Object.entries(v)) out[k] = k === "loc" || k === "text" ? e : walk(e, k);
      return out;
    }
    return v;
  };
  return walk(x, "") as T;
}

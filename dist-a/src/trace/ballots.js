import { TraceFormatError } from "./reader.js";
/** The ballot form a header declares, or undefined (ballots are naturals). Throws {@link TraceFormatError} for a malformed declaration. */
export function ballotFormOf(header, file) {
    const decl = header["ballots"];
    if (decl === undefined)
        return undefined;
    const d = decl;
    const ids = d["ids"];
    if (typeof decl !== "object" ||
        decl === null ||
        d["form"] !== "pairs" ||
        !Array.isArray(ids) ||
        ids.length === 0 ||
        !ids.every((x) => typeof x === "string" || Number.isInteger(x))) {
        throw new TraceFormatError(file, 1, `field 'ballots' must be {"form": "pairs", "ids": [the proposers' ids, in the order ties are broken]}, got ${JSON.stringify(decl)}`);
    }
    const names = ids.map(String);
    if (new Set(names).size !== names.length)
        throw new TraceFormatError(file, 1, `field 'ballots': the ids must differ, got ${JSON.stringify(ids)}`);
    return { ids: names };
}
/** The natural number of a ballot written as a pair, or -1 for none. */
export function encodeBallot(form, json, file, line, what) {
    if (json === -1 || json === null)
        return -1;
    const tup = typeof json === "object" ? json["#tup"] : undefined;
    const pair = Array.isArray(json) ? json : Array.isArray(tup) ? tup : undefined;
    const round = pair?.[0];
    const id = pair?.[1];
    const k = typeof id === "string" || typeof id === "number" ? form.ids.indexOf(String(id)) : -1;
    if (!pair || pair.length !== 2 || !Number.isInteger(round) || round < 0 || k < 0) {
        throw new TraceFormatError(file, line, `${what}: a ballot is a pair [round, id] with a round >= 0 and an id among ${form.ids.join(", ")} (the header's "ballots"), or -1 for none; got ${JSON.stringify(json)}`);
    }
    return round * form.ids.length + k;
}
/** A ballot's pair notation, `(round, id)`, or -1. */
export function ballotText(form, b) {
    if (b < 0)
        return String(b);
    const n = form.ids.length;
    return `(${Math.floor(b / n)}, ${form.ids[b % n]})`;
}
const BALLOT_VARIABLES = new Set(["maxBal", "maxVBal"]);
/** A step or init line with every ballot written as a natural; `seen` collects the ballots it mentions. */
export function encodeLine(form, parsed, file, line, seen) {
    if (parsed.kind !== "step" && parsed.kind !== "init")
        return parsed;
    const enc = (json, what) => {
        const b = encodeBallot(form, json, file, line, what);
        if (b >= 0)
            seen?.add(b);
        return b;
    };
    const out = { ...parsed };
    if (parsed.kind === "step" && parsed.params["b"] !== undefined)
        out["params"] = { ...parsed.params, b: enc(parsed.params["b"], "params.b") };
    if (parsed.state !== undefined) {
        const state = {};
        for (const [k, v] of Object.entries(parsed.state)) {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[.+\])?$/.exec(k);
            const name = m?.[1] ?? k;
            if (BALLOT_VARIABLES.has(name) && m?.[2] !== undefined)
                state[k] = enc(v, `state.${k}`);
            else if (BALLOT_VARIABLES.has(name))
                state[k] = mapEntries(v, (x) => enc(x, `state.${k}`));
            else if (name === "msgs")
                state[k] = mapElements(v, (r) => encodeMessage(r, enc, `state.${k}`));
            else
                state[k] = v;
        }
        out["state"] = state;
    }
    return out;
}
function mapEntries(v, f) {
    const entries = v !== null && typeof v === "object" ? v["#map"] : undefined;
    if (!Array.isArray(entries))
        return v; // not a map: the decoder reports it
    return { "#map": entries.map((e) => (Array.isArray(e) && e.length === 2 ? [e[0], f(e[1])] : e)) };
}
function mapElements(v, f) {
    const elems = v !== null && typeof v === "object" ? v["#set"] : undefined;
    if (!Array.isArray(elems))
        return v;
    return { "#set": elems.map(f) };
}
function encodeMessage(r, enc, what) {
    if (r === null || typeof r !== "object" || Array.isArray(r))
        return r;
    const out = { ...r };
    for (const field of ["bal", "mbal"])
        if (out[field] !== undefined)
            out[field] = enc(out[field], `${what} (field ${field})`);
    return out;
}
/**
 * The header's constants with `Ballot` and `Owner` for pairs: `Ballot`, if
 * given, as a set of pairs, else the ballots the log mentions; `Owner`, if
 * not given, the id of each ballot.
 */
export function constantsFor(form, constants, seen, file) {
    const out = { ...constants };
    let ballots;
    const given = constants["Ballot"];
    if (given !== undefined) {
        const elems = given !== null && typeof given === "object" ? given["#set"] : undefined;
        if (!Array.isArray(elems))
            throw new TraceFormatError(file, 1, `constants.Ballot: with ballots declared as pairs, Ballot is a set of pairs ({"#set": [[0, "p1"], ...]}) or left out`);
        ballots = elems.map((e) => encodeBallot(form, e, file, 1, "constants.Ballot"));
    }
    else
        ballots = [...seen];
    ballots.sort((a, b) => a - b);
    out["Ballot"] = { "#set": ballots };
    if (constants["Owner"] === undefined)
        out["Owner"] = { "#map": ballots.map((b) => [b, form.ids[b % form.ids.length]]) };
    return out;
}
/**
 * A report's text with ballots in pair notation: the values of the names
 * that hold ballots (`b`, `c`, `bal`, `mbal`, `maxBal[...]`, `maxVBal[...]`)
 * written `name = N` or `name |-> N`, and "the step gives N, the log says M"
 * after such a name.
 */
export function renotate(form, text) {
    const name = String.raw `(?:\b(?:b|c|bal|mbal)|\b(?:maxBal|maxVBal)(?:\[[^\]]*\])?)`;
    return text
        .replace(new RegExp(String.raw `(${name}) (=|\|->) (-?\d+)\b`, "g"), (_m, n, op, b) => `${n} ${op} ${ballotText(form, Number(b))}`)
        .replace(new RegExp(String.raw `(${name}: the step gives )(-?\d+)(, the log says )(-?\d+)\b`, "g"), (_m, a, x, s, y) => `${a}${ballotText(form, Number(x))}${s}${ballotText(form, Number(y))}`);
}
/** Every string of a JSON-like value passed through {@link renotate}; params named `b` become pair text too. */
export function renotateAll(form, x) {
    const walk = (v, key) => {
        if (typeof v === "string") {
            if ((key === "b" || key === "c" || key === "bal" || key === "mbal" || /^(maxBal|maxVBal)(\[.*\])?$/.test(key)) && /^-?\d+$/.test(v))
                return ballotText(form, Number(v));
            return renotate(form, v);
        }
        if (Array.isArray(v))
            return v.map((e) => walk(e, ""));
        if (v !== null && typeof v === "object") {
            const out = {};
            for (const [k, e] of Object.entries(v))
                out[k] = k === "loc" || k === "text" ? e : walk(e, k);
            return out;
        }
        return v;
    };
    return walk(x, "");
}
//# sourceMappingURL=ballots.js.map
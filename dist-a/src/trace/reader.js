/**
 * Reading traces: {@link readTrace} turns ndjson text or a byte/string stream
 * into checked {@link TraceLine}s, one at a time, so a 100,000-step trace need
 * not be held in memory. A malformed line stops the reading with a
 * {@link TraceFormatError} naming the file and line:
 * `trace.ndjson:7: expected a JSON object, got [1,2]`.
 *
 * @module
 */
import { createReadStream } from "node:fs";
import { TRACE_FORMAT } from "./format.js";
/** A malformed trace line. `message` reads `file:line: what is wrong`. */
export class TraceFormatError extends Error {
    file;
    line;
    problem;
    constructor(file, line, problem) {
        super(`${file}:${line}: ${problem}`);
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.name = "TraceFormatError";
    }
    /** The message, for symmetry with the engine's errors. */
    format() {
        return this.message;
    }
}
function shown(text) {
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function kindOf(v) {
    if (v === null)
        return "null";
    if (Array.isArray(v))
        return "an array";
    return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
/**
 * Parses and checks one line. `first` says whether it is the first non-blank
 * line (which must be the header).
 * @throws TraceFormatError
 */
export function parseTraceLine(text, lineNo, file = "trace.ndjson", first = false) {
    const fail = (problem) => {
        throw new TraceFormatError(file, lineNo, problem);
    };
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (err) {
        if (!(err instanceof SyntaxError))
            throw err;
        return fail(`not valid JSON: ${shown(text.trim())}`);
    }
    if (!isObject(v))
        return fail(`expected a JSON object, got ${shown(JSON.stringify(v))}`);
    const kind = v["kind"];
    if (first && kind !== "header")
        return fail(`the first line must be the header ({"kind":"header",...}), got kind ${JSON.stringify(kind ?? null)}`);
    if (!first && kind === "header")
        return fail("a second header line; the header comes once, first");
    const need = (field, ok, what) => {
        if (!ok(v[field]))
            fail(`field '${field}' must be ${what}, got ${v[field] === undefined ? "nothing" : kindOf(v[field])}`);
    };
    switch (kind) {
        case "header":
            if (v["format"] !== TRACE_FORMAT)
                fail(`unknown format ${JSON.stringify(v["format"] ?? null)}; this reader knows "${TRACE_FORMAT}"`);
            need("spec", (x) => typeof x === "string", "a string");
            need("mode", (x) => x === "state" || x === "events", '"state" or "events"');
            need("seed", (x) => typeof x === "string", "a string");
            need("constants", isObject, "an object");
            break;
        case "init":
            need("state", isObject, "an object");
            break;
        case "step":
            need("i", (x) => Number.isInteger(x) && x >= 1, "a whole number >= 1");
            need("action", (x) => typeof x === "string" && x !== "", "a non-empty string");
            need("params", isObject, "an object");
            if (v["state"] !== undefined)
                need("state", isObject, "an object");
            if (v["time"] !== undefined)
                need("time", (x) => typeof x === "number", "a number");
            if (v["resend"] !== undefined)
                need("resend", (x) => typeof x === "boolean", "true or false");
            break;
        case "event":
            need("what", (x) => typeof x === "string" && x !== "", "a non-empty string");
            break;
        default:
            fail(`unknown kind ${JSON.stringify(kind ?? null)}; expected header, init, step or event`);
    }
    return v;
}
/** The lines of a source (a string, or a stream of text or bytes), without their newlines. */
export async function* linesOf(source) {
    for await (const lines of lineChunks(source))
        yield* lines;
}
/**
 * The lines of a source, a chunk at a time: the complete lines each chunk
 * of the input ends, in order (a line split between chunks comes with the
 * chunk that ends it). A reader that walks these arrays pays for one
 * asynchronous step per chunk, not per line.
 */
export async function* lineChunks(source) {
    if (typeof source === "string") {
        yield source.split("\n");
        return;
    }
    const decoder = new TextDecoder();
    let rest = "";
    for await (const chunk of source) {
        const text = rest + (typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
        const lines = [];
        let from = 0;
        let nl;
        while ((nl = text.indexOf("\n", from)) >= 0) {
            lines.push(text.slice(from, nl));
            from = nl + 1;
        }
        rest = text.slice(from);
        if (lines.length > 0)
            yield lines;
    }
    rest += decoder.decode();
    if (rest !== "")
        yield [rest];
}
/**
 * Reads a trace line by line. Blank lines are skipped; line numbers count
 * every line from 1. `file` names the source in errors.
 * @throws TraceFormatError on the first malformed line.
 */
export async function* readTrace(source, file = "trace.ndjson") {
    let lineNo = 0;
    let first = true;
    for await (const raw of linesOf(source)) {
        lineNo++;
        const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        if (text.trim() === "")
            continue;
        yield parseTraceLine(text, lineNo, file, first);
        first = false;
    }
    if (first)
        throw new TraceFormatError(file, Math.max(lineNo, 1), "the trace is empty; expected a header line");
}
/** Reads a whole trace from a string into memory. */
export async function readTraceText(text, file = "trace.ndjson") {
    const out = [];
    for await (const line of readTrace(text, file))
        out.push(line);
    return out;
}
/** Reads a trace file as a stream; errors name the file as given. */
export function readTraceFile(path) {
    return readTrace(createReadStream(path), path);
}
//# sourceMappingURL=reader.js.map
/**
 * Reading a trace file for drawing. The trace is ndjson: a header line, an
 * `init` line, then one line per spec action (`step`) or non-spec happening
 * (`event`). Each line is checked by the trace format's own line parser
 * (`parseTraceLine` in `src/trace/reader.ts`), then read for what the chart
 * needs; the first problem is reported as one sentence with the file and line
 * number.
 *
 * @module
 */
import { TraceFormatError, parseTraceLine } from "../trace/reader.js";
/** A trace that cannot be drawn: `file:line: message` for people. */
export class TraceInputError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
        this.name = "TraceInputError";
    }
    /** `file:line: message` (or `file: message` for problems with the whole file). */
    format() {
        return this.line === undefined ? `${this.file}: ${this.message}` : `${this.file}:${this.line}: ${this.message}`;
    }
}
function isRecord(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function optionalString(obj, key, file, line) {
    const v = obj[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== "string")
        throw new TraceInputError(`field '${key}' should be a string`, file, line);
    return v;
}
function optionalTime(obj, file, line) {
    const v = obj["time"];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== "number" || !Number.isFinite(v))
        throw new TraceInputError("field 'time' should be a number", file, line);
    return v;
}
/**
 * Parses the text of a trace file. `file` is used only in error messages.
 * Throws {@link TraceInputError} on the first malformed line.
 */
export function parseTraceText(text, file) {
    const lines = text.split("\n");
    let header;
    let init;
    const entries = [];
    let stepCount = 0;
    for (let n = 0; n < lines.length; n++) {
        const lineNo = n + 1;
        const raw = lines[n].trim();
        if (raw === "")
            continue;
        let obj;
        try {
            obj = parseTraceLine(raw, lineNo, file, header === undefined);
        }
        catch (err) {
            if (err instanceof TraceFormatError)
                throw new TraceInputError(err.problem, file, lineNo);
            throw err;
        }
        const kind = obj["kind"];
        if (header === undefined) {
            if (kind !== "header")
                throw new TraceInputError(`the first line should be the header ({"kind":"header",...}), found kind ${JSON.stringify(kind)}`, file, lineNo);
            const spec = obj["spec"];
            if (typeof spec !== "string")
                throw new TraceInputError("header field 'spec' should be a string", file, lineNo);
            const format = obj["format"];
            if (typeof format !== "string" || !format.startsWith("paxos-tla-trace/")) {
                throw new TraceInputError(`header field 'format' should be "paxos-tla-trace/1", found ${JSON.stringify(format)}`, file, lineNo);
            }
            const constants = obj["constants"] ?? {};
            if (!isRecord(constants))
                throw new TraceInputError("header field 'constants' should be an object", file, lineNo);
            header = {
                line: lineNo,
                spec,
                mode: typeof obj["mode"] === "string" ? obj["mode"] : "state",
                seed: obj["seed"],
                constants,
            };
            continue;
        }
        if (kind === "init") {
            const state = obj["state"];
            if (state !== undefined && !isRecord(state))
                throw new TraceInputError("field 'state' should be an object", file, lineNo);
            init = state;
        }
        else if (kind === "step") {
            const action = obj["action"];
            if (typeof action !== "string" || action === "")
                throw new TraceInputError("step field 'action' should be a non-empty string", file, lineNo);
            const params = obj["params"] ?? {};
            if (!isRecord(params))
                throw new TraceInputError("step field 'params' should be an object", file, lineNo);
            const state = obj["state"];
            if (state !== undefined && state !== null && !isRecord(state))
                throw new TraceInputError("step field 'state' should be an object", file, lineNo);
            stepCount++;
            const i = obj["i"];
            entries.push({
                kind: "step",
                line: lineNo,
                index: typeof i === "number" && Number.isInteger(i) ? i : stepCount,
                action,
                params,
                node: optionalString(obj, "node", file, lineNo),
                time: optionalTime(obj, file, lineNo),
                state: isRecord(state) ? state : undefined,
            });
        }
        else if (kind === "event") {
            const what = obj["what"];
            if (typeof what !== "string" || what === "")
                throw new TraceInputError("event field 'what' should be a non-empty string", file, lineNo);
            entries.push({
                kind: "event",
                line: lineNo,
                what,
                node: optionalString(obj, "node", file, lineNo),
                time: optionalTime(obj, file, lineNo),
                fields: obj,
            });
        }
        else if (kind === "header") {
            throw new TraceInputError("a second header line", file, lineNo);
        }
        else {
            throw new TraceInputError(`unknown line kind ${JSON.stringify(kind)} (expected "init", "step" or "event")`, file, lineNo);
        }
    }
    if (header === undefined)
        throw new TraceInputError("the file is empty (no header line)", file, undefined);
    return { file, header, init, entries };
}
//# sourceMappingURL=traceInput.js.map
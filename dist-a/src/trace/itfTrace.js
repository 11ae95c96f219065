import { TraceFormatError } from "./reader.js";
import { decode, decodeConstants, modelValueNames, traceVerdict, validatorFor } from "./validate.js";
/** The variables of spec/Paxos.tla, in declaration order. */
const PAXOS_VARIABLES = ["proposed", "maxBal", "maxVBal", "maxVal", "msgs", "learned"];
/**
 * Writes an ITF trace from the lines of a state-mode trace, given one line at
 * a time (as {@link TraceRecorder} produces them), through `write`, one call
 * per output line (without the newline). Event lines are left out.
 */
export class ItfTraceWriter {
    write;
    states = 0;
    started = false;
    constructor(write) {
        this.write = write;
    }
    /** Takes one line of the trace (its JSON text). */
    line(text) {
        const line = JSON.parse(text);
        switch (line.kind) {
            case "header": {
                if (line.mode !== "state")
                    throw new Error("an ITF trace is written from a state-mode trace");
                const meta = {
                    format: "ITF",
                    source: `spec/${line.spec}.tla`,
                    description: `a run of ${line.spec}, seed ${line.seed}`,
                    "paxos-tla-trace": line.format,
                    seed: line.seed,
                    constants: line.constants,
                    cluster: line.cluster,
                };
                this.write(`{"#meta":${JSON.stringify(meta)},`);
                this.write(`"vars":${JSON.stringify(PAXOS_VARIABLES)},`);
                this.write(`"states":[`);
                this.started = true;
                return;
            }
            case "init":
                this.state({ index: 0 }, line.state);
                return;
            case "step":
                this.state({ index: this.states, action: line.action, params: line.params, ...(line.node !== undefined ? { node: line.node } : {}) }, line.state ?? {});
                return;
            case "event":
                return;
            default: {
                const never = line;
                throw new Error(`unknown trace line ${JSON.stringify(never)}`);
            }
        }
    }
    state(meta, vars) {
        const sep = this.states === 0 ? "" : ",";
        this.write(`${sep}${JSON.stringify({ "#meta": meta, ...vars })}`);
        this.states++;
    }
    /** Closes the trace. */
    end() {
        if (!this.started)
            throw new Error("an ITF trace needs the header line first");
        this.write("]}");
    }
}
/** An ITF trace as whole text, from the lines of a state-mode trace. */
export function toItfTraceText(lines) {
    const out = [];
    const w = new ItfTraceWriter((l) => out.push(l));
    for (const l of lines)
        w.line(l);
    w.end();
    return out.join("\n") + "\n";
}
/** The 1-based line on which each element of the top-level `states` array starts. */
function stateLines(text) {
    const out = [];
    let depth = 0;
    let line = 1;
    let statesKey = false;
    let inStates = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "\n")
            line++;
        else if (c === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === "\\" ? 2 : 1;
            if (depth === 1 && text.slice(i + 1, j) === "states")
                statesKey = true;
            i = j;
        }
        else if (c === "{" || c === "[") {
            if (inStates && depth === 2 && c === "{")
                out.push(line);
            if (statesKey && depth === 1 && c === "[")
                inStates = true;
            depth++;
        }
        else if (c === "}" || c === "]") {
            depth--;
            if (depth === 1 && inStates) {
                inStates = false;
                statesKey = false;
            }
        }
        else if (c === "," && depth === 1)
            statesKey = false;
    }
    return out;
}
function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
/**
 * Reads an ITF trace. Throws {@link TraceFormatError} naming the file and the
 * line of the state (or 1 for the trace as a whole) when it is not an ITF
 * trace of the expected shape.
 */
export function readItfTrace(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        const m = /position (\d+)/.exec(String(err.message));
        const line = m ? text.slice(0, Number(m[1])).split("\n").length : 1;
        throw new TraceFormatError(file, line, `not valid JSON: ${err.message}`);
    }
    if (!isObject(json))
        throw new TraceFormatError(file, 1, 'an ITF trace is a JSON object with "vars" and "states"');
    const vars = json["vars"];
    const states = json["states"];
    if (!Array.isArray(vars) || !vars.every((v) => typeof v === "string"))
        throw new TraceFormatError(file, 1, "field 'vars' of an ITF trace must be an array of variable names");
    if (!Array.isArray(states))
        throw new TraceFormatError(file, 1, "field 'states' of an ITF trace must be an array of states");
    const lines = stateLines(text);
    const lineOf = (i) => lines[i] ?? 1;
    const meta = isObject(json["#meta"]) ? json["#meta"] : {};
    const paramNames = Array.isArray(json["params"]) ? json["params"].filter((p) => typeof p === "string") : [];
    let constants;
    if (isObject(meta["constants"]))
        constants = meta["constants"];
    else if (paramNames.length > 0 && isObject(states[0]))
        constants = Object.fromEntries(paramNames.map((p) => [p, states[0][p]]));
    else
        throw new TraceFormatError(file, 1, 'the ITF trace gives no constants: put them in "#meta": {"constants": {...}}, or list them in "params" with their values in the states');
    const modelValues = modelValueNames(constants);
    const varSet = new Set(vars);
    const entries = states.map((st, i) => {
        const line = lineOf(i);
        if (!isObject(st))
            throw new TraceFormatError(file, line, `states[${i}] must be an object`);
        const smeta = isObject(st["#meta"]) ? st["#meta"] : {};
        const state = {};
        let action = typeof smeta["action"] === "string" ? smeta["action"] : undefined;
        for (const [k, v] of Object.entries(st)) {
            if (k.startsWith("#") || paramNames.includes(k))
                continue;
            if (varSet.has(k))
                state[k] = decode(v, modelValues, file, line, `states[${i}].${k}`);
            else if (k === "action" && typeof v === "string")
                action ??= v;
            else
                throw new TraceFormatError(file, line, `states[${i}] has a field ${k}, which is not in "vars" (${[...varSet].join(", ")})`);
        }
        let params;
        if (smeta["params"] !== undefined) {
            if (!isObject(smeta["params"]))
                throw new TraceFormatError(file, line, `states[${i}]: "#meta".params must be an object`);
            params = {};
            for (const [k, v] of Object.entries(smeta["params"]))
                params[k] = decode(v, modelValues, file, line, `states[${i}].#meta.params.${k}`);
        }
        if (i === 0 && action === "Init")
            action = undefined;
        return { ...(action !== undefined ? { action } : {}), ...(params ? { params } : {}), state, source: { file, line } };
    });
    return { constants, modelValues, entries };
}
/** Whether a file name is that of an ITF trace (`.itf.json`). */
export function isItfFile(file) {
    return file.endsWith(".itf.json");
}
/** Validates an ITF trace (its text) against the specification. See {@link readItfTrace}. */
export async function validateItfTrace(text, file, options = {}) {
    const trace = readItfTrace(text, file);
    const { constants } = decodeConstants(trace.constants, file, 1);
    const validator = await validatorFor(trace.constants, constants, options);
    let first = true;
    for (const e of trace.entries) {
        const r = first ? validator.init(e) : validator.step(e);
        first = false;
        if (r)
            return traceVerdict(file, r);
    }
    return traceVerdict(file, validator.finish());
}
//# sourceMappingURL=itfTrace.js.map
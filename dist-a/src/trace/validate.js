/**
 * Validating Paxos traces against `spec/Paxos.tla` with the TLA+ engine.
 *
 * This is the glue between the trace format (`paxos-tla-trace/1`, see
 * docs/trace-format.md) and the engine's trace validator, which knows nothing
 * about Paxos: the header's constants are decoded from their ITF encoding into
 * engine values, each step line becomes one entry (its action, its parameters
 * and whatever part of the state it logs), event lines are skipped, and the
 * validator's verdict comes back with the file and line of the step at fault.
 *
 * Lines are read and validated one at a time, so a trace of any length is
 * validated without being held in memory. A compiled specification is kept
 * for each set of constants, so validating many traces of one cluster shape
 * parses and compiles the specification once.
 *
 * @module
 */
import { createReadStream, existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { TraceValidator, formatVerdict } from "../tla/trace/validate.js";
import { TraceModel } from "../tla/trace/traceModel.js";
import { TraceInputError, fromItf } from "../tla/trace/itf.js";
import { TraceFormatError, lineChunks, parseTraceLine } from "./reader.js";
import { ballotFormOf, constantsFor, encodeLine, renotateAll } from "./ballots.js";
/** The specification traces are validated against unless told otherwise. */
export const DEFAULT_SPEC_FILE = "spec/Paxos.tla";
/** The invariants checked on every state of a trace, by default. */
export const DEFAULT_INVARIANTS = ["TypeOK", "Agreement", "Validity", "Inv"];
/**
 * The invariants checked on the states of a replicated-store trace
 * (spec/MultiPaxos.tla): per-slot agreement, and the replicas' executed
 * sequences prefix-consistent, exactly-once and equal after equal prefixes.
 * Its inductive invariant `Inv` is left to the model checker: on a long run's
 * states it costs far more than the rest together.
 */
export const SMR_INVARIANTS = ["TypeOK", "Agreement", "PrefixConsistency", "ExactlyOnce", "SnapshotsAgree"];
/**
 * The invariants checked on the states of a compacted replicated-store trace
 * (spec/CompactMultiPaxos.tla): one state machine state per number of slots
 * executed (`SnapshotsAgree`), which costs about a fifth of a step. Its
 * `Compacted` (nothing kept below the compaction point; about a step) and
 * `Agreement` (some ten steps per state on a long run) can be asked for;
 * the model check of CompactMultiPaxos against MultiPaxos shows that they
 * follow from the steps being the spec's.
 */
export const COMPACT_INVARIANTS = ["SnapshotsAgree"];
/** The invariants checked when none are given: {@link SMR_INVARIANTS} for MultiPaxos.tla and ReconfigMultiPaxos.tla, {@link COMPACT_INVARIANTS} for CompactMultiPaxos.tla, {@link DEFAULT_INVARIANTS} otherwise. */
function defaultInvariants(specFile) {
    const name = basename(specFile);
    if (name === "CompactMultiPaxos.tla")
        return COMPACT_INVARIANTS;
    return ["MultiPaxos.tla", "ReconfigMultiPaxos.tla"].includes(name) ? SMR_INVARIANTS : DEFAULT_INVARIANTS;
}
/**
 * The model values a header's constants name: every string that is an
 * element of a set-valued constant (`Acceptor`, `Value`, ...), and every
 * constant that is itself a string (`None`).
 */
export function modelValueNames(constants) {
    const names = new Set();
    for (const c of Object.values(constants)) {
        if (typeof c === "string")
            names.add(c);
        else if (c !== null && typeof c === "object" && "#set" in c && Array.isArray(c["#set"])) {
            for (const e of c["#set"])
                if (typeof e === "string")
                    names.add(e);
        }
    }
    return names;
}
/** The engine values of a header's constants. Throws {@link TraceFormatError} naming `file:line` when one is not ITF. */
export function decodeConstants(constants, file, line) {
    const modelValues = modelValueNames(constants);
    const out = {};
    for (const [name, json] of Object.entries(constants))
        out[name] = decode(json, modelValues, file, line, `constants.${name}`);
    return { constants: out, modelValues };
}
/** An ITF value as an engine value; a malformed one is a {@link TraceFormatError} at `file:line`. */
export function decode(json, modelValues, file, line, what) {
    try {
        return fromItf(json, modelValues, what);
    }
    catch (err) {
        if (err instanceof TraceInputError)
            throw new TraceFormatError(file, line, err.message);
        throw err;
    }
}
/** The engine's input for one state or step line: its action and parameters (steps) and the variables it logs. */
export function entryOf(line, lineNo, file, modelValues) {
    if (line.kind === "init")
        return { state: decodeRecord(line.state, modelValues, file, lineNo, "state"), source: { file, line: lineNo } };
    if (line.kind !== "step")
        return null;
    const params = decodeRecord(line.params, modelValues, file, lineNo, "params");
    const { whole, fragments } = splitState(line.state ?? {}, modelValues, file, lineNo);
    return {
        action: line.action,
        params,
        state: whole,
        source: { file, line: lineNo },
        ...(fragments.length ? { fragments } : {}),
        ...(line.resend === true ? { resend: true } : {}),
    };
}
/**
 * A step's logged state: whole variables (`"maxBal": {...}`) and entries of
 * function-valued ones (`"maxBal[a1]": 2`, what one node knows). The key in
 * brackets is a model value's name, a number, or any ITF value as JSON.
 */
function splitState(rec, modelValues, file, line) {
    const whole = {};
    const fragments = [];
    for (const [k, v] of Object.entries(rec)) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/.exec(k);
        if (!m) {
            whole[k] = decode(v, modelValues, file, line, `state.${k}`);
            continue;
        }
        let keyJson = m[2];
        try {
            keyJson = JSON.parse(m[2]);
        }
        catch (err) {
            // not JSON: a bare name, a model value (or a string)
            if (!(err instanceof SyntaxError))
                throw err;
        }
        fragments.push({ variable: m[1], key: decode(keyJson, modelValues, file, line, `state.${k} (its key)`), value: decode(v, modelValues, file, line, `state.${k}`) });
    }
    return { whole, fragments };
}
function decodeRecord(rec, modelValues, file, line, what) {
    const out = {};
    for (const k in rec) {
        try {
            out[k] = fromItf(rec[k], modelValues);
        }
        catch (err) {
            // Malformed: decoded again for the message that names the field.
            if (!(err instanceof TraceInputError))
                throw err;
            out[k] = decode(rec[k], modelValues, file, line, `${what}.${k}`);
        }
    }
    return out;
}
/**
 * A trace read a chunk at a time: its header, then its parsed lines with their
 * numbers (the trailing `\r` of CRLF files removed, blank lines skipped). A
 * line is parsed when the reader gets to it, so a malformed line is reported
 * after the lines before it were used. A line `wanted` refuses (given its
 * text and whether it is the first) is skipped without being parsed.
 */
export async function* parsedBatches(source, file, wanted) {
    // Shared with the generator of each chunk, which reads the lines as they are used.
    const at = { line: 0, first: true };
    for await (const texts of lineChunks(source)) {
        yield (function* () {
            for (const raw of texts) {
                const line = ++at.line;
                const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
                if (text.trim() === "")
                    continue;
                const first = at.first;
                at.first = false;
                if (wanted !== undefined && !wanted(text, first))
                    continue;
                yield { parsed: parseTraceLine(text, line, file, first), line };
            }
        })();
    }
    if (at.first)
        throw new TraceFormatError(file, Math.max(at.line, 1), "the trace is empty; expected a header line");
}
/** A trace read line by line: its header, then its parsed lines with their numbers. */
export async function* parsedLines(source, file, wanted) {
    for await (const batch of parsedBatches(source, file, wanted))
        yield* batch;
}
/** Compiled specifications by file and constants, the most recently used last; at most {@link MODEL_CACHE_SIZE}. */
const models = new Map();
const MODEL_CACHE_SIZE = 8;
/** The validation spec for a trace's constants (the engine's input). */
function validationSpec(constants, options = {}) {
    return {
        specFile: options.specFile ?? DEFAULT_SPEC_FILE,
        constants,
        invariants: [...(options.invariants ?? defaultInvariants(options.specFile ?? DEFAULT_SPEC_FILE))],
        ...(options.maxCandidates !== undefined ? { maxCandidates: options.maxCandidates } : {}),
        ...(options.repeatsAreResends ? { repeatsAreResends: true } : {}),
    };
}
/**
 * A fresh validator for the constants, on a specification compiled once per
 * distinct (file, constants) pair. Throws the engine's `TlaError` when the
 * specification or the constants are bad (a constant missing, an assumption
 * false for them).
 */
export async function validatorFor(constantsJson, constants, options = {}) {
    const spec = validationSpec(constants, options);
    const key = `${spec.specFile}\n${JSON.stringify(constantsJson)}`;
    let model = models.get(key);
    if (model)
        models.delete(key);
    else {
        model = TraceModel.load(spec);
        model.catch(() => models.delete(key));
    }
    models.set(key, model);
    if (models.size > MODEL_CACHE_SIZE)
        models.delete(models.keys().next().value);
    return TraceValidator.forModel(await model, spec);
}
/** The verdict as a {@link TraceVerdict}. */
export function traceVerdict(file, verdict) {
    return { file, ok: verdict.ok, steps: verdict.ok ? verdict.steps : verdict.step, verdict };
}
/**
 * Validates one trace (`paxos-tla-trace/1` ndjson) read from `source`.
 * Malformed input throws a {@link TraceFormatError} (`file:line: problem`);
 * a bad specification throws the engine's `TlaError`.
 */
export async function validateTraceSource(source, file, options = {}, again) {
    let validator;
    let modelValues = new Set();
    let header;
    let form;
    let started = false;
    let verdict = null;
    read: for await (const batch of parsedBatches(source, file))
        for (const { parsed: raw, line } of batch) {
            if (raw.kind === "header") {
                header = raw;
                form = ballotFormOf(raw, file);
                let constants = raw.constants;
                if (form) {
                    // Ballots as pairs: the set of ballots is the log's, unless the header bounds it; read the log once for it.
                    const seen = new Set();
                    if (raw.constants["Ballot"] === undefined) {
                        const second = again ? again() : typeof source === "string" || Array.isArray(source) ? source : undefined;
                        if (second === undefined)
                            throw new TraceFormatError(file, line, "with ballots as pairs and no constant Ballot, the log is read twice (once for its ballots): give it as a file or a text");
                        for await (const { parsed, line: l } of parsedLines(second, file))
                            encodeLine(form, parsed, file, l, seen);
                    }
                    constants = constantsFor(form, raw.constants, seen, file);
                }
                const dec = decodeConstants(constants, file, line);
                modelValues = dec.modelValues;
                validator = await validatorFor(constants, dec.constants, options);
                continue;
            }
            const parsed = form ? encodeLine(form, raw, file, line) : raw;
            if (parsed.kind === "init" && (started || header?.mode === "events"))
                throw new TraceFormatError(file, line, "an init line must come right after the header, and only in state mode");
            if (parsed.kind === "step" && !started && header?.mode === "state")
                throw new TraceFormatError(file, line, "a state-mode trace needs an init line (the initial state) before its first step");
            const entry = entryOf(parsed, line, file, modelValues);
            if (entry === null)
                continue;
            if (!started) {
                started = true;
                if (parsed.kind === "step") {
                    verdict = validator.init({ state: {} });
                    if (verdict)
                        break read;
                }
            }
            verdict = parsed.kind === "init" ? validator.init(entry) : validator.step(entry);
            if (verdict)
                break read;
        }
    if (!started) {
        // A header alone: the initial state is whatever Init says.
        verdict = validator.init({ state: {} });
    }
    const v = verdict ?? validator.finish();
    return traceVerdict(file, form ? renotateAll(form, v) : v);
}
/** Validates one trace file, read as a stream. See {@link validateTraceSource}. */
export function validateTraceFile(path, options = {}) {
    return validateTraceSource(createReadStream(path), path, options, () => createReadStream(path));
}
/** `SafePaxos.tla` beside a specification file named `Paxos.tla`, when there is one. */
function defaultSafetySpec(specFile) {
    if (basename(specFile) !== "Paxos.tla")
        return null;
    const safe = join(dirname(specFile), "SafePaxos.tla");
    return existsSync(safe) ? safe : null;
}
/**
 * The layered verdict on a trace. `validate(options)` validates the trace
 * against the specification in `options.specFile`; it is called once with
 * the options given, and, when that rejects the trace (a real rejection, not
 * "undecided"), once more against the safety specification, where a step
 * that repeats an accepted one is taken as a resend. Paxos is checked
 * first, so a conforming trace costs one validation.
 */
export async function layeredVerdict(options, validate) {
    const first = await validate(options);
    const v = first.verdict;
    if (v.ok)
        return { ...first, layers: { level: "conforms" } };
    if (v.undecided)
        return { ...first, layers: { level: "undecided" } };
    const safetySpec = options.safetySpec === undefined ? defaultSafetySpec(options.specFile ?? DEFAULT_SPEC_FILE) : options.safetySpec;
    if (safetySpec === null)
        return { ...first, layers: { level: "rejected" } };
    // A step repeated as it was logged before is a resend at this level, marked or not: it sends nothing new.
    const second = await validate({ ...options, specFile: safetySpec, safetySpec: null, repeatsAreResends: true });
    const s = second.verdict;
    const level = s.ok ? "safe-deviation" : s.undecided ? "undecided" : "unsafe";
    return { ...first, layers: { level, safetySpec, safety: s } };
}
/** The report of a verdict for people: the file, then the engine's report. */
export function formatTraceVerdict(v) {
    return `${v.file}: ${formatVerdict(v.verdict)}`;
}
//# sourceMappingURL=validate.js.map
/**
 * `paxos validate FILE...`: check recorded traces, per-node logs or ITF
 * traces against spec/Paxos.tla with the TLA+ engine.
 *
 * @module
 */
import { closeSync, constants, createReadStream, openSync, readSync } from "node:fs";
import { access, readFile, stat } from "node:fs/promises";
import { atLeast, parseArgs, UsageError } from "../args.js";
import { isSystemError, TlaError } from "../../tla/errors.js";
import { formatVerdict } from "../../tla/trace/validate.js";
import { TraceFormatError } from "../../trace/reader.js";
import { COMPACT_INVARIANTS, DEFAULT_INVARIANTS, DEFAULT_SPEC_FILE, layeredVerdict, SMR_INVARIANTS, validateTraceFile } from "../../trace/validate.js";
import { isNodeLogText, validateNodeLogs } from "../../trace/merge.js";
import { isItfFile, validateItfTrace } from "../../trace/itfTrace.js";
import { resolveInput, unreadableReason } from "../paths.js";
import { basename, isAbsolute, relative } from "node:path";
const HELP = `Usage: paxos validate FILE... [options]

Checks that each trace is a behaviour of the TLA+ specification (every step
a step of its Next, every state satisfying the invariants), evaluating the
specification text with the built-in TLA+ engine.

A FILE is a trace in the paxos-tla-trace/1 format (ndjson; state or events
mode; steps may log any part of the state), or an ITF trace (.itf.json).
Several files are validated independently, except per-node logs (files
whose steps carry a Lamport "clock" or a vector clock "vc"): those are the
logs of one run, merged in an order consistent with their clocks and
validated as one trace. See docs/conformance.md.

Options:
  --json                one JSON object per trace: {file, ok, steps, verdict,
                        levels: [the verdict of each specification]}
  --spec FILE           the specification (default ${DEFAULT_SPEC_FILE}, the
                        package's own when the current directory has none;
                        spec/MultiPaxos.tla when every trace's header names
                        MultiPaxos, as paxos smr writes them; likewise
                        CompactMultiPaxos and ReconfigMultiPaxos)
  --invariants LIST     comma-separated invariants checked on every state
                        (default ${DEFAULT_INVARIANTS.join(",")}; for MultiPaxos
                        ${SMR_INVARIANTS.join(",")}; for CompactMultiPaxos
                        ${COMPACT_INVARIANTS.join(",")}; "none" for none)
  --max-candidates N    most specification states kept at once for a partial
                        log before the verdict is "undecided" (default 100000)
  --max-tries N         most step validations the search over merge orders
                        of per-node logs may try once a step is rejected
                        (default 20000; it goes back at most 1000 steps)
  --safety-spec FILE    the specification a rejected trace is checked against
                        next, to tell a safe deviation from an unsafe run
                        (default: SafePaxos.tla beside a spec named
                        Paxos.tla; "none" for none)
  --accept-safe-deviation  exit 0 for a safe deviation too

Verdicts: "conforms" (a behaviour of Paxos), "safe-deviation" (Paxos rejects
a step, but every vote is safe and every learned value chosen: the run
refines Voting and Consensus), "unsafe" (both reject it), "undecided".

Exit status: 0 every trace conforms, 1 some trace does not (or undecided),
2 unreadable input (a missing file, a malformed line).`;
/**
 * Validates files as `paxos validate` does: ITF files as ITF traces, per-node
 * logs merged into one run, every other file on its own. Unreadable or
 * malformed input gives an outcome with `error` (one line, `file:line: ...`).
 */
export async function validateFiles(files, options = {}) {
    const out = [];
    const nodeLogs = [];
    const nodeLogAt = new Map();
    for (const file of files) {
        let unreadable;
        try {
            if ((await stat(file)).isDirectory())
                unreadable = "is a directory";
            else
                await access(file, constants.R_OK);
        }
        catch (err) {
            unreadable = unreadableReason(err);
        }
        if (unreadable !== undefined) {
            out.push({ file, error: `${file}: cannot read the trace (${unreadable})` });
            continue;
        }
        if (isItfFile(file)) {
            const text = await readFile(file, "utf8");
            out.push(await guarded(file, () => layeredVerdict(options, (o) => validateItfTrace(text, file, o))));
        }
        else if (await isNodeLogText(createReadStream(file), file)) {
            nodeLogAt.set(file, out.length);
            nodeLogs.push({ file, text: await readFile(file, "utf8") });
            out.push({ file, error: "" }); // placeholder: the merged verdict goes where the first log was
        }
        else {
            // Streamed: a long trace is never held in memory.
            out.push(await guarded(file, () => layeredVerdict(options, (o) => validateTraceFile(file, o))));
        }
    }
    if (nodeLogs.length > 0) {
        const merged = await guarded(nodeLogs.map((l) => l.file).join(", "), () => layeredVerdict(options, (o) => validateNodeLogs(nodeLogs, o)));
        const first = nodeLogAt.get(nodeLogs[0].file);
        out[first] = merged;
        return out.filter((o, i) => i === first || !nodeLogAt.has(o.file));
    }
    return out;
}
async function guarded(file, f) {
    try {
        return await f();
    }
    catch (err) {
        if (err instanceof TraceFormatError)
            return { file, error: err.message };
        if (err instanceof TlaError)
            return { file, error: err.format() };
        throw err;
    }
}
/** The report of one outcome for people; `spec` names the specification it was checked against. */
export function formatOutcome(o, spec = "Paxos") {
    if ("error" in o)
        return o.error;
    const lines = [];
    const indent = (text, by) => text.split("\n").map((l) => `${by}${l}`);
    const layers = o.layers;
    const safetyName = layers?.safetySpec !== undefined ? basename(layers.safetySpec, ".tla") : "";
    if (o.ok)
        lines.push(`${o.file}: ${layers ? `conforms to ${spec}: ` : ""}${formatVerdict(o.verdict)}`);
    else if (layers?.level === "safe-deviation" && layers.safety?.ok) {
        lines.push(`${o.file}: safe deviation: does not follow Paxos at step ${o.steps}, but is safe: every 2a message asks for a safe value and every learned value is chosen (${safetyName}, which implements Voting and Consensus, accepts all ${layers.safety.steps} steps)`, ...indent(formatVerdict(o.verdict), "  "));
    }
    else if (layers?.safety && !layers.safety.ok) {
        const s = layers.safety;
        const what = layers.level === "unsafe" ? "unsafe: rejected by Paxos, and by the safety specification" : "undecided: rejected by Paxos; whether it is safe is undecided";
        lines.push(`${o.file}: ${what}`, "  Paxos:", ...indent(formatVerdict(o.verdict), "    "), `  ${safetyName} (Paxos with any safe value in a 2a message, any chosen value learned):`, ...indent(formatVerdict(s), "    "));
    }
    else
        lines.push(`${o.file}: ${layers?.level === "undecided" ? "undecided" : "rejected"}`, ...indent(formatVerdict(o.verdict), "  "));
    const m = o.merge;
    if (m) {
        if (o.ok)
            lines.push(`  merged ${m.steps} steps of ${m.files.length} per-node logs${m.firstOrderAccepted ? " in clock order" : ` after searching other causally consistent orders (${m.tried} step validations)`}`);
        if (m.conflict) {
            const c = m.conflict;
            const list = (title, xs, most) => {
                lines.push(`  ${title}:${xs.length === 0 ? " none" : ""}`);
                for (const x of xs.slice(0, most))
                    lines.push(`    ${x}`);
                if (xs.length > most)
                    lines.push(`    ... and ${xs.length - most} more`);
            };
            if (c.everyOrder)
                lines.push(`  ${c.step} is rejected wherever the clocks let it be placed: no order of the other steps helps`);
            else {
                lines.push(`  no merge places ${c.step} after the first ${c.placedAfter} steps${c.bounded ? " (within the bound on the search)" : ""}`);
                list("steps concurrent with it (their order with it is free)", c.concurrent, 8);
            }
            list("steps of other nodes that the clocks put after it", c.after, 8);
        }
    }
    return lines.join("\n");
}
/**
 * The JSON object of one verdict: numbers that the engine printed (ballots,
 * values of integer expressions) as JSON numbers, and every file path
 * relative to the current directory, as the user named the logs.
 */
function jsonOutcome(o, specFile = DEFAULT_SPEC_FILE) {
    const layers = o.layers;
    const levels = [{ spec: specFile, ...o.verdict }, ...(layers?.safety && layers.safetySpec !== undefined ? [{ spec: layers.safetySpec, ...layers.safety }] : [])];
    return jsonShape({ file: o.file, ok: o.ok, steps: o.steps, verdict: layers?.level ?? (o.ok ? "conforms" : "rejected"), levels, ...(o.merge ? { merge: o.merge } : {}) }, "");
}
function jsonShape(x, key) {
    if (typeof x === "string") {
        if ((key === "file" || key === "spec") && isAbsolute(x))
            return relative(process.cwd(), x) || ".";
        return /^-?(0|[1-9][0-9]{0,14})$/.test(x) ? Number(x) : x;
    }
    if (Array.isArray(x))
        return x.map((e) => jsonShape(e, ""));
    if (x !== null && typeof x === "object") {
        const out = {};
        for (const [k, v] of Object.entries(x))
            out[k] = k === "text" || k === "reason" || k === "summary" || k === "detail" ? v : jsonShape(v, k);
        return out;
    }
    return x;
}
/** The `validate` subcommand. */
/** The largest header line read to find which specification a trace names. */
const HEADER_LIMIT = 1 << 22;
/** The replicated store's spec file the traces all name in their headers (MultiPaxos, CompactMultiPaxos or ReconfigMultiPaxos), if they agree on one. */
function smrSpecOf(files) {
    const specs = new Set(files.map(headerSpec));
    const [only] = specs;
    return specs.size === 1 && (only === "MultiPaxos" || only === "CompactMultiPaxos" || only === "ReconfigMultiPaxos") ? `spec/${only}.tla` : undefined;
}
/**
 * The `spec` a trace file's header line names (`MultiPaxos` for the traces of
 * the replicated store), or undefined when the file cannot be read or its
 * first line is not such a header: the validation reports that itself.
 */
function headerSpec(file) {
    let fd;
    try {
        fd = openSync(file, "r");
        const chunks = [];
        let size = 0;
        const buf = Buffer.alloc(1 << 16);
        for (;;) {
            const n = readSync(fd, buf, 0, buf.length, null);
            if (n === 0)
                break;
            const chunk = buf.subarray(0, n);
            const nl = chunk.indexOf(10);
            chunks.push(Buffer.from(nl >= 0 ? chunk.subarray(0, nl) : chunk));
            size += n;
            if (nl >= 0 || size > HEADER_LIMIT)
                break;
        }
        const first = Buffer.concat(chunks).toString("utf8");
        if (!first.startsWith("{"))
            return undefined;
        const header = JSON.parse(first);
        return header.kind === "header" && typeof header.spec === "string" ? header.spec : undefined;
    }
    catch (e) {
        // Not JSON, or not a readable file (missing, a folder): validating it reports what is wrong, with its path.
        if (e instanceof SyntaxError || isSystemError(e))
            return undefined;
        throw e;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
export const command = {
    summary: "check traces and per-node logs against the TLA+ specification",
    help: HELP,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, {
            json: { type: "boolean" },
            spec: { type: "string" },
            invariants: { type: "string" },
            "max-candidates": { type: "integer" },
            "max-tries": { type: "integer" },
            "safety-spec": { type: "string" },
            "accept-safe-deviation": { type: "boolean" },
        });
        const acceptSafe = flags["accept-safe-deviation"] === true;
        const safetyFlag = flags["safety-spec"];
        if (positionals.length === 0)
            throw new UsageError("missing the trace file(s) to validate");
        const invText = flags["invariants"];
        const invariants = invText === undefined
            ? undefined
            : invText === "none"
                ? []
                : invText
                    .split(",")
                    .map((s) => s.trim())
                    .filter((s) => s !== "");
        if (invariants?.some((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)))
            throw new UsageError(`option '--invariants' must be a comma-separated list of definition names, got '${invText}'`);
        const maxCandidates = atLeast("max-candidates", flags["max-candidates"], 1);
        const maxTries = atLeast("max-tries", flags["max-tries"], 1);
        const options = {
            specFile: resolveInput(flags["spec"] ?? smrSpecOf(positionals) ?? DEFAULT_SPEC_FILE),
            ...(safetyFlag !== undefined ? { safetySpec: safetyFlag === "none" ? null : resolveInput(safetyFlag) } : {}),
            ...(invariants ? { invariants } : {}),
            ...(maxCandidates !== undefined ? { maxCandidates } : {}),
            ...(maxTries !== undefined ? { maxTries } : {}),
        };
        const outcomes = await validateFiles(positionals, options);
        let code = 0;
        for (const o of outcomes) {
            if ("error" in o) {
                if (flags["json"] === true)
                    console.log(JSON.stringify({ file: o.file, ok: false, error: o.error }));
                else
                    console.error(o.error);
                code = 2;
                continue;
            }
            if (!o.ok && code === 0 && !(acceptSafe && o.layers?.level === "safe-deviation"))
                code = 1;
            if (flags["json"] === true)
                console.log(JSON.stringify(jsonOutcome(o, options.specFile)));
            else
                console.log(formatOutcome(o, basename(options.specFile ?? DEFAULT_SPEC_FILE, ".tla")));
        }
        return code;
    },
};
//# sourceMappingURL=validate.js.map
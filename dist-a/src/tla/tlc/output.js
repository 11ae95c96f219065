/** TLC's message codes that the parser acts on (values from `tlc2.output.EC`). */
export const TlcCode = {
    /** `Assumption X is false.` */
    ASSUMPTION_FALSE: 2104,
    /** `Evaluating assumption X failed.` */
    ASSUMPTION_EVALUATION_ERROR: 2105,
    /** `Invariant X is violated by the initial state:` followed by the state. */
    INVARIANT_VIOLATED_INITIAL: 2107,
    /** `Property X is violated by the initial state:` followed by the state. */
    PROPERTY_VIOLATED_INITIAL: 2108,
    /** `Invariant X is violated.` (after the initial states) */
    INVARIANT_VIOLATED_BEHAVIOR: 2110,
    /** `Evaluating invariant X failed.` */
    INVARIANT_EVALUATION_FAILED: 2111,
    /** `Action property X is violated.` */
    ACTION_PROPERTY_VIOLATED_BEHAVIOR: 2112,
    /** `Evaluating action property X failed.` */
    ACTION_PROPERTY_EVALUATION_FAILED: 2113,
    /** `Deadlock reached.` */
    DEADLOCK_REACHED: 2114,
    /** `Temporal property X was violated.` (or several properties) */
    TEMPORAL_PROPERTY_VIOLATED: 2116,
    /** `The behavior up to this point is:` */
    BEHAVIOR_UP_TO_THIS_POINT: 2121,
    /** `N: Back to state: <Action ...>`: the end of a lasso-shaped liveness counterexample. */
    BACK_TO_STATE: 2122,
    /** A parse failure reported by TLC itself, with a detail appended. */
    PARSING_FAILED2: 2171,
    /** `Finished in 1349ms at (...)` */
    FINISHED: 2186,
    /** `Model checking completed. No error has been found.` */
    SUCCESS: 2193,
    /** `The depth of the complete state graph search is N.` */
    SEARCH_DEPTH: 2194,
    /** `N states generated, M distinct states found, Q states left on queue.` */
    STATS: 2199,
    /** `Progress(D) at ...: N states generated (...), M distinct states found (...), Q states left on queue.` */
    PROGRESS_STATS: 2200,
    /** One state of a counterexample: `N: <Action line .. of module M>` then the variables. */
    STATE_PRINT2: 2217,
    /** `N: Stuttering`: the end of a stuttering liveness counterexample. */
    STATE_PRINT3: 2218,
    /** `TLC2 Version ...` */
    VERSION: 2262,
    /** `Parsing or semantic analysis failed.` */
    PARSING_FAILED: 3002,
};
/** Severity of a TLC message: the number after the colon in `STARTMSG code:severity`. */
export const TlcSeverity = { NONE: 0, ERROR: 1, TLC_BUG: 2, WARNING: 3, STATE: 4 };
/** Whether a message code is one of TLC's configuration-file errors (`TLC_CONFIG_*`, `CFG_*`). */
function isConfigErrorCode(code) {
    return (code >= 2222 && code <= 2245) || code === 2280 || code === 2281 || (code >= 5001 && code <= 5006);
}
/** Integer in TLC's number format (`1,361,380`). */
function parseCount(text) {
    return Number(text.replace(/,/g, ""));
}
const FRAME_START = /^@!@!@STARTMSG (-?\d+):(\d+) @!@!@\s*$/;
const FRAME_END = /^@!@!@ENDMSG (-?\d+) @!@!@\s*$/;
const STATE_HEADER = /^(\d+): <(.*)>\s*$/;
const ACTION_WITH_LOCATION = /^(.*?) (line \d+, col \d+ to line \d+, col \d+ of module \S+)$/;
const SPAN = /line (\d+), col (\d+) to line (\d+), col (\d+) of module (\S+)/;
/** The span format of TLC's "nested expressions" error report (message 2103). */
const NESTED_SPAN = /[Ll]ine (\d+), column (\d+) to line (\d+), column (\d+) in (\S+)/g;
const STATS_TEXT = /^([\d,]+) states? generated, ([\d,]+) distinct states? found, ([\d,]+) states? left on queue\.?/;
const PROGRESS_TEXT = /^Progress\((-?[\d,]+)\) at [^:]+:\d\d:\d\d: ([\d,]+) states generated(?: \(([\d,]+) s\/min\))?, ([\d,-]+) distinct states found(?: \(([\d,]+) ds\/min\))?, ([\d,-]+) states left on queue\.?/;
const DEPTH_TEXT = /^The depth of the complete state graph search is ([\d,]+)\.?/;
/**
 * Splits a counterexample state's variable lines into `name -> value`. TLC
 * prints one variable as `x = 0` and several as a conjunction, one
 * `/\ x = 0` per line; a value too long for one line continues on indented
 * lines, which are joined to it with single spaces.
 */
export function parseStateVariables(lines) {
    const vars = {};
    const body = lines.filter((l) => l.trim() !== "");
    if (body.length === 0)
        return vars;
    const conjunction = body[0].startsWith("/\\ ");
    let current;
    const flush = () => {
        if (current)
            vars[current.name] = current.parts.join(" ");
    };
    for (const line of body) {
        const starts = conjunction ? line.startsWith("/\\ ") : current === undefined;
        const m = starts ? /^(?:\/\\ )?([A-Za-z_][A-Za-z0-9_]*) = (.*)$/.exec(line) : null;
        if (m) {
            flush();
            current = { name: m[1], parts: [m[2].trim()] };
        }
        else if (current) {
            current.parts.push(line.trim());
        }
    }
    flush();
    return vars;
}
/**
 * Reads a state header's inside (`Inc line 7, col 8 to line 7, col 55 of
 * module Counter`, or `Initial predicate`) into action name and location.
 */
function parseActionText(inside) {
    const m = ACTION_WITH_LOCATION.exec(inside);
    return m ? { action: m[1], location: m[2] } : { action: inside };
}
/** TLC's elapsed-time text (`1349ms`, `01s`, `32s`, `01min 05s`, `02h 01min 05s`) in seconds. */
export function parseTlcDuration(text) {
    const ms = /^([\d,]+)ms$/.exec(text.trim());
    if (ms)
        return parseCount(ms[1]) / 1000;
    let seconds = 0;
    let matched = false;
    for (const [, n, unit] of text.matchAll(/(\d+)\s*(d|h|min|s)\b/g)) {
        matched = true;
        seconds += Number(n) * (unit === "d" ? 86400 : unit === "h" ? 3600 : unit === "min" ? 60 : 1);
    }
    return matched ? seconds : undefined;
}
/** TLC's general error code (`EC.GENERAL`), for plain-format errors the parser does not recognise. */
const GENERAL_ERROR = 1000;
/** Plain-format `Error: ...` texts and the message code TLC prints them under with `-tool`. */
const PLAIN_ERRORS = [
    [/^Invariant .+ is violated by the initial state:?$/, TlcCode.INVARIANT_VIOLATED_INITIAL],
    [/^Property .+ is violated by the initial state:?$/, TlcCode.PROPERTY_VIOLATED_INITIAL],
    [/^Invariant .+ is violated\.?$/, TlcCode.INVARIANT_VIOLATED_BEHAVIOR],
    [/^Action property .+ is violated\.?$/, TlcCode.ACTION_PROPERTY_VIOLATED_BEHAVIOR],
    [/^Temporal propert/, TlcCode.TEMPORAL_PROPERTY_VIOLATED],
    [/^Assumption .+ is false\.?$/, TlcCode.ASSUMPTION_FALSE],
    [/^Deadlock reached\.?$/, TlcCode.DEADLOCK_REACHED],
    [/^The behavior up to this point is:?$/, TlcCode.BEHAVIOR_UP_TO_THIS_POINT],
    [/^Parsing or semantic analysis failed/, TlcCode.PARSING_FAILED],
];
/** Other plain-format lines the parser reads, and their `-tool` message codes. */
const PLAIN_MESSAGES = [
    [PROGRESS_TEXT, TlcCode.PROGRESS_STATS],
    [STATS_TEXT, TlcCode.STATS],
    [DEPTH_TEXT, TlcCode.SEARCH_DEPTH],
    [/^Model checking completed\. No error has been found\./, TlcCode.SUCCESS],
    [/^Finished in .+ at /, TlcCode.FINISHED],
    [/^TLC2 Version /, TlcCode.VERSION],
];
/**
 * Consumes TLC's output chunk by chunk (as it arrives from the process) and
 * builds the {@link CheckResult}. Progress reports are passed to `onProgress`
 * as soon as they are read.
 */
export class TlcOutputParser {
    onProgress;
    pending = "";
    framed = false;
    frame;
    /** A message being gathered from the plain (non `-tool`) format, ended by a blank line. */
    plainMessage;
    g = {};
    states = [];
    errors = [];
    sany = "none";
    sawParseError = false;
    sawSemanticError = false;
    parseErrorLocated = false;
    currentFile;
    pendingSemantic;
    constructor(onProgress) {
        this.onProgress = onProgress;
    }
    /** Feeds a chunk of output; incomplete trailing lines wait for the next chunk. */
    push(chunk) {
        const text = this.pending + chunk;
        let start = 0;
        let nl;
        while ((nl = text.indexOf("\n", start)) >= 0) {
            this.line(text.slice(start, nl).replace(/\r$/, ""));
            start = nl + 1;
        }
        this.pending = text.slice(start);
    }
    /** Flushes what is left; call once when the output has ended. */
    end() {
        if (this.pending !== "") {
            const last = this.pending.replace(/\r$/, "");
            this.pending = "";
            this.line(last);
        }
        if (this.frame) {
            this.message(this.frame);
            this.frame = undefined;
        }
        this.endPlainMessage();
        this.endSemanticError();
    }
    /** The TLC version line (`TLC2 Version ...`), when printed. */
    get version() {
        return this.g.version;
    }
    /**
     * The result so far (normally called after {@link end}). `seconds` is the
     * time TLC reports in its `Finished in ...` line, or 0 when it has not
     * printed one.
     */
    result() {
        const g = this.g;
        let outcome;
        let violated = null;
        let message;
        if (g.violation) {
            ({ outcome, violated, message } = g.violation);
        }
        else if (g.parseFailed !== undefined || this.sawParseError || this.sawSemanticError) {
            outcome = this.sawParseError ? "parse-error" : this.sawSemanticError ? "semantic-error" : "parse-error";
            message = this.errors[0]?.message ?? g.parseFailed ?? "Parsing or semantic analysis failed.";
        }
        else if (g.configError !== undefined) {
            outcome = "semantic-error";
            message = g.configError;
        }
        else if (g.firstError !== undefined) {
            outcome = "error";
            message = g.firstError;
        }
        else if (g.success !== undefined) {
            outcome = "success";
            message = g.success;
        }
        else {
            outcome = "error";
            message = "TLC ended without reporting a result.";
        }
        const progress = g.lastProgress;
        const result = {
            outcome,
            violated,
            statesGenerated: g.statesGenerated ?? progress?.generated ?? 0,
            distinctStates: g.distinctStates ?? progress?.distinct ?? 0,
            depth: g.depth ?? progress?.depth ?? 0,
            counterexample: [...this.states],
            seconds: g.tlcSeconds ?? 0,
            errors: [...this.errors],
            message,
        };
        return result;
    }
    // -------------------------------------------------------------------------
    line(line) {
        const start = FRAME_START.exec(line);
        if (start) {
            this.framed = true;
            this.endPlainMessage();
            this.endSemanticError();
            this.sany = "none";
            if (this.frame)
                this.message(this.frame); // an unterminated frame: take what it had
            this.frame = { code: Number(start[1]), severity: Number(start[2]), lines: [] };
            return;
        }
        const end = FRAME_END.exec(line);
        if (end) {
            if (this.frame)
                this.message(this.frame);
            this.frame = undefined;
            return;
        }
        if (this.frame) {
            this.frame.lines.push(line);
            return;
        }
        if (!this.framed && this.plainLine(line))
            return;
        this.sanyLine(line);
    }
    /** Acts on one complete message. */
    message(msg) {
        const text = msg.lines.join("\n").trim();
        const first = msg.lines.find((l) => l.trim() !== "")?.trim() ?? "";
        const g = this.g;
        const violation = (outcome, violated, message) => {
            g.violation ??= { outcome, violated, message };
        };
        let m;
        switch (msg.code) {
            case TlcCode.VERSION:
                g.version = first;
                return;
            case TlcCode.INVARIANT_VIOLATED_BEHAVIOR:
                m = /^Invariant (.+) is violated\.?$/.exec(first);
                violation("invariant", m ? m[1] : null, first);
                return;
            case TlcCode.INVARIANT_VIOLATED_INITIAL:
            case TlcCode.PROPERTY_VIOLATED_INITIAL: {
                m = /^(?:Invariant|Property) (.+) is violated by the initial state:?$/.exec(first);
                const outcome = msg.code === TlcCode.INVARIANT_VIOLATED_INITIAL ? "invariant" : "property";
                const name = m ? m[1] : null;
                violation(outcome, name, `${outcome === "invariant" ? "Invariant" : "Property"} ${name ?? "?"} is violated by the initial state.`);
                const stateLines = msg.lines.slice(msg.lines.findIndex((l) => l.trim() !== "") + 1);
                if (this.states.length === 0) {
                    this.states.push({ index: 1, action: "Initial predicate", vars: parseStateVariables(stateLines) });
                }
                return;
            }
            case TlcCode.ACTION_PROPERTY_VIOLATED_BEHAVIOR:
                m = /^Action property (.+) is violated\.?$/.exec(first);
                violation("property", m ? m[1] : null, first);
                return;
            case TlcCode.TEMPORAL_PROPERTY_VIOLATED: {
                m = /^Temporal propert(?:y|ies) (.+?) (?:was|were) violated\.?$/.exec(first);
                const names = m ? m[1].split(/,? and |, /).filter((s) => s !== "") : [];
                violation("property", names.length > 0 ? names.join(", ") : null, first);
                return;
            }
            case TlcCode.ASSUMPTION_FALSE:
                m = /^Assumption (.+) is false\.?$/.exec(first);
                violation("assumption", m ? m[1] : null, first);
                return;
            case TlcCode.DEADLOCK_REACHED:
                violation("deadlock", null, first || "Deadlock reached.");
                return;
            case TlcCode.STATE_PRINT2:
                this.stateMessage(msg.lines);
                return;
            case TlcCode.BACK_TO_STATE:
            case TlcCode.STATE_PRINT3: {
                m = /^(\d+):\s*(Back to state|Stuttering)(?::\s*<?(.*?)>?)?\s*$/.exec(first);
                if (m) {
                    const loc = m[3] ? parseActionText(m[3]) : undefined;
                    this.states.push({
                        index: Number(m[1]),
                        action: m[2],
                        ...(loc ? { location: loc.location ? `${loc.action} ${loc.location}` : loc.action } : {}),
                        vars: {},
                    });
                }
                return;
            }
            case TlcCode.PROGRESS_STATS:
                this.progress(first);
                return;
            case TlcCode.STATS:
                m = STATS_TEXT.exec(first);
                if (m) {
                    g.statesGenerated = parseCount(m[1]);
                    g.distinctStates = parseCount(m[2]);
                }
                return;
            case TlcCode.SEARCH_DEPTH:
                m = DEPTH_TEXT.exec(first);
                if (m)
                    g.depth = parseCount(m[1]);
                return;
            case TlcCode.SUCCESS:
                g.success ??= first;
                return;
            case TlcCode.FINISHED:
                m = /^Finished in (.+?) at /.exec(first);
                if (m)
                    g.tlcSeconds = parseTlcDuration(m[1]) ?? g.tlcSeconds;
                return;
            case TlcCode.PARSING_FAILED:
            case TlcCode.PARSING_FAILED2:
                g.parseFailed ??= text;
                return;
            default:
                if (msg.severity === TlcSeverity.ERROR || msg.severity === TlcSeverity.TLC_BUG) {
                    if (isConfigErrorCode(msg.code))
                        g.configError ??= text;
                    else if (msg.code !== TlcCode.BEHAVIOR_UP_TO_THIS_POINT && msg.code !== 2120)
                        this.evaluationError(text);
                }
                return;
        }
    }
    /** An error during model checking: keep its first text and the spec locations it names. */
    evaluationError(text) {
        if (this.g.firstError === undefined) {
            this.g.firstError = text;
        }
        for (const m of [...text.matchAll(new RegExp(SPAN.source, "g")), ...text.matchAll(NESTED_SPAN)]) {
            this.errors.push({
                module: m[5],
                line: Number(m[1]),
                col: Number(m[2]),
                endLine: Number(m[3]),
                endCol: Number(m[4]),
            });
        }
    }
    stateMessage(lines) {
        const headerAt = lines.findIndex((l) => l.trim() !== "");
        if (headerAt < 0)
            return;
        const m = STATE_HEADER.exec(lines[headerAt].trim());
        if (!m)
            return;
        const { action, location } = parseActionText(m[2]);
        this.states.push({
            index: Number(m[1]),
            action,
            ...(location !== undefined ? { location } : {}),
            vars: parseStateVariables(lines.slice(headerAt + 1)),
        });
    }
    progress(text) {
        const m = PROGRESS_TEXT.exec(text);
        if (!m)
            return;
        const progress = {
            depth: parseCount(m[1]),
            generated: parseCount(m[2]),
            distinct: parseCount(m[4]),
            queue: parseCount(m[6]),
            ...(m[3] !== undefined ? { generatedPerMinute: parseCount(m[3]) } : {}),
            ...(m[5] !== undefined ? { distinctPerMinute: parseCount(m[5]) } : {}),
        };
        this.g.lastProgress = progress;
        this.onProgress?.(progress);
    }
    // -------------------------------------------------------------------------
    // The plain format (TLC run without -tool): recognise messages by their text.
    /** Returns true when the line belonged to a plain-format message. */
    plainLine(line) {
        if (this.plainMessage && /^(?:Error: |State \d+: |Back to state \d+|Progress\(|[\d,]+ states? generated|The depth of |Finished in )/.test(line)) {
            this.endPlainMessage(); // the next message began without a blank line
        }
        if (this.plainMessage) {
            if (line.trim() === "") {
                this.endPlainMessage();
            }
            else {
                this.plainMessage.lines.push(line);
            }
            return true;
        }
        const state = /^State (\d+): (.*)$/.exec(line);
        if (state) {
            const rest = state[2];
            if (rest.startsWith("<")) {
                this.plainMessage = { code: TlcCode.STATE_PRINT2, severity: TlcSeverity.STATE, lines: [`${state[1]}: ${rest}`] };
            }
            else {
                this.message({ code: TlcCode.STATE_PRINT3, severity: TlcSeverity.STATE, lines: [`${state[1]}: ${rest}`] });
            }
            return true;
        }
        const back = /^Back to state (\d+)(?:: (.*))?$/.exec(line);
        if (back) {
            this.message({ code: TlcCode.BACK_TO_STATE, severity: TlcSeverity.STATE, lines: [`${back[1]}: Back to state${back[2] ? `: ${back[2]}` : ""}`] });
            return true;
        }
        const error = /^Error: (.*)$/.exec(line);
        if (error) {
            const text = error[1];
            const code = PLAIN_ERRORS.find(([pattern]) => pattern.test(text))?.[1] ?? GENERAL_ERROR;
            if (code === TlcCode.INVARIANT_VIOLATED_INITIAL || code === TlcCode.PROPERTY_VIOLATED_INITIAL || code === GENERAL_ERROR) {
                this.plainMessage = { code, severity: TlcSeverity.ERROR, lines: [text] };
            }
            else {
                this.message({ code, severity: TlcSeverity.ERROR, lines: [text] });
            }
            return true;
        }
        const plainCode = PLAIN_MESSAGES.find(([pattern]) => pattern.test(line))?.[1];
        if (plainCode === undefined)
            return false;
        this.message({ code: plainCode, severity: TlcSeverity.NONE, lines: [line] });
        return true;
    }
    endPlainMessage() {
        if (!this.plainMessage)
            return;
        const msg = this.plainMessage;
        this.plainMessage = undefined;
        this.message(msg);
    }
    // -------------------------------------------------------------------------
    // SANY's plain output: parse errors and semantic errors.
    sanyLine(line) {
        const trimmed = line.trim();
        const parsing = /^Parsing file (.+?)(?: \(.*\))?$/.exec(trimmed);
        if (parsing) {
            this.currentFile = parsing[1];
            return;
        }
        // "Semantic processing of module M": nothing to keep (errors name their own module).
        if (/^Semantic processing of module \S+/.test(trimmed))
            return;
        if (trimmed === "***Parse Error***" || /^Lexical error/.test(trimmed)) {
            this.sawParseError = true;
            this.sany = "parse-error";
            if (!/^Lexical error/.test(trimmed))
                return;
        }
        if (trimmed === "Semantic errors:") {
            this.sawSemanticError = true;
            this.sany = "errors";
            return;
        }
        if (/^\*\*\* Errors: \d+/.test(trimmed)) {
            this.endSemanticError();
            if (this.sany !== "parse-error")
                this.sany = "errors";
            return;
        }
        if (/^\*\*\* Warnings: \d+/.test(trimmed)) {
            this.endSemanticError();
            this.sany = "warnings";
            return;
        }
        switch (this.sany) {
            case "parse-error": {
                const module = /^(?:In module|Could not parse module|Fatal errors while parsing TLA\+ spec in file) (\S+)/.exec(trimmed);
                if (module) {
                    for (const e of this.errors)
                        if (e.module === undefined)
                            Object.assign(e, { module: module[1] });
                    return;
                }
                if (/starting at line/.test(trimmed))
                    return; // SANY's residual parser stack
                const at = /at line (\d+), column (\d+)/.exec(trimmed);
                if (at && !this.parseErrorLocated) {
                    this.parseErrorLocated = true;
                    this.errors.push({
                        ...(this.currentFile !== undefined ? { file: this.currentFile } : {}),
                        line: Number(at[1]),
                        col: Number(at[2]),
                        message: trimmed,
                    });
                }
                return;
            }
            case "errors": {
                const span = SPAN.exec(trimmed);
                if (span && span.index === 0) {
                    this.endSemanticError();
                    this.pendingSemantic = {
                        loc: {
                            module: span[5],
                            line: Number(span[1]),
                            col: Number(span[2]),
                            endLine: Number(span[3]),
                            endCol: Number(span[4]),
                        },
                        message: [],
                    };
                    this.sawSemanticError = true;
                    return;
                }
                if (this.pendingSemantic) {
                    if (trimmed === "") {
                        if (this.pendingSemantic.message.length > 0)
                            this.endSemanticError();
                    }
                    else {
                        this.pendingSemantic.message.push(trimmed);
                    }
                }
                return;
            }
            case "warnings":
            case "none":
                return;
        }
    }
    endSemanticError() {
        const p = this.pendingSemantic;
        if (!p)
            return;
        this.pendingSemantic = undefined;
        this.errors.push({ ...p.loc, ...(p.message.length > 0 ? { message: p.message.join(" ") } : {}) });
    }
}
/** Parses a complete TLC output (either format) at once. */
export function parseTlcOutput(text, onProgress) {
    const parser = new TlcOutputParser(onProgress);
    parser.push(text);
    parser.end();
    return parser.result();
}
//# sourceMappingURL=output.js.map
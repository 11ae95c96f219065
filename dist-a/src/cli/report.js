/**
 * How `paxos check` and `paxos tlc` print a {@link CheckResult}: a summary for
 * people, or the {@link CheckResultJson} object for programs.
 *
 * @module
 */
import { match } from "ts-pattern";
import { exitCodeFor } from "../tla/result.js";
const BOLD = "\u001b[1m";
const RESET = "\u001b[0m";
/** `1361380` -> `1,361,380`. */
export function formatCount(n) {
    return n.toLocaleString("en-US");
}
/** Seconds with one decimal (`32.1 s`), or milliseconds under a tenth of a second. */
export function formatSeconds(seconds) {
    if (seconds > 0 && seconds < 0.1)
        return `${Math.round(seconds * 1000)} ms`;
    return `${seconds.toFixed(1)} s`;
}
/** The first line of the summary: what happened, in one sentence. */
export function outcomeLine(result) {
    const name = result.violated ?? "?";
    return match(result.outcome)
        .with("success", () => "Model checking completed: no error found.")
        .with("invariant", () => `Invariant ${name} is violated.`)
        .with("deadlock", () => "Deadlock reached.")
        .with("property", () => `Property ${name} is violated.`)
        .with("assumption", () => (result.message?.startsWith("the POSTCONDITION") ? `Postcondition ${name} is false.` : `Assumption ${name} is false.`))
        .with("parse-error", () => "The specification could not be parsed.")
        .with("semantic-error", () => "The specification or its model is not valid.")
        .with("error", () => `Model checking failed: ${result.message ?? "unknown error"}`)
        .exhaustive();
}
/** `4 states generated, 4 distinct states, depth 4, 1.3 s` (singular forms for 1). */
export function countsLine(result) {
    const states = (n, what) => `${formatCount(n)} ${what}${n === 1 ? "" : "s"}`;
    return `${states(result.statesGenerated, "state")} generated, ${states(result.distinctStates, "distinct state")}, depth ${formatCount(result.depth)}, ${formatSeconds(result.seconds)}`;
}
/** One error location: `file:line:col: message`, or `module M, line L, col C: message`. */
function formatErrorLocation(e) {
    const where = e.file !== undefined ? `${e.file}:${e.line}:${e.col}` : `${e.module !== undefined ? `module ${e.module}, ` : ""}line ${e.line}, col ${e.col}`;
    return e.message !== undefined ? `${where}: ${e.message}` : where;
}
/**
 * The counterexample as numbered states: every variable of the first state,
 * then for each later state every variable again, the ones the step changed
 * marked with `*` (and bold when `color`), unchanged ones indented. A
 * liveness counterexample (a lasso) ends as TLC's does, with `Back to state
 * N` (the last state's step goes back to state N, and the behaviour loops
 * from there) or `State N: Stuttering` (it stays in the last state forever).
 */
function formatCounterexample(result, options = {}) {
    const lines = [];
    let previous;
    for (const state of result.counterexample) {
        const where = state.location !== undefined ? ` (${state.location})` : "";
        if (isLoopMarker(state)) {
            lines.push(state.action === "Stuttering" ? `State ${state.index}: Stuttering` : `Back to state ${state.index}${where}`);
            continue;
        }
        const names = Object.keys(state.vars);
        const changed = previous === undefined ? [] : names.filter((n) => previous[n] !== state.vars[n]);
        const note = previous === undefined || names.length === 0 ? "" : changed.length === 0 ? "  [no change]" : `  [changed: ${changed.join(", ")}]`;
        lines.push(`State ${state.index}: ${state.action}${where}${note}`);
        const width = Math.max(0, ...names.map((n) => n.length));
        for (const name of names) {
            const text = `${name.padEnd(width)} = ${state.vars[name]}`;
            if (previous !== undefined && changed.includes(name)) {
                lines.push(options.color ? `* ${BOLD}${text}${RESET}` : `* ${text}`);
            }
            else {
                lines.push(`  ${text}`);
            }
        }
        if (names.length > 0)
            previous = state.vars;
    }
    return lines;
}
/** The entry that closes a lasso (`Back to state N`, `Stuttering`), not a state. */
function isLoopMarker(state) {
    return (state.action === "Back to state" || state.action === "Stuttering") && Object.keys(state.vars).length === 0;
}
/**
 * A human summary of a run: the outcome line, the counts, the counterexample
 * (if any) and the error locations (if any), one item per line.
 */
export function formatSummary(result, options = {}) {
    const lines = [outcomeLine(result)];
    const nothingExplored = result.outcome === "error" && result.statesGenerated === 0;
    if (result.outcome !== "parse-error" && result.outcome !== "semantic-error" && !nothingExplored)
        lines.push(countsLine(result));
    if (result.counterexample.length > 0) {
        const n = result.counterexample.filter((s) => !isLoopMarker(s)).length;
        const lasso = n < result.counterexample.length ? ", a lasso" : "";
        lines.push("", `Counterexample (${n} state${n === 1 ? "" : "s"}${lasso}):`, ...formatCounterexample(result, options));
    }
    if (result.errors.length > 0) {
        lines.push("", ...result.errors.map(formatErrorLocation));
    }
    else if ((result.outcome === "parse-error" || result.outcome === "semantic-error") && result.message !== undefined) {
        lines.push(result.message);
    }
    return lines.join("\n");
}
/** Exactly the {@link CheckResultJson} fields, in their documented order. */
export function toJson(result) {
    return {
        outcome: result.outcome,
        violated: result.violated,
        statesGenerated: result.statesGenerated,
        distinctStates: result.distinctStates,
        depth: result.depth,
        counterexample: result.counterexample.map((s) => ({
            index: s.index,
            action: s.action,
            ...(s.location !== undefined ? { location: s.location } : {}),
            vars: { ...s.vars },
        })),
        seconds: result.seconds,
    };
}
/**
 * Prints a result as `paxos check` and `paxos tlc` do: the JSON shape with
 * `--json`, else the human summary (in colour on a terminal unless NO_COLOR
 * is set). Returns the exit code for the outcome.
 */
export function printResult(result, json) {
    if (json) {
        console.log(JSON.stringify(toJson(result), null, 2));
    }
    else {
        const color = process.stdout.isTTY === true && !process.env["NO_COLOR"];
        console.log(formatSummary(result, { color }));
    }
    return exitCodeFor(result.outcome);
}
//# sourceMappingURL=report.js.map
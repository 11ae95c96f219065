import { type CheckResult, type CheckResultJson } from "../tla/result.js";
/** Options of {@link formatSummary}. */
export interface SummaryOptions {
    /** Highlight changed variables with ANSI bold (for terminals). Default false. */
    readonly color?: boolean;
}
/** `1361380` -> `1,361,380`. */
export declare function formatCount(n: number): string;
/** Seconds with one decimal (`32.1 s`), or milliseconds under a tenth of a second. */
export declare function formatSeconds(seconds: number): string;
/** The first line of the summary: what happened, in one sentence. */
export declare function outcomeLine(result: CheckResult): string;
/** `4 states generated, 4 distinct states, depth 4, 1.3 s` (singular forms for 1). */
export declare function countsLine(result: CheckResultJson): string;
/**
 * A human summary of a run: the outcome line, the counts, the counterexample
 * (if any) and the error locations (if any), one item per line.
 */
export declare function formatSummary(result: CheckResult, options?: SummaryOptions): string;
/** Exactly the {@link CheckResultJson} fields, in their documented order. */
export declare function toJson(result: CheckResultJson): CheckResultJson;
/**
 * Prints a result as `paxos check` and `paxos tlc` do: the JSON shape with
 * `--json`, else the human summary (in colour on a terminal unless NO_COLOR
 * is set). Returns the exit code for the outcome.
 */
export declare function printResult(result: CheckResult, json: boolean): 0 | 1 | 2;

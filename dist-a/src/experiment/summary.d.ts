import type { ExperimentProtocol } from "./protocols.js";
import type { Distribution } from "./statistics.js";
import type { ExperimentPlan, PointRuns } from "./sweep.js";
/** The figures of one point. */
export interface PointSummary {
    /** Position in the sweep, from 1. */
    readonly point: number;
    /** Every parameter's value in force, canonical text. */
    readonly parameters: Readonly<Record<string, string>>;
    readonly runs: number;
    /** Runs that succeeded (decided, or answered every request) within the budget. */
    readonly succeeded: number;
    /** `succeeded / runs`. */
    readonly successShare: number;
    /** Each metric's distribution, by {@link Metric.key}. */
    readonly figures: Readonly<Record<string, Distribution>>;
}
/** The summary of one point's runs. */
export declare function summarizePoint<O, R>(protocol: ExperimentProtocol<O, R>, points: PointRuns<O, R>): PointSummary;
/** The columns of `runs.csv`: the point, the run, its seed, every parameter, then the protocol's figures. */
export declare function runColumns<O, R>(protocol: ExperimentProtocol<O, R>): string[];
/** `runs.csv`: one row per run, every parameter and every figure. */
export declare function runsCsv<O, R>(protocol: ExperimentProtocol<O, R>, results: readonly PointRuns<O, R>[]): string;
/** The columns of `summary.csv`. */
export declare function summaryColumns<O, R>(protocol: ExperimentProtocol<O, R>): string[];
/** `summary.csv`: one row per point. */
export declare function summaryCsv<O, R>(protocol: ExperimentProtocol<O, R>, summaries: readonly PointSummary[]): string;
/**
 * A Markdown table of the summaries: the varied parameters, then runs decided,
 * and the median (and p95) of each metric. Used on the terminal, in
 * `index.md` and in the guide.
 */
export declare function summaryMarkdown<O, R>(plan: ExperimentPlan<O, R>, summaries: readonly PointSummary[]): string;
/** A summary as plain JSON data (for `--json`). */
export declare function summaryJson<O, R>(protocol: ExperimentProtocol<O, R>, s: PointSummary): Record<string, unknown>;

import type { SimulationOptions, SimulationResult, SmrOptions, SmrResult } from "../cluster/index.js";
import type { CsvCell } from "./csv.js";
import type { OptionsDraft, ParameterDefinition } from "./parameters.js";
/** A figure summarised per point (mean, median and 95th percentile over the runs it applies to). */
export interface Metric<R> {
    /** Its key in {@link PointSummary.figures}. */
    readonly key: string;
    /** Its name in CSV headers (`<column>_mean`, ...). */
    readonly column: string;
    /** Its name in `--json` output. */
    readonly json: string;
    /** A title for plots: `protocol messages to decision`. */
    readonly title: string;
    /** Its column in the Markdown table: a short name and the statistic shown with its p95. */
    readonly table: {
        readonly name: string;
        readonly statistic: "mean" | "median";
        readonly decimals: number;
        readonly p95Decimals?: number;
    };
    readonly unit: string;
    /** Which runs it is taken over, in words (`decided runs`, `all runs`). */
    readonly over: string;
    /** The figure of one run, or `null` when the run does not count for it. */
    value(result: R): number | null;
}
/** One column of `runs.csv` beyond the point, the run, the seed and the parameters. */
export interface RunColumn<R> {
    readonly name: string;
    value(result: R): CsvCell;
}
/** A protocol as an experiment sees it: options `O`, results `R`. */
export interface ExperimentProtocol<O, R> {
    /** As given to `--protocol`. */
    readonly name: string;
    /** In words, for the index page: `single-decree Paxos`. */
    readonly title: string;
    /** Its parameters, in the order of their CSV columns. */
    readonly parameters: readonly ParameterDefinition<O>[];
    /** Fills in the defaults and checks the options of a point (an {@link ExperimentError} when they are refused). */
    resolve(draft: OptionsDraft<O>): O;
    /** Runs one simulation. */
    run(options: O, seed: string): R;
    /** What a run that succeeded achieved: `decided` (every learner learned) or `answered` (every request answered). */
    readonly success: {
        readonly column: string;
        readonly meaning: string;
        test(result: R): boolean;
    };
    readonly metrics: readonly Metric<R>[];
    readonly runColumns: readonly RunColumn<R>[];
}
/** Single-decree Paxos: does a value get decided, how fast, at what cost. */
export declare const PAXOS_EXPERIMENT: ExperimentProtocol<SimulationOptions, SimulationResult>;
/** The replicated key-value store: how many commands it serves, how fast, at what cost, under which faults. */
export declare const MULTIPAXOS_EXPERIMENT: ExperimentProtocol<SmrOptions, SmrResult>;
/** The protocols an experiment can run, by name. */
export declare const EXPERIMENT_PROTOCOLS: {
    readonly paxos: ExperimentProtocol<SimulationOptions, SimulationResult>;
    readonly multipaxos: ExperimentProtocol<SmrOptions, SmrResult>;
};

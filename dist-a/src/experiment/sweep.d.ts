import type { ParameterDefinition, ParameterValue } from "./parameters.js";
import type { ExperimentProtocol } from "./protocols.js";
/** One varied parameter and its values, in the order given. */
export interface Axis {
    readonly parameter: string;
    readonly values: readonly ParameterValue[];
    /** The values in canonical text form, same order. */
    readonly labels: readonly string[];
}
/** One parameter fixed for the whole experiment. */
export interface Setting {
    readonly parameter: string;
    readonly value: ParameterValue;
    readonly label: string;
}
/** Everything an experiment depends on. */
export interface ExperimentPlan<O, R> {
    /** The protocol simulated at every point. */
    readonly protocol: ExperimentProtocol<O, R>;
    readonly axes: readonly Axis[];
    readonly settings: readonly Setting[];
    /** Runs per point, at least 1. */
    readonly runs: number;
    /** The base seed from which every run's seed is derived. */
    readonly seed: string;
}
/** One combination of axis values, with the simulation options it stands for. */
export interface Point<O> {
    /** Position in the sweep, from 1; the first axis varies slowest. */
    readonly index: number;
    /** Index into each axis's values, in axis order. */
    readonly coordinates: readonly number[];
    /** Every parameter's value in force at this point, in canonical text form. */
    readonly parameters: Readonly<Record<string, string>>;
    /** The resolved options (defaults filled in), without a seed. */
    readonly options: O;
}
/** The figures kept from one run. */
export interface RunRecord<R> {
    /** Run number within its point, from 1. */
    readonly run: number;
    readonly seed: string;
    readonly result: R;
}
/** A point and its runs, in run order. */
export interface PointRuns<O, R> {
    readonly point: Point<O>;
    readonly runs: readonly RunRecord<R>[];
}
/** The seed of run `run` (from 1) at every point of an experiment with base seed `base`. */
export declare function runSeed(base: string, run: number): string;
/** The definition of the parameter `name` of `protocol`, or an {@link ExperimentError} listing the known names. */
export declare function parameterNamed<O, R>(protocol: ExperimentProtocol<O, R>, name: string): ParameterDefinition<O>;
/** Reads one `--vary` argument: `name=v1,v2,...` (at least one value, no value twice). */
export declare function parseAxis<O, R>(protocol: ExperimentProtocol<O, R>, text: string): Axis;
/** Reads one `--set` argument: `name=value`. */
export declare function parseSetting<O, R>(protocol: ExperimentProtocol<O, R>, text: string): Setting;
/**
 * Builds a plan from command-line texts, checking that no parameter is varied
 * twice, set twice, or both varied and set, and that `runs` is at least 1.
 */
export declare function planExperiment<O, R>(input: {
    readonly protocol: ExperimentProtocol<O, R>;
    readonly vary: readonly string[];
    readonly set: readonly string[];
    readonly runs: number;
    readonly seed: string;
}): ExperimentPlan<O, R>;
/** How many points the plan has: the product of its axes' lengths. */
export declare function pointCount<O, R>(plan: ExperimentPlan<O, R>): number;
/**
 * The points of the plan, first axis slowest, each with resolved and checked
 * options. A point whose options the simulator refuses (out of range, or a
 * quorum system whose quorums do not intersect) is an {@link ExperimentError}
 * naming the point, raised before anything runs.
 */
export declare function expandPoints<O, R>(plan: ExperimentPlan<O, R>): Point<O>[];
/**
 * Runs the whole plan, point after point, run after run, calling `progress`
 * after each run with the runs done and the total. Deterministic: the same
 * plan gives the same records.
 */
export declare function runExperiment<O, R>(plan: ExperimentPlan<O, R>, progress?: (done: number, total: number) => void): PointRuns<O, R>[];

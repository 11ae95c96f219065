/**
 * Summary statistics over the runs of one point. Each takes the values in
 * any order and returns `null` for an empty list (no run to measure, e.g. no
 * run decided), so that a missing figure is never shown as a zero.
 *
 * @module
 */
/** The arithmetic mean, or `null` for no values. */
export declare function mean(values: readonly number[]): number | null;
/** The median: the middle value, or the mean of the two middle values for an even count; `null` for no values. */
export declare function median(values: readonly number[]): number | null;
/**
 * The `q`-quantile by the nearest-rank method: the smallest value such that
 * at least a fraction `q` of the values are at or below it, i.e. the value of
 * rank `ceil(q * n)` (1-based) in ascending order. Always one of the values,
 * never an interpolation. `null` for no values.
 */
export declare function nearestRank(values: readonly number[], q: number): number | null;
/** The 95th percentile by the nearest-rank method (see {@link nearestRank}). */
export declare function p95(values: readonly number[]): number | null;
/** Mean, median and 95th percentile of a list of values. */
export interface Distribution {
    readonly mean: number | null;
    readonly median: number | null;
    readonly p95: number | null;
}
/** The {@link Distribution} of `values`. */
export declare function distribution(values: readonly number[]): Distribution;

/**
 * Summary statistics over the runs of one point. Each takes the values in
 * any order and returns `null` for an empty list (no run to measure, e.g. no
 * run decided), so that a missing figure is never shown as a zero.
 *
 * @module
 */
/** The values sorted ascending, as a new array. */
function sorted(values) {
    return [...values].sort((a, b) => a - b);
}
/** The arithmetic mean, or `null` for no values. */
export function mean(values) {
    if (values.length === 0)
        return null;
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
/** The median: the middle value, or the mean of the two middle values for an even count; `null` for no values. */
export function median(values) {
    if (values.length === 0)
        return null;
    const s = sorted(values);
    const mid = s.length >> 1;
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/**
 * The `q`-quantile by the nearest-rank method: the smallest value such that
 * at least a fraction `q` of the values are at or below it, i.e. the value of
 * rank `ceil(q * n)` (1-based) in ascending order. Always one of the values,
 * never an interpolation. `null` for no values.
 */
export function nearestRank(values, q) {
    if (values.length === 0)
        return null;
    if (!(q > 0 && q <= 1))
        throw new RangeError(`a quantile must be in (0, 1], got ${q}`);
    const s = sorted(values);
    const rank = Math.ceil(q * s.length - 1e-9);
    return s[Math.max(1, rank) - 1];
}
/** The 95th percentile by the nearest-rank method (see {@link nearestRank}). */
export function p95(values) {
    return nearestRank(values, 0.95);
}
/** The {@link Distribution} of `values`. */
export function distribution(values) {
    return { mean: mean(values), median: median(values), p95: p95(values) };
}
//# sourceMappingURL=statistics.js.map
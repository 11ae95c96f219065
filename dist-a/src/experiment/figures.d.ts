import type { PointSummary } from "./summary.js";
import type { ExperimentPlan, Point } from "./sweep.js";
/** One plot file. */
export interface Figure {
    /** File name inside the output folder, e.g. `messages.svg` or `messages-crash=0.1.svg`. */
    readonly file: string;
    readonly title: string;
    /** The fixed values of the axes beyond the second, e.g. `crash=0.1`; empty when there are at most two axes. */
    readonly panel: string;
    readonly svg: string;
}
/**
 * The figures for `points` (in sweep order) and their `summaries` (same
 * order). Deterministic: the same figures give the same bytes.
 */
export declare function experimentFigures<O, R>(plan: ExperimentPlan<O, R>, points: readonly Point<O>[], summaries: readonly PointSummary[]): Figure[];

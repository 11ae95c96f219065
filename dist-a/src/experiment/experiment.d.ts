import type { Figure } from "./figures.js";
import type { PointSummary } from "./summary.js";
import type { ExperimentPlan, PointRuns } from "./sweep.js";
/** What an experiment produced. */
export interface ExperimentOutcome<O, R> {
    readonly plan: ExperimentPlan<O, R>;
    readonly results: readonly PointRuns<O, R>[];
    readonly summaries: readonly PointSummary[];
    readonly figures: readonly Figure[];
}
/** Runs the plan (reporting each finished run to `progress`), summarises it and draws its figures. */
export declare function conductExperiment<O, R>(plan: ExperimentPlan<O, R>, progress?: (done: number, total: number) => void): ExperimentOutcome<O, R>;
/** Quotes a command-line word for a POSIX shell when it needs it. */
export declare function shellWord(word: string): string;
/** Every output file's name and content, in a fixed order. */
export declare function experimentFiles<O, R>(outcome: ExperimentOutcome<O, R>, command: string): Map<string, string>;
/** Writes the files into `dir` (created if needed); returns their paths. */
export declare function writeExperimentFolder(dir: string, files: ReadonlyMap<string, string>): string[];

/**
 * Progress reports for long work, on stderr.
 *
 * On a terminal, one line is rewritten in place at most every two seconds:
 * for model checking `generated 1.2M, distinct 180k, queue 3k, 41k states/s`;
 * for work with a known total (simulator sweeps) a bar with percentage and
 * ETA. When stderr is not a terminal nothing is printed unless asked for
 * (`--progress`), and then each report is a line of its own.
 *
 * @module
 */
/** Where reports go: `process.stderr`, or anything with `write` (tests). */
export interface ProgressStream {
    readonly isTTY?: boolean;
    write(text: string): unknown;
}
/** Options of {@link ProgressReporter}. */
export interface ProgressOptions {
    /** Default `process.stderr`. */
    readonly stream?: ProgressStream;
    /** Report even when the stream is not a terminal (the `--progress` flag). */
    readonly force?: boolean;
    /** Least time between two reports, in milliseconds. Default 2000. */
    readonly intervalMs?: number;
    /** Clock in milliseconds, for tests. Default `performance.now`. */
    readonly now?: () => number;
}
/** Model-checking figures: states generated, distinct states, states waiting. */
export interface StateCounts {
    readonly generated: number;
    readonly distinct: number;
    readonly queue?: number;
}
/** `950`, `3.4k`, `180k`, `1.2M`, `2.5G`: a count in at most four characters and a unit. */
export declare function compactNumber(n: number): string;
/** `12s`, `3m05s`, `1h02m`: a duration for an ETA. */
export declare function formatDuration(seconds: number): string;
/** `generated 1.2M, distinct 180k, queue 3k, 41k states/s` (rate omitted when unknown). */
export declare function formatStateCounts(counts: StateCounts, statesPerSecond?: number): string;
/** `[#########-----------]  45% 450/1,000 runs, ETA 12s`: a bar for work with a known total. */
export declare function formatBar(done: number, total: number, elapsedSeconds: number, label?: string, width?: number): string;
/**
 * Prints progress reports at most every `intervalMs`: in place on a
 * terminal, as separate lines when forced on another stream, not at all
 * otherwise.
 */
export declare class ProgressReporter {
    /** Whether anything is printed at all. */
    readonly enabled: boolean;
    private readonly stream;
    private readonly tty;
    private readonly intervalMs;
    private readonly now;
    private readonly startedAt;
    private lastReportAt;
    private lastGenerated;
    private lineShown;
    constructor(options?: ProgressOptions);
    /** Reports model-checking figures; the rate is measured between consecutive reports. */
    states(counts: StateCounts): void;
    /** Reports `done` of `total` units of work (e.g. `runs`). */
    count(done: number, total: number, label?: string): void;
    /** Reports a line of free text (e.g. `waiting for a leader: n1 up, n2 down`). */
    message(text: string): void;
    /** Ends reporting: clears the line on a terminal. */
    finish(): void;
    /** Prints `text` if the interval has passed (or `always`); returns whether it did. */
    private show;
}

/**
 * A streaming parser of TLC's console output.
 *
 * With `-tool`, TLC frames every message it prints:
 *
 * ```
 * @!@!@STARTMSG 2110:1 @!@!@
 * Invariant Small is violated.
 * @!@!@ENDMSG 2110 @!@!@
 * ```
 *
 * The number before the colon is the message code (TLC's `tlc2.output.EC`),
 * the one after it the severity (0 plain, 1 error, 2 TLC bug, 3 warning,
 * 4 state). SANY, TLC's front end, prints its parse and semantic errors as
 * plain lines between frames. Without `-tool`, TLC prints the same messages
 * unframed, with `Error: ` and `State N: ` prefixes; {@link TlcOutputParser}
 * recognises that format too, by the text of the lines, as a fallback.
 *
 * Codes and lines the parser does not know are skipped.
 *
 * @module
 */
import type { CheckResult } from "../result.js";
/** TLC's message codes that the parser acts on (values from `tlc2.output.EC`). */
export declare const TlcCode: {
    /** `Assumption X is false.` */
    readonly ASSUMPTION_FALSE: 2104;
    /** `Evaluating assumption X failed.` */
    readonly ASSUMPTION_EVALUATION_ERROR: 2105;
    /** `Invariant X is violated by the initial state:` followed by the state. */
    readonly INVARIANT_VIOLATED_INITIAL: 2107;
    /** `Property X is violated by the initial state:` followed by the state. */
    readonly PROPERTY_VIOLATED_INITIAL: 2108;
    /** `Invariant X is violated.` (after the initial states) */
    readonly INVARIANT_VIOLATED_BEHAVIOR: 2110;
    /** `Evaluating invariant X failed.` */
    readonly INVARIANT_EVALUATION_FAILED: 2111;
    /** `Action property X is violated.` */
    readonly ACTION_PROPERTY_VIOLATED_BEHAVIOR: 2112;
    /** `Evaluating action property X failed.` */
    readonly ACTION_PROPERTY_EVALUATION_FAILED: 2113;
    /** `Deadlock reached.` */
    readonly DEADLOCK_REACHED: 2114;
    /** `Temporal property X was violated.` (or several properties) */
    readonly TEMPORAL_PROPERTY_VIOLATED: 2116;
    /** `The behavior up to this point is:` */
    readonly BEHAVIOR_UP_TO_THIS_POINT: 2121;
    /** `N: Back to state: <Action ...>`: the end of a lasso-shaped liveness counterexample. */
    readonly BACK_TO_STATE: 2122;
    /** A parse failure reported by TLC itself, with a detail appended. */
    readonly PARSING_FAILED2: 2171;
    /** `Finished in 1349ms at (...)` */
    readonly FINISHED: 2186;
    /** `Model checking completed. No error has been found.` */
    readonly SUCCESS: 2193;
    /** `The depth of the complete state graph search is N.` */
    readonly SEARCH_DEPTH: 2194;
    /** `N states generated, M distinct states found, Q states left on queue.` */
    readonly STATS: 2199;
    /** `Progress(D) at ...: N states generated (...), M distinct states found (...), Q states left on queue.` */
    readonly PROGRESS_STATS: 2200;
    /** One state of a counterexample: `N: <Action line .. of module M>` then the variables. */
    readonly STATE_PRINT2: 2217;
    /** `N: Stuttering`: the end of a stuttering liveness counterexample. */
    readonly STATE_PRINT3: 2218;
    /** `TLC2 Version ...` */
    readonly VERSION: 2262;
    /** `Parsing or semantic analysis failed.` */
    readonly PARSING_FAILED: 3002;
};
/** Severity of a TLC message: the number after the colon in `STARTMSG code:severity`. */
export declare const TlcSeverity: {
    readonly NONE: 0;
    readonly ERROR: 1;
    readonly TLC_BUG: 2;
    readonly WARNING: 3;
    readonly STATE: 4;
};
/** One message of TLC's output: its code, severity and text lines. */
export interface TlcMessage {
    readonly code: number;
    readonly severity: number;
    readonly lines: readonly string[];
}
/** A progress report TLC prints while it runs (message 2200, about once a minute). */
export interface TlcProgress {
    /** The BFS level reached so far (the number in `Progress(N)`). */
    readonly depth: number;
    readonly generated: number;
    readonly distinct: number;
    /** States waiting on the queue. */
    readonly queue: number;
    /** TLC's own rate figures, when printed (`s/min`, `ds/min`). */
    readonly generatedPerMinute?: number;
    readonly distinctPerMinute?: number;
}
/**
 * Splits a counterexample state's variable lines into `name -> value`. TLC
 * prints one variable as `x = 0` and several as a conjunction, one
 * `/\ x = 0` per line; a value too long for one line continues on indented
 * lines, which are joined to it with single spaces.
 */
export declare function parseStateVariables(lines: readonly string[]): Record<string, string>;
/** TLC's elapsed-time text (`1349ms`, `01s`, `32s`, `01min 05s`, `02h 01min 05s`) in seconds. */
export declare function parseTlcDuration(text: string): number | undefined;
/**
 * Consumes TLC's output chunk by chunk (as it arrives from the process) and
 * builds the {@link CheckResult}. Progress reports are passed to `onProgress`
 * as soon as they are read.
 */
export declare class TlcOutputParser {
    private readonly onProgress?;
    private pending;
    private framed;
    private frame;
    /** A message being gathered from the plain (non `-tool`) format, ended by a blank line. */
    private plainMessage;
    private readonly g;
    private readonly states;
    private readonly errors;
    private sany;
    private sawParseError;
    private sawSemanticError;
    private parseErrorLocated;
    private currentFile;
    private pendingSemantic;
    constructor(onProgress?: ((progress: TlcProgress) => void) | undefined);
    /** Feeds a chunk of output; incomplete trailing lines wait for the next chunk. */
    push(chunk: string): void;
    /** Flushes what is left; call once when the output has ended. */
    end(): void;
    /** The TLC version line (`TLC2 Version ...`), when printed. */
    get version(): string | undefined;
    /**
     * The result so far (normally called after {@link end}). `seconds` is the
     * time TLC reports in its `Finished in ...` line, or 0 when it has not
     * printed one.
     */
    result(): CheckResult;
    private line;
    /** Acts on one complete message. */
    private message;
    /** An error during model checking: keep its first text and the spec locations it names. */
    private evaluationError;
    private stateMessage;
    private progress;
    /** Returns true when the line belonged to a plain-format message. */
    private plainLine;
    private endPlainMessage;
    private sanyLine;
    private endSemanticError;
}
/** Parses a complete TLC output (either format) at once. */
export declare function parseTlcOutput(text: string, onProgress?: (progress: TlcProgress) => void): CheckResult;

import type { CheckResult } from "../result.js";
import { type TlcTools } from "./locate.js";
import { type TlcProgress } from "./output.js";
/** What to check and how. */
export interface RunTlcOptions {
    /** The model: a TLC configuration file. */
    readonly cfg: string;
    /** The specification module; default: the `.tla` of the same base name beside `cfg`. */
    readonly spec?: string;
    /** TLC worker threads (`-workers`): a count, or `"auto"` for one per core. Default 1. */
    readonly workers?: number | "auto";
    /** Called with each progress report TLC prints (about once a minute). */
    readonly onProgress?: (progress: TlcProgress) => void;
    /** Aborting it stops TLC; the returned promise then rejects. */
    readonly signal?: AbortSignal;
    /** `java` and the jar; default: {@link locateTlc}. */
    readonly tools?: TlcTools;
}
/** The TLC result, plus what the process said about itself. */
export interface TlcRunResult extends CheckResult {
    /** TLC's process exit code (0 ok, 10 assumption, 11 deadlock, 12 safety, 13 liveness, 150 parse error, ...). */
    readonly exitCode: number | null;
    /** The `TLC2 Version ...` line, when printed. */
    readonly tlcVersion?: string;
}
/** The specification module checked for a model: its `.tla` path. */
export declare function specForModel(cfg: string, spec?: string): string;
/** Checks that the model and its module exist; throws a {@link TlaError} for people when not. */
export declare function checkModelFiles(cfg: string, spec?: string): {
    cfg: string;
    spec: string;
};
/**
 * Runs TLC on a model and returns its verdict. `seconds` is the wall-clock
 * time of the whole run (JVM start included), to the millisecond.
 *
 * Throws {@link TlcUnavailableError} when `java` or the jar is missing, and
 * {@link TlaError} when the model or its module does not exist.
 */
export declare function runTlc(options: RunTlcOptions): Promise<TlcRunResult>;

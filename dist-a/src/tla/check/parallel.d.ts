import { type TlaErrorKind } from "../errors.js";
import type { CheckResult } from "../result.js";
import type { Loc } from "../syntax/ast.js";
import type { Model } from "../model.js";
import { type CheckOptions } from "./bfs.js";
/** Where a worker finds the model: the files `loadModel` was given. */
export interface ModelSource {
    readonly cfg: string;
    readonly spec?: string;
    readonly libraryPaths?: readonly string[];
}
/** How to check in parallel. */
export interface ParallelOptions extends CheckOptions {
    /** Worker threads (1: the single-threaded search, in this thread). */
    readonly workers: number;
    /** Slots of the shared fingerprint set at the start (default 2^20; it doubles when crowded). */
    readonly initialSlots?: number;
    /**
     * For measurements: the CPU milliseconds each worker spent loading the
     * model (`level` 0) and then on each level (with the states it gave or
     * took before it), where the system reports a thread's CPU time (Linux).
     * The longest of each level is about what the level would take with a core
     * per worker.
     */
    readonly onWorkerCpu?: (level: number, cpuMs: readonly number[]) => void;
}
/** What a worker is started with. */
export interface WorkerSetup {
    readonly id: number;
    readonly cfg: string;
    readonly spec?: string;
    readonly libraryPaths: readonly string[];
    readonly deadlock: boolean;
    readonly maxStates?: number;
    readonly table: SharedArrayBuffer;
    /** Per worker: states generated in the current level, states queued (for progress reports). */
    readonly stats: SharedArrayBuffer;
}
/** A violation, deadlock or evaluation error a worker met while expanding the state `parent`. */
export interface WorkerEvent {
    /** Index of the state being expanded (for a stored violating state: a state it was reached from). */
    parent: number;
    /** The successor's fingerprint; for deadlocks and errors while generating, hi is the least integer (they come first). */
    hi: number;
    lo: number;
    kind: "invariant" | "property" | "deadlock" | "error";
    name: string | null;
    message: string;
    /** Whether the violating successor is stored (its parent is then the least the shared set keeps). */
    stored: boolean;
    loc?: Loc;
    tlaKind?: TlaErrorKind;
}
/** Messages to a worker. */
export type ToWorker = {
    kind: "take";
    words: Int32Array<ArrayBuffer>;
} | {
    kind: "give";
    count: number;
} | {
    kind: "level";
    level: number;
    fps: SharedArrayBuffer;
    offset: number;
    table: SharedArrayBuffer;
} | {
    kind: "resume";
    table: SharedArrayBuffer;
} | {
    kind: "stop";
};
/** Messages from a worker: one answer to each message, or `failed`. */
export type FromWorker = {
    kind: "ready";
    cpuMs?: number;
} | {
    kind: "failed";
    message: string;
} | {
    kind: "taken";
} | {
    kind: "given";
    words: Int32Array<ArrayBuffer>;
} | {
    kind: "done";
    fps: Int32Array<ArrayBuffer>;
    generated: number;
    events: WorkerEvent[];
    stopped: boolean;
    cpuMs?: number;
} | {
    kind: "paused";
};
/** Whether event `a` comes before `b`: by the index of the state expanded, then deadlocks and errors while generating, then by fingerprint. */
export declare function before(a: WorkerEvent, b: WorkerEvent): boolean;
/**
 * Checks a model breadth-first on `options.workers` worker threads (each
 * loads the model from `source`; `model` is this thread's copy, for the
 * initial states and counterexamples), with the figures of
 * {@link checkModel}. One worker, or a model with temporal properties, is
 * checked by {@link checkModel} in this thread.
 */
export declare function checkModelParallel(model: Model, source: ModelSource, options: ParallelOptions): Promise<CheckResult>;
/** The fingerprints (pairs of words) sorted by high half, then low half unsigned. */
export declare function sortFingerprints(fps: ArrayLike<number>): Int32Array<ArrayBuffer>;

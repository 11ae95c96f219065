/**
 * The trace recorder: a simulation observer that writes a run as
 * `paxos-tla-trace/1` lines (see docs/trace-format.md). Step lines carry the
 * spec action, its parameters by the spec's names, the node and the time, and,
 * in "state" mode, the spec variables after the step as given by the
 * refinement mapping.
 *
 * @module
 */
import type { PaxosSteps, SpecAction } from "../paxos/index.js";
import type { ClusterView, SimEvent, SimulationObserver, SimulationOptions, SimulationResult } from "../cluster/index.js";
import type { TraceConstants, TraceHeader, TraceMode } from "./format.js";
/** How to record. */
export interface RecorderOptions {
    /** "state" (default): steps carry the spec state; "events": action and parameters only. */
    readonly mode?: TraceMode;
    /** Record non-spec events (deliveries, losses, crashes, ...). Default true. */
    readonly events?: boolean;
}
/** The spec's constants for a cluster: its nodes, values, ballots, their owners, and its quorums. */
export declare function traceConstants(view: ClusterView): TraceConstants;
/** The header line for a run. */
export declare function traceHeader(view: ClusterView, o: SimulationOptions, mode: TraceMode): TraceHeader;
/** Writes a run as trace lines through `write`, one call per line (without the newline). */
export declare class TraceRecorder implements SimulationObserver {
    private readonly write;
    private readonly mode;
    private readonly events;
    private readonly mapping;
    private i;
    constructor(write: (line: string) => void, options?: RecorderOptions);
    /** Header, then (state mode) the initial state. */
    init(view: ClusterView, options: SimulationOptions): void;
    /** One step line. */
    step(action: SpecAction, node: string, time: number, view: ClusterView): void;
    /** One event line (unless events are off). */
    event(e: SimEvent, time: number): void;
}
/** A recorded run: its figures and its trace as lines. */
export interface RecordedRun {
    readonly result: SimulationResult;
    readonly lines: string[];
}
/** Runs one simulation and returns its trace lines (held in memory: for tests and short runs). */
export declare function recordRun(options: Partial<SimulationOptions>, recorder?: RecorderOptions, steps?: PaxosSteps): RecordedRun;
/** The lines of a recorded run as ndjson text (each line ends with a newline). */
export declare function toNdjson(lines: readonly string[]): string;

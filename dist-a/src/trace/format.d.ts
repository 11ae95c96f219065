/**
 * The trace format `paxos-tla-trace/1`: ndjson, one JSON object per line. A
 * header first, then (in "state" mode) an init line, then one step line per
 * implementation step that is a spec action, interleaved with event lines for
 * happenings the spec does not see. See docs/trace-format.md.
 *
 * @module
 */
import type { ItfRecord, ItfValue } from "./itf.js";
/** The format's name and version, as the header's `format` field gives it. */
export declare const TRACE_FORMAT = "paxos-tla-trace/1";
/** "state": every step line carries the spec state after it; "events": action and parameters only. */
export type TraceMode = "state" | "events";
/** The spec's constants as recorded: each an ITF value. */
export interface TraceConstants {
    readonly Value: ItfValue;
    readonly Acceptor: ItfValue;
    readonly Proposer: ItfValue;
    readonly Learner: ItfValue;
    readonly Ballot: ItfValue;
    readonly Owner: ItfValue;
    readonly Quorum: ItfValue;
    readonly None: ItfValue;
    readonly [name: string]: ItfValue;
}
/** The first line. */
export interface TraceHeader {
    readonly kind: "header";
    readonly format: typeof TRACE_FORMAT;
    readonly spec: string;
    readonly mode: TraceMode;
    readonly seed: string;
    readonly constants: TraceConstants;
    /** A summary of the options the run used (free-form; for people and reproduction). */
    readonly cluster: Readonly<Record<string, unknown>>;
}
/** The initial state (state mode only). */
export interface TraceInit {
    readonly kind: "init";
    readonly state: ItfRecord;
}
/** One spec action taken by the implementation. */
export interface TraceStep {
    readonly kind: "step";
    /** 1, 2, 3, ... in order. */
    readonly i: number;
    /** The spec action's name, e.g. `Phase1b`. */
    readonly action: string;
    /** The action's parameters by the spec's names, e.g. `{"a": "a1", "b": 2}`. */
    readonly params: ItfRecord;
    /** The node that took the step. */
    readonly node?: string;
    /** Simulated time. */
    readonly time?: number;
    /** The spec state after the step (state mode). */
    readonly state?: ItfRecord;
    /** The step repeats an earlier one (a message sent again) and changes nothing: validated as a stuttering step. */
    readonly resend?: boolean;
}
/** A happening that is not a spec step (delivery, loss, crash, ...). Validators skip these. */
export interface TraceEvent {
    readonly kind: "event";
    /** What happened: `deliver`, `drop`, `dup`, `crash`, `recover`, `timeout`, `resubmit`, `partition`, `heal`. */
    readonly what: string;
    readonly time?: number;
    readonly [field: string]: unknown;
}
/** Any line. */
export type TraceLine = TraceHeader | TraceInit | TraceStep | TraceEvent;

import type { DrawableTrace, TraceEvent, TraceStep } from "./traceInput.js";
/** What part a node plays; lifelines are ordered by role in this order. */
export type Role = "client" | "proposer" | "acceptor" | "learner" | "other";
/** The four Paxos message kinds. */
export type MessageType = "1a" | "1b" | "2a" | "2b";
/** One vertical line of the chart: a node. */
export interface Lifeline {
    readonly node: string;
    readonly role: Role;
}
/** One row of the chart: a step or an event, at its time. */
export interface Row {
    readonly entry: TraceStep | TraceEvent;
    /** The time shown on the axis (the entry's own, or the last time seen before it). */
    readonly time: number | undefined;
    /** The lifeline the row's dot sits on, if any. */
    readonly node: string | undefined;
    /** The text beside the dot: `Phase1b(a1, 2)`, `drop 1b`. */
    readonly label: string;
}
/** A message drawn from the row that sent it to the row that consumed it. */
export interface MessageArrow {
    readonly type: MessageType;
    readonly label: string;
    readonly fromNode: string;
    readonly fromRow: number;
    readonly toNode: string;
    readonly toRow: number;
}
/** A message lost by the network: drawn from its sender towards its destination, ending in an x. */
export interface DroppedMessage {
    readonly label: string;
    readonly fromNode: string | undefined;
    readonly fromRow: number | undefined;
    readonly toNode: string | undefined;
    readonly row: number;
}
/** Kinds of marker placed on a lifeline. */
export type MarkKind = "learn" | "restart" | "crash" | "timeout" | "dup" | "propose" | "event";
/** A marker on a lifeline at a row. */
export interface Mark {
    readonly kind: MarkKind;
    readonly node: string | undefined;
    readonly row: number;
    readonly label: string;
}
/** Everything the picture shows. */
export interface Chart {
    readonly title: string;
    readonly subtitle: string;
    readonly lifelines: readonly Lifeline[];
    readonly rows: readonly Row[];
    readonly arrows: readonly MessageArrow[];
    readonly drops: readonly DroppedMessage[];
    readonly marks: readonly Mark[];
    /** True when rows are ordered by the trace's `time` fields, false when by step order. */
    readonly timed: boolean;
}
/**
 * Builds the chart of a trace. Deterministic: the same trace gives the same
 * chart. Rows are ordered by `time` when the trace has times (stably, so
 * equal times keep file order), else in file order.
 */
export declare function buildChart(trace: DrawableTrace): Chart;

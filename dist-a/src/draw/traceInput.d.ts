/**
 * Reading a trace file for drawing. The trace is ndjson: a header line, an
 * `init` line, then one line per spec action (`step`) or non-spec happening
 * (`event`). Each line is checked by the trace format's own line parser
 * (`parseTraceLine` in `src/trace/reader.ts`), then read for what the chart
 * needs; the first problem is reported as one sentence with the file and line
 * number.
 *
 * @module
 */
/** A JSON value as it appears in a trace line (ITF-encoded TLA+ values included). */
export type Json = null | boolean | number | string | readonly Json[] | {
    readonly [key: string]: Json;
};
/** The first line of a trace: what spec it follows, with which constants. */
export interface TraceHeader {
    readonly line: number;
    readonly spec: string;
    readonly mode: string;
    readonly seed: Json | undefined;
    readonly constants: Readonly<Record<string, Json>>;
}
/** One spec action taken: `Phase1b` with `{a: "a1", b: 2}`, at `node`, at `time`. */
export interface TraceStep {
    readonly kind: "step";
    readonly line: number;
    readonly index: number;
    readonly action: string;
    readonly params: Readonly<Record<string, Json>>;
    readonly node: string | undefined;
    readonly time: number | undefined;
    readonly state: Readonly<Record<string, Json>> | undefined;
}
/** Something that happened outside the spec: a message dropped, duplicated, a crash, a timeout. */
export interface TraceEvent {
    readonly kind: "event";
    readonly line: number;
    readonly what: string;
    readonly node: string | undefined;
    readonly time: number | undefined;
    /** The whole line, for fields specific to `what` (`msg`, `from`, `to`, ...). */
    readonly fields: Readonly<Record<string, Json>>;
}
/** A trace as the chart reads it. */
export interface DrawableTrace {
    readonly file: string;
    readonly header: TraceHeader;
    readonly init: Readonly<Record<string, Json>> | undefined;
    /** Steps and events in file order. */
    readonly entries: readonly (TraceStep | TraceEvent)[];
}
/** A trace that cannot be drawn: `file:line: message` for people. */
export declare class TraceInputError extends Error {
    readonly file: string;
    readonly line: number | undefined;
    constructor(message: string, file: string, line: number | undefined);
    /** `file:line: message` (or `file: message` for problems with the whole file). */
    format(): string;
}
/**
 * Parses the text of a trace file. `file` is used only in error messages.
 * Throws {@link TraceInputError} on the first malformed line.
 */
export declare function parseTraceText(text: string, file: string): DrawableTrace;

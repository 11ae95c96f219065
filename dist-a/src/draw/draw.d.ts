/** The formats `paxos draw` can write. */
export type DrawFormat = "svg";
/**
 * Draws the message sequence chart of a trace. `file` names the trace in
 * error messages; a malformed trace throws a `TraceInputError`.
 */
export declare function drawTrace(text: string, file: string, format?: DrawFormat): string;

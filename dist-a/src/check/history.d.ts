import type { Operation } from "./linearizability.js";
/** A history file that is not one: `file:line: problem`. */
export declare class HistoryFormatError extends Error {
    readonly file: string;
    readonly line: number;
    constructor(file: string, line: number, problem: string);
}
/** One line of a history file as an operation. */
export declare function parseHistoryLine(text: string, file: string, line: number): Operation;
/** A whole history file's text as operations (blank lines skipped). */
export declare function parseHistory(text: string, file: string): Operation[];
/** A history as ndjson text, one operation per line. */
export declare function historyToNdjson(history: readonly Operation[]): string;

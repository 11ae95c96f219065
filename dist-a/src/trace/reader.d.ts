import type { TraceLine } from "./format.js";
/** A malformed trace line. `message` reads `file:line: what is wrong`. */
export declare class TraceFormatError extends Error {
    readonly file: string;
    readonly line: number;
    readonly problem: string;
    constructor(file: string, line: number, problem: string);
    /** The message, for symmetry with the engine's errors. */
    format(): string;
}
/** What a trace can be read from. */
export type TraceSource = string | AsyncIterable<string | Uint8Array> | Iterable<string>;
/**
 * Parses and checks one line. `first` says whether it is the first non-blank
 * line (which must be the header).
 * @throws TraceFormatError
 */
export declare function parseTraceLine(text: string, lineNo: number, file?: string, first?: boolean): TraceLine;
/** The lines of a source (a string, or a stream of text or bytes), without their newlines. */
export declare function linesOf(source: TraceSource): AsyncGenerator<string>;
/**
 * The lines of a source, a chunk at a time: the complete lines each chunk
 * of the input ends, in order (a line split between chunks comes with the
 * chunk that ends it). A reader that walks these arrays pays for one
 * asynchronous step per chunk, not per line.
 */
export declare function lineChunks(source: TraceSource): AsyncGenerator<string[]>;
/**
 * Reads a trace line by line. Blank lines are skipped; line numbers count
 * every line from 1. `file` names the source in errors.
 * @throws TraceFormatError on the first malformed line.
 */
export declare function readTrace(source: TraceSource, file?: string): AsyncGenerator<TraceLine>;
/** Reads a whole trace from a string into memory. */
export declare function readTraceText(text: string, file?: string): Promise<TraceLine[]>;
/** Reads a trace file as a stream; errors name the file as given. */
export declare function readTraceFile(path: string): AsyncGenerator<TraceLine>;

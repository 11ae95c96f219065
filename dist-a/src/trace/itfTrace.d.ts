import type { TraceStepInput } from "../tla/trace/validate.js";
import { type TraceVerdict, type ValidateOptions } from "./validate.js";
/**
 * Writes an ITF trace from the lines of a state-mode trace, given one line at
 * a time (as {@link TraceRecorder} produces them), through `write`, one call
 * per output line (without the newline). Event lines are left out.
 */
export declare class ItfTraceWriter {
    private readonly write;
    private states;
    private started;
    constructor(write: (line: string) => void);
    /** Takes one line of the trace (its JSON text). */
    line(text: string): void;
    private state;
    /** Closes the trace. */
    end(): void;
}
/** An ITF trace as whole text, from the lines of a state-mode trace. */
export declare function toItfTraceText(lines: readonly string[]): string;
/** An ITF trace read for validation. */
export interface ItfTrace {
    /** The constants in their ITF encoding (as a trace header carries them). */
    readonly constants: Readonly<Record<string, unknown>>;
    readonly modelValues: ReadonlySet<string>;
    /** The entries: the initial state first, then one per step. */
    readonly entries: readonly TraceStepInput[];
}
/**
 * Reads an ITF trace. Throws {@link TraceFormatError} naming the file and the
 * line of the state (or 1 for the trace as a whole) when it is not an ITF
 * trace of the expected shape.
 */
export declare function readItfTrace(text: string, file: string): ItfTrace;
/** Whether a file name is that of an ITF trace (`.itf.json`). */
export declare function isItfFile(file: string): boolean;
/** Validates an ITF trace (its text) against the specification. See {@link readItfTrace}. */
export declare function validateItfTrace(text: string, file: string, options?: ValidateOptions): Promise<TraceVerdict>;

import { TraceValidator, type TraceStepInput, type Verdict } from "../tla/trace/validate.js";
import type { Value } from "../tla/values/value.js";
import { type TraceSource } from "./reader.js";
import type { TraceLine } from "./format.js";
/** The specification traces are validated against unless told otherwise. */
export declare const DEFAULT_SPEC_FILE = "spec/Paxos.tla";
/** The invariants checked on every state of a trace, by default. */
export declare const DEFAULT_INVARIANTS: readonly string[];
/**
 * The invariants checked on the states of a replicated-store trace
 * (spec/MultiPaxos.tla): per-slot agreement, and the replicas' executed
 * sequences prefix-consistent, exactly-once and equal after equal prefixes.
 * Its inductive invariant `Inv` is left to the model checker: on a long run's
 * states it costs far more than the rest together.
 */
export declare const SMR_INVARIANTS: readonly string[];
/**
 * The invariants checked on the states of a compacted replicated-store trace
 * (spec/CompactMultiPaxos.tla): one state machine state per number of slots
 * executed (`SnapshotsAgree`), which costs about a fifth of a step. Its
 * `Compacted` (nothing kept below the compaction point; about a step) and
 * `Agreement` (some ten steps per state on a long run) can be asked for;
 * the model check of CompactMultiPaxos against MultiPaxos shows that they
 * follow from the steps being the spec's.
 */
export declare const COMPACT_INVARIANTS: readonly string[];
/** How to validate. */
export interface ValidateOptions {
    /** The root module (default `spec/Paxos.tla`). */
    readonly specFile?: string;
    /**
     * The specification a rejected trace is checked against next, to tell a
     * safe deviation from an unsafe run (default: `SafePaxos.tla` beside a
     * root module named `Paxos.tla`, see {@link defaultSafetySpec}); `null`:
     * none. Used by {@link layeredVerdict}.
     */
    readonly safetySpec?: string | null;
    /** Invariants checked on every candidate state (default {@link DEFAULT_INVARIANTS}). */
    readonly invariants?: readonly string[];
    /** The most candidate states held at once before the verdict is "undecided" (default 100,000). */
    readonly maxCandidates?: number;
    /** Take a step that repeats an accepted step as a resend even when it is not logged as one (the safety level does). */
    readonly repeatsAreResends?: boolean;
}
/** The verdict on one trace, with the file it came from. */
export interface TraceVerdict {
    /** The file (or, for merged per-node logs, the files joined by ", "). */
    readonly file: string;
    readonly ok: boolean;
    /** Steps validated (accepted traces) or the step at fault (rejected ones). */
    readonly steps: number;
    readonly verdict: Verdict;
    /** The layered verdict, when the trace was also checked against the safety specification (see {@link layeredVerdict}). */
    readonly layers?: Layers;
}
/**
 * The verdict on a trace at each level of the refinement chain:
 * - `conforms`: the trace is a behaviour of Paxos, by the book;
 * - `safe-deviation`: Paxos rejects a step, but the safety specification
 *   (`spec/SafePaxos.tla`: every 2a message asks for a safe value, every learned
 *   value is chosen; a behaviour that refines Voting and Consensus) accepts the
 *   whole trace;
 * - `unsafe`: both reject it;
 * - `undecided`: the search for what the log leaves out gave up at one level;
 * - `rejected`: Paxos rejects it and no safety specification was given.
 */
export type Level = "conforms" | "safe-deviation" | "unsafe" | "undecided" | "rejected";
/** The layered verdict: the level, and the verdict of the safety specification when it was consulted. */
export interface Layers {
    readonly level: Level;
    /** The safety specification's file, when it was consulted. */
    readonly safetySpec?: string;
    /** Its verdict on the same trace. */
    readonly safety?: Verdict;
}
/** A spec step read from a trace, with where it came from. */
export interface TraceEntry {
    readonly input: TraceStepInput;
    /** The 1-based line of the trace the entry came from. */
    readonly line: number;
}
/**
 * The model values a header's constants name: every string that is an
 * element of a set-valued constant (`Acceptor`, `Value`, ...), and every
 * constant that is itself a string (`None`).
 */
export declare function modelValueNames(constants: Readonly<Record<string, unknown>>): Set<string>;
/** The engine values of a header's constants. Throws {@link TraceFormatError} naming `file:line` when one is not ITF. */
export declare function decodeConstants(constants: Readonly<Record<string, unknown>>, file: string, line: number): {
    constants: Record<string, Value>;
    modelValues: Set<string>;
};
/** An ITF value as an engine value; a malformed one is a {@link TraceFormatError} at `file:line`. */
export declare function decode(json: unknown, modelValues: ReadonlySet<string>, file: string, line: number, what: string): Value;
/** The engine's input for one state or step line: its action and parameters (steps) and the variables it logs. */
export declare function entryOf(line: TraceLine, lineNo: number, file: string, modelValues: ReadonlySet<string>): TraceStepInput | null;
/** A parsed line of a trace and its number (from 1). */
interface ParsedLine {
    readonly parsed: TraceLine;
    readonly line: number;
}
/**
 * A trace read a chunk at a time: its header, then its parsed lines with their
 * numbers (the trailing `\r` of CRLF files removed, blank lines skipped). A
 * line is parsed when the reader gets to it, so a malformed line is reported
 * after the lines before it were used. A line `wanted` refuses (given its
 * text and whether it is the first) is skipped without being parsed.
 */
export declare function parsedBatches(source: TraceSource, file: string, wanted?: (text: string, first: boolean) => boolean): AsyncGenerator<Iterable<ParsedLine>>;
/** A trace read line by line: its header, then its parsed lines with their numbers. */
export declare function parsedLines(source: TraceSource, file: string, wanted?: (text: string, first: boolean) => boolean): AsyncGenerator<ParsedLine>;
/**
 * A fresh validator for the constants, on a specification compiled once per
 * distinct (file, constants) pair. Throws the engine's `TlaError` when the
 * specification or the constants are bad (a constant missing, an assumption
 * false for them).
 */
export declare function validatorFor(constantsJson: Readonly<Record<string, unknown>>, constants: Record<string, Value>, options?: ValidateOptions): Promise<TraceValidator>;
/** The verdict as a {@link TraceVerdict}. */
export declare function traceVerdict(file: string, verdict: Verdict): TraceVerdict;
/**
 * Validates one trace (`paxos-tla-trace/1` ndjson) read from `source`.
 * Malformed input throws a {@link TraceFormatError} (`file:line: problem`);
 * a bad specification throws the engine's `TlaError`.
 */
export declare function validateTraceSource(source: TraceSource, file: string, options?: ValidateOptions, again?: () => TraceSource): Promise<TraceVerdict>;
/** Validates one trace file, read as a stream. See {@link validateTraceSource}. */
export declare function validateTraceFile(path: string, options?: ValidateOptions): Promise<TraceVerdict>;
/**
 * The layered verdict on a trace. `validate(options)` validates the trace
 * against the specification in `options.specFile`; it is called once with
 * the options given, and, when that rejects the trace (a real rejection, not
 * "undecided"), once more against the safety specification, where a step
 * that repeats an accepted one is taken as a resend. Paxos is checked
 * first, so a conforming trace costs one validation.
 */
export declare function layeredVerdict<T extends TraceVerdict>(options: ValidateOptions, validate: (options: ValidateOptions) => Promise<T>): Promise<T>;
/** The report of a verdict for people: the file, then the engine's report. */
export declare function formatTraceVerdict(v: TraceVerdict): string;
export {};

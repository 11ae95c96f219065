import type { TraceHeader } from "./format.js";
import { type TraceSource } from "./reader.js";
import { type TraceEntry, type TraceVerdict, type ValidateOptions } from "./validate.js";
import { type BallotPairs } from "./ballots.js";
/** A reference to the step that sent a message: its node and its Lamport clock (or vector clock), or the message's id. */
export interface SendRef {
    readonly node?: string;
    /** The id of the message, as the sending step lists it in `sent`. */
    readonly id?: string | number;
    readonly clock?: number;
    readonly vc?: Readonly<Record<string, number>>;
}
/** One step of a per-node log, with its clock and where it is. */
export interface NodeStep extends TraceEntry {
    readonly file: string;
    readonly node: string;
    readonly clock?: number;
    readonly vc?: Readonly<Record<string, number>>;
    readonly recv: readonly SendRef[];
    /** Ids of the messages the step sent, for receives that name them. */
    readonly sent: readonly (string | number)[];
    /** Its index in the node's log. */
    readonly index: number;
    /** Its number as the log gives it (field `i`). */
    readonly i?: number;
}
/** A per-node log, read whole. */
export interface NodeLog {
    readonly file: string;
    readonly header: TraceHeader;
    readonly node: string;
    readonly steps: readonly NodeStep[];
    /** The ballots as pairs, when the header declares them (see ballots.ts), and the ballots the log mentions. */
    readonly form?: BallotPairs;
    readonly ballots: ReadonlySet<number>;
}
/**
 * Whether a trace is a per-node log: its header names a node, or its first
 * step carries a `clock` or `vc`. Reads only up to the first step of a stream.
 */
export declare function isNodeLogText(text: TraceSource, file: string): Promise<boolean>;
/** Reads one per-node log whole, checking its clocks. Throws {@link TraceFormatError}. */
export declare function readNodeLog(text: string, file: string): Promise<NodeLog>;
/** The happened-before order of the steps of several per-node logs. */
export declare class CausalOrder {
    readonly logs: readonly NodeLog[];
    /** Every step, numbered by position in this array. */
    readonly steps: NodeStep[];
    /** Direct predecessors of each step. */
    readonly preds: number[][];
    readonly succs: number[][];
    /** The priority of the first merge: clock (or vector sum), node, line. */
    private readonly key;
    constructor(logs: readonly NodeLog[]);
    /** Compares two steps by the first merge's priority. */
    compare(a: number, b: number): number;
    /** Every step that happened before `id` (ancestors) or after it (descendants). */
    related(id: number): Set<number>;
    /** The steps concurrent with `id`: neither before nor after it. */
    concurrentWith(id: number): number[];
    /** The first merge: Lamport's total order, as a linear extension. Throws when the clocks make a cycle. */
    firstMerge(): number[];
}
/** How a merge went. */
export interface MergeReport {
    /** The files merged. */
    readonly files: readonly string[];
    /** Steps in all the logs. */
    readonly steps: number;
    /** Step validations tried in all the orders searched. */
    readonly tried: number;
    /** Whether the first merge (Lamport's order) was the one accepted. */
    readonly firstOrderAccepted: boolean;
    /** The accepted order, as `file:line` of each step (when accepted). */
    readonly order?: readonly string[];
    /** When no order is accepted: the step that could not be placed, and the steps concurrent with it. */
    readonly conflict?: {
        readonly step: string;
        readonly placedAfter: number;
        readonly concurrent: readonly string[];
        /** Steps of other nodes that the clocks put directly after it (they received something from it). */
        readonly after: readonly string[];
        /** Whether the search gave up at its bound rather than trying every order. */
        readonly bounded: boolean;
        /** Whether the step was rejected wherever the search tried it (so no order of the concurrent steps helps). */
        readonly everyOrder: boolean;
        /** The step's own number in its node's log (its field `i`), and the node. */
        readonly node: string;
        readonly nodeStep: number;
    };
}
/** How many placed steps back the search over merge orders may go, by default (see {@link MergeOptions.maxBacktrack}). */
export declare const MAX_BACKTRACK = 1000;
/** A verdict on merged per-node logs. */
export interface MergedVerdict extends TraceVerdict {
    readonly merge: MergeReport;
}
/** Options of a merge: those of validation, plus the bound on the search. */
export interface MergeOptions extends ValidateOptions {
    /** The most step validations the search over orders may try once a step was rejected (default 20,000; the first merge's own steps do not count). */
    readonly maxTries?: number;
    /**
     * How far back the search may go: it keeps the validator's state before
     * each of the last so many placed steps (default {@link MAX_BACKTRACK}),
     * and gives up (as at `maxTries`) rather than go back further. Each kept
     * state holds the whole spec state, so keeping all of them would take
     * memory growing with the square of the run's length.
     */
    readonly maxBacktrack?: number;
}
/**
 * Merges per-node logs (their texts, by file) into one run and validates it,
 * searching other causally consistent orders when the first is rejected.
 * Throws {@link TraceFormatError} for malformed logs or inconsistent clocks.
 */
export declare function validateNodeLogs(texts: readonly {
    file: string;
    text: string;
}[], options?: MergeOptions): Promise<MergedVerdict>;

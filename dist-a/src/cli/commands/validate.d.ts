import type { Command } from "../command.js";
import { type TraceVerdict } from "../../trace/validate.js";
import { type MergeOptions, type MergeReport } from "../../trace/merge.js";
/** The outcome for one input: a verdict, or the reason it could not be read. */
export type FileOutcome = (TraceVerdict & {
    readonly merge?: MergeReport;
}) | {
    readonly file: string;
    readonly error: string;
};
/**
 * Validates files as `paxos validate` does: ITF files as ITF traces, per-node
 * logs merged into one run, every other file on its own. Unreadable or
 * malformed input gives an outcome with `error` (one line, `file:line: ...`).
 */
export declare function validateFiles(files: readonly string[], options?: MergeOptions): Promise<FileOutcome[]>;
/** The report of one outcome for people; `spec` names the specification it was checked against. */
export declare function formatOutcome(o: FileOutcome, spec?: string): string;
export declare const command: Command;

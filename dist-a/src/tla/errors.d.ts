/**
 * Errors meant for people. Every error the engine raises on bad input is a
 * {@link TlaError}: one sentence saying what is wrong, and where (file, line,
 * column) when there is a place to point at. The CLI prints `format()` and
 * exits 2; it never prints a stack trace for these.
 *
 * @module
 */
import type { Loc } from "./syntax/ast.js";
/** What kind of problem: decides the `outcome` reported by `paxos check`. */
export type TlaErrorKind = "parse-error" | "semantic-error" | "assumption" | "error";
export declare class TlaError extends Error {
    readonly kind: TlaErrorKind;
    readonly loc?: Loc | undefined;
    constructor(message: string, kind?: TlaErrorKind, loc?: Loc | undefined);
    /** `file:line:col: message`, or the bare message when there is no location. */
    format(): string;
}
/**
 * For code that evaluates an expression which may fail as TLA+ (a value
 * outside a set, a CHOOSE without witness, a primed variable read before it
 * is assigned) and has an answer for that case, such as an explanation that
 * treats the failed part as false: a failure of any other kind is a bug and
 * goes on.
 */
export declare function rethrowUnlessTla(e: unknown): void;
/** Whether `err` is a failed system call (a missing file, a folder, no permission), as opposed to a bug. */
export declare function isSystemError(err: unknown): boolean;

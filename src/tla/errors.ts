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
export type TlaErrorKind =
  | "parse-error" // the text is not TLA+ (syntax)
  | "semantic-error" // unknown name, wrong arity, unsupported construct, bad cfg
  | "assumption" // an ASSUME is false
  | "error"; // an evaluation error at model-checking time (e.g. 1 \in "a", CHOOSE with no witness)

export class TlaError extends Error {
  constructor(
    message: string,
    readonly kind: TlaErrorKind = "semantic-error",
    readonly loc?: Loc,
  ) {
    super(message);
    this.name = "TlaError";
  }

  /** `file:line:col: message`, or the bare message when there is no location. */
  format(): string {
    return this.loc ? `${formatLoc(this.loc)}: ${this.message}` : this.message;
  }
}

/** `file:line:col` of a location. */
function formatLoc(loc: Loc): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

/**
 * For code that evaluates an expression which may fail as TLA+ (a value
 * outside a set, a CHOOSE without witness, a primed variable read before it
 * is assigned) and has an answer for that case, such as an explanation that
 * treats the failed part as false: a failure of any other kind is a bug and
 * goes on.
 */
export function rethrowUnlessTla(e: unknown): void {
  if (!(e instanceof TlaError)) throw e;
}

/** Whether `err` is a failed system call (a missing file, a folder, no permission), as opposed to a bug. */
export function isSystemError(err: unknown): boolean {
  return typeof (err as NodeJS.ErrnoException | null)?.code === "string";
}

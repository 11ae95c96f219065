/**
 * A small, strict command-line parser shared by every `paxos` command.
 * Unknown flags, missing values and malformed numbers are {@link UsageError}s:
 * the CLI prints one line with a hint and exits 2.
 *
 * @module
 */
/** Bad command-line input: printed as `paxos <cmd>: <message>` plus a hint, exit 2. */
export declare class UsageError extends Error {
    constructor(message: string);
}
/** How one flag is read. `repeat` flags collect every occurrence. */
export interface FlagSpec {
    readonly type: "boolean" | "string" | "number" | "integer";
    readonly repeat?: boolean;
    /** For a boolean flag `--x`, also accept `--no-x` (sets false). */
    readonly negatable?: boolean;
    readonly short?: string;
}
/** The value one flag takes: `true`/`false` for a boolean, the text for a string, the number otherwise. */
export type FlagValue<S extends FlagSpec> = S["type"] extends "boolean" ? boolean : S["type"] extends "string" ? string : number;
/**
 * The flags parsed against `S`, typed from the specs themselves: a flag not
 * given is `undefined`, a `repeat` flag is the list of its occurrences. A
 * command reads `flags.seed` as a `string | undefined` with no cast, and a
 * flag it did not declare is a type error.
 */
export type Flags<S extends Readonly<Record<string, FlagSpec>>> = {
    -readonly [K in keyof S]?: S[K] extends {
        readonly repeat: true;
    } ? FlagValue<S[K]>[] : FlagValue<S[K]>;
};
/** What {@link parseArgs} returns. */
export interface ParsedArgs<S extends Readonly<Record<string, FlagSpec>>> {
    readonly flags: Flags<S>;
    readonly positionals: string[];
}
/**
 * Parses `argv` against `specs` (flag name without dashes -> spec).
 * Accepts `--flag value`, `--flag=value`, `-s value`, and `--` to end flags.
 */
export declare function parseArgs<const S extends Readonly<Record<string, FlagSpec>>>(argv: readonly string[], specs: S): ParsedArgs<S>;
/** The value of an option that names one of `choices`, `fallback` when it is absent; any other word is a {@link UsageError}. */
export declare function oneOf<const T extends string>(flag: string, value: string | undefined, choices: readonly T[], fallback: T): T;
/** A probability option: between 0 and 1, `fallback` when absent. */
export declare function probability(flag: string, value: number | undefined, fallback?: number): number;
/** A count option: at least `min`, `undefined` when absent (the caller's default applies). */
export declare function atLeast(flag: string, value: number | undefined, min: number): number | undefined;

/**
 * The result of a model-checking run, in one shape for both checkers: our
 * in-process engine (`paxos check`) and TLC through the tla2tools runner
 * (`paxos tlc`). `--json` prints exactly {@link CheckResultJson}, so the two
 * can be compared field by field.
 *
 * @module
 */
/** How a run ended. */
export type Outcome = "success" | "invariant" | "deadlock" | "property" | "assumption" | "parse-error" | "semantic-error" | "error";
/** One state of a counterexample: the action that led to it and the variables' values, as TLA+ text. */
export interface CounterexampleState {
    /** 1-based position in the behaviour. */
    readonly index: number;
    /** `Initial predicate`, or the action's name (e.g. `Phase2a`). */
    readonly action: string;
    /** Where the action is defined, when known: `line 7, col 8 to line 7, col 55 of module Counter`. */
    readonly location?: string;
    /** Variable name -> value printed as TLA+ (as TLC prints it). */
    readonly vars: Readonly<Record<string, string>>;
}
/** A location inside a spec, as reported by a parse or semantic error. */
export interface ErrorLocation {
    readonly module?: string;
    readonly file?: string;
    readonly line: number;
    readonly col: number;
    readonly endLine?: number;
    readonly endCol?: number;
    readonly message?: string;
}
/** What `paxos check --json` and `paxos tlc --json` print. */
export interface CheckResultJson {
    readonly outcome: Outcome;
    /** The violated invariant or property (or `null`). */
    readonly violated: string | null;
    readonly statesGenerated: number;
    readonly distinctStates: number;
    readonly depth: number;
    /** The behaviour leading to the violation (empty on success). */
    readonly counterexample: readonly CounterexampleState[];
    readonly seconds: number;
}
/** The full result; `errors` and `message` are for people, not part of the JSON shape. */
export interface CheckResult extends CheckResultJson {
    readonly errors: readonly ErrorLocation[];
    /** One human-readable sentence about the outcome (e.g. `Invariant Small is violated.`). */
    readonly message?: string;
}
/** Process exit code for an outcome: 0 holds, 1 violation, 2 bad input or tool failure. */
export declare function exitCodeFor(outcome: Outcome): 0 | 1 | 2;

/**
 * The contract every `paxos` subcommand fulfils.
 *
 * @module
 */
/** A subcommand: its one-line summary, its `--help` text, and its entry point (returns the exit code). */
export interface Command {
    readonly summary: string;
    readonly help: string;
    run(argv: readonly string[]): Promise<number>;
}

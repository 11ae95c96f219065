import type { Command } from "./command.js";
/** The exit code of an internal error, beside 0 (ok), 1 (a check failed) and 2 (bad input). */
export declare const INTERNAL_ERROR = 3;
/**
 * Runs `paxos <argv>` and gives its exit code. `--debug` anywhere on the
 * command line (or `PAXOS_DEBUG=1`) prints the stack of an internal error.
 */
export declare function runCli(argv: readonly string[]): Promise<number>;
/**
 * Runs one command: its help, or its work, turning each kind of failure into
 * its exit code (2 for bad input, with one line and a hint; 3 for an internal
 * error).
 */
export declare function runCommand(name: string, command: Command, rest: readonly string[], debug?: boolean): Promise<number>;

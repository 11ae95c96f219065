import type { Command } from "../command.js";
/**
 * The library folders: those of `--lib`, then those of PAXOS_TLA_LIB, each a
 * list separated by the platform's path delimiter. A folder that is not there
 * is a {@link UsageError} naming where it came from: a misspelt library path
 * would otherwise show only as a module not found.
 */
export declare function libraryPaths(lib: string | undefined, env?: string | undefined): string[];
/** The `check` subcommand. */
export declare const command: Command;

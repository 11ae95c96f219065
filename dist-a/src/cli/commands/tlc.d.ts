import type { Command } from "../command.js";
/** The `tlc` subcommand. */
export declare const command: Command;

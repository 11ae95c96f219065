import type { Command } from "../command.js";
/** The `draw` subcommand. */
export declare const command: Command;

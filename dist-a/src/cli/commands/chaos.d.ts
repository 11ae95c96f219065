import type { Command } from "../command.js";
import type { ChaosReport } from "../../node/chaos.js";
/** Reads a duration: `10s`, `500ms`, `2m`, or milliseconds. */
export declare function parseDuration(flag: string, text: string): number;
/** The report in words. */
export declare function chaosText(r: ChaosReport): string;
export declare const command: Command;

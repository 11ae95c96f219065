import type { Command } from "../command.js";
import type { QuorumSpec } from "../../paxos/index.js";
/** Parses `--quorum`. */
export declare function parseQuorum(text: string): QuorumSpec;
export declare const command: Command;

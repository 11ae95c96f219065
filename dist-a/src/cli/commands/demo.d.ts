import type { Command } from "../command.js";
import type { SimulationOptions } from "../../cluster/index.js";
/** The seed the demo uses unless told otherwise: the same story every time. */
export declare const DEMO_SEED = "2026";
/** The demo's cluster and faults. */
export declare function demoOptions(seed: string): Partial<SimulationOptions>;
export declare const command: Command;

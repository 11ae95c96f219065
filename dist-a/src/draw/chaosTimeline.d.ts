/**
 * The picture of a chaos run: one lane per node with its faults as bands
 * (killed, paused, cut off by a partition), and under them the acknowledged
 * operations per second, on one time axis.
 *
 * @module
 */
import type { ChaosReport } from "../node/chaos.js";
/** Renders a chaos run's timeline as an SVG document. */
export declare function renderChaosTimeline(r: ChaosReport, nodeIds: readonly string[]): string;

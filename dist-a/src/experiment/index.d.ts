/**
 * Experiments: parameter sweeps over the simulator, summarised per point and
 * written as CSV, SVG plots and a Markdown index.
 *
 * @module
 */
export * from "./parameters.js";
export * from "./statistics.js";
export * from "./csv.js";
export * from "./sweep.js";
export * from "./summary.js";
export * from "./plot.js";
export * from "./figures.js";
export * from "./experiment.js";
export * from "./presets.js";
export * from "./protocols.js";

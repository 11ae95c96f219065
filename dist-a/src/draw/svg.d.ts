/**
 * Rendering a {@link Chart} as a standalone SVG document, written by hand.
 * The output depends only on the chart (no clock, no randomness, fixed number
 * formatting), so the same trace always gives the same bytes.
 *
 * Layout: a title block, one labelled lifeline per node (ordered by role),
 * one row per step or event going down the page with its step number and time
 * in the left gutter, message arrows between rows, and a legend at the
 * bottom.
 *
 * @module
 */
import type { Chart } from "./chart.js";
/** Escapes text for SVG content and attribute values. */
export declare function escapeXml(s: string): string;
/** Renders the chart as an SVG document (UTF-8 text, ending in a newline). */
export declare function renderChartSvg(chart: Chart): string;

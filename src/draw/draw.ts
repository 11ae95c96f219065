/**
 * `paxos draw`'s core: trace text in, SVG text out. See {@link buildChart}
 * for how messages are matched to the steps that consumed them, and
 * {@link renderChartSvg} for the picture.
 *
 * @module
 */
import { buildChart } from "./chart.js";
import { renderChartSvg } from "./svg.js";
import { parseTraceText } from "./traceInput.js";

/** The formats `paxos draw` can write. */
export type DrawFormat = "svg";

/**
 * Draws the message sequence chart of a trace. `file` names the trace in
 * error messages; a malformed trace throws a `TraceInputError`.
 */
export function drawTrace(text: string, file: string, format: DrawFormat = "svg"): string {
  const chart = buildChart(parseTraceText(text, file));
  switch (format) {
    case "svg":
      return renderChartSvg(chart);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

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
/** One renderer per format: a new format fails to compile until it has one. */
const RENDERERS = { svg: renderChartSvg };
/**
 * Draws the message sequence chart of a trace. `file` names the trace in
 * error messages; a malformed trace throws a `TraceInputError`.
 */
export function drawTrace(text, file, format = "svg") {
    const chart = buildChart(parseTraceText(text, file));
    return RENDERERS[format](chart);
}
//# sourceMappingURL=draw.js.map
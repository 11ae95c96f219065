/**
 * The plots of an experiment: for each metric a line chart of its mean, with
 * the first varied parameter on the x axis and one line per value of the
 * second (if any); and a bar chart of the share of runs that succeeded
 * (decided, or answered every request). When more
 * than two parameters are varied, each combination of the others gets its own
 * set of plots (a panel), named after it.
 *
 * @module
 */
import { renderBarChart, renderLineChart } from "./plot.js";
import { parameterNamed } from "./sweep.js";
/** A value made safe for a file name: anything but letters, digits, `.`, `=` and `-` becomes `_`. */
function fileSafe(text) {
    return text.replace(/[^A-Za-z0-9.=-]/g, "_");
}
/** Every combination of values of the axes from the third on (one empty combination when there are none). */
function panels(plan) {
    let combos = [[]];
    for (const axis of plan.axes.slice(2))
        combos = combos.flatMap((c) => axis.values.map((_, i) => [...c, i]));
    return combos;
}
/**
 * The figures for `points` (in sweep order) and their `summaries` (same
 * order). Deterministic: the same figures give the same bytes.
 */
export function experimentFigures(plan, points, summaries) {
    const [xAxis, seriesAxis] = plan.axes;
    if (!xAxis)
        return [];
    const byCoordinates = new Map(points.map((p, i) => [p.coordinates.join(","), summaries[i]]));
    const xDef = parameterNamed(plan.protocol, xAxis.parameter);
    const xLabel = `${xAxis.parameter}: ${xDef.meaning}`;
    const numericX = xDef.numeric && xAxis.labels.every((l) => Number.isFinite(Number(l)));
    const figures = [];
    const used = new Set();
    const fileName = (stem, panel) => {
        const suffix = panel.map((v, i) => `-${fileSafe(`${plan.axes[i + 2].parameter}=${plan.axes[i + 2].labels[v]}`)}`).join("");
        let name = `${stem}${suffix}.svg`;
        for (let k = 2; used.has(name); k++)
            name = `${stem}${suffix}-${k}.svg`;
        used.add(name);
        return name;
    };
    const settings = plan.settings.map((s) => `${s.parameter}=${s.label}`);
    for (const panel of panels(plan)) {
        const panelText = panel.map((v, i) => `${plan.axes[i + 2].parameter}=${plan.axes[i + 2].labels[v]}`).join(", ");
        const seriesOf = (value) => {
            const lines = seriesAxis ? seriesAxis.labels.map((label, j) => ({ label: `${label}`, j })) : [{ label: "all runs", j: -1 }];
            return lines.map(({ label, j }) => ({
                label,
                values: xAxis.values.map((_, i) => {
                    const s = byCoordinates.get([i, ...(j >= 0 ? [j] : []), ...panel].join(","));
                    return s === undefined ? null : value(s);
                }),
            }));
        };
        const fixed = [...(panelText ? [panelText] : []), ...settings].join(", ");
        const subtitle = (over) => `${plan.runs} runs per point (${over}), base seed ${plan.seed}${fixed ? `; ${fixed}` : ""}`;
        const common = {
            xLabel,
            categories: xAxis.labels,
            ...(seriesAxis ? { legendTitle: seriesAxis.parameter } : {}),
        };
        const ok = plan.protocol.success.column;
        const decidedTitle = ok === "decided" ? "Share of runs decided within the budget" : `Share of runs in which ${plan.protocol.success.meaning}`;
        figures.push({
            file: fileName(ok, panel),
            title: decidedTitle,
            panel: panelText,
            svg: renderBarChart({
                ...common,
                title: decidedTitle,
                subtitle: subtitle("all runs"),
                yLabel: `share of runs ${ok}`,
                series: seriesOf((s) => s.successShare),
                yMin: 1,
                percent: true,
            }),
        });
        for (const metric of plan.protocol.metrics) {
            const title = `Mean ${metric.title}`;
            figures.push({
                file: fileName(metric.key, panel),
                title,
                panel: panelText,
                svg: renderLineChart({
                    ...common,
                    title,
                    subtitle: subtitle(metric.over),
                    yLabel: `${metric.unit} (mean over ${metric.over})`,
                    series: seriesOf((s) => s.figures[metric.key].mean),
                    numericX,
                }),
            });
        }
    }
    return figures;
}
//# sourceMappingURL=figures.js.map
/**
 * Line and bar charts as standalone SVG documents, written by hand. The
 * output depends only on the chart's data (fixed layout, fixed number
 * formatting, no clock), so the same figures always give the same bytes.
 *
 * A line chart draws one `<polyline>` per series, with a marker at each
 * point that has a value (points without one, e.g. a metric over no decided
 * runs, are left out of the line). A bar chart draws one group of bars per
 * category, one bar per series. Both have a title, a y axis from zero with
 * "nice" ticks (1, 2, 2.5 or 5 times a power of ten) and grid lines, labelled
 * axes, and a legend to the right.
 *
 * @module
 */
import { formatNumber } from "./csv.js";
const WIDTH = 780;
const HEIGHT = 470;
const LEFT = 84;
const RIGHT = 600;
const TOP = 70;
const BOTTOM = 390;
/** Series colours, in order (then repeated with dashes). */
const SERIES_COLOURS = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3"];
/** Coordinates as short fixed text: at most one decimal, no `-0`. */
function num(n) {
    const r = Math.round(n * 10) / 10;
    return Object.is(r, -0) ? "0" : String(r);
}
/** Escapes text for SVG content and attribute values. */
export function escapeXml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
/**
 * Ticks from 0 to at least `max`: about `target` steps of 1, 2, 2.5 or 5
 * times a power of ten. `[0, 1]` when `max` is not positive.
 */
export function niceTicks(max, target = 5) {
    if (!(max > 0) || !Number.isFinite(max))
        return [0, 1];
    const raw = max / target;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw * (1 - 1e-12));
    const n = Math.max(1, Math.ceil(max / step - 1e-9));
    return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
function seriesStyle(i) {
    return { colour: SERIES_COLOURS[i % SERIES_COLOURS.length], dash: DASHES[Math.floor(i / SERIES_COLOURS.length) % DASHES.length] };
}
function tickText(v, percent) {
    return percent ? `${formatNumber(v * 100, 1)}%` : formatNumber(v, 3);
}
/** The y scale and the frame shared by both chart kinds: title, grid, axes, labels, legend. */
function frame(chart, legendMark) {
    const values = chart.series.flatMap((s) => s.values.filter((v) => v !== null));
    const ticks = niceTicks(Math.max(chart.yMin ?? 0, ...values, 0));
    const top = ticks[ticks.length - 1];
    const y = (v) => BOTTOM - (v / top) * (BOTTOM - TOP);
    const percent = chart.percent === true;
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif" font-size="12">`,
        `<title>${escapeXml(chart.title)}</title>`,
        `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
        `<text class="title" x="${num((LEFT + RIGHT) / 2)}" y="28" text-anchor="middle" font-size="16" font-weight="600">${escapeXml(chart.title)}</text>`,
    ];
    if (chart.subtitle)
        parts.push(`<text class="subtitle" x="${num((LEFT + RIGHT) / 2)}" y="48" text-anchor="middle" fill="#4b5563">${escapeXml(chart.subtitle)}</text>`);
    parts.push(`<g class="grid" stroke="#e5e7eb">`);
    for (const t of ticks)
        parts.push(`<line x1="${LEFT}" y1="${num(y(t))}" x2="${RIGHT}" y2="${num(y(t))}"/>`);
    parts.push(`</g>`, `<g class="y-ticks" text-anchor="end" fill="#111827">`);
    for (const t of ticks)
        parts.push(`<text x="${LEFT - 8}" y="${num(y(t) + 4)}">${escapeXml(tickText(t, percent))}</text>`);
    parts.push(`</g>`, `<g class="axes" stroke="#111827">`, `<line x1="${LEFT}" y1="${BOTTOM}" x2="${RIGHT}" y2="${BOTTOM}"/>`, `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${BOTTOM}"/>`, `</g>`, `<text class="x-label" x="${num((LEFT + RIGHT) / 2)}" y="${BOTTOM + 48}" text-anchor="middle" font-size="13">${escapeXml(chart.xLabel)}</text>`, `<text class="y-label" x="22" y="${num((TOP + BOTTOM) / 2)}" text-anchor="middle" font-size="13" transform="rotate(-90 22 ${num((TOP + BOTTOM) / 2)})">${escapeXml(chart.yLabel)}</text>`, `<g class="legend">`);
    let ly = TOP + 4;
    if (chart.legendTitle) {
        parts.push(`<text x="${RIGHT + 24}" y="${ly}" font-weight="600">${escapeXml(chart.legendTitle)}</text>`);
        ly += 20;
    }
    chart.series.forEach((s, i) => {
        parts.push(legendMark(i, RIGHT + 24, ly - 4), `<text x="${RIGHT + 56}" y="${ly}">${escapeXml(s.label)}</text>`);
        ly += 20;
    });
    parts.push(`</g>`);
    return { y, parts };
}
/** Checks that every series has one value per category. */
function checkShape(chart) {
    for (const s of chart.series) {
        if (s.values.length !== chart.categories.length)
            throw new RangeError(`series '${s.label}' has ${s.values.length} values for ${chart.categories.length} categories`);
    }
}
/** Renders a line chart as an SVG document (ending in a newline). */
export function renderLineChart(chart) {
    checkShape(chart);
    const n = chart.categories.length;
    const positions = chart.numericX ? chart.categories.map(Number) : chart.categories.map((_, i) => i);
    const lo = Math.min(...positions);
    const hi = Math.max(...positions);
    const pad = 36;
    const x = (i) => (hi === lo ? (LEFT + RIGHT) / 2 : LEFT + pad + ((positions[i] - lo) / (hi - lo)) * (RIGHT - LEFT - 2 * pad));
    const { y, parts } = frame(chart, (i, lx, ly) => {
        const { colour, dash } = seriesStyle(i);
        return `<line x1="${lx}" y1="${num(ly)}" x2="${lx + 24}" y2="${num(ly)}" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ""}/><circle cx="${lx + 12}" cy="${num(ly)}" r="3.5" fill="${colour}"/>`;
    });
    parts.push(`<g class="x-ticks" text-anchor="middle" fill="#111827">`);
    for (let i = 0; i < n; i++) {
        parts.push(`<line x1="${num(x(i))}" y1="${BOTTOM}" x2="${num(x(i))}" y2="${BOTTOM + 5}" stroke="#111827"/>`, `<text x="${num(x(i))}" y="${BOTTOM + 20}">${escapeXml(chart.categories[i])}</text>`);
    }
    parts.push(`</g>`);
    chart.series.forEach((s, si) => {
        const { colour, dash } = seriesStyle(si);
        const defined = s.values.flatMap((v, i) => (v === null ? [] : [[i, v]]));
        parts.push(`<g class="series" data-label="${escapeXml(s.label)}">`);
        parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ""} points="${defined.map(([i, v]) => `${num(x(i))},${num(y(v))}`).join(" ")}"/>`);
        for (const [i, v] of defined) {
            parts.push(`<circle cx="${num(x(i))}" cy="${num(y(v))}" r="3.5" fill="${colour}"><title>${escapeXml(`${s.label}, ${chart.categories[i]}: ${formatNumber(v, 3)}`)}</title></circle>`);
        }
        parts.push(`</g>`);
    });
    parts.push(`</svg>`);
    return `${parts.join("\n")}\n`;
}
/** Renders a grouped bar chart as an SVG document (ending in a newline). Each bar carries its value as a label. */
export function renderBarChart(chart) {
    checkShape(chart);
    const n = chart.categories.length;
    const band = (RIGHT - LEFT) / Math.max(1, n);
    const k = Math.max(1, chart.series.length);
    const barWidth = (band * 0.8) / k;
    const { y, parts } = frame(chart, (i, lx, ly) => `<rect x="${lx}" y="${num(ly - 6)}" width="24" height="12" fill="${seriesStyle(i).colour}"/>`);
    parts.push(`<g class="x-ticks" text-anchor="middle" fill="#111827">`);
    for (let c = 0; c < n; c++)
        parts.push(`<text x="${num(LEFT + band * (c + 0.5))}" y="${BOTTOM + 20}">${escapeXml(chart.categories[c])}</text>`);
    parts.push(`</g>`);
    const percent = chart.percent === true;
    chart.series.forEach((s, si) => {
        const { colour } = seriesStyle(si);
        parts.push(`<g class="series" data-label="${escapeXml(s.label)}" fill="${colour}">`);
        s.values.forEach((v, c) => {
            if (v === null)
                return;
            const bx = LEFT + band * c + band * 0.1 + barWidth * si;
            const top = y(v);
            parts.push(`<rect x="${num(bx)}" y="${num(top)}" width="${num(barWidth)}" height="${num(BOTTOM - top)}"><title>${escapeXml(`${s.label}, ${chart.categories[c]}: ${tickText(v, percent)}`)}</title></rect>`, `<text x="${num(bx + barWidth / 2)}" y="${num(top - 4)}" text-anchor="middle" font-size="10" fill="#111827">${escapeXml(tickText(v, percent))}</text>`);
        });
        parts.push(`</g>`);
    });
    parts.push(`</svg>`);
    return `${parts.join("\n")}\n`;
}
//# sourceMappingURL=plot.js.map
import { BUCKET } from "../node/chaos.js";
import { escapeXml } from "./svg.js";
const WIDTH = 900;
const LEFT = 70;
const RIGHT = 20;
const LANE = 22;
const TOP = 40;
const CHART = 140;
const COLOURS = { kill: "#d62728", pause: "#ff7f0e", partition: "#9467bd" };
const WORDS = { kill: "killed (SIGKILL), then restarted", pause: "paused (SIGSTOP)", partition: "cut off by a partition" };
/** Renders a chaos run's timeline as an SVG document. */
export function renderChaosTimeline(r, nodeIds) {
    const span = Math.max(r.duration, ...r.faults.map((f) => f.end ?? f.start));
    const x = (t) => LEFT + ((WIDTH - LEFT - RIGHT) * t) / Math.max(1, span);
    const lanesBottom = TOP + nodeIds.length * LANE;
    const chartTop = lanesBottom + 40;
    const height = chartTop + CHART + 60;
    const out = [];
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`);
    out.push(`<rect width="100%" height="100%" fill="white"/>`);
    const verdict = r.ok ? "passed" : "FAILED";
    out.push(`<text x="${LEFT}" y="20" font-size="14">${escapeXml(`chaos: ${r.nodes} nodes, ${r.clients} clients, ${(r.duration / 1000).toFixed(0)} s, seed ${r.seed}: ${r.operations.acknowledged} operations acknowledged; ${verdict}`)}</text>`);
    nodeIds.forEach((id, i) => {
        const y = TOP + i * LANE;
        out.push(`<text x="${LEFT - 8}" y="${y + 15}" text-anchor="end">${escapeXml(id)}</text>`);
        out.push(`<rect x="${LEFT}" y="${y + 3}" width="${WIDTH - LEFT - RIGHT}" height="${LANE - 6}" fill="#eef5ee"/>`);
    });
    for (const f of r.faults) {
        for (const id of f.nodes) {
            const i = nodeIds.indexOf(id);
            if (i < 0)
                continue;
            const x0 = x(f.start);
            const x1 = x(f.end ?? span);
            out.push(`<rect x="${x0.toFixed(1)}" y="${TOP + i * LANE + 3}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${LANE - 6}" fill="${COLOURS[f.kind]}"><title>${escapeXml(`${id} ${WORDS[f.kind]} from ${(f.start / 1000).toFixed(2)} s to ${f.end === null ? "the end" : `${(f.end / 1000).toFixed(2)} s`}`)}</title></rect>`);
        }
    }
    // Throughput.
    const peak = Math.max(1, ...r.throughput);
    const y = (v) => chartTop + CHART - (CHART * v) / peak;
    out.push(`<line x1="${LEFT}" y1="${chartTop + CHART}" x2="${WIDTH - RIGHT}" y2="${chartTop + CHART}" stroke="#444"/>`);
    out.push(`<line x1="${LEFT}" y1="${chartTop}" x2="${LEFT}" y2="${chartTop + CHART}" stroke="#444"/>`);
    out.push(`<text x="${LEFT - 8}" y="${chartTop + 4}" text-anchor="end">${Math.round(peak)}</text>`);
    out.push(`<text x="${LEFT - 8}" y="${chartTop + CHART}" text-anchor="end">0</text>`);
    out.push(`<text x="${LEFT}" y="${chartTop - 8}">acknowledged operations per second</text>`);
    const points = r.throughput.map((v, i) => `${x((i + 0.5) * BUCKET).toFixed(1)},${y(v).toFixed(1)}`);
    if (points.length > 0)
        out.push(`<polyline points="${points.join(" ")}" fill="none" stroke="#1f77b4" stroke-width="2"/>`);
    for (let s = 0; s * 1000 <= span; s += Math.max(1, Math.ceil(span / 1000 / 10))) {
        out.push(`<text x="${x(s * 1000).toFixed(1)}" y="${chartTop + CHART + 16}" text-anchor="middle">${s} s</text>`);
    }
    // Legend.
    let lx = LEFT;
    const ly = chartTop + CHART + 40;
    for (const k of ["kill", "pause", "partition"]) {
        out.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${COLOURS[k]}"/><text x="${lx + 16}" y="${ly}">${WORDS[k]}</text>`);
        lx += 230;
    }
    out.push("</svg>");
    return `${out.join("\n")}\n`;
}
//# sourceMappingURL=chaosTimeline.js.map
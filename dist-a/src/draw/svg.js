const GUTTER = 120;
const LANE = 150;
const TOP = 118;
const ROW = 24;
const FIRST_LANE_X = GUTTER + 60;
const LEGEND_HEIGHT = 70;
/** Colour of each message kind (also used in the legend). */
const MESSAGE_COLOURS = {
    "1a": "#2563eb",
    "1b": "#0d9488",
    "2a": "#d97706",
    "2b": "#9333ea",
};
const MARK_COLOURS = {
    learn: "#15803d",
    restart: "#dc2626",
    crash: "#dc2626",
    timeout: "#6b7280",
    dup: "#6b7280",
    propose: "#111827",
    event: "#6b7280",
};
/** Numbers as short fixed text: at most one decimal, no `-0`. */
function num(n) {
    const r = Math.round(n * 10) / 10;
    return Object.is(r, -0) ? "0" : String(r);
}
/** Escapes text for SVG content and attribute values. */
export function escapeXml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
/** Cuts long labels so they stay inside their lane. */
function clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
/** Renders the chart as an SVG document (UTF-8 text, ending in a newline). */
export function renderChartSvg(chart) {
    const laneX = new Map();
    chart.lifelines.forEach((l, i) => laneX.set(l.node, FIRST_LANE_X + i * LANE));
    const rowY = (r) => TOP + 20 + r * ROW;
    const bottom = rowY(Math.max(chart.rows.length - 1, 0)) + 30;
    const width = Math.max(FIRST_LANE_X + Math.max(chart.lifelines.length - 1, 0) * LANE + 170, 760);
    const height = bottom + LEGEND_HEIGHT;
    const out = [];
    const push = (s) => {
        out.push(s);
    };
    push(`<?xml version="1.0" encoding="UTF-8"?>`);
    push(`<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="Helvetica, Arial, sans-serif" font-size="11">`);
    push(`<title>${escapeXml(chart.title)}</title>`);
    push(`<defs>`);
    for (const [type, colour] of Object.entries(MESSAGE_COLOURS)) {
        push(`<marker id="head-${type}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`);
    }
    push(`<marker id="head-drop" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#9ca3af"/></marker>`);
    push(`</defs>`);
    push(`<style>text.halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}</style>`);
    push(`<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`);
    // Title block.
    push(`<text x="16" y="26" font-size="16" font-weight="bold">${escapeXml(chart.title)}</text>`);
    push(`<text x="16" y="44" font-size="10" fill="#4b5563">${escapeXml(clip(chart.subtitle, Math.floor(width / 6)))}</text>`);
    push(`<text x="16" y="60" font-size="10" fill="#4b5563">${escapeXml(chart.timed ? "One row per step or event, in order of time (left: step number and time)." : "One row per step or event, in step order (left: step number).")}</text>`);
    // Lifelines.
    push(`<g class="lifelines">`);
    for (const l of chart.lifelines) {
        const x = laneX.get(l.node);
        push(`<g class="lifeline" data-node="${escapeXml(l.node)}" data-role="${l.role}"><rect x="${num(x - 50)}" y="72" width="100" height="34" rx="4" fill="#f3f4f6" stroke="#9ca3af"/>` +
            `<text x="${num(x)}" y="88" text-anchor="middle" font-weight="bold">${escapeXml(clip(l.node, 16))}</text>` +
            `<text x="${num(x)}" y="100" text-anchor="middle" font-size="9" fill="#6b7280">${l.role}</text>` +
            `<line x1="${num(x)}" y1="106" x2="${num(x)}" y2="${num(bottom)}" stroke="#9ca3af" stroke-dasharray="4 3"/></g>`);
    }
    push(`</g>`);
    // Gutter: step number and time of each row, with faint row guides every 5 rows.
    push(`<g class="axis" font-size="9" fill="#6b7280">`);
    chart.rows.forEach((r, i) => {
        const y = rowY(i);
        const id = r.entry.kind === "step" ? `#${r.entry.index}` : "·";
        const t = chart.timed && r.time !== undefined ? ` t=${num(r.time)}` : "";
        if (i % 5 === 0)
            push(`<line x1="${num(GUTTER - 10)}" y1="${num(y)}" x2="${num(width - 10)}" y2="${num(y)}" stroke="#f3f4f6"/>`);
        push(`<text x="10" y="${num(y + 3)}">${escapeXml(id + t)}</text>`);
    });
    push(`</g>`);
    // Message arrows.
    // Arrows leaving one step (a broadcast) get their labels staggered along their length, so they do not overlap.
    const fanOut = new Map();
    for (const a of chart.arrows)
        fanOut.set(`${a.fromRow}|${a.type}`, (fanOut.get(`${a.fromRow}|${a.type}`) ?? 0) + 1);
    const fanIndex = new Map();
    push(`<g class="messages">`);
    for (const a of chart.arrows) {
        const x1 = laneX.get(a.fromNode);
        const x2 = laneX.get(a.toNode);
        if (x1 === undefined || x2 === undefined)
            continue;
        const y1 = rowY(a.fromRow);
        const y2 = rowY(a.toRow);
        const colour = MESSAGE_COLOURS[a.type];
        const dx = x2 > x1 ? -4 : x2 < x1 ? 4 : 0;
        const key = `${a.fromRow}|${a.type}`;
        const n = fanOut.get(key);
        const k = fanIndex.get(key) ?? 0;
        fanIndex.set(key, k + 1);
        const along = n === 1 ? 0.5 : 0.3 + (0.45 * k) / (n - 1);
        const mx = x1 + (x2 - x1) * along;
        const my = y1 + (y2 - y1) * along;
        push(`<g class="msg msg-${a.type}"><line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2 + dx)}" y2="${num(y2)}" stroke="${colour}" stroke-width="1.2" marker-end="url(#head-${a.type})"/>` +
            `<text class="halo" x="${num(mx)}" y="${num(my - 2)}" text-anchor="middle" font-size="9" fill="${colour}">${escapeXml(clip(a.label, 28))}</text></g>`);
    }
    push(`</g>`);
    // Dropped messages: a grey dashed line from the sender, ending in an x short of the destination.
    push(`<g class="drops">`);
    for (const d of chart.drops) {
        const y = rowY(d.row);
        const xTo = d.toNode !== undefined ? laneX.get(d.toNode) : undefined;
        const xFrom = d.fromNode !== undefined ? laneX.get(d.fromNode) : undefined;
        const y0 = d.fromRow !== undefined ? rowY(d.fromRow) : y;
        // The x sits just short of the destination's lifeline, at the row where the loss was recorded.
        const side = xFrom !== undefined && xTo !== undefined && xFrom > xTo ? 1 : -1;
        const cx = xTo !== undefined ? xTo + side * 18 : (xFrom ?? FIRST_LANE_X) + 24;
        const cy = y;
        let g = `<g class="drop">`;
        if (xFrom !== undefined)
            g += `<line x1="${num(xFrom)}" y1="${num(y0)}" x2="${num(cx)}" y2="${num(cy)}" stroke="#9ca3af" stroke-dasharray="3 2"/>`;
        g += `<path d="M${num(cx - 5)},${num(cy - 5)} L${num(cx + 5)},${num(cy + 5)} M${num(cx - 5)},${num(cy + 5)} L${num(cx + 5)},${num(cy - 5)}" stroke="#dc2626" stroke-width="2"/>`;
        g += `<text class="halo" x="${num(cx + 8)}" y="${num(cy + 12)}" font-size="9" fill="#6b7280">${escapeXml(clip(d.label, 26))}</text></g>`;
        push(g);
    }
    push(`</g>`);
    // Steps and events: a dot on the lifeline with the action beside it.
    push(`<g class="rows">`);
    const learnRows = new Set(chart.marks.filter((m) => m.kind === "learn").map((m) => m.row));
    chart.rows.forEach((r, i) => {
        const y0 = rowY(i);
        // Events carry their own marker and label; an event at no node (a partition, a heal) spans the chart.
        if (r.entry.kind === "event") {
            if (r.node === undefined) {
                push(`<g class="network"><line x1="${num(GUTTER - 10)}" y1="${num(y0)}" x2="${num(width - 10)}" y2="${num(y0)}" stroke="#f59e0b" stroke-dasharray="6 4"/>` +
                    `<text class="halo" x="${num(GUTTER)}" y="${num(y0 - 4)}" font-size="9" fill="#b45309">${escapeXml(clip(r.label, 60))}</text></g>`);
            }
            return;
        }
        if (r.node === undefined)
            return;
        const x = laneX.get(r.node);
        if (x === undefined)
            return;
        const y = rowY(i);
        const cls = "step";
        // A learn row's pill says what was learned; its label would sit under the pill.
        const text = learnRows.has(i) ? "" : `<text class="halo" x="${num(x + 7)}" y="${num(y - 4)}" font-size="9" fill="#374151">${escapeXml(clip(r.label, 30))}</text>`;
        push(`<g class="${cls}"><circle cx="${num(x)}" cy="${num(y)}" r="3" fill="#111827"/>${text}</g>`);
    });
    push(`</g>`);
    // Markers: learned values, restarts, crashes, timeouts, proposals.
    push(`<g class="marks">`);
    for (const m of chart.marks) {
        if (m.node === undefined)
            continue;
        const x = laneX.get(m.node);
        if (x === undefined)
            continue;
        const y = rowY(m.row);
        const colour = MARK_COLOURS[m.kind];
        const label = escapeXml(clip(m.label, 22));
        switch (m.kind) {
            case "learn":
                push(`<g class="learn"><rect x="${num(x - 52)}" y="${num(y - 9)}" width="104" height="18" rx="9" fill="#dcfce7" stroke="${colour}" stroke-width="1.5"/>` +
                    `<text x="${num(x)}" y="${num(y + 4)}" text-anchor="middle" font-weight="bold" fill="${colour}">${label}</text></g>`);
                break;
            case "restart":
            case "crash":
                push(`<g class="${m.kind}"><rect x="${num(x - 14)}" y="${num(y - 3)}" width="28" height="6" fill="${colour}"/>` +
                    `<text class="halo" x="${num(x - 18)}" y="${num(y + 4)}" text-anchor="end" font-weight="bold" fill="${colour}">${label}</text></g>`);
                break;
            case "propose":
                push(`<g class="propose"><circle cx="${num(x)}" cy="${num(y)}" r="6" fill="none" stroke="${colour}" stroke-width="1.5"/></g>`);
                break;
            case "timeout":
            case "dup":
            case "event":
                push(`<g class="${m.kind}"><rect x="${num(x - 5)}" y="${num(y - 5)}" width="10" height="10" fill="none" stroke="${colour}"/>` +
                    `<text class="halo" x="${num(x - 9)}" y="${num(y + 3)}" text-anchor="end" font-size="9" fill="${colour}">${label}</text></g>`);
                break;
            default: {
                const never = m.kind;
                throw new Error(`unhandled mark kind ${String(never)}`);
            }
        }
    }
    push(`</g>`);
    // Legend.
    const ly = bottom + 22;
    push(`<g class="legend" font-size="10">`);
    let lx = 16;
    for (const [type, colour] of Object.entries(MESSAGE_COLOURS)) {
        push(`<line x1="${num(lx)}" y1="${num(ly)}" x2="${num(lx + 28)}" y2="${num(ly)}" stroke="${colour}" stroke-width="1.2" marker-end="url(#head-${type})"/>`);
        push(`<text x="${num(lx + 34)}" y="${num(ly + 4)}">${type}</text>`);
        lx += 70;
    }
    push(`<path d="M${num(lx)},${num(ly - 5)} L${num(lx + 10)},${num(ly + 5)} M${num(lx)},${num(ly + 5)} L${num(lx + 10)},${num(ly - 5)}" stroke="#dc2626" stroke-width="2"/><text x="${num(lx + 16)}" y="${num(ly + 4)}">dropped</text>`);
    lx += 80;
    push(`<rect x="${num(lx)}" y="${num(ly - 3)}" width="20" height="6" fill="#dc2626"/><text x="${num(lx + 26)}" y="${num(ly + 4)}">restart / crash</text>`);
    lx += 110;
    push(`<rect x="${num(lx)}" y="${num(ly - 8)}" width="40" height="16" rx="8" fill="#dcfce7" stroke="#15803d"/><text x="${num(lx + 46)}" y="${num(ly + 4)}">value learned</text>`);
    lx += 130;
    push(`<circle cx="${num(lx + 6)}" cy="${num(ly)}" r="6" fill="none" stroke="#111827" stroke-width="1.5"/><text x="${num(lx + 18)}" y="${num(ly + 4)}">proposal</text>`);
    push(`<text x="16" y="${num(ly + 26)}" fill="#6b7280">A 1b arrow goes to the Phase2a that read it (every 1b of that ballot sent before); a 2b arrow to the Learn that read it.</text>`);
    push(`</g>`);
    push(`</svg>`);
    return out.join("\n") + "\n";
}
//# sourceMappingURL=svg.js.map
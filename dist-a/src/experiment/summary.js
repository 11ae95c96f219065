/**
 * What an experiment measured: one row per run (`runs.csv`) and one row per
 * point (`summary.csv`, the `--json` output, the Markdown table).
 *
 * Per point: the runs that succeeded (the protocol says what that means:
 * decided for Paxos, every request answered for the replicated log) and their
 * share, and each of the protocol's metrics (see {@link Metric}) as mean,
 * median and 95th percentile (nearest rank) over the runs it applies to; a
 * figure over no runs is empty.
 *
 * @module
 */
import { formatNumber, toCsv } from "./csv.js";
import { distribution } from "./statistics.js";
/** The summary of one point's runs. */
export function summarizePoint(protocol, points) {
    const succeeded = points.runs.filter((r) => protocol.success.test(r.result)).length;
    const figures = {};
    for (const m of protocol.metrics) {
        const values = [];
        for (const r of points.runs) {
            const v = m.value(r.result);
            if (v !== null)
                values.push(v);
        }
        figures[m.key] = distribution(values);
    }
    return {
        point: points.point.index,
        parameters: points.point.parameters,
        runs: points.runs.length,
        succeeded,
        successShare: points.runs.length === 0 ? 0 : succeeded / points.runs.length,
        figures,
    };
}
/** The columns of `runs.csv`: the point, the run, its seed, every parameter, then the protocol's figures. */
export function runColumns(protocol) {
    return ["point", "run", "seed", ...protocol.parameters.map((p) => p.name), ...protocol.runColumns.map((c) => c.name)];
}
/** `runs.csv`: one row per run, every parameter and every figure. */
export function runsCsv(protocol, results) {
    const rows = [];
    for (const { point, runs } of results) {
        for (const { run, seed, result } of runs) {
            rows.push([point.index, run, seed, ...protocol.parameters.map((p) => point.parameters[p.name]), ...protocol.runColumns.map((c) => c.value(result))]);
        }
    }
    return toCsv(runColumns(protocol), rows);
}
/** The columns of `summary.csv`. */
export function summaryColumns(protocol) {
    const ok = protocol.success.column;
    return [
        "point",
        ...protocol.parameters.map((p) => p.name),
        "runs",
        ok,
        `${ok}_share`,
        ...protocol.metrics.flatMap((m) => [`${m.column}_mean`, `${m.column}_median`, `${m.column}_p95`]),
    ];
}
/** `summary.csv`: one row per point. */
export function summaryCsv(protocol, summaries) {
    return toCsv(summaryColumns(protocol), summaries.map((s) => [
        s.point,
        ...protocol.parameters.map((p) => s.parameters[p.name]),
        s.runs,
        s.succeeded,
        s.successShare,
        ...protocol.metrics.flatMap((m) => {
            const d = s.figures[m.key];
            return [d.mean, d.median, d.p95];
        }),
    ]));
}
/** A figure for a table: rounded to `decimals`, or `–` when there is none. */
function cell(n, decimals = 1) {
    return n === null ? "–" : formatNumber(n, decimals);
}
/**
 * A Markdown table of the summaries: the varied parameters, then runs decided,
 * and the median (and p95) of each metric. Used on the terminal, in
 * `index.md` and in the guide.
 */
export function summaryMarkdown(plan, summaries) {
    const { protocol } = plan;
    const varied = plan.axes.map((a) => a.parameter);
    const header = [...varied, protocol.success.column, ...protocol.metrics.map((m) => `${m.table.name} ${m.table.statistic} (p95)`)];
    const rows = summaries.map((s) => [
        ...varied.map((p) => s.parameters[p]),
        `${s.succeeded}/${s.runs} (${formatNumber(s.successShare * 100, 0)}%)`,
        ...protocol.metrics.map((m) => {
            const d = s.figures[m.key];
            return `${cell(d[m.table.statistic], m.table.decimals)} (${cell(d.p95, m.table.p95Decimals ?? m.table.decimals)})`;
        }),
    ]);
    const escape = (t) => t.replace(/\|/g, "\\|");
    const line = (cells) => `| ${cells.map(escape).join(" | ")} |`;
    return [line(header), line(header.map((_, i) => (i < varied.length ? "---" : "---:"))), ...rows.map(line)].join("\n");
}
/** A summary as plain JSON data (for `--json`). */
export function summaryJson(protocol, s) {
    const ok = protocol.success.column;
    return {
        point: s.point,
        parameters: s.parameters,
        runs: s.runs,
        [ok]: s.succeeded,
        [`${ok}Share`]: s.successShare,
        ...Object.fromEntries(protocol.metrics.map((m) => [m.json, s.figures[m.key]])),
    };
}
//# sourceMappingURL=summary.js.map
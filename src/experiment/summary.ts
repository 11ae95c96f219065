/**
 * What an experiment measured: one row per run (`runs.csv`) and one row per
 * point (`summary.csv`, the `--json` output, the Markdown table).
 *
 * Per point:
 *
 * - **decided share**: the fraction of runs in which every learner learned a
 *   value within the step budget (runs that ran out of steps, or went quiet
 *   after every proposer used up its ballots, did not decide);
 * - **messages to decision**: protocol messages (1a, 1b, 2a, 2b, lost ones
 *   included) sent before the last learner learned; decided runs only;
 * - **time to decision**: simulated time from the first Phase1a to the moment
 *   the last learner learned; decided runs only;
 * - **ballots tried**: ballots started (Phase1a steps) in the whole run;
 *   every run, decided or not.
 *
 * Each is given as mean, median and 95th percentile (nearest rank); a figure
 * over no runs is empty.
 *
 * @module
 */
import { formatNumber, toCsv } from "./csv.js";
import type { CsvCell } from "./csv.js";
import { PARAMETER_NAMES } from "./parameters.js";
import type { ParameterName } from "./parameters.js";
import { distribution } from "./statistics.js";
import type { Distribution } from "./statistics.js";
import type { ExperimentPlan, PointRuns } from "./sweep.js";

/** The figures of one point. */
export interface PointSummary {
  /** Position in the sweep, from 1. */
  readonly point: number;
  /** Every parameter's value in force, canonical text. */
  readonly parameters: Readonly<Record<ParameterName, string>>;
  readonly runs: number;
  /** Runs in which every learner learned within the budget. */
  readonly decided: number;
  /** `decided / runs`. */
  readonly decidedShare: number;
  /** Protocol messages sent before the decision, over decided runs. */
  readonly messages: Distribution;
  /** Simulated time from the first Phase1a to the decision, over decided runs. */
  readonly latency: Distribution;
  /** Ballots started, over all runs. */
  readonly ballots: Distribution;
}

/** The metrics summarised per point, with their names in CSV headers and their meaning. */
export const METRICS = [
  { key: "messages", column: "messages", title: "protocol messages to decision", unit: "messages", over: "decided runs" },
  { key: "latency", column: "latency", title: "simulated time to decision", unit: "time units", over: "decided runs" },
  { key: "ballots", column: "ballots_tried", title: "ballots tried", unit: "ballots", over: "all runs" },
] as const;

/** One of {@link METRICS}. */
export type Metric = (typeof METRICS)[number];

/** The summary of one point's runs. */
export function summarizePoint(points: PointRuns): PointSummary {
  const decided = points.runs.filter((r) => r.result.decided);
  return {
    point: points.point.index,
    parameters: points.point.parameters,
    runs: points.runs.length,
    decided: decided.length,
    decidedShare: points.runs.length === 0 ? 0 : decided.length / points.runs.length,
    messages: distribution(decided.map((r) => r.result.protocolMessagesToDecision ?? 0)),
    latency: distribution(decided.map((r) => r.result.latency ?? 0)),
    ballots: distribution(points.runs.map((r) => r.result.ballots.length)),
  };
}

/** The columns of `runs.csv`. */
const RUN_COLUMNS: readonly string[] = [
  "point",
  "run",
  "seed",
  ...PARAMETER_NAMES,
  "decided",
  "stopped",
  "latency",
  "decision_time",
  "messages_to_decision",
  "ballots_tried",
  "steps_taken",
  "spec_steps",
  "messages_1a",
  "messages_1b",
  "messages_2a",
  "messages_2b",
  "messages_request",
  "messages_decision",
  "delivered",
  "dropped",
  "duplicated",
  "crashes",
  "partitions",
];

/** `runs.csv`: one row per run, every parameter and every figure. */
export function runsCsv(results: readonly PointRuns[]): string {
  const rows: CsvCell[][] = [];
  for (const { point, runs } of results) {
    for (const { run, seed, result: r } of runs) {
      const m = r.messages;
      rows.push([
        point.index,
        run,
        seed,
        ...PARAMETER_NAMES.map((p) => point.parameters[p]),
        r.decided,
        r.stopped,
        r.latency,
        r.decision?.time ?? null,
        r.protocolMessagesToDecision,
        r.ballots.length,
        r.steps,
        r.specSteps,
        m["1a"],
        m["1b"],
        m["2a"],
        m["2b"],
        m.request,
        m.decision,
        r.delivered,
        r.dropped,
        r.duplicated,
        r.crashes,
        r.partitions,
      ]);
    }
  }
  return toCsv(RUN_COLUMNS, rows);
}

/** The columns of `summary.csv`. */
export const SUMMARY_COLUMNS: readonly string[] = [
  "point",
  ...PARAMETER_NAMES,
  "runs",
  "decided",
  "decided_share",
  ...METRICS.flatMap((m) => [`${m.column}_mean`, `${m.column}_median`, `${m.column}_p95`]),
];

/** `summary.csv`: one row per point. */
export function summaryCsv(summaries: readonly PointSummary[]): string {
  return toCsv(
    SUMMARY_COLUMNS,
    summaries.map((s) => [
      s.point,
      ...PARAMETER_NAMES.map((p) => s.parameters[p]),
      s.runs,
      s.decided,
      s.decidedShare,
      ...METRICS.flatMap((m) => [s[m.key].mean, s[m.key].median, s[m.key].p95]),
    ]),
  );
}

/** A figure for a table: rounded to `decimals`, or `–` when there is none. */
function cell(n: number | null, decimals = 1): string {
  return n === null ? "–" : formatNumber(n, decimals);
}

/**
 * A Markdown table of the summaries: the varied parameters, then runs decided,
 * and the median (and p95) of each metric. Used on the terminal, in
 * `index.md` and in the guide.
 */
export function summaryMarkdown(plan: ExperimentPlan, summaries: readonly PointSummary[]): string {
  const varied = plan.axes.map((a) => a.parameter);
  const header = [...varied, "decided", "messages median (p95)", "time median (p95)", "ballots mean (p95)"];
  const rows = summaries.map((s) => [
    ...varied.map((p) => s.parameters[p]),
    `${s.decided}/${s.runs} (${formatNumber(s.decidedShare * 100, 0)}%)`,
    `${cell(s.messages.median)} (${cell(s.messages.p95)})`,
    `${cell(s.latency.median)} (${cell(s.latency.p95)})`,
    `${cell(s.ballots.mean, 2)} (${cell(s.ballots.p95)})`,
  ]);
  const escape = (t: string): string => t.replace(/\|/g, "\\|");
  const line = (cells: readonly string[]): string => `| ${cells.map(escape).join(" | ")} |`;
  return [line(header), line(header.map((_, i) => (i < varied.length ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/** A summary as plain JSON data (for `--json`). */
export function summaryJson(s: PointSummary): Record<string, unknown> {
  return {
    point: s.point,
    parameters: s.parameters,
    runs: s.runs,
    decided: s.decided,
    decidedShare: s.decidedShare,
    messagesToDecision: s.messages,
    timeToDecision: s.latency,
    ballotsTried: s.ballots,
  };
}

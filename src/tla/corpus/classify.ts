/**
 * How a run of the engine on a corpus model compares with TLC's recorded
 * figures, and the coverage report (Markdown, with no dates, so that it only
 * changes when the results do).
 *
 * @module
 */
import type { CorpusModel } from "./manifest.js";
import type { OneResult } from "./one.js";

/** The verdict on one model. */
export type Verdict = "match" | "mismatch" | "unsupported" | "timeout" | "error";

export const VERDICTS: readonly Verdict[] = ["match", "mismatch", "unsupported", "timeout", "error"];

/** One model's verdict, with the engine's figures and, unless it matched, why. */
export interface Classified {
  readonly name: string;
  readonly verdict: Verdict;
  readonly tlc: CorpusModel["tlc"];
  readonly engine?: { readonly distinctStates: number; readonly depth: number; readonly statesGenerated: number };
  /** One line: the engine's message, or the figures that differ. */
  readonly reason?: string;
  readonly seconds: number;
}

/** The end of a child run: its result, or that it timed out, or that it failed without a result. */
export type RunEnd = { readonly kind: "result"; readonly result: OneResult } | { readonly kind: "timeout" } | { readonly kind: "failed"; readonly detail: string };

/** The first line of a message, without a leading `file:line:col: ` and shortened to 200 characters. */
export function oneLine(message: string): string {
  const first = message.split("\n")[0]!.trim();
  return first.length > 200 ? `${first.slice(0, 197)}...` : first;
}

/** Compares one run with TLC's figures. */
export function classify(model: CorpusModel, end: RunEnd, seconds: number): Classified {
  const base = { name: model.name, tlc: model.tlc, seconds };
  if (end.kind === "timeout") return { ...base, verdict: "timeout" };
  if (end.kind === "failed") return { ...base, verdict: "error", reason: oneLine(end.detail) };
  const r = end.result;
  const engine = { distinctStates: r.distinctStates, depth: r.depth, statesGenerated: r.statesGenerated };
  switch (r.outcome) {
    case "parse-error":
    case "semantic-error":
      return { ...base, verdict: "unsupported", reason: oneLine(r.message ?? r.outcome) };
    case "error":
    case "crash":
      return { ...base, verdict: "error", reason: oneLine(`${r.outcome === "crash" ? "internal error: " : ""}${r.message ?? r.outcome}`) };
    case "success": {
      const diffs: string[] = [];
      if (r.distinctStates !== model.tlc.distinctStates) diffs.push(`distinct ${r.distinctStates} vs TLC ${model.tlc.distinctStates}`);
      if (r.depth !== model.tlc.depth) diffs.push(`depth ${r.depth} vs TLC ${model.tlc.depth}`);
      if (model.tlc.statesGenerated !== undefined && r.statesGenerated !== model.tlc.statesGenerated)
        diffs.push(`generated ${r.statesGenerated} vs TLC ${model.tlc.statesGenerated}`);
      return diffs.length === 0 ? { ...base, verdict: "match", engine } : { ...base, verdict: "mismatch", engine, reason: diffs.join(", ") };
    }
    default:
      // a violation (invariant, deadlock, property, assumption) where TLC found none
      return { ...base, verdict: "mismatch", engine, reason: oneLine(`the engine reports ${r.outcome}${r.message !== undefined ? `: ${r.message}` : ""}; TLC found no error`) };
  }
}

/** Counts per verdict. */
export function totals(results: readonly Classified[]): Record<Verdict, number> {
  const t: Record<Verdict, number> = { match: 0, mismatch: 0, unsupported: 0, timeout: 0, error: 0 };
  for (const r of results) t[r.verdict]++;
  return t;
}

/** `match 80, mismatch 0, unsupported 30, timeout 5, error 2 (of 117)`. */
export function totalsLine(results: readonly Classified[]): string {
  const t = totals(results);
  return `${VERDICTS.map((v) => `${v} ${t[v]}`).join(", ")} (of ${results.length})`;
}

/**
 * A reason with what is particular to one spec taken out, so that the same
 * cause in different specs counts once: the location, the name of a liveness
 * property, where a missing module was looked for, quoted text and numbers.
 */
export function reasonKey(reason: string): string {
  return reason
    .replace(/^[^\s:]+:\d+:\d+: /, "")
    .replace(/^\S+ is a liveness property/, "X is a liveness property")
    .replace(/^(unknown module \S+): .*/, "$1")
    .replace(/'[^']*'/g, "'…'")
    .replace(/\d+/g, "N");
}

/** The most frequent reasons of the unsupported and error verdicts, most frequent first. */
export function frequentReasons(results: readonly Classified[], limit = 15): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of results) {
    if ((r.verdict !== "unsupported" && r.verdict !== "error") || r.reason === undefined) continue;
    const key = `${r.verdict}: ${reasonKey(r.reason)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1))
    .slice(0, limit);
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function figures(f: { distinctStates: number; depth: number; statesGenerated?: number }): string {
  return `${f.distinctStates} / ${f.depth} / ${f.statesGenerated ?? "–"}`;
}

/** The generated part of docs/coverage.md: totals, frequent reasons, one row per model. */
export function coverageMarkdown(results: readonly Classified[]): string {
  const lines: string[] = [];
  lines.push(`**Totals:** ${totalsLine(results)}`, "");
  const reasons = frequentReasons(results);
  if (reasons.length > 0) {
    lines.push("**Most frequent reasons (unsupported and error):**", "");
    for (const r of reasons) lines.push(`- ${r.count} × ${r.reason.replace(/`/g, "'")}`);
    lines.push("");
  }
  lines.push("| Model | Verdict | TLC: distinct / depth / generated | Engine | Reason |", "|---|---|---|---|---|");
  for (const r of results) {
    lines.push(`| ${cell(r.name)} | ${r.verdict} | ${figures(r.tlc)} | ${r.engine ? figures(r.engine) : "–"} | ${r.reason !== undefined ? cell(r.reason) : ""} |`);
  }
  return lines.join("\n") + "\n";
}

export const BEGIN_MARK = "<!-- corpus:begin (generated by npm run corpus) -->";
export const END_MARK = "<!-- corpus:end -->";

/**
 * `previous` with the text between the markers replaced by `generated`; the
 * text around the markers is kept. Without markers, a page with a title,
 * an introduction and the markers.
 */
export function spliceCoverage(previous: string | undefined, generated: string, intro: string): string {
  const block = `${BEGIN_MARK}\n${generated}${END_MARK}`;
  if (previous !== undefined) {
    const b = previous.indexOf(BEGIN_MARK);
    const e = previous.indexOf(END_MARK);
    if (b >= 0 && e > b) return previous.slice(0, b) + block + previous.slice(e + END_MARK.length);
  }
  return `${intro}\n\n${block}\n`;
}

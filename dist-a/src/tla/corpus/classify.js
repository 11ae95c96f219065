export const VERDICTS = ["match", "mismatch", "unsupported", "timeout", "error"];
/** The first line of a message, without a leading `file:line:col: ` and shortened to 200 characters. */
export function oneLine(message) {
    const first = message.split("\n")[0].trim();
    return first.length > 200 ? `${first.slice(0, 197)}...` : first;
}
/** The outcomes of the engine that count as each kind of failure TLC records. */
function failureKind(r) {
    switch (r.outcome) {
        case "invariant":
        case "deadlock":
        case "assumption":
            return "safety failure";
        case "property":
            return r.liveness === true ? "liveness failure" : "safety failure";
        default:
            return undefined;
    }
}
/** The figures recorded for TLC that differ from the engine's, one phrase each. */
function figureDiffs(tlc, r) {
    const diffs = [];
    if (tlc.distinctStates !== undefined && r.distinctStates !== tlc.distinctStates)
        diffs.push(`distinct ${r.distinctStates} vs TLC ${tlc.distinctStates}`);
    if (tlc.depth !== undefined && r.depth !== tlc.depth)
        diffs.push(`depth ${r.depth} vs TLC ${tlc.depth}`);
    if (tlc.statesGenerated !== undefined && r.statesGenerated !== tlc.statesGenerated)
        diffs.push(`generated ${r.statesGenerated} vs TLC ${tlc.statesGenerated}`);
    return diffs;
}
/** Whether the manifest records TLC's distinct states and depth. */
function hasFigures(tlc) {
    return tlc.distinctStates !== undefined && tlc.depth !== undefined;
}
/** What the engine reported, in a few words: `invariant: Invariant Inv is violated.`. */
function reported(r) {
    return `${r.outcome}${r.outcome === "property" ? (r.liveness === true ? " (liveness)" : " (safety)") : ""}${r.message !== undefined ? `: ${r.message}` : ""}`;
}
/**
 * Compares one run with TLC's recorded result and figures. A model TLC
 * checked without error matches when the engine finds no violation and its
 * figures equal those recorded (on outcome alone when none are recorded); a
 * model where TLC found a safety (liveness) failure matches when the engine
 * reports a violation of the same kind: an invariant, a deadlock, an assumption
 * or a safety property (a property violated by a lasso), with the figures
 * compared where recorded.
 */
export function classify(model, end, seconds) {
    const base = { name: model.name, tlc: model.tlc, seconds };
    if (end.kind === "timeout")
        return { ...base, verdict: "timeout" };
    if (end.kind === "failed")
        return { ...base, verdict: "error", reason: oneLine(end.detail) };
    const r = end.result;
    const engine = { outcome: r.outcome, distinctStates: r.distinctStates, depth: r.depth, statesGenerated: r.statesGenerated };
    switch (r.outcome) {
        case "parse-error":
        case "semantic-error":
            return { ...base, verdict: "unsupported", reason: oneLine(r.message ?? r.outcome) };
        case "error":
        case "crash":
            return { ...base, verdict: "error", reason: oneLine(`${r.outcome === "crash" ? "internal error: " : ""}${r.message ?? r.outcome}`) };
    }
    const expected = model.tlc.result;
    const found = failureKind(r);
    if (expected === "success") {
        if (found !== undefined)
            return { ...base, verdict: "mismatch", engine, reason: oneLine(`the engine reports ${reported(r)}; TLC found no error`) };
        const diffs = figureDiffs(model.tlc, r);
        if (diffs.length > 0)
            return { ...base, verdict: "mismatch", engine, reason: diffs.join(", ") };
        return hasFigures(model.tlc)
            ? { ...base, verdict: "match", engine }
            : { ...base, verdict: "match", engine, reason: "on outcome only: no error, as TLC (the manifest records no figures)" };
    }
    if (found === undefined)
        return { ...base, verdict: "mismatch", engine, reason: `TLC found a ${expected}; the engine found no error` };
    if (found !== expected)
        return { ...base, verdict: "mismatch", engine, reason: oneLine(`TLC found a ${expected}; the engine reports ${reported(r)}`) };
    const diffs = figureDiffs(model.tlc, r);
    if (diffs.length > 0)
        return { ...base, verdict: "mismatch", engine, reason: oneLine(`${diffs.join(", ")} at the violation (${reported(r)})`) };
    return { ...base, verdict: "match", engine, reason: oneLine(`${expected} as TLC${hasFigures(model.tlc) ? "" : " (the manifest records no figures)"}: ${reported(r)}`) };
}
/** Counts per verdict. */
export function totals(results) {
    const t = { match: 0, mismatch: 0, unsupported: 0, timeout: 0, error: 0 };
    for (const r of results)
        t[r.verdict]++;
    return t;
}
/** `match 80, mismatch 0, unsupported 30, timeout 5, error 2 (of 117)`. */
export function totalsLine(results) {
    const t = totals(results);
    return `${VERDICTS.map((v) => `${v} ${t[v]}`).join(", ")} (of ${results.length})`;
}
/**
 * A reason with what is particular to one spec taken out, so that the same
 * cause in different specs counts once: the location, the name of a liveness
 * property, where a missing module was looked for, quoted text and numbers.
 */
export function reasonKey(reason) {
    return reason
        .replace(/^[^\s:]+:\d+:\d+: /, "")
        .replace(/^\S+ is a liveness property/, "X is a liveness property")
        .replace(/^(unknown module \S+): .*/, "$1")
        .replace(/'[^']*'/g, "'…'")
        .replace(/\d+/g, "N");
}
/** The most frequent reasons of the unsupported and error verdicts, most frequent first. */
export function frequentReasons(results, limit = 15) {
    const counts = new Map();
    for (const r of results) {
        if ((r.verdict !== "unsupported" && r.verdict !== "error") || r.reason === undefined)
            continue;
        const key = `${r.verdict}: ${reasonKey(r.reason)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts.entries()]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1))
        .slice(0, limit);
}
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function figures(f) {
    return `${f.distinctStates ?? "–"} / ${f.depth ?? "–"} / ${f.statesGenerated ?? "–"}`;
}
/** TLC's column: its figures, preceded by the failure it found, if any. */
function tlcCell(tlc) {
    return tlc.result === "success" ? figures(tlc) : `${tlc.result}: ${figures(tlc)}`;
}
/** The engine's column: its figures, preceded by the violation it reported, if any. */
function engineCell(e) {
    return e.outcome === "success" ? figures(e) : `${e.outcome}: ${figures(e)}`;
}
/** The generated part of docs/coverage.md: totals, frequent reasons, one row per model. */
export function coverageMarkdown(results) {
    const lines = [];
    lines.push(`**Totals:** ${totalsLine(results)}`, "");
    const reasons = frequentReasons(results);
    if (reasons.length > 0) {
        lines.push("**Most frequent reasons (unsupported and error):**", "");
        for (const r of reasons)
            lines.push(`- ${r.count} × ${r.reason.replace(/`/g, "'")}`);
        lines.push("");
    }
    lines.push("| Model | Verdict | TLC: distinct / depth / generated | Engine | Reason or note |", "|---|---|---|---|---|");
    for (const r of results) {
        lines.push(`| ${cell(r.name)} | ${r.verdict} | ${tlcCell(r.tlc)} | ${r.engine ? engineCell(r.engine) : "–"} | ${r.reason !== undefined ? cell(r.reason) : ""} |`);
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
export function spliceCoverage(previous, generated, intro) {
    const block = `${BEGIN_MARK}\n${generated}${END_MARK}`;
    if (previous !== undefined) {
        const b = previous.indexOf(BEGIN_MARK);
        const e = previous.indexOf(END_MARK);
        if (b >= 0 && e > b)
            return previous.slice(0, b) + block + previous.slice(e + END_MARK.length);
    }
    return `${intro}\n\n${block}\n`;
}
//# sourceMappingURL=classify.js.map
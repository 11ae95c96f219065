/**
 * An experiment from plan to files: run the sweep, summarise each point,
 * draw the plots, and lay out the output folder (`runs.csv`, `summary.csv`,
 * one SVG per plot, and an `index.md` that lists them with the command that
 * produced them). Nothing in the files depends on the clock or the machine,
 * so the same command gives byte-identical files.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { experimentFigures } from "./figures.js";
import { runsCsv, summarizePoint, summaryCsv, summaryMarkdown } from "./summary.js";
import { pointCount, runExperiment, runSeed } from "./sweep.js";
/** Runs the plan (reporting each finished run to `progress`), summarises it and draws its figures. */
export function conductExperiment(plan, progress) {
    const results = runExperiment(plan, progress);
    const summaries = results.map((r) => summarizePoint(plan.protocol, r));
    const figures = experimentFigures(plan, results.map((r) => r.point), summaries);
    return { plan, results, summaries, figures };
}
/** Quotes a command-line word for a POSIX shell when it needs it. */
export function shellWord(word) {
    return /^[A-Za-z0-9_./=,:+@%-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** The text of `index.md`: the command, the plan in words, the summary table, links to the data and the plots. */
function indexMarkdown(outcome, command) {
    const { plan } = outcome;
    const varied = plan.axes.map((a) => `${a.parameter} (${a.labels.join(", ")})`).join("; ");
    const fixed = plan.settings.map((s) => `${s.parameter}=${s.label}`).join(", ");
    const lines = [
        "# Experiment",
        "",
        "Produced by:",
        "",
        "```sh",
        command,
        "```",
        "",
        `${pointCount(plan)} points × ${plan.runs} runs. Base seed \`${plan.seed}\`: run *i* of every point uses the seed \`${plan.seed}.i\` (the first: \`${runSeed(plan.seed, 1)}\`).`,
        `Varied: ${varied}.${fixed ? ` Fixed: ${fixed}.` : ""} Everything else has the simulator's default value.`,
        "",
        "## Summary",
        "",
        `Protocol: ${plan.protocol.title}. A run counts as ${plan.protocol.success.column} when ${plan.protocol.success.meaning}. ` +
            `Figures: ${plan.protocol.metrics.map((m) => `${m.table.name} over ${m.over}`).join(", ")}; each the statistic its column names, with the 95th percentile (nearest rank) in parentheses.`,
        "",
        summaryMarkdown(plan, outcome.summaries),
        "",
        "Data: [summary.csv](summary.csv) (one row per point), [runs.csv](runs.csv) (one row per run).",
        "",
        "## Plots",
        "",
    ];
    let panel;
    for (const f of outcome.figures) {
        if (f.panel && f.panel !== panel) {
            lines.push(`### ${f.panel}`, "");
            panel = f.panel;
        }
        lines.push(`- [${f.title}](${f.file})`, "", `  ![${f.title}](${f.file})`, "");
    }
    return `${lines.join("\n").trimEnd()}\n`;
}
/** Every output file's name and content, in a fixed order. */
export function experimentFiles(outcome, command) {
    const files = new Map();
    files.set("runs.csv", runsCsv(outcome.plan.protocol, outcome.results));
    files.set("summary.csv", summaryCsv(outcome.plan.protocol, outcome.summaries));
    for (const f of outcome.figures)
        files.set(f.file, f.svg);
    files.set("index.md", indexMarkdown(outcome, command));
    return files;
}
/** Writes the files into `dir` (created if needed); returns their paths. */
export function writeExperimentFolder(dir, files) {
    mkdirSync(dir, { recursive: true });
    const paths = [];
    for (const [name, text] of files) {
        const path = join(dir, name);
        writeFileSync(path, text);
        paths.push(path);
    }
    return paths;
}
//# sourceMappingURL=experiment.js.map
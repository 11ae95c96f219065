/**
 * `npm run corpus -- --examples DIR [--timeout S] [--only NAME] [--jobs N] [--json] [--out FILE]`:
 * runs the engine on every model of a checkout of the TLA+ Examples that TLC
 * checked exhaustively in at most a minute (successes and violations), one
 * child process per model with a timeout, and compares the outcome and the
 * figures with TLC's (see {@link classify}).
 *
 * A full run (no `--only`) writes the report into docs/coverage.md (or
 * `--out FILE`), between its markers. Progress goes to stderr on a terminal;
 * `--json` prints the results as JSON on stdout.
 *
 * @module
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { classify, coverageMarkdown, spliceCoverage, totalsLine } from "./classify.js";
import { corpusModels } from "./manifest.js";
const usage = `Usage: npm run corpus -- --examples DIR [options]

Runs the engine on the models of a checkout of the TLA+ Examples that TLC
checked by exhaustive search in at most a minute (successes and violations),
and compares the outcomes and figures.

Options:
  --examples DIR   the checkout (holds specifications/*/manifest.json)
  --timeout S      seconds per model (default 60)
  --only NAME      only the models whose name (folder/Model) contains NAME
  --jobs N         models run at the same time (default 1)
  --json           print the results as JSON on stdout
  --out FILE       write the report there (default docs/coverage.md, only for a full run)`;
const here = path.dirname(fileURLToPath(import.meta.url));
const oneScript = path.join(here, "one.js");
/**
 * V8 options of the child process: semi-spaces of 64 MB instead of Node's
 * 16. A search makes many values (successor states, the sets and records in
 * them) that live through one or two young-generation collections and then
 * die; with the default size a collection every few milliseconds copies them,
 * and on PaxosCommit a third of the time went to it (its first 300,000 states:
 * 15.8 CPU seconds with the default, 10.4 with this). The option can only be
 * given when the process starts, hence here.
 */
export const SEARCH_NODE_OPTIONS = ["--max-semi-space-size=64"];
/**
 * Runs one model in a child process, stopping it after `timeoutS` seconds.
 * Its working directory is the checkout's root, where the Examples' own runs
 * of TLC start: a file a specification names by a relative path
 * (`ndJsonDeserialize("specifications/ewd998/...")`) is found there.
 */
function runOne(model, timeoutS, root) {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [...SEARCH_NODE_OPTIONS, oneScript, model.cfg, model.module], { stdio: ["ignore", "pipe", "pipe"], cwd: root });
        let out = "";
        let err = "";
        let timedOut = false;
        child.stdout.on("data", (d) => (out += d.toString()));
        child.stderr.on("data", (d) => (err += d.toString()));
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
        }, timeoutS * 1000);
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            if (timedOut)
                return resolve({ kind: "timeout" });
            const line = out.trim().split("\n").pop();
            if (line !== undefined && line.startsWith("{")) {
                try {
                    return resolve({ kind: "result", result: JSON.parse(line) });
                }
                catch (e) {
                    if (!(e instanceof SyntaxError))
                        throw e;
                }
            }
            const why = err
                .trim()
                .split("\n")
                .find((l) => /error|Error/.test(l)) ??
                err.trim().split("\n")[0] ??
                "";
            resolve({ kind: "failed", detail: `the engine's process ended (${signal ?? `exit ${code}`}) without a result${why ? `: ${why}` : ""}` });
        });
    });
}
const INTRO = `# Coverage of the TLA+ Examples

The engine run on every model of the public TLA+ Examples repository whose manifest records an
exhaustive search by TLC with a known run time of at most a minute that ended in success, in a
safety failure or in a liveness failure. \`npm run corpus -- --examples DIR\` regenerates the part
between the markers. A model TLC checked without error **matches** when the engine finds no
violation and its distinct states and depth (and states generated, where recorded) equal TLC's;
where the manifest records no figures it matches on the outcome alone. A model where TLC found a
violation matches when the engine reports one of the same kind (safety: an invariant, a deadlock,
an assumption or a safety property; liveness: a temporal property violated by a lasso).
**Unsupported** means the engine refused the spec or its model with a message; **error** means
evaluation failed or the engine's process ended without a result; **timeout** means the engine did
not finish within the time allowed.`;
/** The result with the paths in its reason written relative to the specifications folder. */
function relative(r, specs) {
    return r.reason === undefined ? r : { ...r, reason: r.reason.split(specs).join("") };
}
/** The command line's options, or the one-line reason it is not understood. */
function options(argv) {
    try {
        return parseArgs({
            args: argv,
            options: {
                examples: { type: "string" },
                timeout: { type: "string", default: "60" },
                only: { type: "string" },
                jobs: { type: "string", default: "1" },
                json: { type: "boolean", default: false },
                out: { type: "string" },
                help: { type: "boolean", short: "h", default: false },
            },
        });
    }
    catch (e) {
        return e instanceof Error ? e.message : String(e);
    }
}
async function main() {
    const parsed = options(process.argv.slice(2));
    if (typeof parsed === "string") {
        console.error(`corpus: ${parsed}\n\n${usage}`);
        return 2;
    }
    const { values } = parsed;
    if (values.help) {
        console.log(usage);
        return 0;
    }
    if (values.examples === undefined) {
        console.error(`corpus: missing --examples DIR\n\n${usage}`);
        return 2;
    }
    const timeout = Number(values.timeout);
    const jobs = Number(values.jobs);
    if (!(timeout > 0) || !(Number.isInteger(jobs) && jobs >= 1)) {
        console.error("corpus: --timeout needs a positive number of seconds and --jobs a positive integer");
        return 2;
    }
    const root = path.resolve(values.examples);
    const specs = path.join(root, "specifications") + path.sep;
    let models;
    try {
        models = corpusModels(path.resolve(values.examples));
    }
    catch (e) {
        console.error(`corpus: ${e instanceof Error ? e.message : String(e)}`);
        return 2;
    }
    if (values.only !== undefined)
        models = models.filter((m) => m.name.includes(values.only));
    if (models.length === 0) {
        console.error("corpus: no model selected");
        return 2;
    }
    const tty = process.stderr.isTTY === true;
    const results = new Array(models.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < models.length) {
            const i = next++;
            const model = models[i];
            const t0 = Date.now();
            const end = await runOne(model, timeout, root);
            const r = relative(classify(model, end, (Date.now() - t0) / 1000), specs);
            results[i] = r;
            done++;
            if (tty) {
                const why = r.reason !== undefined ? `  ${r.reason.slice(0, 100)}` : "";
                process.stderr.write(`\r\x1b[K[${done}/${models.length}] ${r.verdict.padEnd(11)} ${r.name} (${r.seconds.toFixed(1)} s)${why}\n`);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, models.length) }, worker));
    if (values.json)
        console.log(JSON.stringify(results, null, 2));
    else
        console.log(totalsLine(results));
    const out = values.out ?? (values.only === undefined ? "docs/coverage.md" : undefined);
    if (out !== undefined) {
        const previous = existsSync(out) ? readFileSync(out, "utf8") : undefined;
        writeFileSync(out, spliceCoverage(previous, coverageMarkdown(results), INTRO));
        if (tty)
            process.stderr.write(`wrote ${out}\n`);
    }
    return 0;
}
process.exitCode = await main();
//# sourceMappingURL=main.js.map
/**
 * `paxos experiment`: parameter sweeps over the simulator of single-decree
 * Paxos or of the replicated log, written as `runs.csv`, `summary.csv`, SVG
 * plots and an `index.md`.
 *
 * @module
 */
import { randomInt } from "node:crypto";
import { oneOf, parseArgs, UsageError } from "../args.js";
import { ProgressReporter } from "../progress.js";
import { conductExperiment, EXPERIMENT_PROTOCOLS, ExperimentError, experimentFiles, planExperiment, pointCount, PRESETS, shellWord, summaryJson, summaryMarkdown, writeExperimentFolder, } from "../../experiment/index.js";
const DEFAULT_RUNS = 20;
const DEFAULT_OUT = "results";
/** The parameters of one protocol, for the help text. */
function parameterHelp(protocol) {
    return protocol.parameters.map((p) => `  ${p.name.padEnd(12)}${p.meaning}; ${p.form}`).join("\n");
}
const HELP = `Usage: paxos experiment [--protocol paxos|multipaxos] --vary NAME=V1,V2,... [--vary ...] [options]

Runs the simulator over the cartesian product of the --vary axes, --runs
times per point, and writes to the output folder: runs.csv (one row per run),
summary.csv (one row per point), one SVG plot per metric (first axis on x, one
line per value of the second), a bar chart of the share of runs that
succeeded (paxos: decided; multipaxos: every client request answered), and
index.md.
Run i of every point uses the seed <base>.i, so the same base seed gives the
same files, byte for byte.

Options:
  --protocol P           paxos (default: single-decree Paxos; figures: messages
                         and time to decision, ballots tried) or multipaxos (the
                         replicated key-value store; figures: throughput,
                         request latency, messages per request, ballots started)
  --vary NAME=V1,V2,...  a parameter and its values (repeatable; order matters:
                         the first is the x axis, the second the lines)
  --set NAME=VALUE       fix a parameter for every point (repeatable)
  --runs N               simulations per point (default ${DEFAULT_RUNS})
  --seed S               base seed (default: a random one, printed)
  --steps N              scheduler step budget per run (same as --set steps=N)
  --preset NAME          start from a named experiment (${Object.keys(PRESETS).join(", ")});
                         a parameter you --vary or --set replaces the preset's
  -o, --out DIR          output folder (default ${DEFAULT_OUT})
  --json                 print the summary rows as JSON instead of a table
  --progress             report progress even when stderr is not a terminal

Parameters of paxos:
${parameterHelp(EXPERIMENT_PROTOCOLS.paxos)}

Parameters of multipaxos:
${parameterHelp(EXPERIMENT_PROTOCOLS.multipaxos)}

In --vary, ',' separates values, so the items inside a quorum are separated
by ';' (quote it for the shell): --vary 'quorum=majority,weights:3;1;1;1'.

Presets:
${Object.values(PRESETS)
    .map((p) => `  ${p.name}: ${p.description}\n    = ${p.args.map(shellWord).join(" ")}`)
    .join("\n")}

Examples:
  paxos experiment --vary loss=0,0.1,0.2,0.3 --vary acceptors=3,5,7 --runs 50 -o results/
  paxos experiment --protocol multipaxos --vary window=1,2,4,8 --vary batch=1,10 --runs 10`;
/** The parameter a `--vary`, `--set` or `--steps` argument is about, if any. */
function parameterOf(flag, value) {
    if (flag === "--steps")
        return "steps";
    if (flag === "--protocol")
        return "protocol";
    if ((flag === "--vary" || flag === "--set") && value !== undefined)
        return value.split("=")[0];
    return undefined;
}
/** The user's arguments as (flag, value) pairs for the flags that take a value; other words stand alone. */
function pairs(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const eq = a.indexOf("=");
        if (a.startsWith("--") && eq > 0)
            out.push([a.slice(0, eq), a.slice(eq + 1)]);
        else if (["--vary", "--set", "--steps", "--preset", "--protocol"].includes(a))
            out.push([a, argv[++i]]);
        else
            out.push([a, undefined]);
    }
    return out;
}
/**
 * Expands `--preset NAME` (once, anywhere) into the preset's arguments, put
 * first. A parameter the user varies or sets replaces the preset's choice for
 * it; `--runs`, `--seed` and `--steps` given by the user win over the preset's.
 */
function expandPreset(argv) {
    const given = pairs(argv);
    const names = given.filter(([f]) => f === "--preset").map(([, v]) => v);
    const rest = given.filter(([f]) => f !== "--preset");
    if (names.length > 1)
        throw new UsageError("option '--preset' may be given once");
    const flat = (ps) => ps.flatMap(([f, v]) => (v === undefined ? [f] : [f, v]));
    if (names.length === 0)
        return flat(rest);
    const name = names[0];
    if (name === undefined)
        throw new UsageError("option '--preset' needs a value");
    const preset = PRESETS[name];
    if (!preset)
        throw new UsageError(`unknown preset '${name}'; known: ${Object.keys(PRESETS).join(", ")}`);
    const mine = new Set(rest.map(([f, v]) => parameterOf(f, v)).filter((p) => p !== undefined));
    const kept = pairs(preset.args).filter(([f, v]) => {
        const parameter = parameterOf(f, v);
        return parameter === undefined || !mine.has(parameter);
    });
    return [...flat(kept), ...flat(rest)];
}
export const command = {
    summary: "sweep parameters over many simulations; write CSV and SVG plots",
    help: HELP,
    async run(argv) {
        const expanded = expandPreset(argv);
        const { flags, positionals } = parseArgs(expanded, {
            protocol: { type: "string" },
            vary: { type: "string", repeat: true },
            set: { type: "string", repeat: true },
            runs: { type: "integer" },
            seed: { type: "string" },
            steps: { type: "integer" },
            out: { type: "string", short: "o" },
            json: { type: "boolean" },
            progress: { type: "boolean" },
        });
        if (positionals.length > 0)
            throw new UsageError(`unexpected argument '${positionals[0]}'`);
        const protocol = oneOf("protocol", flags["protocol"], ["paxos", "multipaxos"], "paxos");
        const seed = flags["seed"] ?? String(randomInt(1, 2 ** 31));
        if (seed === "")
            throw new UsageError("option '--seed' needs a non-empty value");
        const set = [...(flags["set"] ?? [])];
        if (flags["steps"] !== undefined)
            set.push(`steps=${flags["steps"]}`);
        // The command as it reproduces these files: the seed made explicit.
        const words = ["paxos", "experiment", ...argv.map(shellWord)];
        if (flags["seed"] === undefined)
            words.push("--seed", shellWord(seed));
        const input = {
            vary: flags["vary"] ?? [],
            set,
            runs: flags["runs"] ?? DEFAULT_RUNS,
            seed,
            out: flags["out"] ?? DEFAULT_OUT,
            json: flags["json"] === true,
            progress: flags["progress"] === true,
            command: words.join(" "),
        };
        return protocol === "paxos" ? conduct(EXPERIMENT_PROTOCOLS.paxos, input) : conduct(EXPERIMENT_PROTOCOLS.multipaxos, input);
    },
};
/** Plans, runs and writes one experiment over `protocol`; prints its summary. */
function conduct(protocol, request) {
    const { seed, out } = request;
    let plan;
    let outcome;
    const progress = new ProgressReporter({ force: request.progress });
    try {
        plan = planExperiment({ protocol, vary: request.vary, set: request.set, runs: request.runs, seed });
        outcome = conductExperiment(plan, (done, total) => progress.count(done, total, "runs"));
    }
    catch (e) {
        if (e instanceof ExperimentError)
            throw new UsageError(e.message);
        throw e;
    }
    finally {
        progress.finish();
    }
    let paths;
    try {
        paths = writeExperimentFolder(out, experimentFiles(outcome, request.command));
    }
    catch (e) {
        const code = e.code;
        if (typeof code === "string")
            throw new UsageError(`cannot write the output folder '${out}' (${code})`);
        throw e;
    }
    if (request.json) {
        console.log(JSON.stringify({ protocol: protocol.name, seed, runsPerPoint: plan.runs, points: pointCount(plan), out, rows: outcome.summaries.map((s) => summaryJson(protocol, s)) }, null, 2));
    }
    else {
        console.log(`${protocol.name}: base seed ${seed} (run i of every point uses seed ${seed}.i); ${pointCount(plan)} points × ${plan.runs} runs`);
        console.log("");
        console.log(summaryMarkdown(plan, outcome.summaries));
        console.log("");
        console.log(`wrote ${paths.length} files to ${out}: runs.csv, summary.csv, index.md and ${outcome.figures.length} plots`);
    }
    return 0;
}
//# sourceMappingURL=experiment.js.map
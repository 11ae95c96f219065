/**
 * `paxos check <model.cfg>`: model-checks a specification with the in-process
 * TLA+ engine (breadth-first, TLC's counting) and prints the verdict.
 *
 * @module
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs, UsageError } from "../args.js";
import { ProgressReporter } from "../progress.js";
import { printResult } from "../report.js";
import { resolveInput } from "../paths.js";
import { TlaError } from "../../tla/errors.js";
import { loadModel } from "../../tla/model.js";
import { checkModelParallel } from "../../tla/check/parallel.js";
const help = `Usage: paxos check <model.cfg> [options]

Model-checks the specification with the built-in TLA+ engine, breadth-first,
counting states as TLC does. The specification is the .tla module of the same
name beside the .cfg file (given a .tla module instead, the check uses the
.cfg of the same name beside it, as TLC does). Temporal properties (<>P, P ~> Q, []<><<A>>_v,
WF_v(A), a refined specification with its fairness, ...) are checked after the
search, under the specification's fairness (WF, SF); their counterexample is a
lasso, ending with "Back to state N" or "Stuttering".

Options:
  --spec FILE       check this .tla module instead of the one named like the model
  --deadlock        report deadlocks (the default, unless the cfg says CHECK_DEADLOCK FALSE)
  --no-deadlock     do not report deadlocks
  --lib DIRS        also look for modules in these folders (separated by '${path.delimiter}'),
                    after the specification's folder; PAXOS_TLA_LIB gives more,
                    searched after them
  --max-states N    stop after N distinct states (reported as an error: the search is incomplete)
  --workers N       search with N worker threads sharing the set of visited states
                    (default 1); the figures are those of one thread, and a
                    counterexample is a shortest one, the same on every run
  --json            print the result as JSON: outcome, violated, statesGenerated,
                    distinctStates, depth, counterexample, seconds
  --progress        print progress reports even when stderr is not a terminal
  -h, --help        show this help

Exit status: 0 the model holds, 1 a violation (invariant, property, deadlock,
assumption), 2 bad input (parse or semantic error, evaluation error).`;
/** The result reported for an error raised before or while checking. */
function errorResult(err, seconds) {
    return {
        outcome: err.kind,
        violated: null,
        statesGenerated: 0,
        distinctStates: 0,
        depth: 0,
        counterexample: [],
        seconds,
        errors: err.loc ? [{ file: err.loc.file, line: err.loc.line, col: err.loc.col, endLine: err.loc.endLine, endCol: err.loc.endCol, message: err.message }] : [],
        message: err.format(),
    };
}
/**
 * The library folders: those of `--lib`, then those of PAXOS_TLA_LIB, each a
 * list separated by the platform's path delimiter. A folder that is not there
 * is a {@link UsageError} naming where it came from: a misspelt library path
 * would otherwise show only as a module not found.
 */
export function libraryPaths(lib, env = process.env["PAXOS_TLA_LIB"]) {
    const split = (text) => (text ?? "").split(path.delimiter).filter((d) => d !== "");
    const checked = (dir, from) => {
        if (!existsSync(dir) || !statSync(dir).isDirectory())
            throw new UsageError(`${from}: '${dir}' is not a folder`);
        return dir;
    };
    return [...split(lib).map((d) => checked(resolveInput(d), "option '--lib'")), ...split(env).map((d) => checked(d, "PAXOS_TLA_LIB"))];
}
/** The `check` subcommand. */
export const command = {
    summary: "model-check a specification with the built-in TLA+ engine",
    help,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, {
            spec: { type: "string" },
            lib: { type: "string" },
            deadlock: { type: "boolean", negatable: true },
            "max-states": { type: "integer" },
            workers: { type: "integer" },
            json: { type: "boolean" },
            progress: { type: "boolean" },
        });
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0 ? "missing the model file (a .cfg)" : `expected one model file, got ${positionals.length}`);
        }
        // A module given instead of its model: TLC's convention, the .cfg of the same name beside it.
        const given = positionals[0];
        const named = given.endsWith(".tla") ? `${given.slice(0, -".tla".length)}.cfg` : given;
        const cfg = resolveInput(named);
        if (!existsSync(cfg)) {
            throw new UsageError(named === given ? `cannot read the model configuration '${given}': no such file` : `'${given}' is a module; its model '${named}' does not exist (give the .cfg file)`);
        }
        const maxStates = flags["max-states"];
        if (maxStates !== undefined && maxStates < 1)
            throw new UsageError(`option '--max-states' needs 1 or more, got ${maxStates}`);
        const workers = flags["workers"] ?? 1;
        if (workers < 1)
            throw new UsageError(`option '--workers' needs 1 or more, got ${workers}`);
        const deadlock = flags["deadlock"];
        const json = flags["json"] === true;
        const t0 = Date.now();
        const progress = new ProgressReporter({ force: flags["progress"] === true });
        let result;
        try {
            const spec = flags["spec"] === undefined ? undefined : resolveInput(flags["spec"]);
            const lib = libraryPaths(flags["lib"]);
            const model = await loadModel(cfg, spec, { libraryPaths: lib });
            for (const w of model.warnings)
                console.error(`paxos check: note: ${w}`);
            if (workers > 1 && model.liveness.length > 0)
                console.error("paxos check: note: temporal properties are checked with one thread; --workers is ignored");
            result = await checkModelParallel(model, { cfg, ...(spec !== undefined ? { spec } : {}), libraryPaths: lib }, {
                workers,
                ...(deadlock !== undefined ? { deadlock } : {}),
                ...(maxStates !== undefined ? { maxStates } : {}),
                onProgress: (p) => progress.states({ generated: p.statesGenerated, distinct: p.distinctStates, queue: p.queueSize }),
            });
        }
        catch (err) {
            if (!(err instanceof TlaError))
                throw err;
            result = errorResult(err, (Date.now() - t0) / 1000);
        }
        finally {
            progress.finish();
        }
        return printResult(result, json);
    },
};
//# sourceMappingURL=check.js.map
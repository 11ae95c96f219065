/**
 * `paxos tlc <model.cfg>`: checks a model with TLC, the reference TLA+ model
 * checker, and prints its verdict in the same form as `paxos check`.
 *
 * @module
 */
import { parseArgs, UsageError } from "../args.js";
import { ProgressReporter } from "../progress.js";
import { printResult } from "../report.js";
import { resolveInput } from "../paths.js";
import { TlaError } from "../../tla/errors.js";
import { TlcUnavailableError } from "../../tla/tlc/locate.js";
import { checkModelFiles, runTlc } from "../../tla/tlc/run.js";
const help = `Usage: paxos tlc <model.cfg> [options]

Checks a model with TLC (tla2tools.jar) and prints its verdict: the outcome,
the state counts and, on a violation, the counterexample. The specification is
the .tla module of the same name beside the .cfg file, as for TLC itself.

Options:
  --workers N     TLC worker threads (default 1; 0 means one per core)
  --spec FILE     check this .tla module instead of the one named like the model
  --json          print the result as JSON (the same fields as 'paxos check --json')
  --progress      print progress reports even when stderr is not a terminal
  -h, --help      show this help

Needs Java 11 or later and tla2tools.jar: set TLA2TOOLS_JAR to the jar's path,
or run 'npm run tlc:fetch' (on a machine with internet access) to put it in
.cache/tla2tools.jar.

Exit status: 0 the model holds, 1 a violation (invariant, property, deadlock,
assumption), 2 bad input, a parse or semantic error, or TLC unavailable.`;
/** The `tlc` subcommand. */
export const command = {
    summary: "check a model with TLC, the reference TLA+ model checker",
    help,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, {
            workers: { type: "integer" },
            spec: { type: "string" },
            json: { type: "boolean" },
            progress: { type: "boolean" },
        });
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0 ? "missing the model file (a .cfg)" : `expected one model file, got ${positionals.length}`);
        }
        const cfg = resolveInput(positionals[0]);
        const workersFlag = flags["workers"];
        if (workersFlag !== undefined && workersFlag < 0)
            throw new UsageError(`option '--workers' needs 0 or more, got ${workersFlag}`);
        const workers = workersFlag === undefined ? 1 : workersFlag === 0 ? "auto" : workersFlag;
        const specFlag = flags["spec"];
        const spec = specFlag === undefined ? undefined : resolveInput(specFlag);
        const json = flags["json"] === true;
        const progress = new ProgressReporter({ force: flags["progress"] === true });
        let result;
        try {
            checkModelFiles(cfg, spec);
            result = await runTlc({
                cfg,
                ...(spec !== undefined ? { spec } : {}),
                workers,
                onProgress: (p) => progress.states(p),
            });
        }
        catch (err) {
            if (err instanceof TlcUnavailableError || err instanceof TlaError) {
                console.error(`paxos tlc: ${err instanceof TlaError ? err.format() : err.message}`);
                return 2;
            }
            throw err;
        }
        finally {
            progress.finish();
        }
        return printResult(result, json);
    },
};
//# sourceMappingURL=tlc.js.map
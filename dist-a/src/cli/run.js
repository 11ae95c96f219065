/**
 * Dispatch for the `paxos` command. Each subcommand lives in
 * `src/cli/commands/<name>.ts` and exports `command: Command`. Exit codes:
 * 0 ok, 1 a check failed, 2 bad input (one line, with a hint; never a stack
 * trace), 3 an internal error (a bug: one line, and the stack with `--debug`
 * anywhere on the command line or `PAXOS_DEBUG=1`).
 *
 * @module
 */
import { UsageError } from "./args.js";
import { TlaError } from "../tla/errors.js";
/** Subcommands, loaded lazily so that `paxos tlc` does not load the simulator, and so on. */
const commands = {
    // one line per command: name: () => import("./commands/<name>.js"),
    demo: () => import("./commands/demo.js"),
    simulate: () => import("./commands/simulate.js"),
    check: () => import("./commands/check.js"),
    tlc: () => import("./commands/tlc.js"),
    draw: () => import("./commands/draw.js"),
    experiment: () => import("./commands/experiment.js"),
    validate: () => import("./commands/validate.js"),
    smr: () => import("./commands/smr.js"),
    lincheck: () => import("./commands/lincheck.js"),
    node: () => import("./commands/node.js"),
    cluster: () => import("./commands/cluster.js"),
    kv: () => import("./commands/kv.js"),
    chaos: () => import("./commands/chaos.js"),
};
/** The exit code of an internal error, beside 0 (ok), 1 (a check failed) and 2 (bad input). */
export const INTERNAL_ERROR = 3;
/** Whether a failed import is the command's module missing from the build (and not a bug inside it). */
function isMissingModule(err) {
    return typeof err === "object" && err !== null && err.code === "ERR_MODULE_NOT_FOUND";
}
async function usage() {
    const lines = ["Usage: paxos <command> [options] [--debug]", "", "Commands:"];
    for (const [name, load] of Object.entries(commands)) {
        try {
            const { command } = await load();
            lines.push(`  ${name.padEnd(12)}${command.summary}`);
        }
        catch (err) {
            // a command whose module is not in this build is not listed; any other failure is a bug
            if (!isMissingModule(err))
                throw err;
        }
    }
    lines.push("", "Run 'paxos <command> --help' for a command's options.", "Exit status: 0 ok, 1 a check failed, 2 bad input, 3 an internal error (--debug prints its stack).");
    return lines.join("\n");
}
/** Reports an internal error in one line (with the stack when debugging) and gives its exit code. */
function internalError(where, err, debug) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`${where}: internal error: ${message}${debug ? "" : " (re-run with --debug for the stack)"}`);
    if (debug)
        console.error(err instanceof Error && err.stack !== undefined ? err.stack : err);
    return INTERNAL_ERROR;
}
/**
 * Runs `paxos <argv>` and gives its exit code. `--debug` anywhere on the
 * command line (or `PAXOS_DEBUG=1`) prints the stack of an internal error.
 */
export async function runCli(argv) {
    const debug = argv.includes("--debug") || process.env["PAXOS_DEBUG"] === "1";
    const [name, ...rest] = argv.filter((a) => a !== "--debug");
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
        try {
            console.log(await usage());
        }
        catch (err) {
            return internalError("paxos", err, debug);
        }
        return name === undefined ? 2 : 0;
    }
    const load = commands[name];
    if (!load) {
        console.error(`paxos: unknown command '${name}'. Run 'paxos --help' for the list.`);
        return 2;
    }
    let command;
    try {
        ({ command } = await load());
    }
    catch (err) {
        if (!isMissingModule(err))
            return internalError(`paxos ${name}`, err, debug);
        console.error(`paxos: command '${name}' is not available in this build.`);
        return 2;
    }
    return runCommand(name, command, rest, debug);
}
/**
 * Runs one command: its help, or its work, turning each kind of failure into
 * its exit code (2 for bad input, with one line and a hint; 3 for an internal
 * error).
 */
export async function runCommand(name, command, rest, debug = false) {
    if (rest.includes("--help") || rest.includes("-h")) {
        console.log(command.help);
        return 0;
    }
    try {
        return await command.run(rest);
    }
    catch (err) {
        if (err instanceof UsageError) {
            console.error(`paxos ${name}: ${err.message}\nRun 'paxos ${name} --help' for usage.`);
            return 2;
        }
        if (err instanceof TlaError) {
            console.error(`paxos ${name}: ${err.format()}`);
            return 2;
        }
        if (err && typeof err === "object" && "code" in err && err.code === "ENOENT") {
            console.error(`paxos ${name}: ${String(err.message)}`);
            return 2;
        }
        return internalError(`paxos ${name}`, err, debug);
    }
}
//# sourceMappingURL=run.js.map
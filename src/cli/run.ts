/**
 * Dispatch for the `paxos` command. Each subcommand lives in
 * `src/cli/commands/<name>.ts` and exports `command: Command`. Exit codes:
 * 0 ok, 1 a check failed, 2 bad input (one line, with a hint; never a stack
 * trace).
 *
 * @module
 */
import { UsageError } from "./args.js";
import type { Command } from "./command.js";
import { TlaError } from "../tla/errors.js";

/** Subcommands, loaded lazily so that `paxos tlc` does not load the simulator, and so on. */
const commands: Record<string, () => Promise<{ command: Command }>> = {
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
};

async function usage(): Promise<string> {
  const lines = ["Usage: paxos <command> [options]", "", "Commands:"];
  for (const [name, load] of Object.entries(commands)) {
    try {
      const { command } = await load();
      lines.push(`  ${name.padEnd(12)}${command.summary}`);
    } catch {
      // a command whose module is not built yet is simply not listed
    }
  }
  lines.push("", "Run 'paxos <command> --help' for a command's options.");
  return lines.join("\n");
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(await usage());
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    console.error(`paxos: unknown command '${name}'. Run 'paxos --help' for the list.`);
    return 2;
  }
  let command: Command;
  try {
    ({ command } = await load());
  } catch {
    console.error(`paxos: command '${name}' is not available in this build.`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`paxos ${name}: ${err.message}\nRun 'paxos ${name} --help' for usage.`);
      return 2;
    }
    if (err instanceof TlaError) {
      console.error(`paxos ${name}: ${err.format()}`);
      return 2;
    }
    if (err && typeof err === "object" && "code" in err && (err as NodeJS.ErrnoException).code === "ENOENT") {
      console.error(`paxos ${name}: ${String((err as { message?: unknown }).message)}`);
      return 2;
    }
    throw err;
  }
}

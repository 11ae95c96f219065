#!/usr/bin/env -S node --max-semi-space-size=64
/**
 * Entry point of the `paxos` command (see {@link runCli}).
 *
 * @module
 */
import { runCli } from "./run.js";

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // runCli reports every failure itself; this is the last resort.
    console.error(`paxos: internal error: ${err instanceof Error ? err.message : String(err)}`);
    if (process.env["PAXOS_DEBUG"] === "1" || process.argv.includes("--debug")) console.error(err);
    process.exitCode = 3;
  },
);

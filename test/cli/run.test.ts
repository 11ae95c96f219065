/**
 * The exit codes every command shares: 0 ok, 1 a check failed, 2 bad input
 * (one line and a hint), 3 an internal error (one line; the stack only with
 * --debug).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { INTERNAL_ERROR, runCli, runCommand } from "../../src/cli/run.js";
import { UsageError } from "../../src/cli/args.js";
import type { Command } from "../../src/cli/command.js";

function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.map((x) => (x instanceof Error ? (x.stack ?? x.message) : String(x))).join(" ")));
  return { out, err };
}

/** A command with a bug: it fails with an error that is neither bad input nor a failed check. */
const broken: Command = {
  summary: "fails",
  help: "Usage: paxos broken",
  run: () => Promise.reject(new TypeError("cannot read properties of undefined (reading 'x')")),
};

describe("paxos exit codes", () => {
  afterEach(() => vi.restoreAllMocks());

  it("an internal error is one line and exit 3; --debug adds the stack", async () => {
    const quiet = capture();
    expect(await runCommand("broken", broken, [])).toBe(INTERNAL_ERROR);
    expect(INTERNAL_ERROR).toBe(3);
    expect(quiet.err).toEqual(["paxos broken: internal error: cannot read properties of undefined (reading 'x') (re-run with --debug for the stack)"]);
    vi.restoreAllMocks();
    const loud = capture();
    expect(await runCommand("broken", broken, [], true)).toBe(3);
    expect(loud.err[0]).toBe("paxos broken: internal error: cannot read properties of undefined (reading 'x')");
    expect(loud.err[1]).toMatch(/TypeError: cannot read properties[\s\S]*\n\s+at /);
  });

  it("bad input is exit 2 with the command's name and a hint, never a stack", async () => {
    const { err } = capture();
    const bad: Command = { summary: "", help: "", run: () => Promise.reject(new UsageError("option '--x' must be a number")) };
    expect(await runCommand("bad", bad, ["--debug"])).toBe(2);
    expect(err).toEqual(["paxos bad: option '--x' must be a number\nRun 'paxos bad --help' for usage."]);
  });

  it("--debug is accepted anywhere and not passed on to the command; unknown flags and commands are exit 2", async () => {
    const { out, err } = capture();
    expect(await runCli(["--debug", "lincheck", "--help"])).toBe(0);
    expect(out.join("\n")).toMatch(/Usage: paxos lincheck/);
    expect(await runCli(["simulate", "--no-such-flag"])).toBe(2);
    expect(await runCli(["no-such-command"])).toBe(2);
    expect(err.join("\n")).toMatch(/unknown command 'no-such-command'/);
    expect(err.join("\n")).not.toMatch(/\n\s+at /);
  });

  it("the list of commands documents the exit codes", async () => {
    const { out } = capture();
    expect(await runCli(["--help"])).toBe(0);
    expect(out.join("\n")).toMatch(/Exit status: 0 ok, 1 a check failed, 2 bad input, 3 an internal error/);
  });
});

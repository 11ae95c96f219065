import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UsageError } from "../../../src/cli/args.js";
import { command } from "../../../src/cli/commands/tlc.js";
import { runCli } from "../../../src/cli/run.js";
import { makeFakeJava, removeFakeJavas, tlcFixture } from "../../tla/tlc/fakeJava.js";

let out: string[];
let err: string[];
const saved = { jar: process.env["TLA2TOOLS_JAR"], path: process.env["PATH"] };

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
});
afterEach(() => {
  vi.restoreAllMocks();
  if (saved.jar === undefined) delete process.env["TLA2TOOLS_JAR"];
  else process.env["TLA2TOOLS_JAR"] = saved.jar;
  process.env["PATH"] = saved.path;
});
afterAll(removeFakeJavas);

const counter = tlcFixture("Counter.tla");

/** Puts a fake java first on PATH and its dummy jar in TLA2TOOLS_JAR. */
function useFake(outputFixture: string, exitCode: number): void {
  const fake = makeFakeJava(readFileSync(tlcFixture(outputFixture), "utf8"), exitCode);
  process.env["PATH"] = `${fake.dir}:${saved.path ?? ""}`;
  process.env["TLA2TOOLS_JAR"] = fake.jar;
}

describe("paxos tlc: bad input and missing tools exit 2 with one line", () => {
  it("a missing jar", async () => {
    process.env["TLA2TOOLS_JAR"] = "/no/such/dir/tla2tools.jar";
    const code = await command.run([tlcFixture("ok.cfg"), "--spec", counter]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^paxos tlc: TLA2TOOLS_JAR is set to '\/no\/such\/dir\/tla2tools\.jar', but there is no file there; .*npm run tlc:fetch/);
    expect(err[0]).not.toContain("\n");
  });

  it("a missing model file", async () => {
    const code = await command.run([tlcFixture("missing.cfg")]);
    expect(code).toBe(2);
    expect(err).toEqual([`paxos tlc: model file '${tlcFixture("missing.cfg")}' does not exist`]);
  });

  it("a model without its module", async () => {
    expect(await command.run([tlcFixture("ok.cfg")])).toBe(2);
    expect(err[0]).toMatch(/has no module 'ok\.tla' beside it/);
  });

  it("an unknown flag", async () => {
    await expect(command.run(["--bogus", "x.cfg"])).rejects.toThrow(UsageError);
    expect(await runCli(["tlc", "--bogus", "x.cfg"])).toBe(2);
    expect(err[0]).toBe("paxos tlc: unknown option '--bogus'\nRun 'paxos tlc --help' for usage.");
  });

  it("no model, or a negative worker count", async () => {
    await expect(command.run([])).rejects.toThrow("missing the model file (a .cfg)");
    await expect(command.run(["a.cfg", "--workers", "-1"])).rejects.toThrow(/needs 0 or more/);
  });

  it("--help prints the usage and exits 0", async () => {
    expect(await runCli(["tlc", "--help"])).toBe(0);
    expect(out.join("\n")).toContain("Usage: paxos tlc <model.cfg>");
  });
});

describe("paxos tlc with a stand-in for java", () => {
  it("prints the summary and exits 0 when the model holds", async () => {
    useFake("tool-ok.txt", 0);
    expect(await command.run([tlcFixture("ok.cfg"), "--spec", counter])).toBe(0);
    expect(out.join("\n")).toMatch(/^Model checking completed: no error found\.\n5 states generated, 4 distinct states, depth 4, /);
  });

  it("exits 1 on a violation and prints JSON with --json", async () => {
    useFake("tool-inv.txt", 12);
    expect(await command.run([tlcFixture("inv.cfg"), "--spec", counter, "--json"])).toBe(1);
    const json = JSON.parse(out.join("\n")) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["outcome", "violated", "statesGenerated", "distinctStates", "depth", "counterexample", "seconds"]);
    expect(json).toMatchObject({ outcome: "invariant", violated: "Small", statesGenerated: 4, distinctStates: 4, depth: 4 });
    expect(json["counterexample"]).toHaveLength(4);
  });

  it("exits 1 on a deadlock, 2 on a parse error", async () => {
    useFake("tool-dead.txt", 11);
    expect(await command.run([tlcFixture("dead.cfg"), "--spec", tlcFixture("Dead.tla")])).toBe(1);
    useFake("tool-bad.txt", 150);
    expect(await command.run([tlcFixture("bad.cfg"), "--spec", tlcFixture("Bad.tla")])).toBe(2);
    expect(out.at(-1)).toMatch(/^The specification could not be parsed\./);
  });
});

const built = new URL("../../../dist/src/cli/main.js", import.meta.url);
const haveBuild = existsSync(new URL("../../../dist/src/cli/commands/tlc.js", import.meta.url));
if (!haveBuild) console.log("skipping the built-binary test of 'paxos tlc': run 'npm run build' first");

describe("the built binary", () => {
  it.skipIf(!haveBuild)("exits 2 with one line for a missing model", () => {
    const r = spawnSync(process.execPath, [built.pathname, "tlc", "no-such-model.cfg"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["paxos tlc: model file 'no-such-model.cfg' does not exist"]);
  });
});

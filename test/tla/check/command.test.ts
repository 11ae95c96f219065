import { afterEach, describe, expect, it, vi } from "vitest";
import { command } from "../../../src/cli/commands/check.js";
import { loadModel } from "../../../src/tla/model.js";
import { printValue } from "../../../src/tla/values/print.js";
import { ModelValue, setOf } from "../../../src/tla/values/value.js";

const dir = new URL("../../fixtures/specs/", import.meta.url).pathname;
const samples = new URL("../../fixtures/tlc", import.meta.url).pathname;

function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe("paxos check", () => {
  it("refuses a library folder that is not there, naming where it came from", async () => {
    await expect(command.run(["--lib", "/no/such/folder", `${dir}Bounded.cfg`])).rejects.toThrow("option '--lib': '/no/such/folder' is not a folder");
  });

  it("--json prints exactly the shared result fields; exit 1 on a violation", async () => {
    const io = capture();
    const code = await command.run([`${samples}/inv.cfg`, "--spec", `${samples}/Counter.tla`, "--json"]);
    expect(code).toBe(1);
    const json = JSON.parse(io.out.join("\n")) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(["counterexample", "depth", "distinctStates", "outcome", "seconds", "statesGenerated", "violated"]);
    expect(json).toMatchObject({ outcome: "invariant", violated: "Small", statesGenerated: 4, distinctStates: 4, depth: 4 });
  });

  it("--json ends a liveness counterexample with the loop, as TLC's lasso is parsed; exit 1", async () => {
    const io = capture();
    const spec = new URL("../../../spec/MCDuelingLivelock.cfg", import.meta.url).pathname;
    expect(await command.run([spec, "--json"])).toBe(1);
    const json = JSON.parse(io.out.join("\n")) as { outcome: string; violated: string; counterexample: { index: number; action: string; location?: string }[] };
    expect([json.outcome, json.violated]).toEqual(["property", "Progress"]);
    expect(json.counterexample.at(-1)).toEqual({
      index: 3,
      action: "Back to state",
      location: expect.stringMatching(/^StartBallot line \d+, col \d+ to line \d+, col \d+ of module Dueling$/),
      vars: {},
    });
  });

  it("exit 0 when the model holds, 2 on bad input, 1 on a false assumption", async () => {
    capture();
    expect(await command.run([`${samples}/ok.cfg`, "--spec", `${samples}/Counter.tla`])).toBe(0);
    expect(await command.run([`${dir}WrapUnknown.cfg`, "--spec", `${dir}Wrap.tla`])).toBe(2);
    expect(await command.run([`${dir}Assume.cfg`])).toBe(1);
    expect(await command.run([`${dir}Sym.cfg`, "--deadlock"])).toBe(1);
    expect(await command.run([`${dir}Sym.cfg`])).toBe(0);
  });

  it("given a module, checks the model of the same name beside it, as TLC does; a module without one is one line", async () => {
    capture();
    expect(await command.run([`${dir}Sym.tla`])).toBe(0);
    await expect(command.run([`${dir}Abs.tla`])).rejects.toThrow(/'.*Abs\.tla' is a module; its model '.*Abs\.cfg' does not exist \(give the \.cfg file\)/);
  });
});

describe("the model API used by trace validation", () => {
  it("a model file that does not exist is one line and exit 2", async () => {
    await expect(command.run([`${dir}/NoSuchModel.cfg`])).rejects.toThrow(/cannot read the model configuration .*NoSuchModel.cfg.*no such file/);
  });

  it("names each successor's action with its parameters, and enumerates one action", async () => {
    const m = await loadModel(`${dir}Sym.cfg`);
    const [init] = m.initStates();
    const succ = m.successors(init!);
    expect(succ.map((s) => `${s.action}(${printValue(s.params!["p"]!)}) -> ${printValue(s.state[0]!)}`)).toEqual(["Add(a) -> {a}", "Add(b) -> {b}", "Add(c) -> {c}"]);
    const b = ModelValue.of("b");
    const after = m.enumerateAction("Add", { p: b }, succ[0]!.state);
    expect(after.map((s) => printValue(s[0]!))).toEqual(["{a, b}"]);
    expect(m.enumerateAction("Add", { p: ModelValue.of("a") }, succ[0]!.state)).toEqual([]);
    expect(m.evalInvariant("Init", [setOf([])])).toBe(true);
  });
});

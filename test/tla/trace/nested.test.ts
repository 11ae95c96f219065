import { describe, expect, it } from "vitest";
import { setOf } from "../../../src/tla/values/value.js";
import { validateTrace, type ValidationSpec } from "../../../src/tla/trace/validate.js";

const spec: ValidationSpec = { specFile: "test/fixtures/trace/Nested.tla", constants: { Procs: setOf(["x", "y", "z"]) } };

describe("actions reached through operators with parameters", () => {
  it("binds the parameters of the enclosing operator and searches its binders", async () => {
    const v = await validateTrace(spec, [
      { state: { count: 0, owner: "none" } },
      { action: "Take", params: { p: "x" }, state: { count: 1, owner: "x" } },
      { action: "Give", params: { p: "x", to: "z" }, state: { owner: "z" } },
      { action: "Give", params: { to: "y" }, state: {} }, // p searched: only z owns
      { action: "Free", params: { p: "y" }, state: { count: 1, owner: "none" } },
      { action: "Take", state: { owner: "z" } },
    ]);
    expect(v).toEqual({ ok: true, steps: 5, candidatesMax: 1 });
  });

  it("does not take a step of another action for the named one", async () => {
    // Free(x) and Give(x, ...) both start from owner = x; the log says Free but the state is Give's.
    const v = await validateTrace(spec, [
      { state: { count: 0, owner: "none" } },
      { action: "Take", params: { p: "x" }, state: { count: 1, owner: "x" } },
      { action: "Free", params: { p: "x" }, state: { count: 1, owner: "y" } },
    ]);
    expect(v).toMatchObject({
      ok: false,
      step: 2,
      reason: 'Free(p = "x") is enabled but leads to another state than the logged one: owner differs',
      differences: ['owner: the step gives "none", the log says "y"'],
    });
  });

  it("explains a false guard inside an action reached through a LET", async () => {
    const v = await validateTrace(spec, [{ state: { count: 0, owner: "none" } }, { action: "Free", params: { p: "x" }, state: { count: 0, owner: "none" } }]);
    expect(v).toMatchObject({
      ok: false,
      step: 1,
      reason: 'Free(p = "x") is not a step of Nested: owner = p is false',
      conjunct: { text: "owner = p", values: { owner: '"none"', p: '"x"' } },
    });
  });
});

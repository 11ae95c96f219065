import { describe, expect, it } from "vitest";
import { ModelValue, fnOf, setOf, tupleOf, type Value } from "../../../src/tla/values/value.js";
import { TraceValidator, formatVerdict, validateTrace, type TraceStepInput, type ValidationSpec } from "../../../src/tla/trace/validate.js";

const p1 = ModelValue.of("p1");
const p2 = ModelValue.of("p2");
const spec = (extra: Partial<ValidationSpec> = {}): ValidationSpec => ({
  specFile: "test/fixtures/trace/Counter.tla",
  constants: { Limit: 10, Procs: setOf([p1, p2]), Weight: fnOf([p1, p2], [2, 3]) },
  ...extra,
});
const st = (x: number, y: number, log: Value[]): Record<string, Value> => ({ x, y, log: tupleOf(log) });

describe("trace validation of a small specification", () => {
  it("accepts steps with a function constant, searched parameters and stuttering", async () => {
    const trace: TraceStepInput[] = [
      { state: st(0, 0, []) },
      { action: "Inc", params: { p: p1, n: 2 }, state: st(2, 0, [p1]) },
      { action: "Inc", params: { p: p2 }, state: st(3, 0, [p1, p2]) }, // n searched: 1
      { state: st(3, 0, [p1, p2]) }, // stuttering
      { action: "Double", params: { p: p2 }, state: st(9, 0, [p1, p2, p2]) }, // Weight[p2] = 3
      { state: st(9, 7, [p1, p2, p2]) }, // Pick, not named
    ];
    const v = await validateTrace(spec(), trace);
    expect(v).toEqual({ ok: true, steps: 5, candidatesMax: 1, stuttering: 1 });
    expect(formatVerdict(v)).toBe("accepted: the initial state and 5 steps, 1 of them stuttering, are a behaviour of the specification");
  });

  it("keeps every state consistent with a partial log", async () => {
    // y is never logged: after two Picks it is any of 0..99.
    const trace: TraceStepInput[] = [
      { state: { x: 0, log: tupleOf([]) } },
      { action: "Pick", state: { x: 0 } },
      { action: "Pick", state: {} },
      { action: "Inc", params: { p: p1, n: 1 }, state: { x: 1 } },
    ];
    const v = await validateTrace(spec(), trace);
    expect(v).toEqual({ ok: true, steps: 3, candidatesMax: 100 });
  });

  it("says the trace is undecided when the candidate bound is hit", async () => {
    const trace: TraceStepInput[] = [{ state: { x: 0 } }, { action: "Pick", state: {} }, { action: "Pick", state: {} }, { action: "Pick", state: {} }];
    const v = await validateTrace(spec({ maxCandidates: 500 }), trace);
    expect(v).toMatchObject({ ok: false, undecided: true, step: 3, action: "Pick" });
    expect(formatVerdict(v)).toBe(
      "step 3: undecided: more than 500 states of the specification are consistent with the log at this step (the log leaves too much out); neither accepted nor rejected",
    );
  });

  it("rejects a state that violates an invariant, naming it", async () => {
    const trace: TraceStepInput[] = [
      { state: st(0, 0, []) },
      { action: "Inc", params: { p: p1, n: 2 }, state: st(2, 0, [p1]) },
      { action: "Inc", params: { p: p1, n: 1 }, state: st(3, 0, [p1, p1]) },
    ];
    const v = await validateTrace(spec({ invariants: ["TypeOK", "Small"] }), trace);
    expect(v).toMatchObject({ ok: false, step: 2, invariant: "Small", reason: "the invariant Small is violated in the state after this step (Inc): x < 3 is false" });
    if (v.ok) return;
    expect(v.conjunct?.values).toEqual({ x: "3" });
  });

  it("names a false guard reached through a parameter searched by Next's binder", async () => {
    const trace: TraceStepInput[] = [{ state: st(0, 0, []) }, { action: "Inc", params: { p: p1, n: 3 }, state: st(3, 0, [p1]) }];
    const v = await validateTrace(spec(), trace);
    expect(v).toMatchObject({ ok: false, step: 1, reason: "Inc(p = p1, n = 3) is not a step of Counter: n \\in 1..2 is false" });
    if (v.ok) return;
    expect(v.conjunct?.values).toEqual({ n: "3" });
    expect(v.conjunct?.loc.line).toBe(17);
  });

  it("rejects an unnamed step that no action takes, showing the closest", async () => {
    const trace: TraceStepInput[] = [{ state: st(0, 0, []) }, { state: st(1, 0, []) }];
    const v = await validateTrace(spec(), trace);
    expect(v).toMatchObject({ ok: false, step: 1, reason: "no step of Counter leads to the logged state; the closest is Inc(p = p1, n = 1), which differs in log" });
    if (v.ok) return;
    expect(v.differences).toEqual(["log: the step gives <<p1>>, the log says <<>>"]);
  });

  it("rejects a variable the specification does not have, and constants that are not given", async () => {
    const v = await validateTrace(spec(), [{ state: { x: 0, z: 1 } }]);
    expect(v).toMatchObject({ ok: false, step: 0, reason: "the log gives a value for z, which is not a variable of module Counter (its variables are x, y, log)" });
    await expect(TraceValidator.create({ ...spec(), constants: { Limit: 1, Procs: setOf([p1]) } })).rejects.toThrow("the constant Weight of module Counter is given no value");
    await expect(TraceValidator.create({ ...spec(), constants: { ...spec().constants, Lmit: 1 } })).rejects.toThrow(
      "a value is given for Lmit, which is not a constant of module Counter",
    );
  });

  it("validates a stream step by step, keeping the verdict after a rejection", async () => {
    const v = await TraceValidator.create(spec());
    expect(v.init({ state: st(0, 0, []) })).toBeNull();
    expect(v.step({ action: "Inc", params: { p: p1, n: 1 }, state: st(1, 0, [p1]) })).toBeNull();
    const bad = v.step({ action: "Double", params: { p: p1 }, state: st(3, 0, [p1, p1]) });
    expect(bad).toMatchObject({
      ok: false,
      step: 2,
      reason: "Double(p = p1) is enabled but leads to another state than the logged one: x differs",
      differences: ["x: the step gives 2, the log says 3"],
    });
    expect(v.step({ state: st(3, 0, [p1, p1]) })).toBe(bad);
    expect(v.finish()).toBe(bad);
  });
});

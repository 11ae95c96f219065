import { describe, expect, it } from "vitest";
import { equals, type Value } from "../../../src/tla/values/value.js";
import { TraceModel } from "../../../src/tla/trace/traceModel.js";
import { TraceValidator, type TraceStepInput } from "../../../src/tla/trace/validate.js";
import { paxosSpec, without } from "./paxosTrace.js";

/** A seeded walk of `length` steps through the specification's own next-state relation, as trace entries. */
function walk(model: TraceModel, seed: number, length: number): TraceStepInput[] {
  let x = seed >>> 0;
  const next = (): number => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
  const rec = (s: readonly Value[]): Record<string, Value> => Object.fromEntries(model.variables.map((n, i) => [n, s[i]!]));
  let init: Value[] = [];
  model.sink = (ctx) => (init = ctx.s.slice() as Value[]);
  model.runInit(new Array(model.variables.length).fill(undefined));
  const out: TraceStepInput[] = [{ state: rec(init) }];
  let cur = init;
  for (let i = 0; i < length; i++) {
    const succ: { action: string; params: Record<string, Value>; state: Value[] }[] = [];
    model.sink = (ctx) => {
      const params: Record<string, Value> = {};
      for (const p of ctx.label!.params) params[p.name] = p.ev(ctx);
      succ.push({ action: ctx.label!.name, params, state: ctx.n.slice() as Value[] });
    };
    const ctx = model.frame();
    ctx.s = cur;
    ctx.n = new Array(model.variables.length).fill(undefined);
    model.nextKont()(ctx);
    // Only steps that change something, so that the walk makes progress.
    const moving = succ.filter((s) => s.state.some((v, j) => !equals(v, cur[j]!)));
    if (moving.length === 0) break;
    const pick = moving[Math.floor(next() * moving.length)]!;
    out.push({ action: pick.action, params: pick.params, state: rec(pick.state) });
    cur = pick.state;
  }
  return out;
}

function run(v: TraceValidator, trace: readonly TraceStepInput[]) {
  let r = v.init(trace[0]!);
  for (const s of trace.slice(1)) r ??= v.step(s);
  return v.finish();
}

describe("walks through the specification", () => {
  it("accepts every seeded walk, logged fully, without msgs, and as events only; rejects it with one state altered", async () => {
    const spec = paxosSpec({ invariants: ["TypeOK", "Agreement"] });
    const model = await TraceModel.load(spec);
    for (let seed = 1; seed <= 6; seed++) {
      const trace = walk(model, seed, 20);
      const steps = trace.length - 1;
      expect(steps).toBeGreaterThan(12);
      expect(run(TraceValidator.forModel(model, spec), trace)).toMatchObject({ ok: true, steps });
      expect(run(TraceValidator.forModel(model, spec), without(trace, ["msgs"]))).toMatchObject({ ok: true, steps });
      expect(run(TraceValidator.forModel(model, spec), without(trace, ["msgs", "proposed", "maxBal", "maxVBal", "maxVal", "learned"]))).toEqual({
        ok: true,
        steps,
        candidatesMax: 1,
      });
      // Step 12 logs the state of step 11 again: its named action changes something, so it cannot be.
      const altered = trace.map((s, i) => (i === 12 ? { ...s, state: trace[11]!.state } : s));
      expect(run(TraceValidator.forModel(model, spec), altered)).toMatchObject({ ok: false, step: 12 });
      // Unnamed steps are searched over the whole next-state relation.
      const unnamed = trace.map((s) => ({ state: s.state }));
      expect(run(TraceValidator.forModel(model, spec), unnamed)).toMatchObject({ ok: true, steps });
    }
  });
});

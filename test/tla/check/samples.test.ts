import { describe, expect, it } from "vitest";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";

const samples = new URL("../../fixtures/tlc", import.meta.url).pathname;

describe("TLC samples", () => {
  it("Counter ok.cfg: 5 generated, 4 distinct, depth 4", async () => {
    const r = checkModel(await loadModel(`${samples}/ok.cfg`, `${samples}/Counter.tla`));
    expect([r.outcome, r.statesGenerated, r.distinctStates, r.depth]).toEqual(["success", 5, 4, 4]);
  });
  it("Counter inv.cfg: Small violated with a 4-state trace", async () => {
    const r = checkModel(await loadModel(`${samples}/inv.cfg`, `${samples}/Counter.tla`));
    expect(r.outcome).toBe("invariant");
    expect(r.violated).toBe("Small");
    expect([r.statesGenerated, r.distinctStates, r.depth]).toEqual([4, 4, 4]);
    expect(r.counterexample.map((s) => s.action)).toEqual(["Initial predicate", "Inc", "Inc", "Inc"]);
    expect(r.counterexample[3]!.vars).toEqual({ x: "3", log: '<<"inc", "inc", "inc">>' });
    expect(r.counterexample[1]!.location).toBe("line 7, col 8 to line 7, col 55 of module Counter");
  });
  it("Dead: deadlock after 3 states", async () => {
    const r = checkModel(await loadModel(`${samples}/dead.cfg`, `${samples}/Dead.tla`));
    expect([r.outcome, r.statesGenerated, r.distinctStates, r.depth]).toEqual(["deadlock", 3, 3, 3]);
    expect(r.counterexample.map((s) => s.vars.x)).toEqual(["0", "1", "2"]);
    expect(r.counterexample[1]!.action).toBe("Next");
    expect(r.counterexample[1]!.location).toBe("line 5, col 9 to line 5, col 27 of module Dead");
  });
});

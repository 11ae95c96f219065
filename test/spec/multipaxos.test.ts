/**
 * The Multi-Paxos models, checked by the built-in engine: the small model
 * holds every invariant (the inductive one included) and refines one Voting
 * instance per slot; the negative model, whose acceptors skip their votes in
 * higher slots, breaks Agreement. The larger model runs in `npm run test:long`.
 */
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/tla/model.js";
import { checkModel } from "../../src/tla/check/bfs.js";
import { LONG } from "../arbitraries.js";
import { specDir } from "./specModules.js";

const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];
const model = (name: string) => loadModel(`${specDir}/${name}.cfg`, `${specDir}/${name}.tla`);

describe("Multi-Paxos models", () => {
  it("MCMultiPaxos: every invariant holds, and each slot refines Voting", async () => {
    expect(figures(checkModel(await model("MCMultiPaxos")))).toEqual(["success", 56_059, 3_618, 13]);
  }, 120_000);

  it("MCMultiPaxosSkip: acceptors that skip their votes in higher slots let two values be chosen in one slot", async () => {
    const r = checkModel(await model("MCMultiPaxosSkip"));
    expect(r.outcome).toBe("invariant");
    expect(r.violated).toBe("Agreement");
    expect(r.counterexample).toHaveLength(14);
    expect(r.counterexample.map((s) => s.action.replace(/ .*/, ""))).toContain("SkippingPhase1b");
  }, 120_000);

  it.skipIf(!LONG)("MCMultiPaxosLarge: the same with up to nine messages", async () => {
    expect(figures(checkModel(await model("MCMultiPaxosLarge")))).toEqual(["success", 412_033, 25_164, 18]);
  }, 600_000);
});

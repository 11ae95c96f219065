/**
 * The progress models, checked by the built-in engine: Paxos with one fair
 * proposer and a fair quorum chooses a value, and so does Paxos with two
 * fair proposers over finitely many ballots; the dueling abstraction fails
 * without backoff, with the duel as its lasso, and holds with it.
 */
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/tla/model.js";
import { checkModel } from "../../src/tla/check/bfs.js";
import { specDir } from "./specModules.js";

const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];
const model = (name: string) => loadModel(`${specDir}/${name}.cfg`, `${specDir}/${name}.tla`);

describe("progress", () => {
  it("MCPaxosLiveness: one fair proposer and a fair quorum eventually choose a value, and it stays chosen", async () => {
    const m = await model("MCPaxosLiveness");
    expect(m.liveness.map((p) => p.name)).toEqual(["Progress", "StaysChosen"]);
    expect(m.fairness).toHaveLength(20);
    expect(figures(checkModel(m))).toEqual(["success", 121_715, 11_908, 20]);
  }, 60_000);

  it("MCPaxosTwoProposers: with finitely many ballots, two fair proposers still make progress", async () => {
    expect(figures(checkModel(await model("MCPaxosTwoProposers")))).toEqual(["success", 27_293, 2_818, 19]);
  }, 60_000);

  it("MCDuelingBackoff: with backoff the first ballot started finishes", async () => {
    expect(figures(checkModel(await model("MCDuelingBackoff")))).toEqual(["success", 11, 7, 4]);
  });

  it("MCDuelingLivelock: without backoff the proposers overtake each other for ever", async () => {
    const r = checkModel(await model("MCDuelingLivelock"));
    expect(figures(r)).toEqual(["property", 53, 25, 6]);
    expect(r.violated).toBe("Progress");
    expect(r.counterexample.map((s) => (s.action === "Back to state" ? `back to ${s.index}` : `${s.action}: top = ${s.vars["top"]}`))).toEqual([
      "Initial predicate: top = None",
      "StartBallot: top = p1",
      "StartBallot: top = p2",
      "StartBallot: top = p1",
      "back to 3",
    ]);
    expect(r.counterexample.every((s) => s.vars["chosen"] === undefined || s.vars["chosen"] === "FALSE")).toBe(true);
  });
});

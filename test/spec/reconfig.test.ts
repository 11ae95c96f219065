/**
 * The reconfiguration models (spec/ReconfigMultiPaxos.tla, through
 * spec/MCReconfig*.tla), checked by the built-in engine: adding an acceptor
 * holds every invariant and each slot refines Consensus; the same model
 * reaches a slot decided by a quorum that only the new configuration has
 * (so the change is exercised, not vacuous); and a change that takes effect
 * sooner than leaders wait unmakes a decision. Dropping and replacing
 * acceptors and two racing changes run in `npm run test:long`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/tla/model.js";
import { checkModel } from "../../src/tla/check/bfs.js";
import { LONG } from "../arbitraries.js";
import { specDir } from "./specModules.js";

const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];
const model = (name: string, cfg = `${specDir}/${name}.cfg`) => loadModel(cfg, `${specDir}/${name}.tla`);

describe("reconfiguration models", () => {
  it("MCReconfigAdd: adding an acceptor keeps every invariant, and each slot refines Consensus", async () => {
    expect(figures(checkModel(await model("MCReconfigAdd")))).toEqual(["success", 139_987, 8_758, 19]);
  }, 180_000);

  it("MCReconfigAdd reaches a slot decided by a quorum of the new configuration that the old one does not have", async () => {
    const cfg = readFileSync(`${specDir}/MCReconfigAdd.cfg`, "utf8")
      .replace(/^INVARIANTS .*$/m, "INVARIANT NoDecisionUnderC2")
      .replace(/^PROPERTIES .*$/m, "");
    const file = join(mkdtempSync(join(tmpdir(), "reconfig-")), "MCReconfigWitness.cfg");
    writeFileSync(file, cfg);
    const r = checkModel(await model("MCReconfigAdd", file));
    expect(r.outcome).toBe("invariant");
    expect(r.violated).toBe("NoDecisionUnderC2");
    // the change x2 decided in slot 0, then slot 1 decided with a3's vote
    const last = r.counterexample[r.counterexample.length - 1]!;
    expect(last.action).toMatch(/^Phase2b/);
  }, 120_000);

  it("MCReconfigNoWindow: a change that takes effect before the leader's window unmakes a decision", async () => {
    const r = checkModel(await model("MCReconfigNoWindow"));
    expect(r.outcome).toBe("invariant");
    expect(r.violated).toBe("LearnedChosen");
    expect(r.counterexample).toHaveLength(9);
    const actions = r.counterexample.map((s) => s.action.replace(/ .*/, ""));
    expect(actions).toContain("Learn");
    expect(actions[actions.length - 1]).toBe("Phase2b");
  }, 120_000);

  it.skipIf(!LONG)("MCReconfigDrop and MCReconfigReplace: dropping an acceptor, replacing the only one", async () => {
    expect(figures(checkModel(await model("MCReconfigDrop")))).toEqual(["success", 754_575, 44_306, 19]);
    expect(figures(checkModel(await model("MCReconfigReplace")))).toEqual(["success", 498_879, 32_712, 19]);
  }, 900_000);

  it.skipIf(!LONG)("MCReconfigTwo: two changes racing, either order", async () => {
    expect(figures(checkModel(await model("MCReconfigTwo")))).toEqual(["success", 2_471_442, 128_390, 22]);
  }, 1_800_000);
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";

/** Writes module R and its cfg into a fresh directory and loads them. */
async function model(tla: string, cfg: string) {
  const dir = mkdtempSync(join(tmpdir(), "tla-random-"));
  writeFileSync(join(dir, "R.tla"), tla);
  writeFileSync(join(dir, "R.cfg"), cfg);
  return loadModel(join(dir, "R.cfg"), join(dir, "R.tla"));
}
const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];

describe("RandomElement and constant-level definitions", () => {
  // `Pick` reads no variable: TLC evaluates it once, at startup, so every use
  // sees the same number. Drawn at each use, `x' = Pick` would give new states
  // and `x = Pick` would fail.
  const once = `---- MODULE R ----
EXTENDS Naturals, TLC
VARIABLE x
Pick == RandomElement(1..1000000)
Twice == <<Pick, Pick>>
Init == x = Pick
Next == x' = Pick
Stable == x = Pick /\\ Twice[1] = Twice[2]
====
`;

  it("a definition without parameters that uses RandomElement is evaluated once per model", async () => {
    const m = await model(once, "INIT Init\nNEXT Next\nINVARIANT Stable\n");
    expect(figures(checkModel(m))).toEqual(["success", 2, 1, 1]);
  });

  it("its value is the same in every evaluator of the model (seeded by the definition's name)", async () => {
    const cfg = "INIT Init\nNEXT Next\n";
    const a = await model(once, cfg);
    const b = await model(once, cfg);
    // Draws made before do not change it: the search's stream is another one.
    checkModel(b);
    const shown = (m: Awaited<ReturnType<typeof model>>) => m.printState(m.initStates()[0]!);
    expect(shown(a)).toEqual(shown(b));
  });

  it("inside an action, and in a LET inside an action, RandomElement draws again at each evaluation", async () => {
    const spec = (draw: string) => `---- MODULE R ----
EXTENDS Naturals, TLC
VARIABLES n, x
Init == n = 0 /\\ x = 0
Next == n < 30 /\\ n' = n + 1 /\\ ${draw}
====
`;
    const cfg = "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n";
    for (const draw of ["x' = RandomElement(1..1000000)", "LET r == RandomElement(1..1000000) IN x' = r"]) {
      const r = checkModel(await model(spec(draw), cfg));
      // A chain of 31 states; the chance that two of 30 draws from a million agree is below 0.05 %.
      expect(figures(r)).toEqual(["success", 31, 31, 31]);
    }
  });
});

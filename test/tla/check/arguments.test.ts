import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";

/** Checks module `M` (given as its body) under the cfg text. */
async function check(body: string, cfg = "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n") {
  const dir = mkdtempSync(join(tmpdir(), "tla-args-"));
  writeFileSync(join(dir, "M.tla"), `---- MODULE M ----\nEXTENDS Naturals\n${body}\n====\n`);
  writeFileSync(join(dir, "M.cfg"), cfg);
  const r = checkModel(await loadModel(join(dir, "M.cfg"), join(dir, "M.tla")));
  return [r.outcome, r.statesGenerated, r.distinctStates, r.depth, r.message];
}

describe("operator arguments are passed by name", () => {
  it("an action argument is evaluated where the body uses it (TLC: 4 generated, 4 distinct, depth 4)", async () => {
    const spec = `VARIABLE x
IncrBy(k) == x' = x + k
Guarded(A) == x < 3 /\\ A
Init == x = 0
Next == Guarded(IncrBy(1))`;
    expect(await check(spec)).toEqual(["success", 4, 4, 4, expect.any(String)]);
  });

  it("a primed variable as an argument is assigned by the body", async () => {
    const spec = `VARIABLES x, y
Set(v, e) == v = e
Init == x = 0 /\\ y = 0
Next == x < 3 /\\ Set(x', x + 1) /\\ Set(y', x')`;
    expect(await check(spec)).toEqual(["success", 4, 4, 4, expect.any(String)]);
  });

  it("an argument holding a prime inside an expression is not evaluated before the body assigns it", async () => {
    const spec = `VARIABLES x, y
Both(a, b) == a /\\ b
Init == x = 0 /\\ y = 0
Next == x < 2 /\\ Both(x' = x + 1, y' = x' * 10)`;
    expect(await check(spec)).toEqual(["success", 3, 3, 3, expect.any(String)]);
  });

  it("an argument with an existential in action position counts each witness (TLC's enumeration)", async () => {
    const spec = `VARIABLE x
Guarded(A) == x < 2 /\\ A
Init == x = 0
Next == Guarded(\\E i \\in 1..3 : x' = x + 1)`;
    // Each step has three identical successors: 1 + 3 + 3 generated.
    expect(await check(spec)).toEqual(["success", 7, 3, 3, expect.any(String)]);
  });
});

/**
 * CompactMultiPaxos, the Multi-Paxos with a bounded state, checked by the
 * built-in engine: with history variables for what it forgets, every step is
 * a step of MultiPaxos and its session tables and snapshots are those of the
 * recorded history. Three mutants of the module, each a plausible mistake of
 * log compaction, are caught on the same model.
 */
import { describe, expect, it } from "vitest";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel } from "../../src/tla/model.js";
import { checkModel } from "../../src/tla/check/bfs.js";
import { specDir } from "./specModules.js";

const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];

/** MCCompactMultiPaxos with CompactMultiPaxos.tla changed by `edit` (which must change it). */
async function mutated(edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), "compact-"));
  for (const f of readdirSync(specDir)) if (f.endsWith(".tla") || f.endsWith(".cfg")) copyFileSync(join(specDir, f), join(dir, f));
  const text = readFileSync(join(specDir, "CompactMultiPaxos.tla"), "utf8");
  const changed = edit(text);
  expect(changed).not.toBe(text);
  writeFileSync(join(dir, "CompactMultiPaxos.tla"), changed);
  return checkModel(await loadModel(join(dir, "MCCompactMultiPaxos.cfg"), join(dir, "MCCompactMultiPaxos.tla")));
}

describe("CompactMultiPaxos", () => {
  it("implements MultiPaxos: every step is one of MultiPaxos, and the sessions and snapshots match the history", async () => {
    const r = checkModel(await loadModel(`${specDir}/MCCompactMultiPaxos.cfg`, `${specDir}/MCCompactMultiPaxos.tla`));
    expect(figures(r)).toEqual(["success", 234_806, 15_074, 16]);
  }, 240_000);

  it("a leader that proposes in a compacted slot is caught", async () => {
    const r = await mutated((t) => t.replace("  /\\ s >= low\n", ""));
    expect(r.outcome).toBe("invariant");
    expect(r.violated).toBe("TypeOK");
  }, 240_000);

  it("a client that issues its next request before the last one was executed is caught", async () => {
    const r = await mutated((t) => t.replace("  /\\ issued[c] = 0 \\/ Answered(c, issued[c])\n", ""));
    expect(r.outcome).toBe("invariant");
    expect(r.violated).toBe("SessionsMatch");
  }, 240_000);

  it("an acceptor whose 1b leaves out its votes is caught by the refinement", async () => {
    const r = await mutated((t) => t.replace("votes |-> VotesFrom(a, m.from)]", "votes |-> {}]"));
    expect(r.outcome).toBe("property");
    expect(r.violated).toBe("MPSpec");
  }, 240_000);
});

import { describe, expect, it } from "vitest";
import * as path from "node:path";
import { loadModules } from "../../../src/tla/syntax/load.js";
import type { OpDef } from "../../../src/tla/syntax/ast.js";

describe("comments between definitions", () => {
  it("belong to the next definition, and a definition's location ends at its last token", async () => {
    const set = await loadModules(path.resolve("spec/Paxos.tla"));
    const paxos = set.modules.get("Paxos")!;
    const defs = new Map(paxos.units.filter((u): u is OpDef => u.kind === "opdef").map((u) => [u.name, u]));
    for (const action of ["Propose", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn", "Restart"]) {
      const d = defs.get(action)!;
      expect(d.doc, action).toBeTruthy();
      const text = paxos.source.slice(d.loc.start, d.loc.end);
      expect(text.startsWith(action), action).toBe(true);
      expect(text.includes("(*"), `${action} location runs into a comment`).toBe(false);
    }
    expect(defs.get("Phase1b")!.doc).toMatch(/joins ballot b/);
  });
});

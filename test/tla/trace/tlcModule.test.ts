import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../../src/tla/model.js";
import { traceCheckModule } from "../../../src/tla/trace/tlcModule.js";
import { paxosConstants } from "./paxosTrace.js";

describe("the constants as a TLC model", () => {
  it("writes a module and cfg that bind Paxos's constants, functions included", async () => {
    const m = traceCheckModule({ specFile: "spec/Paxos.tla", constants: paxosConstants(), invariants: ["TypeOK"] });
    expect(m.moduleName).toBe("MCPaxos");
    expect(m.module).toContain("EXTENDS Paxos, TLC\nCONSTANTS a1, a2, a3, l1, p1, p2, v1, v2\n");
    expect(m.module).toContain("MC_Owner == (0 :> p1 @@ 1 :> p2 @@ 2 :> p1 @@ 3 :> p2)\n");
    expect(m.module).toContain("MC_Quorum == {{a1, a2}, {a1, a3}, {a2, a3}, {a1, a2, a3}}\n");
    expect(m.cfg).toContain("  None = None\n");
    expect(m.cfg).toContain("  Owner <- MC_Owner\n");
    expect(m.cfg).toContain("INVARIANT TypeOK\n");
    // The engine loads it as TLC would, and finds the one initial state and its 2 + 4 + 3 successors
    // (Propose v1 or v2, Phase1a by the owner of each ballot, Restart of each acceptor).
    const dir = mkdtempSync(path.join(tmpdir(), "mcpaxos-"));
    for (const f of readdirSync("spec")) if (f.endsWith(".tla")) copyFileSync(path.join("spec", f), path.join(dir, f));
    writeFileSync(path.join(dir, "MCPaxos.tla"), m.module);
    writeFileSync(path.join(dir, "MCPaxos.cfg"), m.cfg);
    const model = await loadModel(path.join(dir, "MCPaxos.cfg"));
    const inits = model.initStates();
    expect(inits).toHaveLength(1);
    expect(model.successors(inits[0]!)).toHaveLength(9);
  });
});

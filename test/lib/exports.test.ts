/**
 * The library entry points, imported by the package's name as a user would
 * (`paxos-tla` and `paxos-tla/tla`, through the `exports` map of
 * package.json, on the built files): a replicated-store run is simulated,
 * recorded and validated, and a model is checked by the engine.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const script = `
const lib = await import("paxos-tla");
const tla = await import("paxos-tla/tla");
const rec = new lib.SmrTraceRecorder();
const run = new lib.cluster.SmrSimulation({ seed: "1", requestsPerClient: 2 }, rec).run();
const v = await lib.validateTraceSource(lib.trace.toNdjson(rec.lines()), "run", { specFile: "spec/MultiPaxos.tla" });
const lin = lib.linearizability.checkLinearizable(run.history);
const checked = tla.checkModel(await tla.loadModel("spec/MCConsensus.cfg"));
let deep = "importable";
try { await import("paxos-tla/dist/src/cli/run.js"); } catch (e) { deep = e.code; }
console.log(JSON.stringify({ completed: run.completed, valid: v.ok, linearizable: lin.ok, outcome: checked.outcome, distinct: checked.distinctStates, deep }));
`;

describe("the package's entry points", () => {
  it("paxos-tla and paxos-tla/tla resolve by name to the built library; deep imports are closed", () => {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ completed: 6, valid: true, linearizable: true, outcome: "success", distinct: expect.any(Number), deep: "ERR_PACKAGE_PATH_NOT_EXPORTED" });
  }, 60_000);
});

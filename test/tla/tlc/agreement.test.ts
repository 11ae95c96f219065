/**
 * The two checkers must agree: with TLA2TOOLS_JAR set, every model of spec/
 * and of the test fixtures is checked by TLC (one worker) and by the built-in
 * engine, and the outcome, the violated name and the figures are compared:
 * on success, states generated, distinct states and depth; on a violation,
 * the counterexample's length (TLC's counts at a violation depend on its
 * exploration order). Without the jar the comparison is skipped, with the
 * reason printed. `MCPaxosSmall` takes hours with TLC and runs only in the
 * long suite.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runTlc } from "../../../src/tla/tlc/run.js";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";
import { TlaError } from "../../../src/tla/errors.js";
import type { CheckResult } from "../../../src/tla/result.js";

const jar = process.env["TLA2TOOLS_JAR"];
const noJar = jar === undefined || jar === "";
const LONG = process.env["PAXOS_LONG"] === "1";
if (noJar) console.log("skipping the TLC-versus-engine comparison: TLA2TOOLS_JAR is not set (see 'npm run tlc:fetch')");

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The module a cfg checks: the .tla with the longest name that begins the cfg's name (Bounded.tla for BoundedInv.cfg). */
function moduleFor(cfg: string): string | undefined {
  const dir = dirname(cfg);
  const name = basename(cfg, ".cfg");
  const candidates = readdirSync(dir)
    .filter((f) => f.endsWith(".tla") && name.startsWith(basename(f, ".tla")))
    .sort((a, b) => b.length - a.length);
  return candidates[0] === undefined ? undefined : join(dir, candidates[0]);
}

function models(): { cfg: string; spec: string }[] {
  const out: { cfg: string; spec: string }[] = [];
  for (const dir of ["spec", "test/fixtures/specs", "test/fixtures/tlc"]) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs)
      .filter((x) => x.endsWith(".cfg"))
      .sort()) {
      if (f === "MCPaxosSmall.cfg" && !LONG) continue;
      const cfg = join(abs, f);
      const spec = moduleFor(cfg);
      if (spec !== undefined) out.push({ cfg, spec });
    }
  }
  return out;
}

async function engine(cfg: string, spec: string): Promise<CheckResult | { outcome: "unsupported"; message: string }> {
  try {
    return checkModel(await loadModel(cfg, spec));
  } catch (err) {
    if (err instanceof TlaError && /liveness/i.test(err.message)) return { outcome: "unsupported", message: err.message };
    if (err instanceof TlaError)
      return { outcome: err.kind, violated: null, statesGenerated: 0, distinctStates: 0, depth: 0, counterexample: [], seconds: 0, errors: [] } as CheckResult;
    throw err;
  }
}

describe.skipIf(noJar)("TLC and the built-in engine agree", () => {
  for (const { cfg, spec } of noJar ? [] : models()) {
    it(`${cfg.slice(root.length)}`, { timeout: 3_600_000 }, async () => {
      const ours = await engine(cfg, spec);
      if (ours.outcome === "unsupported") {
        console.log(`${cfg.slice(root.length)}: not compared: ${ours.message}`);
        return;
      }
      const tlc = await runTlc({ cfg, spec, workers: 1 });
      expect(ours.outcome).toBe(tlc.outcome);
      expect(ours.violated ?? null).toBe(tlc.violated ?? null);
      if (tlc.outcome === "success") {
        expect([ours.statesGenerated, ours.distinctStates, ours.depth]).toEqual([tlc.statesGenerated, tlc.distinctStates, tlc.depth]);
      } else if (tlc.counterexample.length > 0) {
        expect(ours.counterexample.length).toBe(tlc.counterexample.length);
      }
    });
  }
});

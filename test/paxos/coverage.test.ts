/**
 * Action coverage. Every action of spec/Paxos.tla's Next (read from the
 * specification with the parser) must occur in the traces the suite records
 * and the engine accepts: the recorded runs of traces/valid and a fixed set of
 * simulator runs over cluster shapes and fault schedules. The table of counts
 * is printed. And the set of actions equals the set of implementation step
 * functions, those whose doc comment is tagged `@spec Paxos.<Action>` in
 * src/paxos (read from the source text).
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseModuleText } from "../../src/tla/syntax/load.js";
import type { Expr, OpDef } from "../../src/tla/syntax/ast.js";
import { validateTraceSource } from "../../src/trace/validate.js";
import { runAndValidate, type RunOptions } from "../conformance/runs.js";

/** The operators Next is a disjunction of (through \E and nested disjunctions), in order. */
async function nextActions(): Promise<string[]> {
  const mod = await parseModuleText(readFileSync("spec/Paxos.tla", "utf8"), "spec/Paxos.tla");
  const defs = new Map(mod.units.filter((u): u is OpDef => u.kind === "opdef").map((d) => [d.name, d]));
  const out: string[] = [];
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case "or":
        e.args.forEach(walk);
        return;
      case "exists":
        walk(e.body);
        return;
      case "opapp":
      case "ident":
        if (defs.has(e.name)) out.push(e.name);
        return;
      default:
        throw new Error(`Next has a disjunct that is not an action call: ${e.kind}`);
    }
  };
  walk(defs.get("Next")!.body);
  return out;
}

/** The step functions of src/paxos with a `@spec Paxos.<Action>` tag: action -> function names. */
function taggedFunctions(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync("src/paxos").filter((n) => n.endsWith(".ts"))) {
    const text = readFileSync(`src/paxos/${f}`, "utf8");
    for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:async\s+)?function\s+(\w+)/g)) {
      for (const tag of m[1]!.matchAll(/@spec\s+Paxos\.(\w+)/g)) out.set(tag[1]!, [...(out.get(tag[1]!) ?? []), `${f}:${m[2]}`]);
    }
  }
  return out;
}

/** Fixed runs over the shapes and faults the property tests draw from (seeds fixed, so the counts are too). */
const RUNS: RunOptions[] = [
  { seed: "1" },
  { seed: "2", acceptors: 5, proposers: 3, learners: 2, loss: 0.2, duplicate: 0.2 },
  { seed: "3", acceptors: 4, proposers: 2, quorum: { kind: "weighted", weights: [3, 1, 1, 1] }, partition: 0.02 },
  { seed: "4", acceptors: 3, proposers: 2, crash: 0.08, downtime: { min: 2, max: 20 }, loss: 0.1 },
  { seed: "5", acceptors: 7, proposers: 3, learners: 3, crash: 0.05, downtime: { min: 2, max: 20 }, delay: { min: 1, max: 15 } },
  { seed: "6", acceptors: 3, proposers: 2, retry: { timeout: 12, backoff: false, maxExponent: 0 }, delay: { min: 1, max: 8 }, stopWhenLearned: false, maxSteps: 800 },
];

function countSteps(lines: readonly string[], counts: Map<string, number>): void {
  for (const l of lines) {
    const o = JSON.parse(l) as { kind: string; action?: string };
    if (o.kind === "step") counts.set(o.action!, (counts.get(o.action!) ?? 0) + 1);
  }
}

describe("action coverage", () => {
  it("Next's actions are exactly the @spec-tagged step functions of src/paxos", async () => {
    const actions = await nextActions();
    expect(actions).toEqual(["Propose", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn", "Restart"]);
    const tagged = taggedFunctions();
    expect([...tagged.keys()].sort()).toEqual([...actions].sort());
    // One function per action, with the action's name in lower camel case.
    for (const a of actions) expect(tagged.get(a)!.map((f) => f.split(":")[1])).toEqual([a[0]!.toLowerCase() + a.slice(1)]);
  });

  it("every action occurs in the recorded traces the engine accepts", async () => {
    const actions = await nextActions();
    const recorded = new Map<string, number>();
    const simulated = new Map<string, number>();
    for (const f of readdirSync("traces/valid")
      .filter((n) => n.endsWith(".ndjson"))
      .sort()) {
      const text = readFileSync(`traces/valid/${f}`, "utf8");
      const v = await validateTraceSource(text, `traces/valid/${f}`);
      expect(v.ok, `traces/valid/${f} is accepted`).toBe(true);
      countSteps(text.trim().split("\n"), recorded);
    }
    for (const o of RUNS) {
      const run = await runAndValidate(o);
      expect(run.verdict.ok, `seed ${o.seed} is accepted`).toBe(true);
      countSteps(run.lines, simulated);
    }
    const rows = actions.map((a) => [a, String(recorded.get(a) ?? 0), String(simulated.get(a) ?? 0)]);
    const all = [["action", "traces/valid", "simulated runs"], ...rows];
    console.log(all.map((r) => `${r[0]!.padEnd(8)} ${r[1]!.padStart(12)} ${r[2]!.padStart(15)}`).join("\n"));
    for (const a of actions) {
      expect(recorded.get(a) ?? 0, `${a} occurs in traces/valid`).toBeGreaterThan(0);
      expect(simulated.get(a) ?? 0, `${a} occurs in the simulated runs`).toBeGreaterThan(0);
    }
    // Nothing but Next's actions occurs.
    expect([...recorded.keys(), ...simulated.keys()].every((a) => actions.includes(a))).toBe(true);
  });
});

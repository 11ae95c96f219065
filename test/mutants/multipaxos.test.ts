/**
 * Every mutant of the replicated store (test/mutants/multipaxos.ts) is
 * killed, and the same schedule run by the real code passes:
 *
 * - by the TLA+ engine: the run's trace is rejected by spec/MultiPaxos.tla at
 *   the expected action and conjunct (or differing variable);
 * - by the linearizability checker: the clients' history has no
 *   linearization;
 * - by progress: the real code answers every request of the schedule and the
 *   mutant does not.
 *
 * The table of results is written to test-output/mutants-multipaxos.md
 * (`npm run mutants` prints it); docs/mutation.md carries it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { SmrSimulation } from "../../src/cluster/index.js";
import type { SmrResult } from "../../src/cluster/index.js";
import { checkLinearizable } from "../../src/check/linearizability.js";
import { MULTIPAXOS_STEPS } from "../../src/multipaxos/index.js";
import type { MultiPaxosSteps } from "../../src/multipaxos/index.js";
import { SmrTraceRecorder } from "../../src/trace/smrRecorder.js";
import { toNdjson } from "../../src/trace/index.js";
import { validateTraceSource, type TraceVerdict } from "../../src/trace/validate.js";
import { FC_SEED, keepFailure } from "../arbitraries.js";
import { SMR_MUTANTS, type SmrMutant, type SmrRunOptions } from "./multipaxos.js";

/** Runs each search may take. */
const BUDGET = 60;
/**
 * The engine checks the steps only: every mutant killed by the engine breaks
 * an action's conjunct, and checking the invariants on every state would cost
 * about fifty times more (test/smr/trace.test.ts checks them on the real code).
 */
const INVARIANTS: readonly string[] = [];

interface SmrRun {
  readonly result: SmrResult;
  readonly lines: readonly string[];
  readonly verdict: TraceVerdict;
}

/** Runs the store with `steps`, records its trace and validates it against spec/MultiPaxos.tla (spec/ReconfigMultiPaxos.tla when the configuration changes). */
async function run(steps: MultiPaxosSteps, o: SmrRunOptions): Promise<SmrRun> {
  const rec = new SmrTraceRecorder();
  const result = new SmrSimulation(o, rec, steps).run();
  const lines = rec.lines();
  const specFile = (o.reconfigure ?? []).length > 0 ? "spec/ReconfigMultiPaxos.tla" : "spec/MultiPaxos.tla";
  const verdict = await validateTraceSource(toNdjson(lines), `smr-${o.seed}`, { specFile, invariants: INVARIANTS });
  return { result, lines, verdict };
}

/** Whether every request issued was answered. */
const allAnswered = (r: SmrResult, o: SmrRunOptions): boolean => r.stopped === "done" && r.completed === (o.clients ?? 0) * (o.requestsPerClient ?? 0);

/** The first schedule (and the number of runs tried) for which `killed` holds, or null within the budget. */
async function search(m: SmrMutant, killed: (o: SmrRunOptions) => Promise<boolean> | boolean): Promise<{ options: SmrRunOptions; runs: number } | null> {
  let runs = 0;
  const found: { hit?: SmrRunOptions } = {};
  await fc.check(
    fc.asyncProperty(m.schedules, async (o) => {
      runs++;
      if (!(await killed(o))) return true;
      found.hit ??= o;
      return false;
    }),
    { seed: FC_SEED, numRuns: BUDGET, endOnFailure: true },
  );
  return found.hit === undefined ? null : { options: found.hit, runs };
}

const rows = new Map<string, string[]>();
const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("mutants of the replicated store are killed", () => {
  console.log(`fast-check seed ${FC_SEED} (set FC_SEED to replay)`);
  afterAll(() => {
    const header = ["mutant", "part", "killed by", "runs", "evidence", "verdict"];
    const all = SMR_MUTANTS.map((m) => rows.get(m.id) ?? [`${m.id}. ${m.name}`, m.part, m.kill.by, "", "", "survived"]);
    const killed = all.filter((r) => r[5] === "killed").length;
    const equivalent = all.filter((r) => r[5] === "equivalent").length;
    const md = [header, header.map(() => "---"), ...all].map((r) => `| ${r.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`);
    const score = `mutation score: ${killed} killed of ${all.length - equivalent} non-equivalent mutants (${equivalent} equivalent)`;
    mkdirSync("test-output", { recursive: true });
    writeFileSync("test-output/mutants-multipaxos.md", `${md.join("\n")}\n\n${score}\n`);
    console.log(`${md.join("\n")}\n\n${score}`);
  });

  it("every mutant has an id of its own; there are at least ten, across the roles", () => {
    expect(new Set(SMR_MUTANTS.map((m) => m.id)).size).toBe(SMR_MUTANTS.length);
    expect(SMR_MUTANTS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(SMR_MUTANTS.map((m) => m.part)).size).toBeGreaterThanOrEqual(5);
    // Every mutant changes some step function.
    for (const m of SMR_MUTANTS)
      expect(
        Object.keys(m.steps).some((k) => m.steps[k as keyof MultiPaxosSteps] !== MULTIPAXOS_STEPS[k as keyof MultiPaxosSteps]),
        m.name,
      ).toBe(true);
  });

  for (const m of SMR_MUTANTS) {
    const kill = m.kill;
    if (kill.by === "engine") {
      it(`${m.id}. ${m.name}: the engine rejects a trace at ${kill.action.source}`, async () => {
        let bad: SmrRun | null = null;
        const found = await search(m, async (o) => {
          const r = await run(m.steps, o);
          if (r.verdict.ok) return false;
          bad = r;
          return true;
        });
        expect(found, `${m.name}: no rejected run within ${BUDGET} (fast-check seed ${FC_SEED})`).not.toBeNull();
        const r = bad! as SmrRun;
        const v = r.verdict.ok ? null : r.verdict.verdict;
        if (v === null || v.ok) throw new Error("accepted");
        // The rejected trace is kept on disk when it is not rejected where expected.
        let evidence: string;
        try {
          expect(v.action ?? "", JSON.stringify(v)).toMatch(kill.action);
          if (kill.conjunct) {
            expect(oneLine(v.conjunct?.text ?? ""), JSON.stringify(v)).toMatch(kill.conjunct);
            evidence = `step ${v.step}, ${v.action}: ${oneLine(v.conjunct!.text).slice(0, 50)} (line ${v.conjunct!.loc.line})`;
          } else {
            const differs = kill.differs!;
            expect(
              v.differences?.some((d) => differs.test(d)),
              JSON.stringify(v.differences),
            ).toBe(true);
            evidence = `step ${v.step}, ${v.action}: ${v.differences!.find((d) => differs.test(d))!.slice(0, 50)}`;
          }
        } catch (e) {
          keepFailure(`mutant-${m.name}`, found!.options.seed, r.lines);
          throw e;
        }
        // The same schedule run by the real code is accepted.
        const clean = await run(MULTIPAXOS_STEPS, found!.options);
        expect(clean.verdict.ok, `the run without the mutation (seed ${found!.options.seed}) is accepted`).toBe(true);
        rows.set(m.id, [`${m.id}. ${m.name}`, m.part, "engine", String(found!.runs), evidence, "killed"]);
      }, 120_000);
    } else if (kill.by === "linearizability") {
      it(`${m.id}. ${m.name}: some client history is not linearizable`, async () => {
        let explanation = "";
        const found = await search(m, (o) => {
          const r = new SmrSimulation(o, {}, m.steps).run();
          const lin = checkLinearizable(r.history);
          if (lin.ok) return false;
          explanation = lin.explanation;
          return true;
        });
        expect(found, `${m.name}: every history linearizable within ${BUDGET} runs (fast-check seed ${FC_SEED})`).not.toBeNull();
        // The real code on the same schedule: linearizable, and its trace accepted.
        const clean = await run(MULTIPAXOS_STEPS, found!.options);
        expect(clean.verdict.ok).toBe(true);
        expect(checkLinearizable(clean.result.history).ok).toBe(true);
        rows.set(m.id, [`${m.id}. ${m.name}`, m.part, "linearizability", String(found!.runs), oneLine(explanation).slice(0, 70), "killed"]);
      }, 120_000);
    } else if (kill.by === "equivalent") {
      it(`${m.id}. ${m.name}: equivalent, and every run tried is accepted by the engine and linearizable`, async () => {
        const found = await search(m, async (o) => {
          const r = await run(m.steps, o);
          if (!r.verdict.ok) keepFailure(`mutant-${m.name}`, o.seed, r.lines);
          return !r.verdict.ok || !checkLinearizable(r.result.history).ok;
        });
        expect(found).toBeNull();
        rows.set(m.id, [`${m.id}. ${m.name}`, m.part, "nothing (equivalent)", String(BUDGET), kill.proof, "equivalent"]);
      }, 120_000);
    } else {
      it(`${m.id}. ${m.name}: some schedule the real code completes leaves requests unanswered`, async () => {
        let figures = "";
        const found = await search(m, (o) => {
          const real = new SmrSimulation(o, {}, MULTIPAXOS_STEPS).run();
          if (!allAnswered(real, o)) return false;
          const mutant = new SmrSimulation(o, {}, m.steps).run();
          figures = `${mutant.completed} of ${real.completed} answered (${mutant.stopped})`;
          return !allAnswered(mutant, o);
        });
        expect(found, `${m.name}: every schedule completes within ${BUDGET} runs (fast-check seed ${FC_SEED})`).not.toBeNull();
        // It costs progress, not safety: the mutant's replicas still agree, and its history is linearizable.
        const r = new SmrSimulation(found!.options, {}, m.steps).run();
        expect(r.disagreements).toEqual([]);
        expect(checkLinearizable(r.history).ok).toBe(true);
        rows.set(m.id, [`${m.id}. ${m.name}`, m.part, "progress", String(found!.runs), figures, "killed"]);
      }, 120_000);
    }
  }
});

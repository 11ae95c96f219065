/**
 * Every mutant of test/mutants/mutants.ts is killed:
 *
 * - the TLA+ engine rejects a trace of it, at the expected action and
 *   conjunct (or differing variable), and the same schedule run by the real
 *   code is accepted; the hand-written guard checker of test/trace agrees that
 *   some guard is broken;
 * - an unsafe mutant makes some run learn two values, and the engine finds
 *   Agreement false in that run's last state;
 * - a mutant that costs progress leaves fault-free runs undecided where the
 *   real code decides every one;
 * - an equivalent mutant is accepted on every run tried (its proof is in
 *   mutants.ts).
 *
 * The table of results (`npm run mutants` prints it, and writes it to
 * test-output/mutants.md) is the one in docs/mutation.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { validateTrace, type Verdict } from "../../src/tla/trace/validate.js";
import { decodeConstants, entryOf } from "../../src/trace/validate.js";
import { parseTraceLine } from "../../src/trace/reader.js";
import { FC_SEED, keepFailure } from "../arbitraries.js";
import { checkGuards } from "../trace/specGuards.js";
import { MUTANTS, type Mutant } from "./mutants.js";
import { faultFreeDecisions, learnedValues, runMutant, searchDisagreement, searchRejection } from "./harness.js";

/** Runs each search may take. */
const BUDGET = 100;
/** Runs for the search of a disagreement (simulation only, no validation). */
const AGREEMENT_BUDGET = 1500;
/** Fault-free runs for the progress check. */
const PROGRESS_RUNS = 20;

/** The engine's verdict on Agreement in the run's last state (its variables as the trace logs them). */
async function agreementOnLastState(lines: readonly string[]): Promise<Verdict> {
  const header = parseTraceLine(lines[0]!, 1, "run", true);
  if (header.kind !== "header") throw new Error("no header");
  const { constants, modelValues } = decodeConstants(header.constants, "run", 1);
  let last = lines.length - 1;
  while (!lines[last]!.startsWith('{"kind":"step"') && !lines[last]!.startsWith('{"kind":"init"')) last--;
  const entry = entryOf(parseTraceLine(lines[last]!, last + 1, "run"), last + 1, "run", modelValues)!;
  // TypeOK as the initial predicate admits any well-typed state: the validator then checks the invariant on it.
  return validateTrace({ specFile: "spec/Paxos.tla", constants, init: "TypeOK", invariants: ["Agreement"] }, [{ state: entry.state }]);
}

/** One row of the results table. */
interface Row {
  mutant: string;
  part: string;
  validator: string;
  guards: string;
  disagreement: string;
  progress: string;
  verdict: string;
}
const rows = new Map<string, Row>();
const row = (m: Mutant): Row => {
  let r = rows.get(m.id);
  if (!r) rows.set(m.id, (r = { mutant: `${m.id}. ${m.name}`, part: m.part, validator: "", guards: "", disagreement: "", progress: "", verdict: "" }));
  return r;
};
const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("mutants are killed", () => {
  console.log(`fast-check seed ${FC_SEED} (set FC_SEED to replay)`);
  afterAll(() => {
    const header: Row = {
      mutant: "mutant",
      part: "part",
      validator: "engine rejects (runs; step, action: conjunct)",
      guards: "guard checks",
      disagreement: "two values learned (runs)",
      progress: "fault-free runs decided",
      verdict: "verdict",
    };
    const all = [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r);
    for (const r of all) r.verdict ||= "killed";
    const killed = all.filter((r) => r.verdict === "killed").length;
    const equivalent = all.filter((r) => r.verdict === "equivalent").length;
    const md = [header, ...all].map(
      (r) =>
        `| ${Object.values(r)
          .map((c: string) => c.replace(/\|/g, "\\|"))
          .join(" | ")} |`,
    );
    md.splice(
      1,
      0,
      `|${Object.keys(header)
        .map(() => "---")
        .join("|")}|`,
    );
    const score = `mutation score: ${killed} killed of ${all.length - equivalent} non-equivalent mutants (${equivalent} equivalent)`;
    mkdirSync("test-output", { recursive: true });
    writeFileSync("test-output/mutants.md", `${md.join("\n")}\n\n${score}\n`);
    console.log(`${md.join("\n")}\n\n${score}`);
  });

  it("every mutant has an id of its own and a way to be killed, or a proof of equivalence", () => {
    expect(new Set(MUTANTS.map((m) => m.id)).size).toBe(MUTANTS.length);
    expect(MUTANTS.length).toBeGreaterThanOrEqual(18);
    for (const m of MUTANTS) expect(m.rejection !== undefined || m.unsafe === true || m.stalls === true || m.equivalent !== undefined, m.name).toBe(true);
    // the original seeded bugs a-h are all there
    expect(
      MUTANTS.filter((m) => m.id <= "h")
        .map((m) => m.id)
        .sort(),
    ).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });

  for (const m of MUTANTS.filter((x) => x.rejection !== undefined)) {
    it(`${m.id}. ${m.name}: the engine rejects a trace, naming the step, the action and the conjunct`, async () => {
      const found = await searchRejection(m, BUDGET);
      expect(found, `${m.name}: no rejected run within ${BUDGET} (fast-check seed ${FC_SEED})`).not.toBeNull();
      const { run, runs } = found!;
      const v = run.verdict.verdict;
      if (v.ok) throw new Error("accepted");
      const exp = m.rejection!;
      expect(v.action ?? "", JSON.stringify(v)).toMatch(exp.action);
      expect(v.step).toBeGreaterThan(0);
      // The step the engine names is the step line of that action in the trace.
      const line = JSON.parse(run.lines[v.source!.line - 1]!) as { kind: string; i: number; action: string };
      expect(line).toMatchObject({ kind: "step", i: v.step, action: v.action });
      let what = "";
      if (exp.conjunct) {
        expect(oneLine(v.conjunct?.text ?? ""), JSON.stringify(v)).toMatch(exp.conjunct);
        what = `${oneLine(v.conjunct!.text).slice(0, 60)} (line ${v.conjunct!.loc.line})`;
      } else if (exp.differs) {
        expect(
          v.differences?.some((d) => exp.differs!.test(d)),
          JSON.stringify(v.differences),
        ).toBe(true);
        what = v.differences!.find((d) => exp.differs!.test(d))!.slice(0, 60);
      } else what = oneLine(v.conjunct?.text ?? v.differences?.[0] ?? "").slice(0, 60);
      // The same schedule run by the real code is accepted.
      const clean = await runMutant({ ...m, steps: undefined, recorder: undefined }, run.options);
      expect(clean.verdict.ok, `the run without the mutation (seed ${run.options.seed}) is accepted`).toBe(true);
      // The hand-written guard checker sees a broken guard too (the recorder mutants break the trace itself).
      const guards = checkGuards(run.lines.map((l) => JSON.parse(l) as Record<string, unknown>));
      if (m.part !== "recorder") expect(guards.length, `guard checks on ${m.name}`).toBeGreaterThan(0);
      const r = row(m);
      r.validator = `${runs}; step ${v.step}, ${v.action}: ${what}`;
      r.guards = guards[0] ? `${guards[0].action}: ${guards[0].problem}`.slice(0, 60) : "none";
    });
  }

  for (const m of MUTANTS.filter((x) => x.unsafe === true)) {
    it(`${m.id}. ${m.name}: some run learns two values, and the engine finds Agreement false in its last state`, async () => {
      const found = searchDisagreement(m, AGREEMENT_BUDGET);
      expect(found, `${m.name}: no disagreement within ${AGREEMENT_BUDGET} runs (fast-check seed ${FC_SEED})`).not.toBeNull();
      const run = await runMutant(m, found!.options, ["TypeOK"]);
      if (learnedValues(run.result).size !== 2) keepFailure(`mutant-${m.name}`, found!.options.seed, run.lines);
      expect(learnedValues(run.result).size).toBe(2);
      expect(run.verdict.ok).toBe(false);
      const v = await agreementOnLastState(run.lines);
      expect(v).toMatchObject({ ok: false, step: 0, invariant: "Agreement" });
      row(m).disagreement = m.pinnedDisagreement ? "pinned schedule" : String(found!.runs);
    });
  }

  for (const m of MUTANTS.filter((x) => x.stalls === true)) {
    it(`${m.id}. ${m.name}: fault-free runs never decide, where the real code decides every one`, () => {
      expect(faultFreeDecisions(null, PROGRESS_RUNS)).toBe(PROGRESS_RUNS);
      const decided = faultFreeDecisions(m, PROGRESS_RUNS);
      expect(decided).toBe(0);
      row(m).progress = `${decided} of ${PROGRESS_RUNS} (real code: ${PROGRESS_RUNS})`;
    });
  }

  for (const m of MUTANTS.filter((x) => x.equivalent !== undefined)) {
    it(`${m.id}. ${m.name}: equivalent, and every run tried is accepted`, async () => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(m.schedules, async (o) => {
          runs++;
          const run = await runMutant(m, o);
          if (!run.verdict.ok) keepFailure(`mutant-${m.name}`, o.seed, run.lines);
          return run.verdict.ok;
        }),
        { seed: FC_SEED, numRuns: 30 },
      );
      const r = row(m);
      r.validator = `accepts all ${runs} runs`;
      r.verdict = "equivalent";
    });
  }
});

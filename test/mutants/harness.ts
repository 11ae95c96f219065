/**
 * Running mutants: a run of the simulator with a mutant's step functions or
 * recorder, its trace validated by the TLA+ engine, and the three ways a
 * mutant is killed: the engine rejects a trace (searched with fast-check), a
 * run learns two values, fault-free runs never decide.
 */
import fc from "fast-check";
import { Simulation, simulate } from "../../src/cluster/index.js";
import type { SimulationResult } from "../../src/cluster/index.js";
import { PAXOS_STEPS } from "../../src/paxos/index.js";
import { TraceRecorder, toNdjson } from "../../src/trace/index.js";
import type { RecorderOptions } from "../../src/trace/index.js";
import { validateTraceSource, type TraceVerdict } from "../../src/trace/validate.js";
import { FC_SEED } from "../arbitraries.js";
import type { Mutant, RunOptions } from "./mutants.js";

/** A recorded run of a mutant and the engine's verdict on its trace. */
export interface MutantRun {
  readonly options: RunOptions;
  readonly result: SimulationResult;
  readonly lines: readonly string[];
  readonly verdict: TraceVerdict;
}

/** Runs the simulator with the mutant and records the trace (state mode, no events). */
export function recordMutant(m: Mutant, options: RunOptions, recorder: RecorderOptions = { events: false }): { result: SimulationResult; lines: string[] } {
  const lines: string[] = [];
  const write = (l: string): void => void lines.push(l);
  const observer = m.recorder ? m.recorder(write, recorder) : new TraceRecorder(write, recorder);
  const result = new Simulation(options, observer, m.steps ?? PAXOS_STEPS).run();
  return { result, lines };
}

/** Runs and records the mutant, then validates the trace against spec/Paxos.tla. */
export async function runMutant(m: Mutant, options: RunOptions, invariants: readonly string[] = ["TypeOK", "Agreement", "Validity"]): Promise<MutantRun> {
  const { result, lines } = recordMutant(m, options);
  const verdict = await validateTraceSource(toNdjson(lines), `${m.name}-${options.seed}`, { invariants });
  return { options, result, lines, verdict };
}

/** The values learned by any learner. */
export function learnedValues(result: SimulationResult): Set<string> {
  return new Set(Object.values(result.learned).flat());
}

/** Searches the mutant's schedules for a run whose trace the engine rejects; `null` if none within `budget` runs. */
export async function searchRejection(m: Mutant, budget: number): Promise<{ run: MutantRun; runs: number } | null> {
  const found: { hit?: { run: MutantRun; runs: number } } = {};
  let runs = 0;
  await fc.check(
    fc.asyncProperty(m.schedules, async (o) => {
      runs++;
      const run = await runMutant(m, o);
      if (run.verdict.ok) return true;
      found.hit ??= { run, runs };
      return false;
    }),
    { seed: FC_SEED, numRuns: budget, endOnFailure: true },
  );
  return found.hit ?? null;
}

/** Searches the mutant's schedules for a run in which two values are learned (simulation only); `null` if none within `budget`. */
export function searchDisagreement(m: Mutant, budget: number): { options: RunOptions; runs: number } | null {
  if (m.pinnedDisagreement) {
    const r = simulate(m.pinnedDisagreement, {}, m.steps ?? PAXOS_STEPS);
    return learnedValues(r).size > 1 ? { options: m.pinnedDisagreement, runs: 0 } : null;
  }
  let runs = 0;
  const out = fc.check(
    fc.property(m.schedules, (o) => {
      runs++;
      return learnedValues(simulate(o, {}, m.steps ?? PAXOS_STEPS)).size <= 1;
    }),
    { seed: FC_SEED, numRuns: budget, endOnFailure: true },
  );
  return out.failed ? { options: out.counterexample![0], runs } : null;
}

/** Fault-free runs of 3-5 acceptors with one proposer: how many of `n` seeds decide. */
export function faultFreeDecisions(m: Mutant | null, n: number): number {
  let decided = 0;
  for (let i = 0; i < n; i++) {
    const o: RunOptions = { seed: `progress-${i}`, acceptors: 3 + (i % 3), proposers: 1, maxSteps: 2000 };
    if (simulate(o, {}, m?.steps ?? PAXOS_STEPS).decided) decided++;
  }
  return decided;
}

/**
 * Shared by the tests that validate simulated runs with the TLA+ engine: the
 * fast-check seed, the random cluster shapes and fault schedules, one run
 * recorded and validated against spec/Paxos.tla, and where failing traces go.
 */
import type { SimulationOptions, SimulationResult } from "../../src/cluster/index.js";
import type { PaxosSteps } from "../../src/paxos/index.js";
import { recordRun, toNdjson } from "../../src/trace/index.js";
import { validateTraceSource, type TraceVerdict } from "../../src/trace/validate.js";
import { FC_SEED, LONG, clusterShape, faults, keepFailure } from "../arbitraries.js";

export { FC_SEED, LONG, clusterShape, faults, keepFailure };

/** Invariants checked on every state of every run (Inv, the inductive invariant, too in long runs). */
export const RUN_INVARIANTS = LONG ? ["TypeOK", "Agreement", "Validity", "Inv"] : ["TypeOK", "Agreement", "Validity"];

/** Options of one run; the seed is always given. */
export type RunOptions = Partial<SimulationOptions> & { seed: string };

/** A recorded run and the engine's verdicts on its trace (state mode) and on the same steps without states (events only). */
export interface ValidatedRun {
  readonly result: SimulationResult;
  readonly lines: readonly string[];
  readonly verdict: TraceVerdict;
  readonly eventsVerdict?: TraceVerdict;
}

/** The same trace with the states left out: the header says events mode, the init line goes, steps keep action and parameters. */
export function eventsOnly(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const o = JSON.parse(l) as Record<string, unknown>;
    if (o["kind"] === "header") out.push(JSON.stringify({ ...o, mode: "events" }));
    else if (o["kind"] === "step") {
      delete o["state"];
      out.push(JSON.stringify(o));
    }
  }
  return out;
}

/** Runs the simulator, records the trace, and validates it against spec/Paxos.tla. */
export async function runAndValidate(options: RunOptions, opts: { events?: boolean; invariants?: readonly string[]; steps?: PaxosSteps } = {}): Promise<ValidatedRun> {
  const { result, lines } = recordRun(options, { events: false }, opts.steps);
  const name = `seed-${options.seed}`;
  const verdict = await validateTraceSource(toNdjson(lines), name, { invariants: opts.invariants ?? RUN_INVARIANTS });
  const eventsVerdict = opts.events ? await validateTraceSource(toNdjson(eventsOnly(lines)), `${name}-events`, { invariants: [] }) : undefined;
  return { result, lines, verdict, ...(eventsVerdict ? { eventsVerdict } : {}) };
}

/** The values learned by any learner. */
export function learnedValues(result: SimulationResult): Set<string> {
  return new Set(Object.values(result.learned).flat());
}

/** What is wrong with a run seen directly (not through the spec): Agreement and Validity. */
export function directProblems(result: SimulationResult): string[] {
  const out: string[] = [];
  const values = learnedValues(result);
  if (values.size > 1) out.push(`Agreement: the learners learned ${[...values].sort().join(" and ")}`);
  for (const v of values) if (!result.proposed.includes(v)) out.push(`Validity: ${v} was learned but never proposed`);
  return out;
}

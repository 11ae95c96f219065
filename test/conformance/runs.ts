/**
 * Shared by the tests that validate simulated runs with the TLA+ engine: the
 * fast-check seed, the random cluster shapes and fault schedules, one run
 * recorded and validated against spec/Paxos.tla, and where failing traces go.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import type { SimulationOptions, SimulationResult } from "../../src/sim/index.js";
import { recordRun, toNdjson } from "../../src/trace/index.js";
import { validateTraceSource, type TraceVerdict } from "../../src/trace/validate.js";

/** Whether the long runs were asked for (`PAXOS_LONG=1`, `npm run test:long`). */
export const LONG = process.env["PAXOS_LONG"] === "1";

/**
 * fast-check's seed: `FC_SEED` when set; otherwise fixed for `npm test` (the
 * suite is reproducible) and fresh for `npm run test:long` (which explores).
 * The tests print it, so any failure can be replayed.
 */
export const FC_SEED = process.env["FC_SEED"] !== undefined ? Number(process.env["FC_SEED"]) : LONG ? Math.floor(Math.random() * 2 ** 31) : 20240611;

/** Invariants checked on every state of every run (Inv, the inductive invariant, too in long runs). */
export const RUN_INVARIANTS = LONG ? ["TypeOK", "Agreement", "Validity", "Inv"] : ["TypeOK", "Agreement", "Validity"];

/** Options of one run; the seed is always given. */
export type RunOptions = Partial<SimulationOptions> & { seed: string };

/** Cluster shapes: 3-7 acceptors, 1-3 proposers, 1-3 learners, majority or weighted quorums. */
export const clusterShape = fc
  .record({
    acceptors: fc.integer({ min: 3, max: 7 }),
    proposers: fc.integer({ min: 1, max: 3 }),
    learners: fc.integer({ min: 1, max: 3 }),
    weighted: fc.boolean(),
    weights: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 7, maxLength: 7 }),
  })
  .map(({ weighted, weights, ...shape }) => ({
    ...shape,
    quorum: weighted ? ({ kind: "weighted", weights: weights.slice(0, shape.acceptors) } as const) : ({ kind: "majority" } as const),
  }));

/** Fault schedules: message loss, duplication, crashes (acceptors restart), partitions, delays that reorder. */
export const faults = fc.record({
  loss: fc.double({ min: 0, max: 0.3, noNaN: true }),
  duplicate: fc.double({ min: 0, max: 0.3, noNaN: true }),
  crash: fc.double({ min: 0, max: 0.06, noNaN: true }),
  downtime: fc.constant({ min: 2, max: 30 }),
  partition: fc.double({ min: 0, max: 0.03, noNaN: true }),
  delay: fc.integer({ min: 1, max: 20 }).map((max) => ({ min: 1, max })),
});

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
export async function runAndValidate(options: RunOptions, opts: { events?: boolean; invariants?: readonly string[] } = {}): Promise<ValidatedRun> {
  const { result, lines } = recordRun(options, { events: false });
  const name = `seed-${options.seed}`;
  const verdict = await validateTraceSource(toNdjson(lines), name, { invariants: opts.invariants ?? RUN_INVARIANTS });
  const eventsVerdict = opts.events ? await validateTraceSource(toNdjson(eventsOnly(lines)), `${name}-events`, { invariants: [] }) : undefined;
  return { result, lines, verdict, ...(eventsVerdict ? { eventsVerdict } : {}) };
}

/** Writes a failing run's trace to `test-output/failures/<name>-<seed>.ndjson`; returns the path. */
export function keepFailure(name: string, seed: string, lines: readonly string[]): string {
  const dir = "test-output/failures";
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/${name}-${seed.replace(/[^A-Za-z0-9._-]/g, "_")}.ndjson`;
  writeFileSync(path, toNdjson(lines));
  return path;
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

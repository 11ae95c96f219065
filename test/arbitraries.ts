/**
 * What the property tests share: the fast-check seed, the random cluster
 * shapes and fault schedules, the schedules that make a seeded bug likely to
 * show, and where a failing run's trace is written.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import type { BugName } from "../src/paxos/index.js";
import type { SimulationOptions } from "../src/sim/index.js";
import { toNdjson } from "../src/trace/index.js";

/** Whether the long runs were asked for (`PAXOS_LONG=1`, `npm run test:long`). */
export const LONG = process.env["PAXOS_LONG"] === "1";

/**
 * fast-check's seed: `FC_SEED` when set; otherwise fixed for `npm test` (the
 * suite is reproducible) and fresh for `npm run test:long` (which explores).
 * The tests print it, so any failure can be replayed.
 */
export const FC_SEED = process.env["FC_SEED"] !== undefined ? Number(process.env["FC_SEED"]) : LONG ? Math.floor(Math.random() * 2 ** 31) : 20240611;

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

/** Random schedules, with the faults a bug needs to show made likely. */
export function bugSchedules(bug: BugName): fc.Arbitrary<Partial<SimulationOptions> & { seed: string }> {
  const crashy = bug === "acceptor-forgets-promise";
  return fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 }).map(String),
    acceptors: fc.integer({ min: 3, max: 5 }),
    proposers: fc.integer({ min: 2, max: 3 }),
    learners: fc.integer({ min: 1, max: 3 }),
    loss: crashy ? fc.constant(0) : fc.double({ min: 0, max: 0.3, noNaN: true }),
    duplicate: bug === "learner-counts-duplicates" ? fc.double({ min: 0.3, max: 0.6, noNaN: true }) : fc.double({ min: 0, max: 0.1, noNaN: true }),
    crash: crashy ? fc.double({ min: 0.2, max: 0.4, noNaN: true }) : fc.constant(0),
    downtime: fc.constant({ min: 0.5, max: 2 }),
    delay: fc.integer({ min: crashy ? 10 : 1, max: 30 }).map((max) => ({ min: 1, max })),
    retry: fc.constant({ timeout: 25, backoff: false, maxExponent: 0 }),
    stopWhenLearned: fc.constant(false),
    maxSteps: fc.constant(1500),
    bugs: fc.constant(new Set([bug])),
  });
}

/** Writes a failing run's trace to `test-output/failures/<name>-<seed>.ndjson`; returns the path. */
export function keepFailure(name: string, seed: string, lines: readonly string[]): string {
  const dir = "test-output/failures";
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/${name}-${seed.replace(/[^A-Za-z0-9._-]/g, "_")}.ndjson`;
  writeFileSync(path, toNdjson(lines));
  return path;
}

/**
 * A schedule under which the seeded bug learner-mixes-ballots makes learners
 * disagree. The bug is unsafe only under rare interleavings (about one run in
 * thousands), too rare for a quick search: this schedule was found by a long
 * random search and is pinned.
 */
export const MIXES_BALLOTS_SCHEDULE: Partial<SimulationOptions> & { seed: string } = {
  seed: "s4045",
  acceptors: 3,
  proposers: 3,
  learners: 3,
  loss: 0.351,
  delay: { min: 1, max: 7 },
  retry: { timeout: 26, backoff: false, maxExponent: 3 },
  stopWhenLearned: false,
  maxSteps: 2000,
};

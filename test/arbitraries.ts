/**
 * What the property tests share: the fast-check seed, the random cluster
 * shapes and fault schedules, the schedules that make a seeded bug likely to
 * show, and where a failing run's trace is written.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import fc from "fast-check";
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

/** Writes a failing run's trace to `test-output/failures/<name>-<seed>.ndjson`; returns the path. */
export function keepFailure(name: string, seed: string, lines: readonly string[]): string {
  const dir = "test-output/failures";
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/${name}-${seed.replace(/[^A-Za-z0-9._-]/g, "_")}.ndjson`;
  writeFileSync(path, toNdjson(lines));
  return path;
}

/**
 * Runs of the replicated store under every fault, small enough to validate
 * their traces: 3 or 5 acceptors, up to 3 proposers, replicas and clients,
 * windows, batches and snapshot intervals of a few slots, loss and
 * duplication up to 20%, rare crashes and partitions.
 */
export function smrRuns(o: { readonly requests: { readonly min: number; readonly max: number }; readonly maxSteps: number }) {
  return fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 }).map(String),
    acceptors: fc.constantFrom(3, 5),
    proposers: fc.integer({ min: 1, max: 3 }),
    replicas: fc.integer({ min: 1, max: 3 }),
    clients: fc.integer({ min: 1, max: 3 }),
    requestsPerClient: fc.integer(o.requests),
    keys: fc.integer({ min: 1, max: 3 }),
    window: fc.integer({ min: 1, max: 4 }),
    batch: fc.integer({ min: 1, max: 3 }),
    snapshotEvery: fc.integer({ min: 1, max: 6 }),
    loss: fc.double({ min: 0, max: 0.2, noNaN: true }),
    duplicate: fc.double({ min: 0, max: 0.2, noNaN: true }),
    crash: fc.double({ min: 0, max: 0.01, noNaN: true }),
    downtime: fc.constant({ min: 5, max: 40 }),
    partition: fc.double({ min: 0, max: 0.005, noNaN: true }),
    maxSteps: fc.constant(o.maxSteps),
  });
}

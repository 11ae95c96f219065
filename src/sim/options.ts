/**
 * Simulation options: cluster shape, network and fault model, retry policy,
 * budget. Every field has a default; {@link resolveOptions} fills them in and
 * checks ranges.
 *
 * @module
 */
import type { BugName, QuorumSpec, RetryPolicy } from "../paxos/index.js";
import { DEFAULT_RETRY } from "../paxos/index.js";

/** A closed interval of simulated time. */
export interface TimeRange {
  readonly min: number;
  readonly max: number;
}

/** Everything a run depends on besides the seed. */
export interface SimulationOptions {
  /** The seed; the same seed and options reproduce the same run byte for byte. */
  readonly seed: string;
  readonly acceptors: number;
  readonly proposers: number;
  readonly learners: number;
  /** Clients, each with its own value `v<i>`, sending to proposer `i mod P`. Default: one per proposer. */
  readonly clients: number;
  readonly quorum: QuorumSpec;
  /** Message delay, drawn uniformly from this range. Random delays also reorder messages. */
  readonly delay: TimeRange;
  /** Probability that a sent message is lost. */
  readonly loss: number;
  /** Probability that a sent message is also delivered a second time (with its own delay). */
  readonly duplicate: number;
  /** Probability, at each scheduler step, that a random acceptor or proposer that is up crashes. */
  readonly crash: number;
  /** Crashes at fixed times, besides the random ones: `node` goes down at `at` for `downFor`. */
  readonly scheduledCrashes: readonly { readonly node: string; readonly at: number; readonly downFor: number }[];
  /** How long a crashed node stays down. */
  readonly downtime: TimeRange;
  /** Probability, at each scheduler step with no partition in force, that the network splits in two. */
  readonly partition: number;
  /** How long a partition lasts before it heals. */
  readonly partitionDuration: TimeRange;
  /** Clients submit at times drawn uniformly from [0, clientSpread]. */
  readonly clientSpread: number;
  /** A client resends its request to the next proposer after this long without a decision. */
  readonly resubmitAfter: number;
  readonly retry: RetryPolicy;
  /** Ballots are 0 .. proposers * ballotsPerProposer - 1 (the spec's finite `Ballot`). */
  readonly ballotsPerProposer: number;
  /** Scheduler steps (delivered messages, timers, crashes, ...) before the run gives up. */
  readonly maxSteps: number;
  /** Stop as soon as every learner has learned (default); otherwise run to the budget. */
  readonly stopWhenLearned: boolean;
  /**
   * Seeded protocol bugs, FOR TESTS ONLY: empty by default, never set by the
   * CLI or any normal path. See {@link BugName}.
   */
  readonly bugs: ReadonlySet<BugName>;
}

/** The defaults: 3 acceptors, 1 proposer, 1 learner, majority quorums, no faults. */
export const DEFAULT_OPTIONS: SimulationOptions = {
  seed: "1",
  acceptors: 3,
  proposers: 1,
  learners: 1,
  clients: 1,
  quorum: { kind: "majority" },
  delay: { min: 1, max: 5 },
  loss: 0,
  duplicate: 0,
  crash: 0,
  scheduledCrashes: [],
  downtime: { min: 10, max: 60 },
  partition: 0,
  partitionDuration: { min: 20, max: 100 },
  clientSpread: 10,
  resubmitAfter: 200,
  retry: DEFAULT_RETRY,
  ballotsPerProposer: 16,
  maxSteps: 20_000,
  stopWhenLearned: true,
  bugs: new Set(),
};

/** Options out of range; the message names the option. */
export class SimulationOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SimulationOptionsError";
  }
}

/** Fills in defaults (clients default to the number of proposers) and checks every range. */
export function resolveOptions(partial: Partial<SimulationOptions> = {}): SimulationOptions {
  const o: SimulationOptions = {
    ...DEFAULT_OPTIONS,
    clients: partial.clients ?? partial.proposers ?? DEFAULT_OPTIONS.clients,
    ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
  } as SimulationOptions;
  const count = (name: string, n: number, min: number, max: number): void => {
    if (!Number.isInteger(n) || n < min || n > max) throw new SimulationOptionsError(`${name} must be a whole number from ${min} to ${max}, got ${n}`);
  };
  const prob = (name: string, p: number): void => {
    if (!(p >= 0 && p <= 1)) throw new SimulationOptionsError(`${name} must be a probability between 0 and 1, got ${p}`);
  };
  const range = (name: string, r: TimeRange): void => {
    if (!(r.min >= 0 && r.max >= r.min && Number.isFinite(r.max))) throw new SimulationOptionsError(`${name} must satisfy 0 <= min <= max, got ${r.min}..${r.max}`);
  };
  count("acceptors", o.acceptors, 1, 16);
  count("proposers", o.proposers, 1, 64);
  count("learners", o.learners, 1, 64);
  count("clients", o.clients, 1, 64);
  count("ballotsPerProposer", o.ballotsPerProposer, 1, 1_000_000);
  count("maxSteps", o.maxSteps, 1, Number.MAX_SAFE_INTEGER);
  prob("loss", o.loss);
  prob("duplicate", o.duplicate);
  prob("crash", o.crash);
  prob("partition", o.partition);
  range("delay", o.delay);
  if (o.delay.min <= 0) throw new SimulationOptionsError(`delay must be positive, got min ${o.delay.min}`);
  range("downtime", o.downtime);
  for (const c of o.scheduledCrashes) {
    if (!(c.at >= 0 && c.downFor >= 0 && Number.isFinite(c.at) && Number.isFinite(c.downFor))) throw new SimulationOptionsError(`scheduled crash of '${c.node}' needs a time and a downtime >= 0, got ${c.at} and ${c.downFor}`);
  }
  range("partitionDuration", o.partitionDuration);
  if (!(o.clientSpread >= 0)) throw new SimulationOptionsError(`clientSpread must be >= 0, got ${o.clientSpread}`);
  if (!(o.resubmitAfter > 0)) throw new SimulationOptionsError(`resubmitAfter must be > 0, got ${o.resubmitAfter}`);
  if (!(o.retry.timeout > 0)) throw new SimulationOptionsError(`retry timeout must be > 0, got ${o.retry.timeout}`);
  return o;
}

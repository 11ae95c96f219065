/**
 * The fault model of a simulated run: the network's delays, losses and
 * duplicates, partitions, crashes and restarts, and the step budget. Every
 * field has a default; {@link checkFaults} checks ranges.
 *
 * @module
 */

/** A closed interval of simulated time. */
export interface TimeRange {
  readonly min: number;
  readonly max: number;
}

/** A crash at a fixed time: `node` goes down at `at` for `downFor` (`Infinity`: for good, a permanent failure). */
export interface ScheduledCrash {
  readonly node: string;
  readonly at: number;
  readonly downFor: number;
}

/** Everything about the network, the crashes and the budget of a run. */
export interface FaultOptions {
  /** The seed; the same seed and options reproduce the same run byte for byte. */
  readonly seed: string;
  /** Message delay, drawn uniformly from this range. Random delays also reorder messages. */
  readonly delay: TimeRange;
  /** Probability that a sent message is lost. */
  readonly loss: number;
  /** Probability that a sent message is also delivered a second time (with its own delay). */
  readonly duplicate: number;
  /** Probability, at each scheduler step, that a random node that can crash and is up crashes. */
  readonly crash: number;
  /**
   * Probability that a step of a node that can crash, with two effects or
   * more, is cut short by a crash: the node carries out its effects up to a
   * point drawn at random and dies there. What it wrote to stable storage
   * before that point survives; the messages it would have sent after it are
   * lost. This is what makes the order of a step's effects matter: a node
   * must persist what a message reveals before it sends the message.
   */
  readonly crashInStep: number;
  /**
   * Probability, at each scheduler step, that a node that leads (as its
   * protocol tells from its state) crashes: failures aimed at the leader,
   * which is what a replicated log is slowest to recover from.
   */
  readonly leaderCrash: number;
  /** Crashes at fixed times, besides the random ones. */
  readonly scheduledCrashes: readonly ScheduledCrash[];
  /** How long a crashed node stays down. */
  readonly downtime: TimeRange;
  /** Probability, at each scheduler step with no partition in force, that the network splits in two. */
  readonly partition: number;
  /** How long a partition lasts before it heals. */
  readonly partitionDuration: TimeRange;
  /** Scheduler steps (delivered messages, timers, crashes, ...) before the run gives up. */
  readonly maxSteps: number;
}

/** The defaults: no faults at all, delays of 1 to 5, 20,000 steps. */
export const DEFAULT_FAULTS: FaultOptions = {
  seed: "1",
  delay: { min: 1, max: 5 },
  loss: 0,
  duplicate: 0,
  crash: 0,
  crashInStep: 0,
  leaderCrash: 0,
  scheduledCrashes: [],
  downtime: { min: 10, max: 60 },
  partition: 0,
  partitionDuration: { min: 20, max: 100 },
  maxSteps: 20_000,
};

/** Options out of range; the message names the option. */
export class SimulationOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SimulationOptionsError";
  }
}

/** Throws a {@link SimulationOptionsError} unless `n` is a whole number in `[min, max]`. */
export function checkCount(name: string, n: number, min: number, max: number): void {
  if (!Number.isInteger(n) || n < min || n > max) throw new SimulationOptionsError(`${name} must be a whole number from ${min} to ${max}, got ${n}`);
}

/** Checks every range of the fault model. */
export function checkFaults(o: FaultOptions): void {
  const prob = (name: string, p: number): void => {
    if (!(p >= 0 && p <= 1)) throw new SimulationOptionsError(`${name} must be a probability between 0 and 1, got ${p}`);
  };
  const range = (name: string, r: TimeRange): void => {
    if (!(r.min >= 0 && r.max >= r.min && Number.isFinite(r.max))) throw new SimulationOptionsError(`${name} must satisfy 0 <= min <= max, got ${r.min}..${r.max}`);
  };
  checkCount("maxSteps", o.maxSteps, 1, Number.MAX_SAFE_INTEGER);
  prob("loss", o.loss);
  prob("duplicate", o.duplicate);
  prob("crash", o.crash);
  prob("crashInStep", o.crashInStep);
  prob("leaderCrash", o.leaderCrash);
  prob("partition", o.partition);
  range("delay", o.delay);
  if (o.delay.min <= 0) throw new SimulationOptionsError(`delay must be positive, got min ${o.delay.min}`);
  range("downtime", o.downtime);
  for (const c of o.scheduledCrashes) {
    if (!(c.at >= 0 && c.downFor >= 0 && Number.isFinite(c.at) && (Number.isFinite(c.downFor) || c.downFor === Infinity)))
      throw new SimulationOptionsError(`scheduled crash of '${c.node}' needs a time and a downtime >= 0, got ${c.at} and ${c.downFor}`);
  }
  range("partitionDuration", o.partitionDuration);
}

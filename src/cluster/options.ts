/**
 * The options of a simulated Paxos run: the cluster's shape, its quorum
 * system, the clients' workload, the retry policy, and the fault model of
 * `src/sim`. Every field has a default; {@link resolveOptions} fills them in
 * and checks ranges.
 *
 * @module
 */
import type { QuorumSpec, RetryPolicy } from "../paxos/index.js";
import { DEFAULT_RETRY } from "../paxos/index.js";
import { checkCount, checkFaults, DEFAULT_FAULTS, SimulationOptionsError } from "../sim/index.js";
import type { FaultOptions } from "../sim/index.js";

/** Everything a run depends on besides the seed (which is in the fault model). */
export interface SimulationOptions extends FaultOptions {
  readonly acceptors: number;
  readonly proposers: number;
  readonly learners: number;
  /** Clients, each with its own value `v<i>`, sending to proposer `i mod P`. Default: one per proposer. */
  readonly clients: number;
  readonly quorum: QuorumSpec;
  /** Clients submit at times drawn uniformly from [0, clientSpread]. */
  readonly clientSpread: number;
  /** A client resends its request to the next proposer after this long without a decision. */
  readonly resubmitAfter: number;
  readonly retry: RetryPolicy;
  /** Ballots are 0 .. proposers * ballotsPerProposer - 1 (the spec's finite `Ballot`). */
  readonly ballotsPerProposer: number;
  /** Stop as soon as every learner has learned (default); otherwise run to the budget. */
  readonly stopWhenLearned: boolean;
}

/** The defaults: 3 acceptors, 1 proposer, 1 learner, majority quorums, no faults. */
export const DEFAULT_OPTIONS: SimulationOptions = {
  ...DEFAULT_FAULTS,
  acceptors: 3,
  proposers: 1,
  learners: 1,
  clients: 1,
  quorum: { kind: "majority" },
  clientSpread: 10,
  resubmitAfter: 200,
  retry: DEFAULT_RETRY,
  ballotsPerProposer: 16,
  stopWhenLearned: true,
};

/** Fills in defaults (clients default to the number of proposers) and checks every range. */
export function resolveOptions(partial: Partial<SimulationOptions> = {}): SimulationOptions {
  const o: SimulationOptions = {
    ...DEFAULT_OPTIONS,
    clients: partial.clients ?? partial.proposers ?? DEFAULT_OPTIONS.clients,
    ...Object.fromEntries(Object.entries(partial as Record<string, unknown>).filter(([, v]) => v !== undefined)),
  } as SimulationOptions;
  checkCount("acceptors", o.acceptors, 1, 16);
  checkCount("proposers", o.proposers, 1, 64);
  checkCount("learners", o.learners, 1, 64);
  checkCount("clients", o.clients, 1, 64);
  checkCount("ballotsPerProposer", o.ballotsPerProposer, 1, 1_000_000);
  checkFaults(o);
  if (!(o.clientSpread >= 0)) throw new SimulationOptionsError(`clientSpread must be >= 0, got ${o.clientSpread}`);
  if (!(o.resubmitAfter > 0)) throw new SimulationOptionsError(`resubmitAfter must be > 0, got ${o.resubmitAfter}`);
  if (!(o.retry.timeout > 0)) throw new SimulationOptionsError(`retry timeout must be > 0, got ${o.retry.timeout}`);
  return o;
}

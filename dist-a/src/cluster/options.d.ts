/**
 * The options of a simulated Paxos run: the cluster's shape, its quorum
 * system, the clients' workload, the retry policy, and the fault model of
 * `src/sim`. Every field has a default; {@link resolveOptions} fills them in
 * and checks ranges.
 *
 * @module
 */
import type { QuorumSpec, RetryPolicy } from "../paxos/index.js";
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
export declare const DEFAULT_OPTIONS: SimulationOptions;
/** Fills in defaults (clients default to the number of proposers) and checks every range. */
export declare function resolveOptions(partial?: Partial<SimulationOptions>): SimulationOptions;

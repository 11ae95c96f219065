import { DEFAULT_RETRY } from "../paxos/index.js";
import { checkCount, checkFaults, DEFAULT_FAULTS, SimulationOptionsError } from "../sim/index.js";
/** The defaults: 3 acceptors, 1 proposer, 1 learner, majority quorums, no faults. */
export const DEFAULT_OPTIONS = {
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
export function resolveOptions(partial = {}) {
    const o = {
        ...DEFAULT_OPTIONS,
        clients: partial.clients ?? partial.proposers ?? DEFAULT_OPTIONS.clients,
        ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
    };
    checkCount("acceptors", o.acceptors, 1, 16);
    checkCount("proposers", o.proposers, 1, 64);
    checkCount("learners", o.learners, 1, 64);
    checkCount("clients", o.clients, 1, 64);
    checkCount("ballotsPerProposer", o.ballotsPerProposer, 1, 1_000_000);
    checkFaults(o);
    if (!(o.clientSpread >= 0))
        throw new SimulationOptionsError(`clientSpread must be >= 0, got ${o.clientSpread}`);
    if (!(o.resubmitAfter > 0))
        throw new SimulationOptionsError(`resubmitAfter must be > 0, got ${o.resubmitAfter}`);
    if (!(o.retry.timeout > 0))
        throw new SimulationOptionsError(`retry timeout must be > 0, got ${o.retry.timeout}`);
    return o;
}
//# sourceMappingURL=options.js.map
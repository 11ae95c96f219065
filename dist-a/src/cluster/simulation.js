/**
 * A simulated Paxos cluster: the nodes of `src/paxos` (acceptors, proposers,
 * learners, clients, through their handlers) driven by the protocol-free
 * simulator of `src/sim`, with the figures of a run.
 *
 * Each step that implements a spec action is reported to the observer with
 * the action, its parameters, the node and the time; other happenings
 * (delivery, loss, duplication, crashes, timers, partitions) are reported as
 * events.
 *
 * @module
 */
import { acceptorHandlers, ballotOwner, clientHandlers, isProtocolMessage, learnerHandlers, PAXOS_STEPS, proposerHandlers, QuorumSystem } from "../paxos/index.js";
import { roundTime, Simulator } from "../sim/index.js";
import { resolveOptions } from "./options.js";
import { tagged } from "./tagged.js";
/** A role's handlers as handlers of the tagged node state. */
function asNode(role, h) {
    return tagged(role, h);
}
/** One simulated run. Create, then {@link Simulation.run}. */
export class Simulation {
    options;
    acceptorIds;
    proposerIds;
    learnerIds;
    clientIds;
    quorum;
    ballotLimit;
    values;
    sent = [];
    sim;
    observer;
    ballots = [];
    firstPhase1aTime = null;
    decision = null;
    protocolMessagesToDecision = null;
    /**
     * Sets up the cluster: acceptors `a1..`, proposers `p1..`, learners `l1..`,
     * clients `c1..` with values `v1..`. Acceptors and proposers can crash;
     * clients stand outside the partitions. `steps` runs a variant of the
     * protocol through the same handlers.
     * @throws SimulationOptionsError for options out of range; QuorumSystemError for an unsafe quorum system.
     */
    constructor(options = {}, observer = {}, steps = PAXOS_STEPS) {
        this.options = resolveOptions(options);
        const o = this.options;
        const names = (prefix, n) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
        this.acceptorIds = names("a", o.acceptors);
        this.proposerIds = names("p", o.proposers);
        this.learnerIds = names("l", o.learners);
        this.clientIds = names("c", o.clients);
        this.values = names("v", o.clients);
        this.quorum = new QuorumSystem(this.acceptorIds, o.quorum);
        this.ballotLimit = o.proposers * o.ballotsPerProposer;
        this.observer = observer;
        const proposerCfg = {
            proposers: this.proposerIds,
            acceptors: this.acceptorIds,
            learners: this.learnerIds,
            quorum: this.quorum,
            ballotLimit: this.ballotLimit,
            retry: o.retry,
        };
        const learnerCfg = { quorum: this.quorum, clients: this.clientIds, proposers: this.proposerIds };
        const clientCfg = { proposers: this.proposerIds, resubmitAfter: o.resubmitAfter };
        const nodes = [
            ...this.acceptorIds.map((id) => ({
                id,
                handlers: asNode("acceptor", acceptorHandlers(id, { learners: this.learnerIds }, steps)),
                stored: [{ role: "acceptor", maxBal: -1, maxVBal: -1, maxVal: null }],
                crashes: true,
                partitioned: true,
            })),
            ...this.proposerIds.map((id) => ({
                id,
                handlers: asNode("proposer", proposerHandlers(id, proposerCfg, steps)),
                stored: [{ role: "proposer", highestBallot: -1 }],
                crashes: true,
                partitioned: true,
            })),
            ...this.learnerIds.map((id) => ({ id, handlers: asNode("learner", learnerHandlers(id, learnerCfg, steps)), crashes: false, partitioned: true })),
            ...this.clientIds.map((id, i) => ({
                id,
                handlers: asNode("client", clientHandlers(id, clientCfg, { value: this.values[i], target: i % o.proposers, submitWithin: o.clientSpread }, steps)),
                crashes: false,
                partitioned: false,
            })),
        ];
        const view = this;
        const driverObserver = {
            step: (action, node, time) => {
                if (action.name === "Phase1a") {
                    this.ballots.push(action.params.b);
                    if (this.firstPhase1aTime === null)
                        this.firstPhase1aTime = time;
                }
                this.observer.step?.(action, node, time, view);
            },
            // only when someone listens: a simulator with no one to tell builds no events
            event: observer.event === undefined ? undefined : (e, time) => this.observer.event?.(e, time, view),
            sent: (m) => {
                if (isProtocolMessage(m.msg))
                    this.sent.push(m);
            },
        };
        this.sim = new Simulator(nodes, o, driverObserver);
    }
    /** The acceptor's current in-memory state (as of its last step, while it is down). */
    acceptor(id) {
        return this.node(id, "acceptor");
    }
    /** The proposer's current state. */
    proposer(id) {
        return this.node(id, "proposer");
    }
    /** The learner's current state. */
    learner(id) {
        return this.node(id, "learner");
    }
    /** The client's current state. */
    client(id) {
        return this.node(id, "client");
    }
    /** The last record the node wrote to stable storage (acceptors and proposers; each record is a full image). */
    stableRecord(id) {
        const log = this.sim.stored(id);
        return log[log.length - 1];
    }
    node(id, role) {
        const n = this.sim.state(id);
        if (n.role !== role)
            throw new RangeError(`'${id}' is a ${n.role}, not a ${role}`);
        return n.state;
    }
    /** Runs to a decision by every learner, the step budget, or an empty queue. */
    run() {
        const o = this.options;
        this.observer.init?.(this, o);
        const c = this.sim.counts;
        const protocolMessages = () => (c.messages["1a"] ?? 0) + (c.messages["1b"] ?? 0) + (c.messages["2a"] ?? 0) + (c.messages["2b"] ?? 0);
        const ended = this.sim.run(() => {
            if (this.decision === null && this.allLearned()) {
                this.decision = { steps: c.steps, specSteps: c.specSteps, time: this.sim.now };
                this.protocolMessagesToDecision = protocolMessages();
            }
            return this.decision !== null && o.stopWhenLearned;
        });
        const stopped = ended === "stopped" ? "decided" : ended;
        const learned = {};
        for (const l of this.learnerIds)
            learned[l] = [...this.learner(l).learned];
        const all = Object.values(learned);
        const first = all[0]?.[0];
        const value = first !== undefined && all.every((vs) => vs.length === 1 && vs[0] === first) ? first : null;
        const messages = { "1a": 0, "1b": 0, "2a": 0, "2b": 0, request: 0, decision: 0 };
        for (const t of Object.keys(messages))
            messages[t] = c.messages[t] ?? 0;
        return {
            seed: o.seed,
            decided: this.decision !== null,
            value,
            learned,
            proposed: this.clientIds
                .map((id) => this.client(id))
                .filter((cl) => cl.submitted)
                .map((cl) => cl.value),
            steps: c.steps,
            specSteps: c.specSteps,
            time: this.sim.now,
            decision: this.decision,
            firstPhase1aTime: this.firstPhase1aTime,
            latency: this.decision !== null && this.firstPhase1aTime !== null ? roundTime(this.decision.time - this.firstPhase1aTime) : null,
            messages,
            protocolMessagesToDecision: this.protocolMessagesToDecision,
            delivered: c.delivered,
            dropped: c.dropped,
            duplicated: c.duplicated,
            ballots: [...this.ballots],
            crashes: c.crashes,
            partitions: c.partitions,
            stopped,
        };
    }
    allLearned() {
        return this.learnerIds.every((l) => this.learner(l).learned.size > 0);
    }
}
/** Runs one simulation with `options` (defaults filled in), reporting to `observer`. */
export function simulate(options = {}, observer = {}, steps = PAXOS_STEPS) {
    return new Simulation(options, observer, steps).run();
}
/** The owner of ballot `b` in a cluster (the spec's `Owner[b]`). */
export function ownerOf(view, b) {
    return ballotOwner(view.proposerIds, b);
}
//# sourceMappingURL=simulation.js.map
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
import { QuorumSystem } from "../paxos/index.js";
import type { AcceptorState, Ballot, ClientState, LearnerState, Message, NodeId, PaxosSteps, ProposerState, ProtocolMessage, SpecAction, StableRecord, Timer, Value } from "../paxos/index.js";
import type { SentMessage, SimEvent as DriverEvent } from "../sim/index.js";
import type { SimulationOptions } from "./options.js";
/** Something that happened in a Paxos run that is not a spec action. */
export type SimEvent = DriverEvent<Message, Timer>;
/** A protocol message as sent, in send order. */
export type SentProtocolMessage = SentMessage<ProtocolMessage>;
/** A read-only view of the whole cluster, for observers and the refinement mapping. */
export interface ClusterView {
    readonly acceptorIds: readonly NodeId[];
    readonly proposerIds: readonly NodeId[];
    readonly learnerIds: readonly NodeId[];
    readonly clientIds: readonly NodeId[];
    readonly quorum: QuorumSystem;
    /** The ballots that exist: 0 .. ballotLimit-1. */
    readonly ballotLimit: number;
    /** Every client's value, in client order: the spec's `Value`. */
    readonly values: readonly Value[];
    acceptor(id: NodeId): AcceptorState;
    proposer(id: NodeId): ProposerState;
    learner(id: NodeId): LearnerState;
    client(id: NodeId): ClientState;
    /** Every protocol message sent so far (each copy once, duplicates of delivery not repeated). */
    readonly sent: readonly SentProtocolMessage[];
}
/** Receives a run as it happens. Every method is optional. */
export interface SimulationObserver {
    /** Before the first step. */
    init?(view: ClusterView, options: SimulationOptions): void;
    /** After a step that implements a spec action, its effects carried out. */
    step?(action: SpecAction, node: NodeId, time: number, view: ClusterView): void;
    /** A happening that is not a spec action. */
    event?(event: SimEvent, time: number, view: ClusterView): void;
}
/** Figures about a run. */
export interface SimulationResult {
    readonly seed: string;
    /** Every learner learned. */
    readonly decided: boolean;
    /** The value learned, if every learner learned exactly the same single value; else `null`. */
    readonly value: Value | null;
    /** What each learner learned, in order. */
    readonly learned: Readonly<Record<NodeId, readonly Value[]>>;
    /** The values clients proposed. */
    readonly proposed: readonly Value[];
    /** Scheduler steps taken. */
    readonly steps: number;
    /** Steps that were spec actions. */
    readonly specSteps: number;
    /** Simulated time at the end. */
    readonly time: number;
    /** When the last learner learned: scheduler steps, spec steps, time; `null` if not decided. */
    readonly decision: {
        readonly steps: number;
        readonly specSteps: number;
        readonly time: number;
    } | null;
    /** Time of the first Phase1a, or `null`. */
    readonly firstPhase1aTime: number | null;
    /** Simulated time from the first Phase1a to the decision (rounded to 1/1000), or `null`. */
    readonly latency: number | null;
    /** Messages sent, by type (client traffic included). */
    readonly messages: Readonly<Record<Message["type"], number>>;
    /** Protocol (1a, 1b, 2a, 2b) messages sent before the decision. */
    readonly protocolMessagesToDecision: number | null;
    readonly delivered: number;
    readonly dropped: number;
    readonly duplicated: number;
    /** Every ballot started (Phase1a), in order. */
    readonly ballots: readonly Ballot[];
    readonly crashes: number;
    readonly partitions: number;
    /** Why the run ended. */
    readonly stopped: "decided" | "budget" | "quiet";
}
/** What the simulator holds for each node: the role's state, tagged with the role. */
export type PaxosNodeState = {
    readonly role: "acceptor";
    readonly state: AcceptorState;
} | {
    readonly role: "proposer";
    readonly state: ProposerState;
} | {
    readonly role: "learner";
    readonly state: LearnerState;
} | {
    readonly role: "client";
    readonly state: ClientState;
};
/** One simulated run. Create, then {@link Simulation.run}. */
export declare class Simulation implements ClusterView {
    readonly options: SimulationOptions;
    readonly acceptorIds: readonly NodeId[];
    readonly proposerIds: readonly NodeId[];
    readonly learnerIds: readonly NodeId[];
    readonly clientIds: readonly NodeId[];
    readonly quorum: QuorumSystem;
    readonly ballotLimit: number;
    readonly values: readonly Value[];
    readonly sent: SentProtocolMessage[];
    private readonly sim;
    private readonly observer;
    private readonly ballots;
    private firstPhase1aTime;
    private decision;
    private protocolMessagesToDecision;
    /**
     * Sets up the cluster: acceptors `a1..`, proposers `p1..`, learners `l1..`,
     * clients `c1..` with values `v1..`. Acceptors and proposers can crash;
     * clients stand outside the partitions. `steps` runs a variant of the
     * protocol through the same handlers.
     * @throws SimulationOptionsError for options out of range; QuorumSystemError for an unsafe quorum system.
     */
    constructor(options?: Partial<SimulationOptions>, observer?: SimulationObserver, steps?: PaxosSteps);
    /** The acceptor's current in-memory state (as of its last step, while it is down). */
    acceptor(id: NodeId): AcceptorState;
    /** The proposer's current state. */
    proposer(id: NodeId): ProposerState;
    /** The learner's current state. */
    learner(id: NodeId): LearnerState;
    /** The client's current state. */
    client(id: NodeId): ClientState;
    /** The last record the node wrote to stable storage (acceptors and proposers; each record is a full image). */
    stableRecord(id: NodeId): StableRecord | undefined;
    private node;
    /** Runs to a decision by every learner, the step budget, or an empty queue. */
    run(): SimulationResult;
    private allLearned;
}
/** Runs one simulation with `options` (defaults filled in), reporting to `observer`. */
export declare function simulate(options?: Partial<SimulationOptions>, observer?: SimulationObserver, steps?: PaxosSteps): SimulationResult;
/** The owner of ballot `b` in a cluster (the spec's `Owner[b]`). */
export declare function ownerOf(view: ClusterView, b: Ballot): NodeId;

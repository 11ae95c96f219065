/**
 * A simulated replicated key-value store: the Multi-Paxos nodes of
 * `src/multipaxos` (acceptors, proposers, replicas) and a client workload,
 * driven by the protocol-free simulator of `src/sim` under its faults.
 * Every role can crash and restart, the leader included.
 *
 * A run gives its figures, and the clients' history: every operation with the
 * time it was invoked, and the time it completed and its result (or neither,
 * if it never completed), ready for a linearizability check.
 *
 * @module
 */
import type { QuorumSystem } from "../paxos/quorum.js";
import type { QuorumSpec } from "../paxos/quorum.js";
import type { Configuration } from "../multipaxos/index.js";
import type { AcceptorState, ClientState, Message, MultiPaxosSteps, NodeId, ProposerState, ProtocolMessage, ReplicaState, Slot, SpecAction, StableRecord, Timer } from "../multipaxos/index.js";
import type { KvOp, KvResult, ReconfigOp } from "../smr/kv.js";
import type { FaultOptions, SentMessage, SimEvent } from "../sim/index.js";
/** The mix of operations clients issue, as relative weights. */
export interface OpMix {
    readonly get: number;
    readonly put: number;
    readonly cas: number;
    readonly append: number;
}
/** Everything a replicated-store run depends on besides the seed. */
export interface SmrOptions extends FaultOptions {
    readonly acceptors: number;
    readonly proposers: number;
    readonly replicas: number;
    readonly clients: number;
    readonly quorum: QuorumSpec;
    /** Requests each client issues, one at a time. */
    readonly requestsPerClient: number;
    /** Keys `k1 .. kK`. */
    readonly keys: number;
    /** How keys are drawn: uniformly, or by a Zipf law of exponent 1 (a few hot keys). */
    readonly keyDistribution: "uniform" | "zipf";
    readonly mix: OpMix;
    /** Slots in flight beyond the decided prefix (1: no pipelining). */
    readonly window: number;
    /** Commands per slot at most (1: no batching). */
    readonly batch: number;
    readonly leaderTimeout: number;
    readonly heartbeatEvery: number;
    readonly resendEvery: number;
    readonly retryAfter: number;
    readonly snapshotEvery: number;
    readonly catchUpEvery: number;
    /** Clients issue their first request at a time drawn from [0, clientSpread). */
    readonly clientSpread: number;
    /** Stop once every client has its last reply (default); otherwise run to the budget or until quiet. */
    readonly stopWhenDone: boolean;
    /**
     * Configuration changes an operator asks for, in order: at time `at`, the
     * acceptors become `acceptors` with quorum system `quorum`, the replicas
     * `replicas` and the leaders `leaders` (each unchanged if not given). The
     * initial configuration is acceptors `a1 .. aN` with the quorum system
     * `quorum`, replicas `r1 .. rR` and every proposer a leader; a change takes effect `window` slots after the slot it is
     * decided in. A replica no configuration names before a change that adds
     * it is a fresh one, idle until then. Each request reports the servers
     * whose scheduled crash is permanent (`downFor: Infinity`) and came before
     * it, and the replicated state machine refuses a change that could not
     * decide without them.
     */
    readonly reconfigure: readonly Reconfiguration[];
    /**
     * A rolling replacement, when above 0: every initial acceptor is replaced
     * by a fresh one, one at a time, a change every `rollingReplacement` time
     * units from then on (`a1` by `aN+1` first), with the initial quorum
     * system; after the changes of {@link reconfigure}.
     */
    readonly rollingReplacement: number;
}
/** One configuration change an operator asks for. */
export interface Reconfiguration {
    readonly at: number;
    readonly acceptors: readonly NodeId[];
    readonly quorum: QuorumSpec;
    /** The replicas of the new configuration; those of the configuration before if not given. */
    readonly replicas?: readonly NodeId[];
    /** The proposers that may lead in the new configuration (among `p1 .. pP`); those of the configuration before if not given. */
    readonly leaders?: readonly NodeId[];
}
/** The defaults: 3 acceptors, 2 proposers, 3 replicas, 3 clients of 20 requests over 5 keys, no faults. */
export declare const DEFAULT_SMR_OPTIONS: SmrOptions;
/** Fills in the defaults and checks every range. */
export declare function resolveSmrOptions(partial?: Partial<SmrOptions>): SmrOptions;
/** One operation of the clients' history. */
export interface HistoryEntry {
    readonly client: NodeId;
    readonly seq: number;
    readonly op: KvOp;
    /** When the client issued it. */
    readonly invoke: number;
    /** When its reply arrived, or `null` if it never did (it may or may not have taken effect). */
    complete: number | null;
    result: KvResult | null;
}
/** Figures about a run. */
export interface SmrResult {
    readonly seed: string;
    /** Requests answered. */
    readonly completed: number;
    /** Requests issued. */
    readonly issued: number;
    readonly steps: number;
    readonly specSteps: number;
    /** Simulated time at the end. */
    readonly time: number;
    /** Messages sent, by type. */
    readonly messages: Readonly<Record<string, number>>;
    /** Slots decided (learned by some replica). */
    readonly slots: number;
    /** The highest slot every replica of the newest configuration executed through (the slowest one's executed prefix). */
    readonly executedByAll: Slot;
    /** Leaders elected (Phase1a steps that were followed by leading), as ballots started. */
    readonly ballots: number;
    readonly crashes: number;
    readonly dropped: number;
    readonly duplicated: number;
    /** Slots in which two replicas learned different values (must be empty). */
    readonly disagreements: readonly Slot[];
    readonly history: readonly HistoryEntry[];
    readonly stopped: "done" | "budget" | "quiet";
}
/**
 * The workload of client `client`: request `seq` is a pure function of the
 * seed, the client and `seq`. Values are unique (`c1.7` is client c1's 7th
 * request), so that a history can be checked.
 */
export declare function workload(o: SmrOptions, client: NodeId): (seq: number) => KvOp | null;
/** What the simulator holds for each node: the role's state, tagged with the role. */
export type SmrNodeState = {
    readonly role: "acceptor";
    readonly state: AcceptorState;
} | {
    readonly role: "proposer";
    readonly state: ProposerState;
} | {
    readonly role: "replica";
    readonly state: ReplicaState;
} | {
    readonly role: "client";
    readonly state: ClientState;
};
type Role = SmrNodeState["role"];
type StateOf<K extends Role> = Extract<SmrNodeState, {
    role: K;
}>["state"];
/** Receives a replicated-store run as it happens. */
export interface SmrObserver {
    init?(sim: SmrSimulation): void;
    step?(action: SpecAction, node: NodeId, time: number, sim: SmrSimulation): void;
    event?(event: SimEvent<Message, Timer>, time: number, sim: SmrSimulation): void;
}
/** Several observers as one, each told in turn. */
export declare function observeAllSmr(...observers: readonly SmrObserver[]): SmrObserver;
/** One simulated run of the replicated store. Create, then {@link SmrSimulation.run}. */
export declare class SmrSimulation {
    private readonly observer;
    readonly options: SmrOptions;
    readonly acceptorIds: readonly NodeId[];
    readonly proposerIds: readonly NodeId[];
    readonly replicaIds: readonly NodeId[];
    readonly clientIds: readonly NodeId[];
    /** The quorum system of the initial configuration. */
    readonly quorum: QuorumSystem;
    /** The initial configuration (`C1`), then the one each change installs (`C2`, ...). */
    readonly configurations: readonly Configuration[];
    /** The operator's requests, in order: request `i + 1` asks for `configurations[i + 1]`. */
    readonly changes: readonly ReconfigOp[];
    /** The operator that asks for the configuration changes, if there are any. */
    readonly operatorId: NodeId | null;
    /** Every protocol message sent so far, in send order. */
    readonly sent: SentMessage<ProtocolMessage>[];
    /** Whether to keep {@link sent} (a recorder needs it; a benchmark does not). */
    keepSent: boolean;
    private readonly sim;
    private readonly history;
    /** By client, its operation waiting for a reply (a client has one at a time). */
    private readonly open;
    private readonly learnedValue;
    private readonly disagreements;
    private ballots;
    /** Requests answered so far. */
    private completed;
    /**
     * `steps` are the step functions the nodes run (a variant of the protocol
     * runs through the same handlers with another table).
     *
     * @throws SimulationOptionsError for options out of range; QuorumSystemError for an unsafe quorum system.
     */
    constructor(options?: Partial<SmrOptions>, observer?: SmrObserver, steps?: MultiPaxosSteps);
    /** A node's current state, as a role's state. */
    node<K extends Role>(id: NodeId, role: K): StateOf<K>;
    /** What the node has on stable storage now. */
    stored(id: NodeId): readonly StableRecord[];
    /** Simulated time now. */
    get now(): number;
    /** The replicas of the newest configuration the most advanced replica knows: those serving at the end of a run. */
    servingReplicas(): readonly NodeId[];
    private checkLearned;
    /** Runs until every client is done (unless told to go on), the budget, or an empty agenda. */
    run(): SmrResult;
}
/** Runs one replicated-store simulation. */
export declare function simulateSmr(options?: Partial<SmrOptions>, observer?: SmrObserver, steps?: MultiPaxosSteps): SmrResult;
export {};

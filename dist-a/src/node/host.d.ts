import type { Effect, Message, NodeId, ProposerState, ReplicaState, StableRecord, Step, Timer } from "../multipaxos/index.js";
import type { ClusterConfig, ClusterNode } from "./config.js";
import { NodeTrace } from "./trace.js";
/** How messages become bytes and back (JSON with the persistent structures flattened: `codec.ts`). */
export interface HostCodec {
    encode(m: Message): Uint8Array;
    decode(bytes: Uint8Array): Message;
}
/** A batch of records for stable storage, in order. */
export type StableBatch = readonly {
    readonly record: StableRecord;
    readonly replaces?: boolean;
}[];
/** A node's stable storage, as the host needs it: a durable, ordered write of a batch of records, the caller told when it is durable. */
export interface StableStore {
    writeAsync(batch: StableBatch, done: (err: Error | null) => void): void;
    close(): void;
}
/** Opens (creating if need be) the stable storage of node `id` under `dir`, and gives what it held. */
export type OpenStore = (dir: string) => {
    store: StableStore;
    records: StableRecord[];
    repaired: string | null;
};
/** Where the host reports what it does, one line at a time (the `paxos node` command prints them). */
export type HostLog = (line: string) => void;
/** An owner of steps: a hosted node, or the gateway; the host routes its timers and outputs back to it. */
export interface StepOwner {
    readonly id: string;
    readonly trace: NodeTrace;
    readonly store: StableStore | null;
    /** Takes the state after one of its steps (a gateway's client keeps its own, and ignores this). */
    adopt(state: unknown): void;
    /** A timer of this owner fired. */
    fire(timer: Timer): void;
    /** An output effect (not send, persist or setTimer) of one of its steps. */
    output(effect: Effect): void;
}
/** Settings of a host besides its configuration. */
export interface HostOptions {
    readonly config: ClusterConfig;
    readonly self: ClusterNode;
    readonly dataDir: string;
    readonly seed: string;
    readonly codec: HostCodec;
    readonly openStore: OpenStore;
    readonly log?: HostLog;
    /** Called after the host stopped because stable storage failed (the `paxos node` command exits). */
    readonly onFatal?: (err: Error) => void;
}
/** A message for a node this process does not host, and that is no protocol node: a reply to a client of some gateway. */
export type ClientSink = (to: NodeId, msg: Message, sent: {
    readonly node: string;
    readonly clock: number;
}) => void;
/** The process host. Create, {@link NodeHost.start}, and {@link NodeHost.stop}. */
export declare class NodeHost {
    private readonly options;
    readonly config: ClusterConfig;
    readonly self: ClusterNode;
    private readonly nodes;
    private readonly transport;
    private readonly random;
    private readonly log;
    /** What the current turn has queued, by owner. */
    private pending;
    private flushScheduled;
    /** Each owner's parts waiting for its records to be durable. */
    private readonly pipelines;
    private readonly live;
    private stopped;
    private clientSink;
    /** Counts for the status page. */
    readonly counts: {
        steps: number;
        persisted: number;
        fsyncs: number;
        sent: number;
        received: number;
    };
    constructor(options: HostOptions);
    /** Where replies to clients that no node of the cluster hosts go: the gateway. */
    setClientSink(sink: ClientSink): void;
    /** Listens, then starts (or restarts) each hosted node. @throws ListenError when the port is taken. */
    start(): Promise<void>;
    /** The step owner of a hosted node. */
    private ownerOf;
    private readonly owners;
    /** A frame arrived: hand its message to the node it is for. */
    private receive;
    private deliver;
    /**
     * Takes the steps of one reaction of `owner`: the state changes now, the
     * effects wait for the end of the turn. `recv` names the step that sent
     * the message the reaction answers.
     */
    run(owner: StepOwner, steps: readonly Step<unknown>[], recv: {
        readonly node: string;
        readonly clock: number;
    } | null): void;
    private scheduleFlush;
    /**
     * Ends the turn: each owner's part of it joins that owner's queue, which
     * is carried out in order, each part once its records, and those of the
     * parts before it, are durable (see the module comment). While the disk
     * syncs an owner's records, the event loop goes on taking inputs, and the
     * parts they make are written together next: group commit. An owner waits
     * only for its own records: a message of one node can reveal only that
     * node's state (what it learned from another node came in a message that
     * waited for that node's records), so a replica or a client does not queue
     * behind an acceptor's sync.
     */
    private flush;
    /** Writes the records of every waiting part of `owner` (one write, one sync), then carries the parts out; again while parts wait. */
    private drain;
    /** A part whose records are durable: its log lines, then its sends, timers and outputs. */
    private carryOut;
    /** Stable storage failed: the process can no longer keep its promises, and stops as if it crashed (its next start recovers from what is on disk). */
    private fatal;
    private send;
    private setTimer;
    /** The state of hosted proposer `id`, if this process hosts it. */
    proposer(): ProposerState | null;
    /** The state of the hosted replica, if any. */
    replica(): ReplicaState | null;
    /** The proposer this process believes leads, if it knows one. */
    leader(): NodeId | null;
    /** Transport figures. */
    get network(): {
        sent: number;
        received: number;
        dropped: number;
    };
    /** Stops: no more steps; pending effects are dropped (as a crash would), files closed. */
    stop(): Promise<void>;
}

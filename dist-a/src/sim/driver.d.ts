/**
 * A deterministic discrete-event simulator of nodes that follow the node
 * interface of `src/paxos/node.ts`. It knows nothing of any protocol: it
 * delivers messages and fires timers, carries out the host's effects (send,
 * persist, set a timer), and injects faults. What a node does with an input
 * is its handlers' business.
 *
 * One seed drives everything: message delays (and so reordering), losses,
 * duplicates, partitions, crashes and restarts, and the random part of every
 * timer. Events are kept in a priority queue by simulated time (ties broken by
 * scheduling order); each scheduler step takes one event, hands it to the
 * node's handler, and installs the steps of the reaction one by one: the
 * step's state, then its effects in order (a write to stable storage before
 * the sends that follow it), then the report of its spec action.
 *
 * A crash loses a node's volatile state and voids its timers; its stable
 * storage (the last record it persisted) survives, and its restart handler
 * gets it back.
 *
 * @module
 */
import type { NodeHandlers, NodeId } from "../paxos/node.js";
import { type FaultOptions } from "./faults.js";
/** Why a message was not delivered. */
export type DropReason = "loss" | "partition" | "down";
/** Something that happened in a run that is not a node's step. */
export type SimEvent<M, T> = {
    readonly what: "deliver";
    readonly id: number;
    readonly from: NodeId;
    readonly to: NodeId;
    readonly msg: M;
    readonly sentAt: number;
} | {
    readonly what: "drop";
    readonly id: number;
    readonly from: NodeId;
    readonly to: NodeId;
    readonly msg: M;
    readonly reason: DropReason;
} | {
    readonly what: "dup";
    readonly id: number;
    readonly from: NodeId;
    readonly to: NodeId;
    readonly msg: M;
} | {
    readonly what: "crash";
    readonly node: NodeId;
} | {
    readonly what: "recover";
    readonly node: NodeId;
} | {
    readonly what: "timer";
    readonly node: NodeId;
    readonly timer: T;
} | {
    readonly what: "partition";
    readonly groups: readonly (readonly NodeId[])[];
} | {
    readonly what: "heal";
};
/** A message as sent. */
export interface SentMessage<M> {
    readonly id: number;
    readonly from: NodeId;
    readonly to: NodeId;
    readonly time: number;
    readonly msg: M;
}
/** One node of a simulated cluster. */
export interface SimNode<S, M, T, R, E, A> {
    readonly id: NodeId;
    readonly handlers: NodeHandlers<S, M, T, R, E, A>;
    /** What its stable storage holds before the run (nothing when absent). */
    readonly stored?: readonly R[];
    /** Whether it can crash (at random, or at a scheduled time). */
    readonly crashes: boolean;
    /** Whether random partitions put it on one side (clients, which stand outside the network of servers, do not). */
    readonly partitioned: boolean;
    /** Whether the node leads in `state`: the target of {@link FaultOptions.leaderCrash} (no node leads when absent). */
    readonly leads?: (state: S) => boolean;
}
/** Receives a run as it happens. Every method is optional. */
export interface DriverObserver<M, T, E, A> {
    /** After a step that implements a spec action, its effects carried out. */
    step?(action: A, node: NodeId, time: number): void;
    /** A happening that is not a step. */
    event?(event: SimEvent<M, T>, time: number): void;
    /** A message leaves its sender (before the network decides its fate). */
    sent?(message: SentMessage<M>): void;
    /** An effect of the protocol's own (not send, persist or set a timer), in its step. */
    output?(node: NodeId, effect: E, time: number): void;
}
/** The driver's running figures. */
export interface DriverCounts {
    /** Scheduler steps taken. */
    steps: number;
    /** Steps that were spec actions. */
    specSteps: number;
    /** Messages sent, by the message's `type`. */
    readonly messages: Record<string, number>;
    delivered: number;
    dropped: number;
    duplicated: number;
    crashes: number;
    partitions: number;
}
/** Rounds a time to 1/1000 so that times print short and add up exactly the same everywhere. */
export declare function roundTime(t: number): number;
/**
 * The simulator. `S` is a node's state, `M` a message (with a `type` to count
 * it by), `T` a timer, `R` a stable-storage record, `E` an effect, `A` a spec
 * action.
 */
export declare class Simulator<S, M extends {
    readonly type: string;
}, T, R, E extends {
    readonly kind: string;
}, A> {
    readonly faults: FaultOptions;
    private readonly observer;
    /** The nodes, in the order given. */
    readonly nodeIds: readonly NodeId[];
    readonly counts: DriverCounts;
    /** Messages sent by type, counted in a map (a field per type of a plain object is slow to update by a computed name); {@link counts} reads it. */
    private readonly messageCounts;
    private readonly random;
    private readonly queue;
    private readonly hosts;
    private partitionSide;
    private time;
    private seq;
    private nextMessageId;
    /** Each node's reaction to its start, to be installed when the run begins. */
    private readonly starting;
    /** Events raised while a step's effects are carried out; reported after the step itself. */
    private heldEvents;
    /** Whether anyone is told of events: when not, the most frequent ones are not even built. */
    private readonly reports;
    /** @throws SimulationOptionsError for faults out of range or a scheduled crash of a node that cannot crash. */
    constructor(nodes: readonly SimNode<S, M, T, R, E, A>[], faults: FaultOptions, observer?: DriverObserver<M, T, E, A>);
    /** Simulated time now. */
    get now(): number;
    /** The node's current state (as of its last step, while it is down). */
    state(id: NodeId): S;
    /** What the node has on stable storage now, oldest record first. */
    stored(id: NodeId): readonly R[];
    /** Whether the node is crashed. */
    isDown(id: NodeId): boolean;
    private host;
    /**
     * Starts every node (in the order given), then runs until the queue is
     * empty, the step budget is spent, or `stop` (asked after every scheduler
     * step) says so.
     */
    run(stop?: () => boolean): "budget" | "quiet" | "stopped";
    /** Queues an event; its `seq` is assigned here (callers pass 0), so ties at one time keep scheduling order. */
    private schedule;
    private draw;
    private emit;
    private process;
    private fire;
    private deliver;
    private drop;
    /** Installs a reaction's steps in order: each step's state, its effects, the report of its spec action. */
    private install;
    /** How many of a step's effects are carried out before a crash cuts the step short: all of them, unless the fault model says otherwise. */
    private cutShort;
    /** An effect that a crash in the middle of its step kept from happening: a message is lost on its way out, the rest never happens. */
    private lostWithCrash;
    private effect;
    /** Sends a message, which the network may lose, delay or duplicate; one whose sender is crashing (`cutOff`) is lost at once. */
    private send;
    /** Random crashes and partitions, drawn once per scheduler step. */
    private injectFaults;
    /** A node crashes (if it is up): its timers are void, and it comes back after `downFor` (never, if that is `Infinity`). */
    private crash;
    /**
     * A crashed node comes back with what it had persisted. A restart that the
     * protocol does not report as a spec action is reported as a `recover`
     * event, so that every restart shows once.
     */
    private recover;
}

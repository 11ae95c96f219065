import type { Configuration, ConfigHistory } from "./configuration.js";
import type { KvState } from "../smr/kv.js";
import { SlotMap } from "./slotMap.js";
import { SortedMap } from "../lib/sortedMap.js";
import type { Batch, Msg2b, MsgCatchUp, MsgDecisions, NodeId, Slot, Snapshot, StableRecord, Step } from "./types.js";
/** Votes seen for one undecided slot: by ballot, the value and the acceptors that voted for it. */
type Tally = SortedMap<{
    readonly val: Batch;
    readonly accs: ReadonlySet<NodeId>;
}>;
/** A replica's state. */
export interface ReplicaState {
    readonly id: NodeId;
    /** The next slot to execute: every slot below it is executed. Spec: `Len(applied[r])`. */
    readonly applied: Slot;
    /** The state machine after executing every slot below `applied`. */
    readonly kv: KvState;
    /** Decided values not yet executed (slots at or above `applied`). Spec: part of `decided[r]`. */
    readonly decided: SortedMap<Batch>;
    /** Executed values kept for catching others up: slots from `snapshot.through` to `applied - 1` (sharing structure from one state to the next). */
    readonly log: SlotMap<Batch>;
    /** The last snapshot taken (or installed). */
    readonly snapshot: Snapshot;
    /** Votes for undecided slots. */
    readonly tallies: SortedMap<Tally>;
    /** Which other replica to ask next when catching up (round robin). */
    readonly askNext: number;
    /** Where the executed prefix stood at the last catch-up timer that found a gap (-1: none): a gap still there a period later was filled by no peer. */
    readonly gapAt: Slot;
    /** The configuration changes decided in the slots below `applied`. */
    readonly configs: ConfigHistory;
}
/** What a replica needs to know. The replicas it catches up from are those of the newest configuration it knows. */
export interface ReplicaConfig {
    /** Told, with each snapshot, how far the replica has executed: a new leader then need not recover the slots below. */
    readonly proposers: readonly NodeId[];
    /** The configuration of the first slots. */
    readonly initial: Configuration;
    /** Slots between a configuration change's own and the first it rules (the spec's `Alpha`, the leaders' window). */
    readonly alpha: number;
    /** A snapshot every so many executed slots. */
    readonly snapshotEvery: number;
    /** Time between checks for a gap to catch up on. */
    readonly catchUpEvery: number;
}
/**
 * `s` with the fields of `c` changed: a copy of `s` built field by field, in
 * one order, then `c` written over it. Every state of the role then has one
 * shape. Spreads (`{ ...s, x }`) make objects of several shapes, which the
 * JavaScript engine copies by a slow general path; on the paths that run for
 * every message that was a large part of the simulator's time. (For the same
 * reason callers pass `c` as a plain literal, not built with a spread.)
 */
export declare function updateReplica(s: ReplicaState, c: Partial<ReplicaState>): ReplicaState;
/** The snapshot of nothing executed: the empty map under the initial configuration. */
export declare function emptySnapshot(initial: Configuration): Snapshot;
/** A fresh replica, or one restarting from `snapshot`. */
export declare function initReplica(id: NodeId, snapshot: Snapshot): ReplicaState;
/**
 * @spec MultiPaxos.Recover
 *
 * The replica crashed and comes back from the snapshot on its stable
 * storage: the state machine after the snapshot's slots. What it executed
 * after the snapshot, and what it learned, is gone; it executes those slots
 * again as it learns them anew (by catching up from another replica).
 */
export declare function recover(id: NodeId, log: readonly StableRecord[], initial: Configuration): Step<ReplicaState>;
/** The snapshot a replica restarts from: the last one on its stable storage, if any. */
export declare function storedSnapshot(log: readonly StableRecord[]): Snapshot | null;
/** A 2b: count the vote (once per acceptor, ballot and slot). Bookkeeping; the spec's Learn reads 2b messages from `msgs`. */
export declare function receive2b(s: ReplicaState, m: Msg2b): Step<ReplicaState> | null;
/**
 * @spec MultiPaxos.Learn
 * @spec ReconfigMultiPaxos.Learn
 *
 * A quorum of acceptors voted for `v` in slot `s`, in one ballot: `v` is
 * chosen in `s`, and the replica learns it.
 *
 * Guards: the votes are those of a quorum of the slot's configuration, in one
 * ballot (as in single-decree Paxos: two quorums of one configuration
 * intersect and an acceptor votes once per slot and ballot); the slot is not
 * learned yet; the slot's configuration is known, every slot up to
 * `slot - alpha` being executed.
 */
export declare function learn(s: ReplicaState, cfg: ReplicaConfig): Step<ReplicaState> | null;
/**
 * @spec MultiPaxos.Execute
 *
 * Execute the next slot: its commands, in order, on the state machine, each
 * client getting its result. A command already executed (a retried request
 * decided in two slots) is not executed again, and its client gets the first
 * result again.
 *
 * Guard: the slot right after the executed prefix is decided. Executing in
 * slot order, the same values, on a deterministic state machine, is what keeps
 * every replica's state the same.
 *
 * Effects: a reply to each command's client; every `snapshotEvery` slots, a
 * snapshot persisted (it replaces the earlier log on stable storage), and the
 * proposers told how far this replica has executed.
 */
export declare function execute(s: ReplicaState, cfg: ReplicaConfig): Step<ReplicaState> | null;
/** Slots a replica asks the acceptors about at once, from its first unexecuted one. */
export declare const VOTE_QUERY_SLOTS = 64;
/**
 * The catch-up timer, when slots wait behind a gap (decided or partly voted
 * slots after the first unexecuted one): ask another replica of the newest configuration it knows (in turn) for what it
 * has executed from the gap on (a snapshot and the log after it, for a
 * replica far behind, a fresh one among them); when a whole period passed
 * with the gap where it was, also ask the acceptors for their votes in the
 * slots of the gap (for when every replica missed a slot's 2b messages). Set
 * the timer again. Not a spec step.
 */
export declare function catchUpTimer(s: ReplicaState, cfg: ReplicaConfig): Step<ReplicaState>;
/** Another replica asks for the decided slots from `from` on: send what this one has executed (a snapshot first if it compacted that part). Not a spec step. */
export declare function answerCatchUp(s: ReplicaState, m: MsgCatchUp): Step<ReplicaState> | null;
/**
 * @spec MultiPaxos.InstallSnapshot
 *
 * A snapshot from another replica, of a prefix longer than the executed one,
 * replaces the state machine and the executed prefix. It stands for the
 * decided prefix it covers: the other replica executed exactly those decided
 * values, in order, on the same deterministic state machine.
 *
 * Effects: persist the snapshot.
 */
export declare function installSnapshot(s: ReplicaState, m: MsgDecisions): Step<ReplicaState> | null;
/**
 * The first value of a catch-up answer this replica still needs: it learns it
 * (a value another replica executed was chosen, so the spec's Learn is
 * enabled for it). One slot per step; the handler repeats.
 */
export declare function learnFromPeer(s: ReplicaState, m: MsgDecisions): Step<ReplicaState> | null;
export {};

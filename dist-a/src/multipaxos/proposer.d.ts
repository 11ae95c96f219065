/**
 * The Multi-Paxos proposer, and the leader it becomes. Ballot `b` belongs to
 * proposer number `b mod P`.
 *
 * Leader election is by timeouts. A leader sends heartbeats to the other
 * proposers; a proposer that heard neither a heartbeat nor anything else from
 * a leader during one leader-check period runs phase 1 with the next ballot it
 * owns ({@link phase1a}). Once a quorum of acceptors joined
 * ({@link adopt}), it re-proposes, in every slot from the first one it does
 * not know to be decided, the value of the highest vote reported for it, or a
 * no-op where none was; then it proposes clients' commands in the slots after
 * ({@link phase2a}), at most `window` slots beyond the decided prefix at a
 * time (pipelining), at most `batch` commands per slot (batching). An acceptor
 * that has joined a higher ballot tells it so, and it stands down. Two
 * proposers that both believe they lead stay safe: acceptors vote in one
 * ballot at a time, and each ballot has one owner.
 *
 * Configurations. A configuration change decided in slot `i` takes effect in
 * slot `i + window` (the spec's `Alpha` is the window): the leader proposes in
 * slot `s` only while `s < decidedBelow + window`, so it knows the
 * configuration of `s` then, from the changes it saw decided (its own
 * proposals, and what replicas and other leaders tell it). It proposes in `s`
 * only with the promises of a quorum of `s`'s configuration; when the window
 * reaches a configuration whose acceptors have not joined its ballot, it
 * starts a new ballot ({@link phase1a}) among the acceptors of every
 * configuration in the window.
 *
 * Only the highest ballot it ever used is on stable storage; the rest is
 * volatile.
 *
 * @module
 */
import { CommandQueue } from "./queue.js";
import { PersistentMap } from "../lib/persistentMap.js";
import { SortedMap } from "../lib/sortedMap.js";
import type { Configuration, ConfigHistory } from "./configuration.js";
import type { Ballot, Batch, Msg1b, Msg2b, MsgExecuted, MsgHeartbeat, MsgPreempted, MsgRequest, NodeId, Slot, Step, Vote } from "./types.js";
/** What a proposer is doing. */
export type ProposerRole = "follower" | "preparing" | "leading";
/**
 * A proposer's state. `highestBallot` is stable, and so is the decided prefix
 * as replicas last reported it (`decidedBelow` and the configurations
 * decided there, written with each report); the rest is lost in a crash. A
 * proposer that restarts knowing the decided prefix asks the acceptors about
 * the slots from there on only, and never proposes below it: which is what
 * lets the slots below a snapshot every replica holds be forgotten
 * (spec/CompactMultiPaxos.tla).
 */
export interface ProposerState {
    readonly id: NodeId;
    /** Highest ballot ever used (stable storage); -1 if none. */
    readonly highestBallot: Ballot;
    /** Highest ballot seen in any message: the next ballot is above it. */
    readonly seenBallot: Ballot;
    readonly role: ProposerRole;
    /** The ballot it prepares or leads; -1 as a follower that never tried. */
    readonly ballot: Ballot;
    /** 1b reports for `ballot`, by acceptor (while preparing). */
    readonly promises: ReadonlyMap<NodeId, ReadonlyMap<Slot, Vote>>;
    /** A leader was heard from during the current leader-check period. */
    readonly heardLeader: boolean;
    /** The proposer believed to lead, to which requests are forwarded. */
    readonly leader: NodeId | null;
    /** Every slot below it is known decided. */
    readonly decidedBelow: Slot;
    /** The decided prefix written on stable storage (at most `decidedBelow`). */
    readonly storedBelow: Slot;
    /** Slots at or above `decidedBelow` known decided. */
    readonly decided: ReadonlySet<Slot>;
    /** The next slot the leader fills with new commands. */
    readonly nextSlot: Slot;
    /** Slots a new leader must propose again, lowest first, with the value phase 1 allows (the no-op for a gap), computed when proposed. */
    readonly recovered: readonly Slot[];
    /** Values proposed in `ballot` and not yet known decided, by slot. */
    readonly proposals: SortedMap<Batch>;
    /** Proposals already pending at the last resend timer: the ones the next timer resends if still undecided. */
    readonly waiting: ReadonlySet<Slot>;
    /** 2b messages of `ballot` for the proposals, by slot: the acceptors that voted. */
    readonly acks: SortedMap<ReadonlySet<NodeId>>;
    /** Requests waiting for a slot, in arrival order. */
    readonly queue: CommandQueue;
    /**
     * By client, the request number of its command waiting in `queue` or
     * proposed in an undecided slot of `ballot` (the latest put there): a
     * retry of it that reaches the leader is not queued again. An index kept
     * beside the queue and the proposals so that a request costs one lookup
     * instead of a scan of both. It only spares duplicate proposals: a command
     * decided twice is executed once whatever the leader does.
     */
    readonly pending: PersistentMap<number>;
    /** The configuration changes known decided, every one below `decidedBelow` among them. */
    readonly configs: ConfigHistory;
}
/** What a proposer needs to know. */
export interface ProposerConfig {
    readonly proposers: readonly NodeId[];
    /** The configuration of the first slots. */
    readonly initial: Configuration;
    /** Slots in flight beyond the decided prefix (1: no pipelining); also how many slots after its own a configuration change takes effect. */
    readonly window: number;
    /** Commands per slot at most (1: no batching). */
    readonly batch: number;
    /** Length of a leader-check period; a random part of as much again is added by the host. */
    readonly leaderTimeout: number;
    /** Time between a leader's heartbeats (well below `leaderTimeout`). */
    readonly heartbeatEvery: number;
    /** Time between a leader's resends of the 2a messages of undecided slots. */
    readonly resendEvery: number;
}
/** A fresh proposer, or one restarting with its highest ballot and the decided prefix it had written down. */
export declare function initProposer(id: NodeId, initial: Configuration, highestBallot?: Ballot, known?: {
    readonly decidedBelow: Slot;
    readonly configs: ConfigHistory;
}): ProposerState;
/**
 * `s` with the fields of `c` changed, built field by field in one order (see
 * `updateReplica` in `replica.ts` for why).
 */
export declare function updateProposer(s: ProposerState, c: Partial<ProposerState>): ProposerState;
/** The smallest ballot owned by this proposer above every ballot it has used or seen. */
export declare function nextBallot(s: ProposerState, cfg: ProposerConfig): Ballot;
/**
 * The leader-check timer fired. A leader, or a proposer that heard from one
 * during the period, starts another period; one that heard nothing runs
 * phase 1 ({@link phase1a} follows as a duty). A leader that a decided change
 * dropped from the leaders stands down (clients retry what it had queued),
 * and one of those named takes over when its own check finds no leader. Not
 * a spec step.
 */
export declare function leaderCheck(s: ProposerState): Step<ProposerState>;
/**
 * @spec MultiPaxos.Phase1a
 *
 * Start a ballot: the next one this proposer owns, above every ballot seen,
 * for every slot from the first one it does not know to be decided.
 *
 * Guard: it is a follower that heard from no leader in a whole check period,
 * and one of the leaders of the newest configuration it knows. Taking a
 * ballot it owns (the spec's `Owner[b] = p`) keeps two proposers from
 * proposing in one ballot.
 *
 * Effects: persist the ballot as used (a restart never reuses it); send the
 * 1a to every acceptor.
 */
export declare function phase1a(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null;
/** A 1b of the ballot being prepared: keep its report. Bookkeeping; the spec reads 1b messages from `msgs`. */
export declare function receive1b(s: ProposerState, m: Msg1b): Step<ProposerState> | null;
/**
 * The value phase 2 must propose in slot `slot`, given a quorum's reports: the
 * value of the highest-ballot vote reported in that slot, or `null` if nobody
 * reported a vote there (then any value is safe).
 */
export declare function safeValue(promises: ReadonlyMap<NodeId, ReadonlyMap<Slot, Vote>>, slot: Slot): Batch | null;
/**
 * A quorum joined the ballot: become its leader. Every slot from the first
 * one not known decided up to the highest slot any report mentions must be
 * proposed again in this ballot: with the reported value where there is one,
 * with the no-op where there is none (a gap). The proposals are made by
 * {@link phase2a}, one spec step per slot. Bookkeeping: the spec has no
 * leader state.
 *
 * Effects: start the heartbeat and the resend timers.
 */
export declare function adopt(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null;
/**
 * @spec MultiPaxos.Phase2a
 * @spec ReconfigMultiPaxos.Phase2a
 *
 * The leader of ballot `b` proposes a value in one slot: first, one by one,
 * the slots phase 1 recovered (the highest reported vote, or the no-op in a
 * gap); then the next free slot, with up to `batch` waiting commands, while
 * fewer than `window` slots beyond the decided prefix are undecided.
 *
 * Guards: it leads `b`, so a quorum joined `b` and its reports were read; one
 * 2a per slot and ballot (a slot is proposed once in a ballot, so acceptors
 * cannot vote for two values in one slot and ballot). The value in a slot
 * some acceptor of the quorum voted in is the one of the highest such vote:
 * as in single-decree Paxos, it is the only one that cannot contradict a value
 * chosen in a lower ballot. New commands go only to slots nobody reported.
 *
 * Effect: send the 2a to the acceptors of the slot's configuration, naming
 * its replicas (the acceptors send their votes to them).
 */
export declare function phase2a(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null;
/**
 * A 2b for one of the leader's proposals: once a quorum voted for it, the slot
 * is decided, and the window moves on. Bookkeeping: replicas learn values
 * through the spec's Learn.
 */
export declare function receive2b(s: ProposerState, m: Msg2b, cfg: ProposerConfig): Step<ProposerState> | null;
/**
 * A client's request: a leader queues it, unless it is already waiting in the
 * queue or in an undecided slot (a retry that crossed the first attempt); a
 * follower forwards it to the leader it knows. A retry of a request already
 * decided is proposed again: its reply may have been lost, and the replicas
 * execute it once however often it is decided. Not a spec step.
 */
export declare function receiveRequest(s: ProposerState, m: MsgRequest): Step<ProposerState> | null;
/** An acceptor joined a higher ballot: stand down, and aim above it next time. Not a spec step. */
export declare function preempted(s: ProposerState, m: MsgPreempted): Step<ProposerState> | null;
/** A leader's heartbeat: a leader of a ballot at least as high as ours is alive. Not a spec step. */
export declare function receiveHeartbeat(s: ProposerState, m: MsgHeartbeat): Step<ProposerState> | null;
/**
 * A replica has executed every slot below `through`: those slots are
 * decided. Not a spec step. The decided prefix, if it moved past the one on
 * stable storage, is written there (with the ballot, which the record
 * replaces): a report comes with each replica's snapshot, so a leader that
 * learns of decisions first from its own 2b tallies still writes its prefix
 * down once per snapshot.
 */
export declare function receiveExecuted(s: ProposerState, m: MsgExecuted): Step<ProposerState> | null;
/** The heartbeat timer: a leader tells the other proposers it is alive, and sets the timer again. Not a spec step. */
export declare function heartbeat(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null;
/**
 * The resend timer: a leader sends again the 2a of every proposal that was
 * already pending at the previous timer and is still undecided (its messages
 * may have been lost), and sets the timer again. A resent 2a is the very
 * message sent before, so this is no new spec step.
 */
export declare function resend(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null;

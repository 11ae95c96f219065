/**
 * The Multi-Paxos acceptor: one promise (`maxBal`) for every slot, and one
 * vote per slot. Joining a ballot in phase 1 promises, for all slots at once,
 * never to vote below it; that is what lets a leader run phase 1 once and
 * then decide slot after slot with phase 2 alone.
 *
 * Everything it knows is on stable storage, as a log: a promise record each
 * time `maxBal` rises, a vote record for each vote. Each is written before the
 * message that reveals it is sent.
 *
 * @module
 */
import { SlotMap } from "./slotMap.js";
import type { Ballot, Msg1a, Msg2a, MsgVoteQuery, NodeId, StableRecord, Step, Vote } from "./types.js";
/** An acceptor's state. */
export interface AcceptorState {
    readonly id: NodeId;
    /** The highest ballot joined, for every slot; -1 at first. Spec: `maxBal[a]`. */
    readonly maxBal: Ballot;
    /** The latest vote in each slot that has one. Spec: `maxVBal[a][s]`, `maxVal[a][s]`. */
    readonly votes: SlotMap<Vote>;
}
/**
 * `s` with the fields of `c` changed, built field by field in one order (see
 * `updateReplica` in `replica.ts` for why).
 */
export declare function updateAcceptor(s: AcceptorState, c: Partial<AcceptorState>): AcceptorState;
/** A fresh acceptor: no promise, no vote. */
export declare function initAcceptor(id: NodeId): AcceptorState;
/**
 * @spec MultiPaxos.Phase1b
 *
 * Receiving a 1a for ballot `b`, the acceptor joins `b` for every slot and
 * reports its votes in the slots the proposer asks about.
 *
 * Guard `b > maxBal`: as in single-decree Paxos, joining is a promise not to
 * vote below `b`, in any slot; an acceptor that joined `b` or higher already
 * must not answer again. A lower 1a gets a `preempted` answer (not a spec
 * message), so that its proposer stands down instead of waiting for a quorum
 * that will never come.
 *
 * Effects: persist the promise; then send the 1b.
 */
export declare function phase1b(s: AcceptorState, m: Msg1a): Step<AcceptorState> | null;
/**
 * @spec MultiPaxos.Phase2b
 *
 * Receiving a 2a for ballot `b`, slot `s` and value `v`, the acceptor votes
 * for `v` in slot `s`, and tells the replicas and the leader. The 2a names
 * the replicas of the slot's configuration: an acceptor knows no
 * configuration, and the leader knows the slot's, so a replica added by a
 * change hears the votes of the slots it serves, and a dropped one stops
 * hearing them.
 *
 * Guard `b >= maxBal`: it votes only in a ballot it has not promised to skip
 * (equality is the normal case: the ballot it joined in phase 1).
 *
 * Effects: persist the vote, one record, which is also the promise of `b`
 * when `b` is above it ({@link restart} reads a vote in `b` as joining `b`;
 * two records could be cut apart by a crash, keeping the promise and losing
 * a vote the step has made); then send the 2b to the slot's replicas and to
 * the leader.
 */
export declare function phase2b(s: AcceptorState, m: Msg2a): Step<AcceptorState> | null;
/**
 * A replica asks for the votes in a range of slots (it missed their 2b
 * messages): send it the 2b of the vote in each slot of the range, the very
 * message sent when voting. Not a spec step: the messages are in the spec's
 * `msgs` already, and the vote was persisted before it was first sent.
 */
export declare function answerVoteQuery(s: AcceptorState, m: MsgVoteQuery): Step<AcceptorState> | null;
/** A 1a or 2a below the promise: tell the proposer which ballot the acceptor has joined. Not a spec step. */
export declare function preempt(s: AcceptorState, m: Msg1a | Msg2a): Step<AcceptorState> | null;
/**
 * @spec MultiPaxos.Restart
 *
 * The acceptor restarts from its log: the highest promise, and the latest
 * vote in each slot. Every record was written before the message revealing
 * it, so the state comes back as it was and the step changes nothing.
 */
export declare function restart(id: NodeId, log: readonly StableRecord[]): Step<AcceptorState>;

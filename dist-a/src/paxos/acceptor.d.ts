/**
 * The acceptor: the memory of Paxos. It promises not to take part in ballots
 * below the highest one it has joined (`maxBal`), and remembers its latest vote
 * (`maxVBal`, `maxVal`). All three are the spec's variables of the same names
 * and all three live on stable storage: every step writes them (the `persist`
 * effect) BEFORE the message that reveals them is sent, so a crash can never
 * leave a promise or a vote known to others but forgotten by the acceptor.
 *
 * @module
 */
import type { AcceptorRecord, Ballot, Msg1a, Msg2a, NodeId, Step, Value } from "./types.js";
/** An acceptor's in-memory state: its spec variables, as it currently believes them. */
export interface AcceptorState {
    readonly id: NodeId;
    /** Highest ballot promised or joined; -1 at first. Spec: `maxBal[a]`. */
    readonly maxBal: Ballot;
    /** Ballot of the latest vote; -1 if none. Spec: `maxVBal[a]`. */
    readonly maxVBal: Ballot;
    /** Value of the latest vote; `null` (the spec's `None`) if none. Spec: `maxVal[a]`. */
    readonly maxVal: Value | null;
}
/** What an acceptor needs to know about its cluster. */
export interface AcceptorConfig {
    /** The learners, to which every vote (2b) is sent. */
    readonly learners: readonly NodeId[];
}
/** The stable-storage record of a fresh acceptor: the spec's Init. */
export declare const INITIAL_ACCEPTOR_RECORD: AcceptorRecord;
/** A fresh acceptor, as in the spec's Init: no promise, no vote. */
export declare function initAcceptor(id: NodeId): AcceptorState;
/**
 * @spec Paxos.Phase1b
 *
 * Receiving a 1a for ballot `b`, the acceptor joins `b` and reports its latest
 * vote, so that the proposer can avoid contradicting a value that may have
 * been chosen in an earlier ballot.
 *
 * Guard `b > maxBal`: joining promises never to vote in a ballot below `b`. An
 * acceptor that has already joined `b` or a higher ballot must not answer,
 * because its report would no longer be a promise it can keep (and a second 1b
 * for the same ballot could report a vote cast since the first). When the guard
 * is false the message is ignored: `null`, no step.
 *
 * Effects, in order: persist the new `maxBal`; then send the 1b to the
 * proposer that asked.
 */
export declare function phase1b(s: AcceptorState, m: Msg1a): Step<AcceptorState> | null;
/**
 * @spec Paxos.Phase2b
 *
 * Receiving a 2a for ballot `b` and value `v`, the acceptor votes for `v` in
 * `b` and tells every learner.
 *
 * Guard `b >= maxBal`: the acceptor votes only in a ballot it has not promised
 * to skip. Equality is allowed: the usual case is voting in the very ballot it
 * joined in phase 1 (and a duplicated 2a repeats the same vote, which changes
 * nothing). A 2a below the promise is ignored: `null`, no step.
 *
 * Effects, in order: persist `maxBal = maxVBal = b`, `maxVal = v`; then send
 * the 2b to every learner.
 */
export declare function phase2b(s: AcceptorState, m: Msg2a, cfg: AcceptorConfig): Step<AcceptorState> | null;
/**
 * @spec Paxos.Restart
 *
 * The acceptor crashed and comes back: its in-memory state is rebuilt from
 * stable storage alone. Since every acceptor variable is persisted before it is
 * revealed, the rebuilt state equals the state before the crash and the spec
 * step changes nothing. (An acceptor that failed to persist a promise would
 * come back with a lower `maxBal`, which the spec's Restart forbids.)
 */
export declare function restart(id: NodeId, stored: AcceptorRecord): Step<AcceptorState>;

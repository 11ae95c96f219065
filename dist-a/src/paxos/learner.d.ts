/**
 * The learner: it finds out that a value has been chosen by watching votes.
 * A value is chosen when a quorum of acceptors voted for it in one ballot; the
 * learner counts each acceptor once per ballot, and never mixes ballots.
 *
 * @module
 */
import type { Ballot, Msg2b, NodeId, Step, Value } from "./types.js";
import type { QuorumSystem } from "./quorum.js";
/** One vote as the learner keeps it. */
export interface Vote {
    readonly acc: NodeId;
    readonly bal: Ballot;
    readonly val: Value;
}
/** A learner's state. */
export interface LearnerState {
    readonly id: NodeId;
    /** The distinct votes (2b messages) received. */
    readonly votes: readonly Vote[];
    /** Values learned. Spec: `learned[l]`. */
    readonly learned: ReadonlySet<Value>;
    /** Ballots whose owner has been told the decision. */
    readonly notified: ReadonlySet<Ballot>;
}
/** What a learner needs to know about its cluster. */
export interface LearnerConfig {
    readonly quorum: QuorumSystem;
    /** Told the decision when it is learned. */
    readonly clients: readonly NodeId[];
    readonly proposers: readonly NodeId[];
}
/** A fresh learner: nothing received, nothing learned. */
export declare function initLearner(id: NodeId): LearnerState;
/**
 * A 2b arrives: remember the vote (once per acceptor and ballot; a duplicate
 * changes nothing). If the learner already knows the decision and the owner of
 * this ballot has not been told, tell it, so that it stops retrying. Not a spec
 * step: the spec's Learn reads the 2b messages from `msgs` directly.
 */
export declare function receive2b(s: LearnerState, m: Msg2b, cfg: LearnerConfig): Step<LearnerState> | null;
/**
 * The first (ballot, value) pair, in ballot then value order, that a quorum
 * voted for and that is not yet learned; `null` if there is none.
 */
export declare function learnable(s: LearnerState, cfg: LearnerConfig): {
    b: Ballot;
    v: Value;
} | null;
/**
 * @spec Paxos.Learn
 *
 * A quorum of distinct acceptors voted for `v` in the same ballot `b`: `v` is
 * chosen, and the learner learns it.
 *
 * Guards: the votes come from a quorum, because any two quorums intersect and
 * an acceptor votes for one value per ballot, so two values cannot both gather
 * one; the votes are in one ballot, because votes for `v` spread over ballots
 * prove nothing (a later ballot may have chosen another value in between); `v`
 * is not yet learned (learning is done once).
 *
 * Effects: `learned v`; tell every client and every proposer.
 */
export declare function learn(s: LearnerState, cfg: LearnerConfig): Step<LearnerState> | null;

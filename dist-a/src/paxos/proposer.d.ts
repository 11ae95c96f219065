/**
 * The proposer (leader): it gets a client's value chosen, or, if some value
 * may already have been chosen, helps that value instead.
 *
 * A proposer works in ballots it owns (ballot `b` belongs to proposer number
 * `b mod P`). For each ballot it runs phase 1 (ask the acceptors to join,
 * {@link phase1a}; collect their 1b reports, {@link receive1b}) and, once a
 * quorum has joined, phase 2 ({@link phase2a}). If no decision arrives before
 * its timer fires ({@link timeout}), it starts again with a higher ballot.
 * The timer's length is randomised, and by default doubles with each attempt
 * (exponential backoff), so that dueling proposers stop pre-empting each other;
 * the random number is an input, drawn by the host.
 *
 * The highest ballot it ever used is on stable storage, so a proposer that
 * restarts never reuses a ballot; everything else (its client's value, the 1b
 * reports) is volatile.
 *
 * @module
 */
import type { Ballot, Msg1b, MsgDecision, MsgRequest, NodeId, ProposerRecord, Step, Value } from "./types.js";
import type { QuorumSystem } from "./quorum.js";
/** A 1b report as the proposer keeps it: the acceptor's latest vote. */
export interface Promise1b {
    readonly mbal: Ballot;
    readonly mval: Value | null;
}
/** Where the proposer is in its current attempt. */
export type ProposerPhase = "idle" | "preparing" | "accepting";
/** A proposer's state. `highestBallot` is stable; the rest is lost in a crash. */
export interface ProposerState {
    readonly id: NodeId;
    /** Highest ballot ever used (stable storage); -1 if none. */
    readonly highestBallot: Ballot;
    /** The client's value to get chosen, once a request arrived. */
    readonly value: Value | null;
    readonly phase: ProposerPhase;
    /** The ballot of the current attempt; -1 when idle before any attempt. */
    readonly ballot: Ballot;
    /** 1b reports for the current ballot, by acceptor. */
    readonly promises: ReadonlyMap<NodeId, Promise1b>;
    /** Attempts made since the last restart (drives the backoff). */
    readonly attempts: number;
    /** Learners that reported a decision; when all have, the proposer stops retrying. */
    readonly heardFrom: ReadonlySet<NodeId>;
}
/** Retry policy: after `timeout * (backoff ? 2^min(attempt, maxExponent) : 1) * (1 + random)`. */
export interface RetryPolicy {
    /** Base timeout in simulated time units. */
    readonly timeout: number;
    /** Double the timeout with each attempt (on by default; off for experiments). */
    readonly backoff: boolean;
    /** Cap on the doubling. */
    readonly maxExponent: number;
}
/** What a proposer needs to know about its cluster. */
export interface ProposerConfig {
    /** All proposers, in order; this proposer's number is its position. */
    readonly proposers: readonly NodeId[];
    readonly acceptors: readonly NodeId[];
    readonly learners: readonly NodeId[];
    readonly quorum: QuorumSystem;
    /** Ballots are 0 .. ballotLimit-1 (the spec's finite `Ballot` set); none is used beyond. */
    readonly ballotLimit: number;
    readonly retry: RetryPolicy;
}
/** The default retry policy: base 25 time units, backoff on, doubling capped at 2^6. */
export declare const DEFAULT_RETRY: RetryPolicy;
/** A fresh proposer, or one restarting from its stable record. */
export declare function initProposer(id: NodeId, stored?: ProposerRecord): ProposerState;
/** Whether the proposer has heard a decision from every learner (and so stops retrying). */
export declare function proposerDone(s: ProposerState, cfg: ProposerConfig): boolean;
/** The smallest ballot owned by this proposer above `highestBallot`, or `null` if all are used up. */
export declare function nextBallot(s: ProposerState, cfg: ProposerConfig): Ballot | null;
/**
 * The fixed part of the retry timeout for attempt number `attempt` (0-based):
 * `timeout`, doubled per attempt under backoff. The timer waits this long plus
 * a random part of up to as long again, drawn by the host.
 */
export declare function retryTimeout(policy: RetryPolicy, attempt: number): number;
/** A client's request: the proposer adopts the value if it has none. Bookkeeping, not a spec step. */
export declare function receiveRequest(s: ProposerState, m: MsgRequest): Step<ProposerState> | null;
/**
 * @spec Paxos.Phase1a
 *
 * Start a ballot: pick the next ballot this proposer owns and ask every
 * acceptor to join it.
 *
 * Guards: the proposer has a client's value (without one it could have
 * nothing to propose if no vote is reported); it is not in the middle of an
 * attempt (a new one starts only when the timer of the last one fired); it
 * has not heard the decision from every learner; and an unused ballot it owns
 * is left. Taking a ballot it owns (the spec's `Owner[b] = p`) keeps two
 * proposers from ever proposing different values in the same ballot.
 *
 * Effects, in order: persist the ballot as used (so a restart never reuses
 * it); set the retry timer of this ballot, randomised by the host; send the
 * 1a to every acceptor.
 */
export declare function phase1a(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null;
/**
 * A 1b arrives: keep it if it answers the current ballot while phase 1 is
 * still running. Duplicates replace themselves (one report per acceptor).
 * Bookkeeping, not a spec step: the spec's Phase2a reads the 1b messages from
 * `msgs` directly.
 */
export declare function receive1b(s: ProposerState, m: Msg1b): Step<ProposerState> | null;
/**
 * The value phase 2 must propose, given the 1b reports: the value of the
 * highest-ballot vote reported, or, if no acceptor reported a vote, `own`.
 * Among equal ballots (which carry equal values in a correct run) the report
 * of the first acceptor in name order wins, so the choice is deterministic.
 */
export declare function valueToPropose(promises: ReadonlyMap<NodeId, Promise1b>, own: Value | null): Value | null;
/**
 * @spec Paxos.Phase2a
 *
 * A quorum has joined the ballot: ask the acceptors to vote for a value.
 *
 * Guards: phase 1 of this ballot is running, so no 2a for it has been sent
 * (one 2a per ballot: otherwise acceptors could vote for two values in one
 * ballot); the acceptors that answered form a quorum, since only then does
 * every quorum that may have chosen a value overlap the reports.
 *
 * The value: that of the highest-ballot vote among the reports. A value chosen
 * in a lower ballot was voted for by a quorum, one member of which reported
 * here, and every ballot in between could only have proposed that same value;
 * so the highest reported vote is the only safe choice. If nobody reported a
 * vote, nothing can have been chosen below this ballot and the proposer's own
 * (client's) value is safe.
 *
 * Effect: send the 2a to every acceptor.
 */
export declare function phase2a(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null;
/**
 * The retry timer of ballot `ballot` fired: if that attempt is still the
 * current one, abandon it so that {@link phase1a} can start a higher ballot.
 * Not a spec step.
 */
export declare function timeout(s: ProposerState, ballot: Ballot): Step<ProposerState> | null;
/** A learner reported its decision. Not a spec step. */
export declare function receiveDecision(s: ProposerState, m: MsgDecision): Step<ProposerState> | null;

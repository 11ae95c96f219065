/**
 * Quorum systems. Paxos is safe with any family of acceptor sets in which
 * every two sets intersect: a value chosen by one quorum is then seen by every
 * later quorum that a proposer reads in phase 1. Three families are offered:
 *
 * - **majority**: any set with more than half of the acceptors;
 * - **weighted**: any set whose weight is more than half of the total weight;
 * - **explicit**: a list of sets; any superset of a listed set is a quorum too.
 *
 * A family whose quorums do not all intersect is refused at construction with a
 * {@link QuorumSystemError} naming two disjoint quorums.
 *
 * @module
 */
import type { NodeId } from "./types.js";
/** How a quorum system is described in options and on the command line. */
export type QuorumSpec = {
    readonly kind: "majority";
} | {
    readonly kind: "weighted";
    readonly weights: readonly number[];
} | {
    readonly kind: "explicit";
    readonly sets: readonly (readonly NodeId[])[];
};
/** A quorum system that is unsafe or malformed; the message says why, naming the sets involved. */
export declare class QuorumSystemError extends Error {
    constructor(message: string);
}
/** A checked quorum system over a fixed list of acceptors. */
export declare class QuorumSystem {
    /** The acceptors, in the order given. */
    readonly acceptors: readonly NodeId[];
    /** How the system was described. */
    readonly spec: QuorumSpec;
    private readonly index;
    private readonly test;
    private cachedQuorums;
    /**
     * Builds the system and checks that every two quorums intersect.
     * @throws QuorumSystemError when the description is malformed or two quorums are disjoint.
     */
    constructor(acceptors: readonly NodeId[], spec: QuorumSpec);
    /** Whether `set` (acceptor names) is a quorum. Names outside the system are ignored. */
    isQuorum(set: Iterable<NodeId>): boolean;
    /**
     * Every quorum (every acceptor set the system accepts, not only the minimal
     * ones), each sorted, the list in a fixed order. This is the spec's `Quorum`
     * constant as recorded in trace headers.
     */
    quorums(): NodeId[][];
    /** The minimal quorums: those with no quorum as a proper subset. */
    minimalQuorums(): NodeId[][];
    /** A one-line description, e.g. `majority of 5` or `weights 3,1,1,1`. */
    describe(): string;
    private maskOf;
    private setOf;
    /** Two quorums that miss each other exist iff two minimal ones do. */
    private checkIntersection;
}
/** Majority quorums over `acceptors`. */
export declare function majorityQuorums(acceptors: readonly NodeId[]): QuorumSystem;
/** Weighted quorums: a set is a quorum when its weight is more than half the total. */
export declare function weightedQuorums(acceptors: readonly NodeId[], weights: readonly number[]): QuorumSystem;
/** Quorums given as a list of sets (and their supersets). */
export declare function explicitQuorums(acceptors: readonly NodeId[], sets: readonly (readonly NodeId[])[]): QuorumSystem;

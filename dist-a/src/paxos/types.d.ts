/**
 * The vocabulary of the protocol: node names, ballots, values, the messages
 * nodes exchange, and the effects a step asks its host to carry out.
 *
 * Every step function in `src/paxos` has the shape
 * `(state, input) -> { state, effects, action? }`: it changes nothing in
 * place, does no I/O, reads no clock and draws no random number. The host (the
 * simulator, or a real transport) interprets the effects in the order given:
 * a write to stable storage that precedes a send must be durable before the
 * message leaves.
 *
 * @module
 */
import type { HostEffect, NodeId, NodeStep } from "./node.js";
export type { NodeId } from "./node.js";
/** A value a client proposes, e.g. `v1`. */
export type Value = string;
/**
 * A ballot (proposal number): a natural number. Ballot `b` belongs to the
 * proposer numbered `b mod P` (see {@link ballotOwner}); `-1` stands for "no
 * ballot yet", as in the spec.
 */
export type Ballot = number;
/** Phase 1a: a proposer asks every acceptor to join ballot `bal`. */
export interface Msg1a {
    readonly type: "1a";
    /** The proposer that sent it; replies go back to it. Not part of the spec's record. */
    readonly from: NodeId;
    readonly bal: Ballot;
}
/** Phase 1b: an acceptor promises ballot `bal` and reports its latest vote (`mbal`, `mval`). */
export interface Msg1b {
    readonly type: "1b";
    readonly acc: NodeId;
    readonly bal: Ballot;
    /** Ballot of the acceptor's latest vote, or -1 if it has never voted. */
    readonly mbal: Ballot;
    /** Value of the acceptor's latest vote, or `null` (the spec's `None`). */
    readonly mval: Value | null;
}
/** Phase 2a: the owner of ballot `bal` asks the acceptors to vote for `val` in it. */
export interface Msg2a {
    readonly type: "2a";
    readonly from: NodeId;
    readonly bal: Ballot;
    readonly val: Value;
}
/** Phase 2b: acceptor `acc` voted for `val` in ballot `bal`. Sent to every learner. */
export interface Msg2b {
    readonly type: "2b";
    readonly acc: NodeId;
    readonly bal: Ballot;
    readonly val: Value;
}
/** A client asks a proposer to get `value` chosen. Not a spec message. */
export interface MsgRequest {
    readonly type: "request";
    readonly client: NodeId;
    readonly value: Value;
}
/** A learner tells a client or proposer what it learned. Not a spec message. */
export interface MsgDecision {
    readonly type: "decision";
    readonly learner: NodeId;
    readonly value: Value;
}
/** Every message. The first four are the spec's messages; the last two are client traffic. */
export type Message = Msg1a | Msg1b | Msg2a | Msg2b | MsgRequest | MsgDecision;
/** The message types that the spec's `msgs` records. */
export type ProtocolMessage = Msg1a | Msg1b | Msg2a | Msg2b;
/** Whether a message is one of the spec's four (and so belongs in `msgs`). */
export declare function isProtocolMessage(m: Message): m is ProtocolMessage;
/** What an acceptor keeps on stable storage: every one of its spec variables. */
export interface AcceptorRecord {
    readonly role: "acceptor";
    readonly maxBal: Ballot;
    readonly maxVBal: Ballot;
    readonly maxVal: Value | null;
}
/** What a proposer keeps on stable storage: the highest ballot it has ever used. */
export interface ProposerRecord {
    readonly role: "proposer";
    readonly highestBallot: Ballot;
}
/** A record written to a node's stable storage (replacing the previous one). */
export type StableRecord = AcceptorRecord | ProposerRecord;
/**
 * The timers a Paxos node sets: a proposer's retry timer for one ballot, a
 * client's timer to resend its request, and a client's timer to submit it in
 * the first place.
 */
export type Timer = {
    readonly type: "retry";
    readonly ballot: Ballot;
} | {
    readonly type: "resubmit";
} | {
    readonly type: "submit";
};
/**
 * An effect a step asks its host to carry out, in order: the host's three
 * (send, persist, set a timer) and two that only report: a learner learned a
 * value, a client was told the decision.
 */
export type Effect = HostEffect<Message, Timer, StableRecord> | {
    readonly kind: "learned";
    readonly value: Value;
} | {
    readonly kind: "decided";
    readonly value: Value;
};
/** The spec's action names, one per step function of the same (lower-case) name. */
export type SpecActionName = "Propose" | "Phase1a" | "Phase1b" | "Phase2a" | "Phase2b" | "Learn" | "Restart";
/**
 * The spec action a step implements, with the spec's parameter names:
 * Propose(v), Phase1a(p, b), Phase1b(a, b), Phase2a(p, b, v), Phase2b(a, b, v),
 * Learn(l, b, v), Restart(a).
 */
export type SpecAction = {
    readonly name: "Propose";
    readonly params: {
        readonly v: Value;
    };
} | {
    readonly name: "Phase1a";
    readonly params: {
        readonly p: NodeId;
        readonly b: Ballot;
    };
} | {
    readonly name: "Phase1b";
    readonly params: {
        readonly a: NodeId;
        readonly b: Ballot;
    };
} | {
    readonly name: "Phase2a";
    readonly params: {
        readonly p: NodeId;
        readonly b: Ballot;
        readonly v: Value;
    };
} | {
    readonly name: "Phase2b";
    readonly params: {
        readonly a: NodeId;
        readonly b: Ballot;
        readonly v: Value;
    };
} | {
    readonly name: "Learn";
    readonly params: {
        readonly l: NodeId;
        readonly b: Ballot;
        readonly v: Value;
    };
} | {
    readonly name: "Restart";
    readonly params: {
        readonly a: NodeId;
    };
};
/**
 * The result of one step: the new state, the effects to carry out in order,
 * and the spec action the step implements (absent for bookkeeping steps such
 * as buffering a received message, which the spec does not see).
 */
export type Step<S> = NodeStep<S, Effect, SpecAction>;
/**
 * The proposer that owns ballot `b` among `proposers`: number `b mod P`. This
 * is the spec's `Owner` function; every ballot belongs to exactly one proposer,
 * so two proposers never send different 2a messages for the same ballot.
 */
export declare function ballotOwner(proposers: readonly NodeId[], b: Ballot): NodeId;

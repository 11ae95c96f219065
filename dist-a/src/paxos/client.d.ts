/**
 * The client: it submits one value to a proposer and waits for the decision.
 * If none arrives in time (its proposer may have crashed and forgotten the
 * request), it sends the request again, to the next proposer in turn.
 *
 * @module
 */
import type { MsgDecision, NodeId, Step, Value } from "./types.js";
/** A client's state. */
export interface ClientState {
    readonly id: NodeId;
    /** The value it wants chosen (unique to this client). */
    readonly value: Value;
    /** Index, into the proposer list, of the proposer it currently asks. */
    readonly target: number;
    /** Whether {@link propose} has happened. Spec: `value \in proposed`. */
    readonly submitted: boolean;
    /** The decision, once a learner reported it. */
    readonly decided: Value | null;
}
/** What a client needs to know. */
export interface ClientConfig {
    readonly proposers: readonly NodeId[];
    /** Time after which an unanswered request is sent again. */
    readonly resubmitAfter: number;
}
/** A client that will propose `value` to proposer number `target`. */
export declare function initClient(id: NodeId, value: Value, target: number): ClientState;
/**
 * @spec Paxos.Propose
 *
 * The client submits its value: from now on it is a proposed value, one that
 * a proposer may put forward when no earlier vote constrains it.
 *
 * Guard: not yet submitted (the spec's `v \notin proposed`; every client has
 * its own value).
 *
 * Effects: send the request to its proposer; set the resubmission timer.
 */
export declare function propose(s: ClientState, cfg: ClientConfig): Step<ClientState> | null;
/** The resubmission timer fired with no decision: ask the next proposer. Not a spec step. */
export declare function resubmit(s: ClientState, cfg: ClientConfig): Step<ClientState> | null;
/** A learner reported the decision. Not a spec step. */
export declare function receiveDecision(s: ClientState, m: MsgDecision): Step<ClientState> | null;

/**
 * The client: it issues its requests one at a time, numbered 1, 2, ...; sends
 * each to the proposer it believes leads; and, if no reply comes in time,
 * sends the same request (same number) again to the next proposer. Replicas
 * execute a request once however often it is sent, and the client takes the
 * first reply to each request and ignores the others.
 *
 * What it asks for comes from its workload: a pure function from the request
 * number to an operation (or `null` when it has no more), so a client draws
 * no random number itself.
 *
 * @module
 */
import type { Command } from "../smr/kv.js";
import type { MsgReply, NodeId, Step } from "./types.js";
/** A client's state. */
export interface ClientState {
    readonly id: NodeId;
    /** The number of the last request issued (0 before the first). */
    readonly seq: number;
    /** The request waiting for its reply, if any. */
    readonly pending: Command | null;
    /** Index into the proposer list of the proposer it asks. */
    readonly target: number;
    /** Requests answered. */
    readonly done: number;
}
/** What a client needs. */
export interface ClientConfig {
    readonly proposers: readonly NodeId[];
    /** Time after which an unanswered request is sent again, to the next proposer. */
    readonly retryAfter: number;
    /** The operation of request number `seq` (1, 2, ...), or `null` when the client is done. */
    readonly workload: (seq: number) => Command["op"] | null;
}
/**
 * `s` with the fields of `c` changed, built field by field in one order (see
 * `updateReplica` in `replica.ts` for why).
 */
export declare function updateClient(s: ClientState, c: Partial<ClientState>): ClientState;
/** A client that has issued nothing yet and will ask proposer number `target` first. */
export declare function initClient(id: NodeId, target: number): ClientState;
/**
 * @spec MultiPaxos.Request
 *
 * Issue the next request: it becomes one of the commands a proposer may put
 * in a slot.
 *
 * Guard: no request is waiting for its reply (one at a time), and the
 * workload has another.
 *
 * Effects: report the invocation (for the client history); send it to the
 * proposer believed to lead; set the retry timer.
 */
export declare function request(s: ClientState, cfg: ClientConfig): Step<ClientState> | null;
/** The retry timer of request `seq` fired with no reply: send it again, to the next proposer. Not a spec step. */
export declare function retry(s: ClientState, seq: number, cfg: ClientConfig): Step<ClientState> | null;
/** A reply to the waiting request: report its completion (once; later replies to it are ignored). Not a spec step. */
export declare function receiveReply(s: ClientState, m: MsgReply): Step<ClientState> | null;

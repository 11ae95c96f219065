import type { KvOp, KvResult } from "../smr/kv.js";
/** Where a client's request ended. */
export type ClientOutcome = {
    readonly ok: true;
    readonly result: KvResult;
    readonly node: string;
    readonly attempts: number;
} | {
    readonly ok: false;
    readonly reason: string;
    readonly attempts: number;
};
/** Options of a {@link KvClient}. */
export interface KvClientOptions {
    /** Milliseconds one HTTP attempt may take. */
    readonly attemptTimeout?: number;
    /** Milliseconds a request may take over all its attempts. */
    readonly deadline?: number;
    /** Milliseconds between attempts when a node says to retry or does not answer. */
    readonly backoff?: number;
}
/** The HTTP request of an operation. */
export declare function httpRequestOf(op: KvOp): {
    method: string;
    path: string;
    body?: string;
};
/** The result an HTTP answer's body gives for `op`. */
export declare function resultOf(op: KvOp, body: unknown): KvResult;
/** One client: a name, and the number of its last request. Requests one at a time. */
export declare class KvClient {
    /** HTTP endpoints of the nodes, `http://host:port`. */
    private readonly endpoints;
    /** The client's name (letters, digits, `_`, `-`): unique among the cluster's clients, forever. */
    readonly id: string;
    private readonly options;
    private seq;
    private next;
    constructor(
    /** HTTP endpoints of the nodes, `http://host:port`. */
    endpoints: readonly string[], 
    /** The client's name (letters, digits, `_`, `-`): unique among the cluster's clients, forever. */
    id: string, options?: KvClientOptions, 
    /** The request number to start after (a client that restarts goes on from its last). */
    startAfter?: number);
    /** The number of the last request issued. */
    get lastSeq(): number;
    /** Issues `op` as the next request, and retries it until answered or the deadline. */
    run(op: KvOp): Promise<ClientOutcome>;
}

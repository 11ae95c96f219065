import type { NodeHost } from "./host.js";
/** The most bytes a request body may have. */
export declare const MAX_BODY: number;
/** The form of a client's name. */
export declare const CLIENT_ID: RegExp;
/** The gateway of one process. */
export declare class Gateway {
    private readonly host;
    /** Milliseconds an HTTP request waits for its answer before a 503. */
    private readonly timeout;
    private server;
    private readonly clients;
    private readonly trace;
    private readonly cfg;
    private made;
    /** The names of the cluster's processes and protocol nodes, which no client may take. */
    private readonly nodeNames;
    private readonly stamp;
    readonly counts: {
        requests: number;
        answered: number;
        unavailable: number;
    };
    constructor(host: NodeHost, tracePath: string, 
    /** Milliseconds an HTTP request waits for its answer before a 503. */
    timeout: number);
    /** Listens on `port`. @throws ListenError when it is taken. */
    listen(host: string, port: number): Promise<void>;
    private handle;
    /** The client and request number a request names, or a client made up for it. */
    private identify;
    /** Issues request `seq` of `client` (or waits for it, if it is already pending); its result, or `null` after the timeout. */
    private submit;
    /** A client's retry timer fired: resend, while someone still waits for the answer. */
    private fire;
    /** A message for a client: a replica's reply. */
    private reply;
    private output;
    private status;
    /** Stops listening. */
    close(): Promise<void>;
}

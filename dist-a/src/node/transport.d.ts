/** The largest frame accepted; a longer length prefix means a broken or hostile peer, and the connection is closed. */
export declare const MAX_FRAME: number;
/** Frames kept for a peer while its connection is being made; beyond, new frames are dropped. */
export declare const MAX_QUEUED = 10000;
/** Milliseconds between a failed dial and the next. */
export declare const REDIAL_AFTER = 100;
/** A listening port that is taken, or cannot be bound. */
export declare class ListenError extends Error {
    constructor(message: string);
}
/**
 * Splits a byte stream into frames. Chunks are kept as they arrive and joined
 * only once a whole frame is there, so a large frame that comes in many
 * chunks costs its length, not its length times the number of chunks.
 */
export declare class FrameReader {
    private chunks;
    private size;
    /** Bytes needed before anything can be read: 4 (a length), or 4 plus the length read. */
    private needed;
    /** Takes the bytes that arrived; returns the frames they complete, or throws on a length above {@link MAX_FRAME}. */
    push(chunk: Buffer): Buffer[];
}
/** A frame: its length, then its bytes. */
export declare function frame(payload: Uint8Array): Buffer;
/** Counts of what the transport did. */
export interface TransportStats {
    sent: number;
    received: number;
    dropped: number;
}
/**
 * The transport of one process. `onFrame` gets every frame that arrives;
 * `resolve` says where a peer listens (it may change: a proxy in between).
 */
export declare class Transport {
    private readonly onFrame;
    private readonly resolve;
    private server;
    private readonly links;
    private readonly incoming;
    readonly stats: TransportStats;
    private closed;
    constructor(onFrame: (payload: Buffer) => void, resolve: (peer: string) => {
        host: string;
        port: number;
    });
    /** Starts listening. @throws ListenError when the port is in use or cannot be bound. */
    listen(host: string, port: number): Promise<void>;
    private accept;
    /** Sends `payload` to `peer`: now if connected, after the connection is made otherwise; or drops it. */
    send(peer: string, payload: Uint8Array): void;
    private dial;
    /** Closes every connection and stops listening. */
    close(): Promise<void>;
}

/**
 * The network between the processes of a cluster: TCP connections carrying
 * length-prefixed frames (a 4-byte big-endian length, then that many bytes).
 *
 * Each process listens on its port and dials each peer it sends to, once,
 * keeping the connection; frames from a peer arrive on the connection the
 * peer dialled. The transport promises what the protocol assumes of a network
 * and no more: a frame sent may be lost (the peer is down, the connection
 * breaks, the queue of frames waiting for a connection is full), and frames on
 * one connection arrive in order. Nothing is retried here; the protocol's own
 * timers resend what matters. A broken connection is dialled again on the
 * next send, no sooner than {@link REDIAL_AFTER} ms after the last failure.
 *
 * @module
 */
import { createServer, Socket } from "node:net";
/** The largest frame accepted; a longer length prefix means a broken or hostile peer, and the connection is closed. */
export const MAX_FRAME = 256 * 1024 * 1024;
/** Frames kept for a peer while its connection is being made; beyond, new frames are dropped. */
export const MAX_QUEUED = 10_000;
/** Milliseconds between a failed dial and the next. */
export const REDIAL_AFTER = 100;
/** A listening port that is taken, or cannot be bound. */
export class ListenError extends Error {
    constructor(message) {
        super(message);
        this.name = "ListenError";
    }
}
/**
 * Splits a byte stream into frames. Chunks are kept as they arrive and joined
 * only once a whole frame is there, so a large frame that comes in many
 * chunks costs its length, not its length times the number of chunks.
 */
export class FrameReader {
    chunks = [];
    size = 0;
    /** Bytes needed before anything can be read: 4 (a length), or 4 plus the length read. */
    needed = 4;
    /** Takes the bytes that arrived; returns the frames they complete, or throws on a length above {@link MAX_FRAME}. */
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        const frames = [];
        while (this.size >= this.needed) {
            const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size);
            let at = 0;
            for (;;) {
                if (all.length - at < 4)
                    break;
                const len = all.readUInt32BE(at);
                if (len > MAX_FRAME)
                    throw new RangeError(`a frame of ${len} bytes is above the limit of ${MAX_FRAME}`);
                if (all.length - at - 4 < len) {
                    this.needed = 4 + len;
                    break;
                }
                frames.push(all.subarray(at + 4, at + 4 + len));
                at += 4 + len;
                this.needed = 4;
            }
            const rest = all.subarray(at);
            this.chunks = rest.length === 0 ? [] : [rest];
            this.size = rest.length;
            if (this.size < this.needed)
                break;
        }
        return frames;
    }
}
/** A frame: its length, then its bytes. */
export function frame(payload) {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(payload.length, 0);
    return Buffer.concat([head, payload]);
}
/**
 * The transport of one process. `onFrame` gets every frame that arrives;
 * `resolve` says where a peer listens (it may change: a proxy in between).
 */
export class Transport {
    onFrame;
    resolve;
    server = null;
    links = new Map();
    incoming = new Set();
    stats = { sent: 0, received: 0, dropped: 0 };
    closed = false;
    constructor(onFrame, resolve) {
        this.onFrame = onFrame;
        this.resolve = resolve;
    }
    /** Starts listening. @throws ListenError when the port is in use or cannot be bound. */
    listen(host, port) {
        return new Promise((done, fail) => {
            const server = createServer((socket) => this.accept(socket));
            server.once("error", (e) => fail(new ListenError(e.code === "EADDRINUSE" ? `port ${port} on ${host} is in use` : `cannot listen on ${host}:${port}: ${e.code ?? e.message}`)));
            server.listen(port, host, () => {
                this.server = server;
                done();
            });
        });
    }
    accept(socket) {
        this.incoming.add(socket);
        socket.setNoDelay(true);
        const reader = new FrameReader();
        socket.on("data", (chunk) => {
            let frames;
            try {
                frames = reader.push(chunk);
            }
            catch {
                socket.destroy();
                return;
            }
            for (const f of frames) {
                this.stats.received++;
                this.onFrame(f);
            }
        });
        socket.on("error", () => socket.destroy());
        socket.on("close", () => this.incoming.delete(socket));
    }
    /** Sends `payload` to `peer`: now if connected, after the connection is made otherwise; or drops it. */
    send(peer, payload) {
        if (this.closed)
            return;
        let link = this.links.get(peer);
        if (link === undefined)
            this.links.set(peer, (link = { socket: null, connecting: false, queue: [], failedAt: -Infinity }));
        const bytes = frame(payload);
        if (link.socket !== null) {
            this.stats.sent++;
            link.socket.write(bytes);
            return;
        }
        if (link.queue.length >= MAX_QUEUED) {
            this.stats.dropped++;
            return;
        }
        if (!link.connecting && Date.now() - link.failedAt < REDIAL_AFTER) {
            this.stats.dropped++;
            return;
        }
        link.queue.push(bytes);
        if (!link.connecting)
            this.dial(peer, link);
    }
    dial(peer, link) {
        link.connecting = true;
        const { host, port } = this.resolve(peer);
        const socket = new Socket();
        socket.setNoDelay(true);
        const fail = () => {
            if (link.socket === socket || link.connecting) {
                this.stats.dropped += link.queue.length;
                link.queue = [];
                link.socket = null;
                link.connecting = false;
                link.failedAt = Date.now();
            }
            socket.destroy();
        };
        socket.once("connect", () => {
            link.connecting = false;
            if (this.closed)
                return void socket.destroy();
            link.socket = socket;
            for (const b of link.queue) {
                this.stats.sent++;
                socket.write(b);
            }
            link.queue = [];
        });
        socket.on("error", fail);
        socket.on("close", fail);
        // A peer never answers on this connection; whatever it sends is ignored.
        socket.on("data", () => undefined);
        socket.connect(port, host);
    }
    /** Closes every connection and stops listening. */
    close() {
        this.closed = true;
        for (const link of this.links.values())
            link.socket?.destroy();
        for (const s of this.incoming)
            s.destroy();
        return new Promise((done) => (this.server === null ? done() : this.server.close(() => done())));
    }
}
//# sourceMappingURL=transport.js.map
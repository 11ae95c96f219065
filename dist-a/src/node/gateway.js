/**
 * The client API of a process: HTTP in front of the replicated key-value
 * store. The gateway plays the protocol's client (`src/multipaxos/client.ts`)
 * for each HTTP client: a request becomes the client's next command, sent to
 * a proposer (this process's own first, which forwards it to the leader it
 * knows), resent to the next proposer when no reply comes in time, and
 * answered with the reply of this process's replica once it has executed the
 * command (every replica replies to the command's client; the host hands the
 * gateway the reply of its own replica, the others' stay on their nodes, so
 * no reply crosses the network). Replicas execute a command once however
 * often it is sent.
 *
 * | request                                  | command                     | 200 body                 |
 * |------------------------------------------|-----------------------------|--------------------------|
 * | `GET /kv/:key`                           | `get(key)`                  | `{"value": "..."}` or `{"value": null}` |
 * | `PUT /kv/:key`, the value as the body    | `put(key, value)`           | `{"result": "ok"}`       |
 * | `POST /kv/:key/cas`, `{"expected": x, "value": y}` (`x` may be `null`: absent) | `cas(key, x, y)` | `{"swapped": true}` |
 * | `POST /kv/:key/append`, the suffix as the body | `append(key, suffix)` | `{"result": "ok"}`       |
 * | `GET /status`                            | none                        | the node's roles, leader, executed prefix, counts |
 *
 * Reads go through the log like writes, so every answer is linearizable.
 *
 * **Exactly once.** A client that may retry names itself and numbers its
 * requests: headers `Client-Id` (letters, digits, `_`, `-`) and
 * `Request-Seq` (1, 2, ...; one request at a time, as the protocol's client).
 * Sending the same pair again, to this node or any other, never executes the
 * request twice: the state machine keeps each client's last request number
 * and result. Without these headers the gateway makes up a client that issues
 * this one request.
 *
 * **No leader.** When this process's proposer knows of no leader the answer
 * is `503` with `Retry-After: 1`, at once; when a request is not answered
 * within the gateway's timeout, `503` with `Retry-After: 1` too: it may or
 * may not have been executed, and a retry with the same `Client-Id` and
 * `Request-Seq` tells which, without executing it twice.
 *
 * @module
 */
import { createServer } from "node:http";
import { initClient, receiveReply, request, retry } from "../multipaxos/client.js";
import { rolesOf } from "./config.js";
import { ListenError } from "./transport.js";
import { NodeTrace } from "./trace.js";
/** The most bytes a request body may have. */
export const MAX_BODY = 1024 * 1024;
/** The form of a client's name. */
export const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A request the API refuses: its status and a one-line reason. */
class ApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/** The gateway of one process. */
export class Gateway {
    host;
    timeout;
    server = null;
    clients = new Map();
    trace;
    cfg;
    made = 0;
    /** The names of the cluster's processes and protocol nodes, which no client may take. */
    nodeNames;
    stamp = Date.now().toString(36);
    counts = { requests: 0, answered: 0, unavailable: 0 };
    constructor(host, tracePath, 
    /** Milliseconds an HTTP request waits for its answer before a 503. */
    timeout) {
        this.host = host;
        this.timeout = timeout;
        this.trace = NodeTrace.open(tracePath, host.self.id);
        this.nodeNames = new Set(host.config.nodes.flatMap((n) => [n.id, n.acceptor, n.proposer, n.replica].filter((x) => x !== null)));
        const proposers = rolesOf(host.config).proposers;
        const own = host.self.proposer;
        // This process's own proposer first: it knows the leader, or is it.
        this.cfg = { proposers: own === null ? proposers : [own, ...proposers.filter((p) => p !== own)], retryAfter: host.config.timing.retryAfter };
        host.setClientSink((to, msg, sent) => this.reply(to, msg, sent));
    }
    /** Listens on `port`. @throws ListenError when it is taken. */
    listen(host, port) {
        return new Promise((done, fail) => {
            const server = createServer((req, res) => void this.handle(req, res));
            server.once("error", (e) => fail(new ListenError(e.code === "EADDRINUSE" ? `port ${port} on ${host} is in use` : `cannot listen on ${host}:${port}: ${e.code ?? e.message}`)));
            server.listen(port, host, () => {
                this.server = server;
                done();
            });
        });
    }
    async handle(req, res) {
        try {
            const url = new URL(req.url ?? "/", "http://x");
            if (url.pathname === "/status") {
                if (req.method !== "GET")
                    throw new ApiError(405, "GET /status only");
                return send(res, 200, this.status());
            }
            const m = /^\/kv\/([^/]+)(?:\/(cas|append))?$/.exec(url.pathname);
            if (m === null)
                throw new ApiError(404, `no such resource: ${url.pathname} (try /kv/KEY or /status)`);
            const key = decodeURIComponent(m[1]);
            if (key.length > 256)
                throw new ApiError(400, "a key has at most 256 characters");
            const body = req.method === "GET" ? "" : await readBody(req);
            const op = opOf(req.method ?? "GET", m[2], key, body);
            const { client, seq } = this.identify(req);
            this.counts.requests++;
            if (this.host.self.proposer !== null && this.host.leader() === null) {
                this.counts.unavailable++;
                return send(res, 503, { error: "no leader is known yet; retry", client, seq }, { "Retry-After": "1" });
            }
            const result = await this.submit(client, seq, op);
            if (result === null) {
                this.counts.unavailable++;
                return send(res, 503, { error: "not answered in time; retry with the same Client-Id and Request-Seq", client, seq }, { "Retry-After": "1" });
            }
            this.counts.answered++;
            return send(res, 200, resultBody(result), { "Client-Id": client, "Request-Seq": String(seq) });
        }
        catch (e) {
            if (e instanceof ApiError)
                return send(res, e.status, { error: e.message });
            return send(res, 500, { error: e instanceof Error ? e.message : String(e) });
        }
    }
    /** The client and request number a request names, or a client made up for it. */
    identify(req) {
        const id = req.headers["client-id"];
        const seq = req.headers["request-seq"];
        if (id === undefined && seq === undefined)
            return { client: `${this.host.self.id}_${this.stamp}_${++this.made}`, seq: 1 };
        if (typeof id !== "string" || !CLIENT_ID.test(id))
            throw new ApiError(400, "header Client-Id must be 1 to 64 letters, digits, '_' or '-' (and goes with Request-Seq)");
        if (this.nodeNames.has(id))
            throw new ApiError(400, `header Client-Id: '${id}' is the name of a node of the cluster; a client needs a name of its own`);
        if (typeof seq !== "string" || !/^[1-9]\d{0,14}$/.test(seq))
            throw new ApiError(400, "header Request-Seq must be a whole number from 1 (and goes with Client-Id)");
        return { client: id, seq: Number(seq) };
    }
    /** Issues request `seq` of `client` (or waits for it, if it is already pending); its result, or `null` after the timeout. */
    submit(client, seq, op) {
        let c = this.clients.get(client);
        if (c === undefined || c.state.pending === null || c.state.pending.seq !== seq) {
            const fresh = c ?? {
                state: initClient(client, 0),
                op: null,
                waiters: [],
                owner: {
                    id: client,
                    trace: this.trace,
                    store: null,
                    adopt: () => undefined,
                    fire: (timer) => this.fire(fresh, timer),
                    output: (e) => this.output(fresh, e),
                },
            };
            c = fresh;
            this.clients.set(client, c);
            // The client's next request is number `seq`: what it issued before is not this gateway's concern.
            c.state = { ...initClient(client, 0), seq: seq - 1 };
            c.op = op;
            c.waiters = [];
            const step = request(c.state, { ...this.cfg, workload: (n) => (n === seq ? op : null) });
            if (step === null)
                return Promise.resolve(null);
            c.state = step.state;
            this.host.run(c.owner, [step], null);
        }
        const entry = c;
        return new Promise((done) => {
            const waiter = (r) => {
                clearTimeout(timer);
                done(r);
            };
            const timer = setTimeout(() => {
                entry.waiters = entry.waiters.filter((w) => w !== waiter);
                done(null);
            }, this.timeout);
            entry.waiters.push(waiter);
        });
    }
    /** A client's retry timer fired: resend, while someone still waits for the answer. */
    fire(c, timer) {
        // A timer of an entry the gateway has since dropped (the client came back later, as a new entry) is stale.
        if (timer.type !== "retry" || this.clients.get(c.state.id) !== c)
            return;
        if (c.waiters.length === 0) {
            this.clients.delete(c.state.id);
            return;
        }
        const step = retry(c.state, timer.seq, { ...this.cfg, workload: () => c.op });
        if (step === null)
            return;
        c.state = step.state;
        this.host.run(c.owner, [step], null);
    }
    /** A message for a client: a replica's reply. */
    reply(to, msg, sent) {
        const c = this.clients.get(to);
        if (c === undefined || msg.type !== "reply")
            return;
        const step = receiveReply(c.state, msg);
        if (step === null)
            return;
        c.state = step.state;
        this.host.run(c.owner, [step], sent);
    }
    output(c, e) {
        if (e.kind !== "complete")
            return;
        const waiters = c.waiters;
        c.waiters = [];
        for (const w of waiters)
            w(e.result);
    }
    status() {
        const p = this.host.proposer();
        const r = this.host.replica();
        return {
            node: this.host.self.id,
            roles: { acceptor: this.host.self.acceptor, proposer: this.host.self.proposer, replica: this.host.self.replica },
            leader: this.host.leader(),
            ballot: p?.ballot ?? null,
            executed: r?.applied ?? null,
            counts: { ...this.host.counts, ...this.counts, network: this.host.network },
        };
    }
    /** Stops listening. */
    close() {
        this.trace.close();
        return new Promise((done) => (this.server === null ? done() : this.server.close(() => done())));
    }
}
function opOf(method, sub, key, body) {
    if (sub === undefined && method === "GET")
        return { type: "get", key };
    if (sub === undefined && method === "PUT")
        return { type: "put", key, value: body };
    if (sub === "append" && method === "POST")
        return { type: "append", key, value: body };
    if (sub === "cas" && method === "POST") {
        let j;
        try {
            j = JSON.parse(body);
        }
        catch {
            throw new ApiError(400, 'the body of a cas is JSON: {"expected": "old" or null, "value": "new"}');
        }
        const o = (typeof j === "object" && j !== null ? j : {});
        if (!(o.expected === null || typeof o.expected === "string") || typeof o.value !== "string")
            throw new ApiError(400, 'the body of a cas is JSON: {"expected": "old" or null, "value": "new"}');
        return { type: "cas", key, expected: o.expected, value: o.value };
    }
    throw new ApiError(405, `${method} is not allowed here (GET or PUT /kv/KEY, POST /kv/KEY/cas, POST /kv/KEY/append)`);
}
function resultBody(r) {
    switch (r.type) {
        case "ok":
            return { result: "ok" };
        case "value":
            return { value: r.value };
        case "cas":
            return { swapped: r.swapped };
        case "refused":
            return { refused: r.reason };
    }
}
function readBody(req) {
    return new Promise((done, fail) => {
        const chunks = [];
        let size = 0;
        req.on("data", (c) => {
            size += c.length;
            if (size > MAX_BODY) {
                fail(new ApiError(413, `a body has at most ${MAX_BODY} bytes`));
                req.destroy();
            }
            else
                chunks.push(c);
        });
        req.on("end", () => done(Buffer.concat(chunks).toString("utf8")));
        req.on("error", fail);
    });
}
function send(res, status, body, headers = {}) {
    const text = `${JSON.stringify(body)}\n`;
    res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
    res.end(text);
}
//# sourceMappingURL=gateway.js.map
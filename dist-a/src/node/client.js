/**
 * A client of the cluster's HTTP API (`gateway.ts`), as `paxos kv` and the
 * chaos test use it: it names itself, numbers its requests, and retries a
 * request with the same number, on the next node, until it is answered or
 * its deadline passes. The cluster executes a request once however often it
 * is sent, so a retry is always safe.
 *
 * @module
 */
import { Agent, request } from "node:http";
/** One agent for every client of the process: connections to the nodes are kept open and reused. */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
/** One HTTP request: its status and its JSON body, or an error (no answer within `timeout` ms, a refused connection, a body that is not JSON). */
function httpCall(url, method, headers, body, timeout) {
    return new Promise((done, fail) => {
        const req = request(url, { method, headers: body === undefined ? headers : { ...headers, "Content-Length": String(Buffer.byteLength(body)) }, agent, timeout }, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => {
                try {
                    done({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
                }
                catch (e) {
                    fail(e instanceof Error ? e : new Error(String(e)));
                }
            });
            res.on("error", fail);
        });
        req.on("timeout", () => req.destroy(new Error(`no answer within ${timeout} ms`)));
        req.on("error", fail);
        req.end(body);
    });
}
/** The HTTP request of an operation. */
export function httpRequestOf(op) {
    const key = encodeURIComponent(op.key);
    switch (op.type) {
        case "get":
            return { method: "GET", path: `/kv/${key}` };
        case "put":
            return { method: "PUT", path: `/kv/${key}`, body: op.value };
        case "append":
            return { method: "POST", path: `/kv/${key}/append`, body: op.value };
        case "cas":
            return { method: "POST", path: `/kv/${key}/cas`, body: JSON.stringify({ expected: op.expected, value: op.value }) };
    }
}
/** The result an HTTP answer's body gives for `op`. */
export function resultOf(op, body) {
    const b = body;
    switch (op.type) {
        case "get":
            if (b.value === null || typeof b.value === "string")
                return { type: "value", value: b.value };
            break;
        case "cas":
            if (typeof b.swapped === "boolean")
                return { type: "cas", swapped: b.swapped };
            break;
        case "put":
        case "append":
            if (b.result === "ok")
                return { type: "ok" };
    }
    throw new Error(`an answer that is not a result of ${op.type}: ${JSON.stringify(body)}`);
}
/** One client: a name, and the number of its last request. Requests one at a time. */
export class KvClient {
    endpoints;
    id;
    options;
    seq = 0;
    next = 0;
    constructor(
    /** HTTP endpoints of the nodes, `http://host:port`. */
    endpoints, 
    /** The client's name (letters, digits, `_`, `-`): unique among the cluster's clients, forever. */
    id, options = {}, 
    /** The request number to start after (a client that restarts goes on from its last). */
    startAfter = 0) {
        this.endpoints = endpoints;
        this.id = id;
        this.options = options;
        if (endpoints.length === 0)
            throw new RangeError("a client needs at least one endpoint");
        this.seq = startAfter;
    }
    /** The number of the last request issued. */
    get lastSeq() {
        return this.seq;
    }
    /** Issues `op` as the next request, and retries it until answered or the deadline. */
    async run(op) {
        const seq = ++this.seq;
        const attemptTimeout = this.options.attemptTimeout ?? 4000;
        const deadline = Date.now() + (this.options.deadline ?? 20_000);
        const backoff = this.options.backoff ?? 100;
        const req = httpRequestOf(op);
        let attempts = 0;
        let reason = "no attempt";
        while (Date.now() < deadline) {
            const endpoint = this.endpoints[this.next % this.endpoints.length];
            attempts++;
            try {
                const res = await httpCall(`${endpoint}${req.path}`, req.method, { "Client-Id": this.id, "Request-Seq": String(seq) }, req.body, Math.max(1, Math.min(attemptTimeout, deadline - Date.now())));
                const body = res.body;
                if (res.status === 200)
                    return { ok: true, result: resultOf(op, body), node: endpoint, attempts };
                reason = `${endpoint}: ${res.status} ${body.error ?? ""}`.trim();
                if (res.status !== 503)
                    return { ok: false, reason, attempts };
            }
            catch (e) {
                reason = `${endpoint}: ${e instanceof Error ? e.message : String(e)}`;
            }
            this.next++;
            await new Promise((r) => setTimeout(r, backoff));
        }
        return { ok: false, reason: `no answer before the deadline; last: ${reason}`, attempts };
    }
}
//# sourceMappingURL=client.js.map
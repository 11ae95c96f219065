/**
 * A cluster's configuration: which processes there are, where they listen,
 * which protocol roles each plays, and the protocol's settings. Every process
 * of a cluster reads the same file (`cluster.json`):
 *
 * ```json
 * {
 *   "nodes": [
 *     {"id": "n1", "host": "127.0.0.1", "port": 7101, "http": 8101, "acceptor": "a1", "proposer": "p1", "replica": "r1"},
 *     {"id": "n2", "host": "127.0.0.1", "port": 7102, "http": 8102, "acceptor": "a2", "proposer": "p2", "replica": "r2"},
 *     {"id": "n3", "host": "127.0.0.1", "port": 7103, "http": 8103, "acceptor": "a3", "proposer": "p3", "replica": "r3"}
 *   ],
 *   "quorum": {"kind": "majority"},
 *   "window": 8, "batch": 16, "snapshotEvery": 200,
 *   "timing": {"leaderTimeout": 400, "heartbeatEvery": 80, "resendEvery": 200, "retryAfter": 600, "catchUpEvery": 250},
 *   "links": {"n1": {"n2": "127.0.0.1:9012"}}
 * }
 * ```
 *
 * - A node (a process) plays any of the three server roles; each role has the
 *   protocol name the spec and the traces use (`a1`, `p1`, `r1`). A node with
 *   `http` serves the client API there; it needs a replica (the answers come
 *   from it).
 * - `quorum` is the acceptors' quorum system, in the order the nodes list the
 *   acceptors (`{"kind": "weighted", "weights": [2, 1, 1]}`, or explicit
 *   `sets`); it is refused if two quorums could be disjoint.
 * - `timing` is in milliseconds; a leader must be heard more often than
 *   followers give up on it (`heartbeatEvery < leaderTimeout`).
 * - `links` (optional) says where one node reaches another when that is not
 *   the other's own `host:port`: a proxy in between, which is how the chaos
 *   test cuts links without privileges.
 *
 * Every mistake is a {@link ClusterConfigError} naming the file and the field.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { QuorumSystem, QuorumSystemError } from "../paxos/quorum.js";
/** The defaults for what a configuration leaves out. */
export const DEFAULT_TIMING = { leaderTimeout: 400, heartbeatEvery: 80, resendEvery: 200, retryAfter: 600, catchUpEvery: 250 };
/** A cluster configuration that is malformed or unsafe; the message names the file and the field. */
export class ClusterConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = "ClusterConfigError";
    }
}
/** The acceptors, proposers and replicas, in the order of the nodes. */
export function rolesOf(c) {
    const pick = (k) => c.nodes.flatMap((n) => (n[k] === null ? [] : [n[k]]));
    return { acceptors: pick("acceptor"), proposers: pick("proposer"), replicas: pick("replica") };
}
/** The configuration of the replicated log's first slots: every acceptor with the cluster's quorum system, every replica, every proposer as a leader. */
export function initialConfiguration(c) {
    const r = rolesOf(c);
    return { name: "C1", acceptors: r.acceptors, quorum: c.quorum, replicas: r.replicas, leaders: r.proposers };
}
/** The node (process) that hosts protocol node `id`, if any. */
export function hostOf(c, id) {
    return c.nodes.find((n) => n.acceptor === id || n.proposer === id || n.replica === id);
}
/** The address node `from` dials to reach node `to`. */
export function addressOf(c, from, to) {
    const via = c.links[from]?.[to.id];
    if (via === undefined)
        return { host: to.host, port: to.port };
    const i = via.lastIndexOf(":");
    return { host: via.slice(0, i), port: Number(via.slice(i + 1)) };
}
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/**
 * Checks a parsed JSON value as a cluster configuration. `where` names its
 * source (a file) in messages.
 *
 * @throws ClusterConfigError for anything malformed, duplicated or unsafe.
 */
export function parseClusterConfig(json, where) {
    const fail = (field, what) => {
        throw new ClusterConfigError(`${where}: ${field}: ${what}`);
    };
    const obj = (v, field) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : fail(field, "must be an object");
    const int = (v, field, min, max) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : fail(field, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
    const root = obj(json, "the configuration");
    const known = new Set(["nodes", "quorum", "window", "batch", "snapshotEvery", "timing", "links"]);
    for (const k of Object.keys(root))
        if (!known.has(k))
            fail(k, `unknown field (known: ${[...known].join(", ")})`);
    if (!Array.isArray(root["nodes"]) || root["nodes"].length === 0)
        fail("nodes", "must be a non-empty list");
    const names = new Map();
    const ports = new Map();
    const nodes = root["nodes"].map((raw, i) => {
        const f = `nodes[${i}]`;
        const n = obj(raw, f);
        for (const k of Object.keys(n))
            if (!["id", "host", "port", "http", "acceptor", "proposer", "replica"].includes(k))
                fail(`${f}.${k}`, "unknown field");
        const name = (v, field) => typeof v === "string" && NAME.test(v) ? v : fail(field, `must be a name of letters, digits and _, got ${JSON.stringify(v)}`);
        const unique = (v, field) => {
            const before = names.get(v);
            if (before !== undefined)
                fail(field, `'${v}' is also ${before}`);
            names.set(v, field);
            return v;
        };
        const role = (k) => (n[k] === undefined || n[k] === null ? null : unique(name(n[k], `${f}.${k}`), `${f}.${k}`));
        const id = unique(name(n["id"], `${f}.id`), `${f}.id`);
        const host = n["host"] === undefined ? "127.0.0.1" : typeof n["host"] === "string" && n["host"] !== "" ? n["host"] : fail(`${f}.host`, "must be a host name or address");
        const port = int(n["port"], `${f}.port`, 1, 65535);
        const http = n["http"] === undefined || n["http"] === null ? null : int(n["http"], `${f}.http`, 1, 65535);
        for (const [p, field] of [[port, `${f}.port`], ...(http === null ? [] : [[http, `${f}.http`]])]) {
            const key = `${host}:${p}`;
            const before = ports.get(key);
            if (before !== undefined)
                fail(field, `port ${p} is also ${before}`);
            ports.set(key, field);
        }
        const node = { id, host, port, http, acceptor: role("acceptor"), proposer: role("proposer"), replica: role("replica") };
        if (node.acceptor === null && node.proposer === null && node.replica === null)
            fail(f, "plays no role: give it an acceptor, proposer or replica name");
        if (node.http !== null && node.replica === null)
            fail(`${f}.http`, "a node that serves clients needs a replica: the answers come from it");
        return node;
    });
    const partial = {
        nodes,
        quorum: { kind: "majority" },
        window: root["window"] === undefined ? 8 : int(root["window"], "window", 1, 100_000),
        batch: root["batch"] === undefined ? 16 : int(root["batch"], "batch", 1, 100_000),
        snapshotEvery: root["snapshotEvery"] === undefined ? 200 : int(root["snapshotEvery"], "snapshotEvery", 1, 10_000_000),
        timing: DEFAULT_TIMING,
        links: {},
    };
    const roles = rolesOf(partial);
    if (roles.acceptors.length === 0)
        fail("nodes", "no node is an acceptor");
    if (roles.proposers.length === 0)
        fail("nodes", "no node is a proposer");
    if (roles.replicas.length === 0)
        fail("nodes", "no node is a replica");
    const quorum = root["quorum"] === undefined ? partial.quorum : parseQuorumJson(obj(root["quorum"], "quorum"), fail);
    try {
        new QuorumSystem(roles.acceptors, quorum);
    }
    catch (e) {
        if (e instanceof QuorumSystemError)
            fail("quorum", e.message);
        throw e;
    }
    const t = root["timing"] === undefined ? {} : obj(root["timing"], "timing");
    for (const k of Object.keys(t))
        if (!(k in DEFAULT_TIMING))
            fail(`timing.${k}`, `unknown field (known: ${Object.keys(DEFAULT_TIMING).join(", ")})`);
    const timing = Object.fromEntries(Object.entries(DEFAULT_TIMING).map(([k, d]) => [k, t[k] === undefined ? d : int(t[k], `timing.${k}`, 1, 3_600_000)]));
    if (timing.heartbeatEvery >= timing.leaderTimeout)
        fail("timing.heartbeatEvery", `(${timing.heartbeatEvery}) must be below timing.leaderTimeout (${timing.leaderTimeout}), or followers would depose a live leader`);
    const links = {};
    if (root["links"] !== undefined) {
        for (const [from, row] of Object.entries(obj(root["links"], "links"))) {
            if (!names.has(from) || !nodes.some((n) => n.id === from))
                fail(`links.${from}`, "is not a node");
            links[from] = {};
            for (const [to, addr] of Object.entries(obj(row, `links.${from}`))) {
                if (!nodes.some((n) => n.id === to))
                    fail(`links.${from}.${to}`, "is not a node");
                if (typeof addr !== "string" || !/^[^:\s]+:\d{1,5}$/.test(addr) || Number(addr.split(":").pop()) > 65535)
                    fail(`links.${from}.${to}`, `must be host:port, got ${JSON.stringify(addr)}`);
                links[from][to] = addr;
            }
        }
    }
    return { ...partial, quorum, timing, links };
}
function parseQuorumJson(q, fail) {
    switch (q["kind"]) {
        case "majority":
            return { kind: "majority" };
        case "weighted":
            if (!Array.isArray(q["weights"]) || !q["weights"].every((w) => typeof w === "number"))
                return fail("quorum.weights", "must be a list of numbers, one per acceptor");
            return { kind: "weighted", weights: q["weights"] };
        case "explicit":
            if (!Array.isArray(q["sets"]) || !q["sets"].every((s) => Array.isArray(s) && s.every((a) => typeof a === "string")))
                return fail("quorum.sets", "must be a list of lists of acceptor names");
            return { kind: "explicit", sets: q["sets"] };
        default:
            return fail("quorum.kind", `must be majority, weighted or explicit, got ${JSON.stringify(q["kind"])}`);
    }
}
/** A local cluster of `n` nodes, each playing every role, on ports from `basePort` (protocol) and `basePort + 100` (HTTP). */
export function localCluster(n, basePort, settings = {}) {
    const nodes = Array.from({ length: n }, (_, i) => ({
        id: `n${i + 1}`,
        host: "127.0.0.1",
        port: basePort + i,
        http: basePort + 100 + i,
        acceptor: `a${i + 1}`,
        proposer: `p${i + 1}`,
        replica: `r${i + 1}`,
    }));
    return { nodes, quorum: { kind: "majority" }, window: 8, batch: 16, snapshotEvery: 200, timing: DEFAULT_TIMING, links: {}, ...settings };
}
/** A configuration as the JSON its file holds. */
export function clusterConfigJson(c) {
    return {
        nodes: c.nodes.map((n) => ({
            id: n.id,
            host: n.host,
            port: n.port,
            ...(n.http === null ? {} : { http: n.http }),
            acceptor: n.acceptor,
            proposer: n.proposer,
            replica: n.replica,
        })),
        quorum: c.quorum,
        window: c.window,
        batch: c.batch,
        snapshotEvery: c.snapshotEvery,
        timing: c.timing,
        ...(Object.keys(c.links).length === 0 ? {} : { links: c.links }),
    };
}
/**
 * Reads and checks the configuration file at `path`.
 *
 * @throws ClusterConfigError when it cannot be read, is not JSON, or is not a valid configuration.
 */
export function readClusterConfig(path) {
    let text;
    try {
        text = readFileSync(path, "utf8");
    }
    catch (e) {
        const code = e.code;
        throw new ClusterConfigError(`${path}: cannot read: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (code ?? String(e))}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new ClusterConfigError(`${path}: not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    return parseClusterConfig(json, path);
}
//# sourceMappingURL=config.js.map
/**
 * A local cluster: `n` processes of `paxos node` on this machine, each with
 * its data directory, started and stopped as a unit (`paxos cluster up`,
 * `paxos cluster down`, and the chaos test).
 *
 * A cluster lives in one directory:
 *
 * | path                | what                                                 |
 * |---------------------|------------------------------------------------------|
 * | `cluster.json`      | the configuration every node reads (`config.ts`)     |
 * | `pids.json`         | the running processes, by node                       |
 * | `data/<node>/`      | each node's data directory (`process.ts`)            |
 * | `logs/<node>.log`   | each node's output                                   |
 *
 * @module
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { packageRoot } from "../cli/paths.js";
import { clusterConfigJson, readClusterConfig } from "./config.js";
/** The files of the cluster in `dir`. */
export function clusterFiles(dir) {
    return {
        config: join(dir, "cluster.json"),
        pids: join(dir, "pids.json"),
        data: (node) => join(dir, "data", node),
        log: (node) => join(dir, "logs", `${node}.log`),
    };
}
/** The script of the `paxos` command (built). */
export function paxosMain() {
    const main = join(packageRoot(), "dist", "src", "cli", "main.js");
    if (!existsSync(main))
        throw new Error(`${main} is missing: run 'npm run build' first`);
    return main;
}
/** A port that cannot be listened on, found before any process starts. */
export class PortInUseError extends Error {
    constructor(message) {
        super(message);
        this.name = "PortInUseError";
    }
}
/** Whether `port` on `host` can be listened on now. */
export function portFree(host, port) {
    return new Promise((done) => {
        const s = createServer();
        s.once("error", () => done(false));
        s.listen(port, host, () => s.close(() => done(true)));
    });
}
/** Checks every port the configuration listens on. @throws PortInUseError naming the first that is taken. */
export async function checkPorts(c) {
    for (const n of c.nodes) {
        for (const [port, what] of [[n.port, "protocol"], ...(n.http === null ? [] : [[n.http, "HTTP"]])]) {
            if (!(await portFree(n.host, port)))
                throw new PortInUseError(`port ${port} (${n.id}'s ${what} port) on ${n.host} is in use; choose other ports (--port)`);
        }
    }
}
/** Starts the process of node `node` of the cluster in `dir`; returns its pid. Its output goes to `logs/<node>.log`. */
export function spawnNode(dir, node, seed, options) {
    const f = clusterFiles(dir);
    mkdirSync(join(dir, "logs"), { recursive: true });
    const out = openSync(f.log(node.id), "a");
    try {
        const child = spawn(process.execPath, [paxosMain(), "node", "--id", node.id, "--config", f.config, "--data", f.data(node.id), "--seed", seed, ...(options.extra ?? [])], {
            detached: options.detached,
            stdio: ["ignore", out, out],
        });
        if (child.pid === undefined)
            throw new Error(`could not start node ${node.id}`);
        if (options.detached)
            child.unref();
        return child.pid;
    }
    finally {
        closeSync(out);
    }
}
/** The processes recorded for the cluster in `dir`. */
export function readPids(dir) {
    const f = clusterFiles(dir).pids;
    return existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : {};
}
/** Records the processes of the cluster in `dir`. */
export function writePids(dir, pids) {
    writeFileSync(clusterFiles(dir).pids, `${JSON.stringify(pids, null, 2)}\n`);
}
/** Whether process `pid` is alive (one that exists but is not ours to signal counts as alive). */
export function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === "EPERM";
    }
}
/** Writes the configuration of a new cluster into `dir` (which must not hold a running one). */
export function writeConfig(dir, c) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(clusterFiles(dir).config, `${JSON.stringify(clusterConfigJson(c), null, 2)}\n`);
}
/** Reads the configuration of the cluster in `dir`. */
export function configOf(dir) {
    return readClusterConfig(clusterFiles(dir).config);
}
/** The HTTP endpoints of the nodes that serve clients. */
export function endpointsOf(c) {
    return c.nodes.flatMap((n) => (n.http === null ? [] : [`http://${n.host === "0.0.0.0" ? "127.0.0.1" : n.host}:${n.http}`]));
}
/** Asks a node for its status. */
export async function statusOf(endpoint, timeout = 500) {
    try {
        const res = await fetch(`${endpoint}/status`, { signal: AbortSignal.timeout(timeout) });
        return res.status === 200 ? (await res.json()) : null;
    }
    catch {
        return null;
    }
}
/**
 * Waits until a majority of the nodes that serve clients name the same leader;
 * `progress` gets a line about each round. Returns the leader, or `null` at
 * the deadline.
 */
export async function waitForLeader(c, deadlineMs, progress = () => undefined) {
    const endpoints = endpointsOf(c);
    const until = Date.now() + deadlineMs;
    while (Date.now() < until) {
        const statuses = await Promise.all(endpoints.map((e) => statusOf(e)));
        const votes = new Map();
        for (const s of statuses)
            if (s?.leader != null)
                votes.set(s.leader, (votes.get(s.leader) ?? 0) + 1);
        for (const [leader, n] of votes)
            if (2 * n > endpoints.length)
                return leader;
        progress(`waiting for a leader: ${c.nodes
            .filter((n) => n.http !== null)
            .map((n, i) => `${n.id} ${statuses[i] === null ? "down" : statuses[i].leader === null ? "no leader" : `follows ${statuses[i].leader}`}`)
            .join(", ")}`);
        await new Promise((r) => setTimeout(r, 100));
    }
    return null;
}
/** Stops the processes of the cluster in `dir`: SIGTERM, then SIGKILL after `graceMs`. Returns the nodes stopped. */
export async function stopProcesses(dir, graceMs = 3000) {
    const stopped = await stopPids(readPids(dir), graceMs);
    rmSync(clusterFiles(dir).pids, { force: true });
    return stopped;
}
/** Stops the processes given by node (a paused one is resumed first): SIGTERM, then SIGKILL after `graceMs`. Returns the nodes that were running. */
export async function stopPids(pids, graceMs = 3000) {
    const stopped = [];
    for (const [node, pid] of Object.entries(pids)) {
        if (!alive(pid))
            continue;
        try {
            process.kill(pid, "SIGCONT");
            process.kill(pid, "SIGTERM");
            stopped.push(node);
        }
        catch {
            // gone meanwhile
        }
    }
    const until = Date.now() + graceMs;
    while (Object.values(pids).some(alive) && Date.now() < until)
        await new Promise((r) => setTimeout(r, 50));
    for (const pid of Object.values(pids))
        if (alive(pid))
            process.kill(pid, "SIGKILL");
    return stopped;
}
//# sourceMappingURL=local.js.map
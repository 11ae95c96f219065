/**
 * The chaos test: a real cluster of `paxos node` processes on this machine,
 * clients writing and reading through its HTTP API, and a nemesis that kills
 * nodes (SIGKILL, then a restart from their disks), pauses them
 * (SIGSTOP/SIGCONT) and cuts the network between them (through a proxy on
 * every link, `proxy.ts`). In the manner of Jepsen: at the end, the clients'
 * history is checked for linearizability, every key is read once more after
 * the faults are healed (so an acknowledged write that was lost shows up as a
 * non-linearizable read), and the nodes' own logs, merged, are validated
 * against `spec/MultiPaxos.tla`.
 *
 * The nemesis keeps at most a minority of the nodes faulty at a time (a
 * majority must be up for the service to make progress at all; safety does
 * not depend on it). Every random choice (operations, keys, which fault,
 * which node, when) comes from one seed, printed; the processes' timing does
 * not, so two runs with one seed differ in their interleaving.
 *
 * @module
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { specFile } from "../cli/paths.js";
import { checkLinearizable } from "../check/linearizability.js";
import { Random } from "../sim/random.js";
import { validateNodeLogs } from "../trace/merge.js";
import { formatVerdict } from "../tla/trace/validate.js";
import { KvClient } from "./client.js";
import { collectRun } from "./collect.js";
import { localCluster } from "./config.js";
import { alive, checkPorts, clusterFiles, endpointsOf, spawnNode, stopPids, waitForLeader, writeConfig } from "./local.js";
import { LinkProxies } from "./proxy.js";
/** The width of a throughput bucket, in milliseconds. */
export const BUCKET = 500;
/** The nodes' processes, started and restarted by the nemesis. */
class Processes {
    dir;
    config;
    seed;
    pids = new Map();
    constructor(dir, config, seed) {
        this.dir = dir;
        this.config = config;
        this.seed = seed;
    }
    start(node, incarnation) {
        const n = this.config.nodes.find((x) => x.id === node);
        this.pids.set(node, spawnNode(this.dir, n, `${this.seed}/${node}/${incarnation}`, { detached: false }));
    }
    signal(node, sig) {
        const pid = this.pids.get(node);
        if (pid !== undefined && alive(pid))
            process.kill(pid, sig);
    }
    async stopAll() {
        await stopPids(Object.fromEntries(this.pids));
    }
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
/** Runs the chaos test. */
export async function runChaos(o) {
    const say = o.progress ?? (() => undefined);
    const dir = o.dir ?? mkdtempSync(join(tmpdir(), "paxos-chaos-"));
    const random = new Random(o.seed);
    const base = localCluster(o.nodes, o.basePort, { batch: o.batch, timing: { leaderTimeout: 300, heartbeatEvery: 60, resendEvery: 150, retryAfter: 400, catchUpEvery: 200 } });
    await checkPorts(base);
    const { proxies, links } = await LinkProxies.start(base, o.basePort + 200);
    const config = { ...base, links };
    writeConfig(dir, config);
    const procs = new Processes(dir, config, o.seed);
    const incarnations = new Map(config.nodes.map((n) => [n.id, 1]));
    for (const n of config.nodes)
        procs.start(n.id, 1);
    const history = [];
    const faults = [];
    let leader = null;
    let finalReads = 0;
    try {
        leader = await waitForLeader(config, 15_000, say);
        if (leader === null) {
            return { ...emptyReport(o, dir, faults, history), error: "no leader was elected within 15 s" };
        }
        say(`leader ${leader}; workload of ${o.clients} clients for ${o.duration} ms with nemesis ${o.nemesis.join(",") || "none"}`);
        const endpoints = endpointsOf(config);
        const t0 = Date.now();
        const now = () => Date.now() - t0;
        const stamp = t0.toString(36);
        const phase = { running: true };
        const isRunning = () => phase.running;
        // The clients: one request at a time each, on keys k1..kK, a mix of reads, writes, compare-and-sets and appends.
        const clientLoop = async (k) => {
            const rotated = [...endpoints.slice(k % endpoints.length), ...endpoints.slice(0, k % endpoints.length)];
            const client = new KvClient(rotated, `chaos_${stamp}_c${k + 1}`, { deadline: 4000, attemptTimeout: 1500, backoff: 50 });
            const r = new Random(`${o.seed}/client/${k}`);
            while (phase.running) {
                const key = `k${1 + r.int(o.keys)}`;
                const seq = client.lastSeq + 1;
                const value = `c${k + 1}.${seq}`;
                const u = r.next();
                const op = u < 0.4
                    ? { type: "get", key }
                    : u < 0.7
                        ? { type: "put", key, value }
                        : u < 0.85
                            ? { type: "append", key, value: `${value};` }
                            : { type: "cas", key, expected: r.chance(0.5) ? null : `c${k + 1}.${Math.max(1, seq - 1)}`, value };
                const invoke = now();
                const out = await client.run(op);
                history.push({ client: client.id, seq, op, invoke, complete: out.ok ? now() : null, result: out.ok ? out.result : null });
            }
        };
        // The nemesis: a fault, its healing, a pause, the next fault.
        const minority = Math.max(1, Math.floor((o.nodes - 1) / 2));
        const nemesisLoop = async () => {
            if (o.nemesis.length === 0)
                return;
            while (phase.running) {
                await sleep(o.faultEvery * (0.5 + random.next()));
                if (!isRunning())
                    break;
                const kind = random.pick(o.nemesis);
                const ids = config.nodes.map((n) => n.id);
                const victims = [];
                const count = 1 + random.int(minority);
                while (victims.length < count) {
                    const v = random.pick(ids);
                    if (!victims.includes(v))
                        victims.push(v);
                }
                const ev = { kind, nodes: victims, start: now(), end: null };
                faults.push(ev);
                say(`${(ev.start / 1000).toFixed(1)} s: ${kind} ${victims.join(", ")}`);
                if (kind === "kill")
                    for (const v of victims)
                        procs.signal(v, "SIGKILL");
                else if (kind === "pause")
                    for (const v of victims)
                        procs.signal(v, "SIGSTOP");
                else
                    proxies.partition(victims, ids.filter((x) => !victims.includes(x)));
                await sleep(o.faultEvery * (0.5 + random.next()));
                heal(ev);
            }
        };
        const heal = (ev) => {
            if (ev.end !== null)
                return;
            if (ev.kind === "kill")
                for (const v of ev.nodes) {
                    const inc = (incarnations.get(v) ?? 1) + 1;
                    incarnations.set(v, inc);
                    procs.start(v, inc);
                }
            else if (ev.kind === "pause")
                for (const v of ev.nodes)
                    procs.signal(v, "SIGCONT");
            else
                proxies.healAll();
            ev.end = now();
            say(`${(ev.end / 1000).toFixed(1)} s: healed ${ev.kind} of ${ev.nodes.join(", ")}`);
        };
        const clients = Array.from({ length: o.clients }, (_, k) => clientLoop(k));
        const nemesis = nemesisLoop();
        const progress = setInterval(() => say(`${(now() / 1000).toFixed(1)} s: ${history.filter((h) => h.complete !== null).length} operations acknowledged`), 1000);
        await sleep(o.duration);
        phase.running = false;
        clearInterval(progress);
        await nemesis;
        for (const ev of faults)
            heal(ev);
        await Promise.all(clients);
        // Every key read once more, after the faults: an acknowledged write that was lost would make these reads non-linearizable.
        const reader = new KvClient(endpoints, `chaos_${stamp}_final`, { deadline: 15_000, backoff: 100 });
        for (let k = 1; k <= o.keys; k++) {
            const op = { type: "get", key: `k${k}` };
            const invoke = now();
            const out = await reader.run(op);
            history.push({ client: reader.id, seq: reader.lastSeq, op, invoke, complete: out.ok ? now() : null, result: out.ok ? out.result : null });
            if (out.ok)
                finalReads++;
        }
        await sleep(300);
    }
    finally {
        await procs.stopAll();
        await proxies.close();
    }
    say("checking the history for linearizability");
    const linearizable = checkLinearizable(history);
    let collected = null;
    let validation = null;
    if (o.validate) {
        const out = join(dir, "run");
        collected = collectRun(config, clusterFiles(dir).data, out, o.seed);
        say(`validating ${collected.steps} steps of ${collected.files.length} node logs against spec/MultiPaxos.tla`);
        const started = Date.now();
        let v = null;
        let message = "";
        try {
            v = await validateNodeLogs(collected.files.map((file) => ({ file, text: readFileSync(file, "utf8") })), { specFile: specFile("MultiPaxos.tla"), invariants: [], maxTries: 50_000 });
            message = v.ok
                ? `accepted: ${v.steps} steps${v.merge.firstOrderAccepted ? " in clock order" : ` after trying ${v.merge.tried} steps of other orders`}`
                : formatVerdict(v.verdict);
        }
        catch (e) {
            message = e instanceof Error ? e.message : String(e);
        }
        validation = { ok: v?.ok === true, steps: collected.steps, seconds: (Date.now() - started) / 1000, message };
    }
    const acknowledged = history.filter((h) => h.complete !== null);
    const latencies = acknowledged.map((h) => h.complete - h.invoke).sort((a, b) => a - b);
    const buckets = Math.ceil(o.duration / BUCKET);
    const throughput = Array.from({ length: buckets }, () => 0);
    for (const h of acknowledged) {
        const b = Math.floor(h.complete / BUCKET);
        if (b < buckets)
            throughput[b] += 1000 / BUCKET;
    }
    const ok = linearizable.ok && (validation === null || validation.ok);
    const report = {
        seed: o.seed,
        dir,
        nodes: o.nodes,
        clients: o.clients,
        duration: o.duration,
        leader,
        faults,
        operations: { issued: history.length, acknowledged: acknowledged.length, unknown: history.length - acknowledged.length, finalReads },
        throughput,
        latency: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] ?? 0 },
        linearizable,
        collected,
        validation,
        ok,
        history,
    };
    return report;
}
function emptyReport(o, dir, faults, history) {
    return {
        seed: o.seed,
        dir,
        nodes: o.nodes,
        clients: o.clients,
        duration: o.duration,
        leader: null,
        faults,
        operations: { issued: 0, acknowledged: 0, unknown: 0, finalReads: 0 },
        throughput: [],
        latency: { p50: 0, p99: 0, max: 0 },
        linearizable: { ok: true, operations: 0, keys: 0 },
        collected: null,
        validation: null,
        ok: false,
        history,
    };
}
/** Writes the report's files into `dir`: report.json, history.ndjson, timeline.svg. */
export function writeChaosReport(r, dir, svg, historyNdjson) {
    mkdirSync(dir, { recursive: true });
    const { history: _h, ...rest } = r;
    writeFileSync(join(dir, "report.json"), `${JSON.stringify(rest, null, 2)}\n`);
    writeFileSync(join(dir, "history.ndjson"), historyNdjson);
    writeFileSync(join(dir, "timeline.svg"), svg);
}
/** Removes a run's directory (after a run that passed, when it was a temporary one). */
export function removeRun(dir) {
    rmSync(dir, { recursive: true, force: true });
}
//# sourceMappingURL=chaos.js.map
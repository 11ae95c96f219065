/**
 * The real cluster's throughput and latency: `paxos node` processes on this
 * machine, a closed loop of clients writing through the HTTP API (each client
 * one request at a time, a new one as soon as the last is answered), with and
 * without batching, with fsync on, and once with fsync off to show what it
 * costs. Figures only.
 *
 * Usage: node dist/bench/cluster.js [--seconds S] [--clients C]
 *
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KvClient } from "../src/node/client.js";
import { localCluster } from "../src/node/config.js";
import { alive, checkPorts, endpointsOf, spawnNode, waitForLeader, writeConfig } from "../src/node/local.js";
const args = process.argv.slice(2);
const flag = (name, d) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : d;
};
const SECONDS = flag("seconds", 5);
const CLIENTS = flag("clients", 32);
async function run(nodes, batch, fsync, port) {
    const dir = mkdtempSync(join(tmpdir(), "paxos-bench-cluster-"));
    const config = localCluster(nodes, port, { batch });
    await checkPorts(config);
    writeConfig(dir, config);
    const pids = config.nodes.map((n, i) => spawnNode(dir, n, `bench/${i}`, { detached: false, extra: fsync ? [] : ["--no-fsync"] }));
    try {
        if ((await waitForLeader(config, 15_000)) === null)
            throw new Error("no leader");
        const endpoints = endpointsOf(config);
        const latencies = [];
        const warmUntil = Date.now() + 1000;
        const until = warmUntil + SECONDS * 1000;
        const loop = async (k) => {
            const c = new KvClient([endpoints[k % endpoints.length], ...endpoints], `b${k}_${Date.now().toString(36)}`, { deadline: 5000 });
            for (let i = 0; Date.now() < until; i++) {
                const t = performance.now();
                const out = await c.run({ type: "put", key: `k${(k * 7 + i) % 100}`, value: `v${k}.${i}` });
                if (out.ok && Date.now() > warmUntil && Date.now() <= until)
                    latencies.push(performance.now() - t);
            }
        };
        await Promise.all(Array.from({ length: CLIENTS }, (_, k) => loop(k)));
        latencies.sort((a, b) => a - b);
        const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
        return { nodes, batch, fsync, ops: latencies.length, perSecond: latencies.length / SECONDS, p50: pct(50), p99: pct(99) };
    }
    finally {
        for (const pid of pids)
            if (alive(pid))
                process.kill(pid, "SIGKILL");
        rmSync(dir, { recursive: true, force: true });
    }
}
console.log(`Local cluster, every node acceptor + proposer + replica; ${CLIENTS} clients in a closed loop of puts, ${SECONDS} s measured after 1 s of warm-up.\n`);
console.log("| nodes | batch | fsync | operations/s | p50 ms | p99 ms |");
console.log("|---|---|---|---|---|---|");
let port = 21_000 + Math.floor(Math.random() * 100) * 100;
for (const [nodes, batch, fsync] of [
    [3, 1, true],
    [3, 16, true],
    [5, 1, true],
    [5, 16, true],
    [3, 16, false],
]) {
    const r = await run(nodes, batch, fsync, (port += 1000));
    console.log(`| ${r.nodes} | ${r.batch} | ${r.fsync ? "on" : "off"} | ${Math.round(r.perSecond).toLocaleString("en-US")} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`);
}
//# sourceMappingURL=cluster.js.map
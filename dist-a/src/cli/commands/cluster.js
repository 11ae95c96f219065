/**
 * `paxos cluster up|down|status|collect`: a local cluster of `paxos node`
 * processes.
 *
 * @module
 */
import { randomInt } from "node:crypto";
import { existsSync } from "node:fs";
import { parseArgs, UsageError } from "../args.js";
import { ProgressReporter } from "../progress.js";
import { ClusterConfigError, localCluster } from "../../node/config.js";
import { alive, checkPorts, clusterFiles, configOf, endpointsOf, PortInUseError, readPids, spawnNode, statusOf, stopProcesses, waitForLeader, writeConfig, writePids, } from "../../node/local.js";
import { collectRun } from "../../node/collect.js";
const DEFAULT_DIR = ".paxos-cluster";
const HELP = `Usage: paxos cluster <up|down|status|collect> [options]

A local Multi-Paxos cluster: each node a 'paxos node' process playing
acceptor, proposer and replica, with its data directory, serving the
key-value HTTP API (see 'paxos node --help').

  up        write DIR/cluster.json (unless it exists), start every node that
            is not running (all of them for a new cluster; a node killed
            comes back from its data directory), and wait until a leader is
            elected; prints the HTTP endpoints
  down      stop the nodes (SIGTERM, then SIGKILL); the data stays
  status    each node's roles, leader and executed prefix
  collect   turn the nodes' step files into per-node logs for
            'paxos validate' (written to DIR/run unless -o)

Options:
  --dir DIR       the cluster's directory (default ${DEFAULT_DIR})
  --nodes N       nodes, for a new configuration (default 3)
  --port P        first protocol port, for a new configuration (default 7100;
                  HTTP ports from P+100)
  --batch N       commands per slot at most, for a new configuration (default 16)
  --seed S        seed of the nodes' timers (default: random, printed)
  --wait MS       how long 'up' waits for a leader (default 10000)
  -o, --out DIR   where 'collect' writes the logs
  --json          machine-readable output

Exit status: 0 ok, 1 no leader elected in time, 2 bad input (a port in use,
a bad configuration, no cluster in DIR).`;
export const command = {
    summary: "start, stop and inspect a local cluster of real processes",
    help: HELP,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, {
            dir: { type: "string" },
            nodes: { type: "integer" },
            port: { type: "integer" },
            batch: { type: "integer" },
            seed: { type: "string" },
            wait: { type: "integer" },
            out: { type: "string", short: "o" },
            json: { type: "boolean" },
        });
        const [sub, ...rest] = positionals;
        if (rest.length > 0)
            throw new UsageError(`unexpected argument '${rest[0]}'`);
        const dir = flags.dir ?? DEFAULT_DIR;
        const json = flags.json === true;
        const config = () => {
            if (!existsSync(clusterFiles(dir).config))
                throw new UsageError(`no cluster in ${dir} (${clusterFiles(dir).config} is missing): run 'paxos cluster up' first`);
            try {
                return configOf(dir);
            }
            catch (e) {
                if (e instanceof ClusterConfigError)
                    throw new UsageError(e.message);
                throw e;
            }
        };
        switch (sub) {
            case "up": {
                const before = readPids(dir);
                const running = new Set(Object.entries(before)
                    .filter(([, pid]) => alive(pid))
                    .map(([n]) => n));
                let c;
                if (existsSync(clusterFiles(dir).config)) {
                    if (flags.nodes !== undefined || flags.port !== undefined || flags.batch !== undefined)
                        throw new UsageError(`${clusterFiles(dir).config} exists: --nodes, --port and --batch apply to a new cluster only (remove ${dir} to start afresh)`);
                    c = config();
                }
                else {
                    const n = flags.nodes ?? 3;
                    if (n < 1 || n > 16)
                        throw new UsageError(`option '--nodes' must be from 1 to 16, got ${n}`);
                    const port = flags.port ?? 7100;
                    if (port < 1024 || port + 100 + n > 65535)
                        throw new UsageError(`option '--port' must leave room for ${n} protocol and HTTP ports between 1024 and 65535, got ${port}`);
                    const batch = flags.batch ?? 16;
                    if (batch < 1)
                        throw new UsageError(`option '--batch' must be at least 1, got ${batch}`);
                    c = localCluster(n, port, { batch });
                }
                // The nodes that are down start (all of them for a new cluster); the others keep running.
                const starting = c.nodes.filter((n) => !running.has(n.id));
                if (starting.length === 0)
                    throw new UsageError(`every node of the cluster in ${dir} is already running ('paxos cluster status')`);
                try {
                    await checkPorts({ ...c, nodes: starting });
                }
                catch (e) {
                    if (e instanceof PortInUseError)
                        throw new UsageError(e.message);
                    throw e;
                }
                if (!existsSync(clusterFiles(dir).config))
                    writeConfig(dir, c);
                const seed = flags.seed ?? String(randomInt(1, 2 ** 31));
                const pids = Object.fromEntries(Object.entries(before).filter(([n]) => running.has(n)));
                c.nodes.forEach((n, i) => {
                    if (!running.has(n.id))
                        pids[n.id] = spawnNode(dir, n, `${seed}/${i + 1}`, { detached: true });
                });
                writePids(dir, pids);
                if (running.size > 0 && !json)
                    console.log(`starting ${starting.map((n) => n.id).join(", ")} (${[...running].join(", ")} already running)`);
                const progress = new ProgressReporter({ intervalMs: 200 });
                const leader = await waitForLeader(c, flags.wait ?? 10_000, (line) => progress.message(line));
                progress.finish();
                const endpoints = endpointsOf(c);
                if (json)
                    console.log(JSON.stringify({ dir, seed, pids, leader, endpoints }, null, 2));
                else {
                    console.log(`cluster of ${c.nodes.length} nodes in ${dir} (seed ${seed}); ${leader === null ? "no leader elected yet" : `leader ${leader}`}`);
                    for (const n of c.nodes)
                        console.log(`  ${n.id}  pid ${pids[n.id]}  ${n.http === null ? "" : `http://${n.host}:${n.http}`}  log ${clusterFiles(dir).log(n.id)}`);
                    console.log(`try: paxos kv put greeting hello --cluster ${dir}`);
                }
                return leader === null ? 1 : 0;
            }
            case "down": {
                if (!existsSync(clusterFiles(dir).pids))
                    throw new UsageError(`no running cluster in ${dir} (${clusterFiles(dir).pids} is missing)`);
                const stopped = await stopProcesses(dir);
                if (json)
                    console.log(JSON.stringify({ dir, stopped }));
                else
                    console.log(`stopped ${stopped.length === 0 ? "nothing (no node was running)" : stopped.join(", ")}; data kept in ${dir}/data`);
                return 0;
            }
            case "status": {
                const c = config();
                const pids = readPids(dir);
                const rows = await Promise.all(c.nodes.map(async (n) => ({
                    node: n.id,
                    pid: pids[n.id] ?? null,
                    running: pids[n.id] !== undefined && alive(pids[n.id]),
                    status: n.http === null ? null : await statusOf(`http://${n.host}:${n.http}`),
                })));
                if (json)
                    console.log(JSON.stringify(rows, null, 2));
                else
                    for (const r of rows)
                        console.log(`${r.node}  ${r.running ? `pid ${r.pid}` : "not running"}  ${r.status === null ? "" : `leader ${r.status.leader ?? "none"}, ballot ${r.status.ballot ?? "-"}, executed ${r.status.executed ?? "-"}`}`);
                return 0;
            }
            case "collect": {
                const c = config();
                const out = flags.out ?? `${dir}/run`;
                const got = collectRun(c, clusterFiles(dir).data, out);
                if (json)
                    console.log(JSON.stringify(got, null, 2));
                else {
                    console.log(`${got.files.length} per-node logs in ${out}: ${got.steps} steps, ${got.commands} commands, ${got.slots} slots, ${got.ballots} ballots${got.resends > 0 ? `, ${got.resends} requests issued again` : ""}`);
                    console.log(`validate: paxos validate ${out}/*.ndjson`);
                }
                return 0;
            }
            case undefined:
                throw new UsageError("a subcommand is needed: up, down, status or collect");
            default:
                throw new UsageError(`unknown subcommand '${sub}' (up, down, status or collect)`);
        }
    },
};
//# sourceMappingURL=cluster.js.map
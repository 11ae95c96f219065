/**
 * `paxos node`: runs one process of a real cluster.
 *
 * @module
 */
import { randomInt } from "node:crypto";
import { atLeast, parseArgs, UsageError } from "../args.js";
import { ClusterConfigError, readClusterConfig } from "../../node/config.js";
import { DataDirInUseError, startNode } from "../../node/process.js";
import { ListenError } from "../../node/transport.js";
import { StorageError } from "../../node/storage.js";
const HELP = `Usage: paxos node --id ID --config cluster.json --data DIR [options]

Runs one process of a Multi-Paxos cluster over TCP: the acceptor, proposer
and replica the configuration gives node ID, with their stable storage in DIR
(a write-ahead log and snapshots, fsynced before any message that reveals
them is sent), and, if the node has an HTTP port, the client API:

  GET  /kv/KEY              read (through the log: linearizable)
  PUT  /kv/KEY              write the body
  POST /kv/KEY/cas          {"expected": "old" or null, "value": "new"}
  POST /kv/KEY/append       append the body
  GET  /status              roles, leader, executed prefix, counts

Headers Client-Id and Request-Seq make a request safe to retry: it is
executed once. 503 with Retry-After when no leader is known or no answer
came in time. A node that ran before restarts from its storage; a torn last
record is cut off, a corrupt one before the end refuses the start.
SIGTERM or SIGINT stop it.

Options:
  --id ID             the node, as the configuration names it
  --config FILE       the cluster configuration (docs/cluster.md)
  --data DIR          the node's data directory (made if absent)
  --seed S            the seed of the timers' random part (default: a random one, printed)
  --timeout MS        how long an HTTP request waits for its answer (default 3000)
  --no-fsync          do not fsync (only to measure what fsync costs: unsafe)

Exit status: 0 stopped, 1 stable storage failed while running (restart it: it
recovers from what is on disk), 2 bad input (configuration, port in use,
corrupt storage).`;
export const command = {
    summary: "run one process of a real cluster (TCP, disk, HTTP API)",
    help: HELP,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, {
            id: { type: "string" },
            config: { type: "string" },
            data: { type: "string" },
            seed: { type: "string" },
            timeout: { type: "integer" },
            fsync: { type: "boolean", negatable: true },
        });
        if (positionals.length > 0)
            throw new UsageError(`unexpected argument '${positionals[0]}'`);
        if (flags.id === undefined)
            throw new UsageError("--id is needed");
        if (flags.config === undefined)
            throw new UsageError("--config is needed");
        if (flags.data === undefined)
            throw new UsageError("--data is needed");
        const timeout = atLeast("timeout", flags.timeout, 1) ?? 3000;
        let config;
        try {
            config = readClusterConfig(flags.config);
        }
        catch (e) {
            if (e instanceof ClusterConfigError)
                throw new UsageError(e.message);
            throw e;
        }
        const self = config.nodes.find((n) => n.id === flags.id);
        if (self === undefined)
            throw new UsageError(`--id: ${flags.config} has no node '${flags.id}' (it has ${config.nodes.map((n) => n.id).join(", ")})`);
        const seed = flags.seed ?? String(randomInt(1, 2 ** 31));
        const say = (line) => console.log(`[${new Date().toISOString()}] ${self.id}: ${line}`);
        say(`seed ${seed}; protocol on ${self.host}:${self.port}${self.http === null ? "" : `, HTTP on ${self.host}:${self.http}`}; data in ${flags.data}`);
        let node;
        try {
            node = await startNode({
                config,
                self,
                dataDir: flags.data,
                seed,
                requestTimeout: timeout,
                fsync: flags.fsync !== false,
                log: say,
                // Stable storage failed: exit, as a crash would; the next start recovers from the disk.
                onFatal: () => process.exit(1),
            });
        }
        catch (e) {
            if (e instanceof ListenError || e instanceof StorageError || e instanceof DataDirInUseError)
                throw new UsageError(e.message);
            throw e;
        }
        const running = node;
        await new Promise((done) => {
            const stop = () => {
                say("stopping");
                void running.stop().then(done);
            };
            process.once("SIGTERM", stop);
            process.once("SIGINT", stop);
        });
        return 0;
    },
};
//# sourceMappingURL=node.js.map
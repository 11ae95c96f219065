/**
 * `paxos kv get|put|cas|append`: a client of a cluster's HTTP API.
 *
 * @module
 */
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, UsageError } from "../args.js";
import { ClusterConfigError, readClusterConfig } from "../../node/config.js";
import { endpointsOf } from "../../node/local.js";
import { KvClient } from "../../node/client.js";
import { CLIENT_ID } from "../../node/gateway.js";
import { resultText } from "../../smr/kv.js";
const HELP = `Usage: paxos kv <get KEY | put KEY VALUE | cas KEY EXPECTED VALUE | append KEY SUFFIX> --cluster C [options]

Sends one request to a cluster's HTTP API and prints its result. The request
is retried on the next node while a node is down, has no leader, or does not
answer in time, with the same Client-Id and Request-Seq, so it is executed
once. For cas, EXPECTED '-' means the key must be absent.

Options:
  --cluster C       a cluster directory (as 'paxos cluster up' made), a cluster.json,
                    or endpoints http://host:port,http://host:port
  --client ID       the client's name (default: a fresh one); with --seq, a retry
                    of a request made before
  --seq N           the request number (default 1)
  --deadline MS     give up after this long (default 20000)
  --json            print the result as JSON

Exit status: 0 answered, 1 not answered before the deadline, 2 bad input.`;
/** The HTTP endpoints a --cluster value names. */
function endpointsFrom(text) {
    if (/^https?:\/\//.test(text)) {
        const list = text.split(",").map((s) => s.trim().replace(/\/$/, ""));
        for (const e of list)
            if (!/^https?:\/\/[^/\s]+$/.test(e))
                throw new UsageError(`option '--cluster': '${e}' is not an endpoint http://host:port`);
        return list;
    }
    const file = existsSync(text) && statSync(text).isDirectory() ? join(text, "cluster.json") : text;
    try {
        const endpoints = endpointsOf(readClusterConfig(file));
        if (endpoints.length === 0)
            throw new UsageError(`option '--cluster': ${file} has no node with an HTTP port`);
        return endpoints;
    }
    catch (e) {
        if (e instanceof ClusterConfigError)
            throw new UsageError(`option '--cluster': ${e.message}`);
        throw e;
    }
}
export const command = {
    summary: "read and write keys of a running cluster",
    help: HELP,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, {
            cluster: { type: "string" },
            client: { type: "string" },
            seq: { type: "integer" },
            deadline: { type: "integer" },
            json: { type: "boolean" },
        });
        const [verb, key, ...args] = positionals;
        const arity = { get: 0, put: 1, append: 1, cas: 2 };
        if (verb === undefined || arity[verb] === undefined)
            throw new UsageError(`a request is needed: get, put, cas or append${verb === undefined ? "" : `, got '${verb}'`}`);
        if (key === undefined || key === "")
            throw new UsageError(`${verb} needs a key`);
        if (args.length !== arity[verb])
            throw new UsageError(`${verb} takes ${arity[verb] === 0 ? "a key only" : `a key and ${arity[verb]} value${arity[verb] === 1 ? "" : "s"}`}, got ${args.length} after the key`);
        const op = verb === "get"
            ? { type: "get", key }
            : verb === "put"
                ? { type: "put", key, value: args[0] }
                : verb === "append"
                    ? { type: "append", key, value: args[0] }
                    : { type: "cas", key, expected: args[0] === "-" ? null : args[0], value: args[1] };
        if (flags.cluster === undefined)
            throw new UsageError("--cluster is needed (a cluster directory, a cluster.json, or http://host:port endpoints)");
        const endpoints = endpointsFrom(flags.cluster);
        const id = flags.client ?? `kv_${randomBytes(6).toString("hex")}`;
        if (!CLIENT_ID.test(id))
            throw new UsageError(`option '--client' must be 1 to 64 letters, digits, '_' or '-', got '${id}'`);
        const seq = flags.seq ?? 1;
        if (seq < 1)
            throw new UsageError(`option '--seq' must be at least 1, got ${seq}`);
        const deadline = flags.deadline ?? 20_000;
        if (deadline < 1)
            throw new UsageError(`option '--deadline' must be at least 1, got ${deadline}`);
        const client = new KvClient(endpoints, id, { deadline }, seq - 1);
        const out = await client.run(op);
        if (flags.json === true)
            console.log(JSON.stringify({ client: id, seq, ...out }));
        else if (out.ok)
            console.log(resultText(out.result));
        else
            console.error(`paxos kv: not answered: ${out.reason} (retry with --client ${id} --seq ${seq}: it is executed once)`);
        return out.ok ? 0 : 1;
    },
};
//# sourceMappingURL=kv.js.map
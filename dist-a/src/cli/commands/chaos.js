/**
 * `paxos chaos`: a real cluster under a nemesis, its history and its logs checked.
 *
 * @module
 */
import { randomInt } from "node:crypto";
import { join } from "node:path";
import { parseArgs, UsageError } from "../args.js";
import { historyToNdjson } from "../../check/history.js";
import { renderChaosTimeline } from "../../draw/chaosTimeline.js";
import { removeRun, runChaos, writeChaosReport } from "../../node/chaos.js";
import { PortInUseError } from "../../node/local.js";
import { ListenError } from "../../node/transport.js";
import { ProgressReporter } from "../progress.js";
const HELP = `Usage: paxos chaos [options]

Starts a local cluster of 'paxos node' processes, runs clients against its
HTTP API, and meanwhile kills nodes (SIGKILL, then restarts them from their
disks), pauses them (SIGSTOP, SIGCONT) and partitions them (through a proxy
on every link). Then it checks that the clients' history is linearizable
(with a final read of every key, so a lost acknowledged write shows), and
merges the nodes' own logs and validates them against spec/MultiPaxos.tla.
Writes report.json, history.ndjson and timeline.svg.

Options:
  --nodes N           nodes (default 3)
  --clients N         clients, one request at a time each (default 4)
  --duration T        how long the workload runs: 10s, 500ms, 2m (default 10s)
  --nemesis LIST      faults among kill,pause,partition, or none (default kill,pause,partition)
  --fault-every T     mean time a fault lasts and between faults (default 1500ms)
  --keys N            keys k1..kN (default 5)
  --batch N           commands per slot at most (default 16)
  --port P            first port used (default: from the seed, 20000..50000)
  --seed S            the seed (default: a random one, printed)
  --no-validate       do not validate the nodes' logs against the spec
  --dir DIR           keep the cluster's files in DIR (default: a temporary
                      directory, removed when the run passes)
  -o, --out DIR       where the report goes (default: the cluster's directory)
  --json              print the report as JSON

Exit status: 0 the history is linearizable and the logs are accepted, 1 not,
2 bad input.`;
/** Reads a duration: `10s`, `500ms`, `2m`, or milliseconds. */
export function parseDuration(flag, text) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
    if (m === null)
        throw new UsageError(`option '--${flag}' must be a duration such as 10s, 500ms or 2m, got '${text}'`);
    const n = Number(m[1]) * (m[2] === "m" ? 60_000 : m[2] === "s" ? 1000 : 1);
    if (!(n >= 1))
        throw new UsageError(`option '--${flag}' must be at least 1ms, got '${text}'`);
    return Math.round(n);
}
function parseNemesis(text) {
    if (text === "none")
        return [];
    const kinds = text.split(",").map((s) => s.trim());
    for (const k of kinds)
        if (k !== "kill" && k !== "pause" && k !== "partition")
            throw new UsageError(`option '--nemesis' takes kill, pause, partition (comma-separated) or none, got '${k}'`);
    return [...new Set(kinds)];
}
/** The report in words. */
export function chaosText(r) {
    const lines = [
        `chaos: ${r.nodes} nodes, ${r.clients} clients, ${(r.duration / 1000).toFixed(1)} s, seed ${r.seed}${r.leader === null ? "" : `, first leader ${r.leader}`}`,
        `  faults: ${r.faults.length === 0 ? "none" : r.faults.map((f) => `${f.kind} ${f.nodes.join("+")} at ${(f.start / 1000).toFixed(1)} s for ${(((f.end ?? f.start) - f.start) / 1000).toFixed(1)} s`).join("; ")}`,
        `  operations: ${r.operations.issued} issued, ${r.operations.acknowledged} acknowledged, ${r.operations.unknown} unknown (not answered: may or may not have taken effect); final reads ${r.operations.finalReads}`,
        `  latency: p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`,
        `  linearizable: ${r.linearizable.ok ? `yes (${r.linearizable.operations} operations on ${r.linearizable.keys} keys)` : `NO: ${r.linearizable.explanation}`}`,
    ];
    if (r.validation !== null)
        lines.push(`  spec: ${r.validation.ok ? "" : "REJECTED: "}${r.validation.message} (${r.validation.seconds.toFixed(1)} s)`);
    if (r.error !== undefined)
        lines.push(`  error: ${r.error}`);
    lines.push(`  verdict: ${r.ok ? "passed" : "FAILED"}`);
    return lines.join("\n");
}
export const command = {
    summary: "kill, pause and partition a real cluster under load; check what it answered",
    help: HELP,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, {
            nodes: { type: "integer" },
            clients: { type: "integer" },
            duration: { type: "string" },
            nemesis: { type: "string" },
            "fault-every": { type: "string" },
            keys: { type: "integer" },
            batch: { type: "integer" },
            port: { type: "integer" },
            seed: { type: "string" },
            validate: { type: "boolean", negatable: true },
            dir: { type: "string" },
            out: { type: "string", short: "o" },
            json: { type: "boolean" },
        });
        if (positionals.length > 0)
            throw new UsageError(`unexpected argument '${positionals[0]}'`);
        const nodes = flags.nodes ?? 3;
        if (nodes < 1 || nodes > 9)
            throw new UsageError(`option '--nodes' must be from 1 to 9, got ${nodes}`);
        const clients = flags.clients ?? 4;
        if (clients < 1 || clients > 1000)
            throw new UsageError(`option '--clients' must be from 1 to 1000, got ${clients}`);
        const keys = flags.keys ?? 5;
        if (keys < 1)
            throw new UsageError(`option '--keys' must be at least 1, got ${keys}`);
        const batch = flags.batch ?? 16;
        if (batch < 1)
            throw new UsageError(`option '--batch' must be at least 1, got ${batch}`);
        const seed = flags.seed ?? String(randomInt(1, 2 ** 31));
        const port = flags.port ?? 20_000 + (Math.abs([...seed].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, 7)) % 3000) * 10;
        if (port < 1024 || port + 200 + nodes * nodes > 65535)
            throw new UsageError(`option '--port' must leave room for ${200 + nodes * nodes} ports between 1024 and 65535, got ${port}`);
        const progress = new ProgressReporter({ intervalMs: 0 });
        if (!flags.json)
            console.error(`paxos chaos: seed ${seed}`);
        let report;
        try {
            report = await runChaos({
                nodes,
                clients,
                duration: parseDuration("duration", flags.duration ?? "10s"),
                nemesis: parseNemesis(flags.nemesis ?? "kill,pause,partition"),
                faultEvery: parseDuration("fault-every", flags["fault-every"] ?? "1500ms"),
                keys,
                batch,
                basePort: port,
                seed,
                validate: flags.validate !== false,
                ...(flags.dir === undefined ? {} : { dir: flags.dir }),
                progress: (line) => progress.message(line),
            });
        }
        catch (e) {
            progress.finish();
            if (e instanceof PortInUseError || e instanceof ListenError)
                throw new UsageError(e.message);
            throw e;
        }
        progress.finish();
        const out = flags.out ?? report.dir;
        const svg = renderChaosTimeline(report, Array.from({ length: nodes }, (_, i) => `n${i + 1}`));
        const keep = flags.dir !== undefined || flags.out !== undefined || !report.ok;
        writeChaosReport(report, out, svg, historyToNdjson(report.history));
        if (flags.json) {
            const { history: _h, ...rest } = report;
            console.log(JSON.stringify(rest, null, 2));
        }
        else {
            console.log(chaosText(report));
            if (keep)
                console.log(`  files: ${join(out, "report.json")}, ${join(out, "history.ndjson")}, ${join(out, "timeline.svg")}${report.collected === null ? "" : `, node logs in ${join(report.dir, "run")}`}`);
        }
        if (!keep)
            removeRun(report.dir);
        return report.ok ? 0 : 1;
    },
};
//# sourceMappingURL=chaos.js.map
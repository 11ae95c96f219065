/**
 * `paxos simulate`: run one seeded simulation, write its trace, print a summary.
 *
 * @module
 */
import { randomInt } from "node:crypto";
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { atLeast, oneOf, parseArgs, probability, UsageError } from "../args.js";
import { QuorumSystemError } from "../../paxos/index.js";
import { DEFAULT_OPTIONS, Simulation, SimulationOptionsError } from "../../cluster/index.js";
import { TraceRecorder } from "../../trace/index.js";
import { ItfTraceWriter } from "../../trace/itfTrace.js";
import { command as smr } from "./smr.js";
const HELP = `Usage: paxos simulate [--protocol paxos|multipaxos] [options]

Runs one deterministic simulation of Paxos and writes its trace (ndjson,
format paxos-tla-trace/1). The same seed and options give the same trace,
byte for byte.

--protocol multipaxos runs the replicated key-value store on Multi-Paxos
instead, with the options of paxos smr (see paxos smr --help).

Cluster:
  --acceptors N       acceptors (default 3, or one per weight)
  --proposers N       proposers (default 1)
  --learners N        learners (default 1)
  --clients N         clients, one value each (default: one per proposer)
  --quorum Q          majority (default) | weights:3,1,1,1 | sets:a1+a2,a2+a3,a1+a3
Faults:
  --loss P            probability a message is lost (default 0)
  --dup P             probability a message is delivered twice (default 0)
  --crash P           probability per step that an acceptor or proposer crashes (default 0)
  --partition P       probability per step that the network splits in two (default 0)
  --delay MIN..MAX    message delay range in time units (default 1..5)
  --no-backoff        retry without exponential backoff
Run:
  --seed S            the seed (default: a random one, printed)
  --steps N           scheduler step budget (default ${DEFAULT_OPTIONS.maxSteps})
  --ballots N         ballots per proposer (default ${DEFAULT_OPTIONS.ballotsPerProposer})
  --out FILE          trace file (default out/trace-<seed>.ndjson)
  --mode M            state (default): steps carry the spec state | events: actions only
  --format F          ndjson (default) | itf: an ITF trace (.itf.json, state mode)
  --json              print the summary as JSON`;
/** The protocols `paxos simulate` runs. */
const PROTOCOLS = ["paxos", "multipaxos"];
/** Takes `--protocol P` (or `--protocol=P`) out of the arguments; Paxos when absent. */
function takeProtocol(argv) {
    const rest = [];
    let protocol;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === "--") {
            rest.push(...argv.slice(i));
            break;
        }
        if (a === "--protocol" || a.startsWith("--protocol=")) {
            const value = a === "--protocol" ? argv[++i] : a.slice("--protocol=".length);
            if (value === undefined)
                throw new UsageError("option '--protocol' needs a value: paxos or multipaxos");
            protocol = value;
        }
        else
            rest.push(a);
    }
    protocol ??= "paxos";
    if (protocol !== "paxos" && protocol !== "multipaxos")
        throw new UsageError(`option '--protocol' must be paxos or multipaxos, got '${protocol}'`);
    return { protocol, rest };
}
/** Parses `--quorum`. */
export function parseQuorum(text) {
    if (text === "majority")
        return { kind: "majority" };
    if (text.startsWith("weights:")) {
        const parts = text.slice("weights:".length).split(",");
        const weights = parts.map((w) => {
            if (!/^\d+$/.test(w.trim()))
                throw new UsageError(`option '--quorum': weights must be whole numbers, got '${w}'`);
            return Number(w);
        });
        return { kind: "weighted", weights };
    }
    if (text.startsWith("sets:")) {
        const sets = text
            .slice("sets:".length)
            .split(",")
            .map((s) => s.split("+").map((a) => a.trim()));
        if (sets.some((s) => s.some((a) => !/^a\d+$/.test(a))))
            throw new UsageError(`option '--quorum': sets are acceptor names joined by '+', e.g. sets:a1+a2,a2+a3, got '${text}'`);
        return { kind: "explicit", sets };
    }
    throw new UsageError(`option '--quorum' must be majority, weights:W,W,... or sets:a1+a2,..., got '${text}'`);
}
function parseDelay(text) {
    const m = /^(\d+(?:\.\d+)?)\.\.(\d+(?:\.\d+)?)$/.exec(text);
    if (!m || Number(m[1]) <= 0 || Number(m[2]) < Number(m[1]))
        throw new UsageError(`option '--delay' must be MIN..MAX with 0 < MIN <= MAX, got '${text}'`);
    return { min: Number(m[1]), max: Number(m[2]) };
}
/** Writes lines to a file through a buffer, so long traces are not held in memory. */
class FileLines {
    path;
    fd;
    buffer = [];
    size = 0;
    lines = 0;
    constructor(path) {
        this.path = path;
    }
    write(line) {
        if (this.fd === undefined) {
            mkdirSync(dirname(this.path), { recursive: true });
            this.fd = openSync(this.path, "w");
        }
        this.buffer.push(line, "\n");
        this.size += line.length + 1;
        this.lines++;
        if (this.size > 1 << 16)
            this.flush();
    }
    flush() {
        if (this.buffer.length > 0 && this.fd !== undefined)
            writeSync(this.fd, this.buffer.join(""));
        this.buffer = [];
        this.size = 0;
    }
    close() {
        this.flush();
        if (this.fd !== undefined)
            closeSync(this.fd);
    }
}
function summary(r, out, mode, lines, learners) {
    const m = r.messages;
    const decided = r.decided ? `decided ${r.value ?? Object.values(r.learned).flat().join(" and ")} (all ${learners} learner${learners === 1 ? "" : "s"})` : "no decision";
    const time = r.decision ? `${r.decision.time} (${r.latency} after the first Phase1a)` : `${r.time}`;
    return [
        `seed ${r.seed}: ${decided}`,
        `steps ${r.decision?.steps ?? r.steps} (${r.decision?.specSteps ?? r.specSteps} spec actions), simulated time ${time}`,
        `messages 1a ${m["1a"]}, 1b ${m["1b"]}, 2a ${m["2a"]}, 2b ${m["2b"]}, request ${m.request}, decision ${m.decision}; dropped ${r.dropped}, duplicated ${r.duplicated}`,
        `ballots ${r.ballots.join(", ") || "none"} (${r.ballots.length} tried); crashes ${r.crashes}, partitions ${r.partitions}`,
        `trace ${out} (${mode} mode, ${lines} lines)`,
    ].join("\n");
}
export const command = {
    summary: "run a seeded simulation and record its trace",
    help: HELP,
    async run(argv) {
        const { protocol, rest } = takeProtocol(argv);
        if (protocol === "multipaxos")
            return smr.run(rest);
        const { flags, positionals } = parseArgs(rest, {
            acceptors: { type: "integer" },
            proposers: { type: "integer" },
            learners: { type: "integer" },
            clients: { type: "integer" },
            quorum: { type: "string" },
            loss: { type: "number" },
            dup: { type: "number" },
            crash: { type: "number" },
            partition: { type: "number" },
            delay: { type: "string" },
            backoff: { type: "boolean", negatable: true },
            seed: { type: "string" },
            steps: { type: "integer" },
            ballots: { type: "integer" },
            out: { type: "string" },
            mode: { type: "string" },
            format: { type: "string" },
            json: { type: "boolean" },
        });
        if (positionals.length > 0)
            throw new UsageError(`unexpected argument '${positionals[0]}'`);
        const mode = oneOf("mode", flags["mode"], ["state", "events"], "state");
        const format = oneOf("format", flags["format"], ["ndjson", "itf"], "ndjson");
        if (format === "itf" && mode !== "state")
            throw new UsageError("an ITF trace carries the states: '--format itf' needs '--mode state'");
        const quorum = parseQuorum(flags["quorum"] ?? "majority");
        const seed = flags["seed"] ?? String(randomInt(1, 2 ** 31));
        const options = {
            seed,
            acceptors: atLeast("acceptors", flags["acceptors"], 1) ?? (quorum.kind === "weighted" ? quorum.weights.length : undefined),
            proposers: atLeast("proposers", flags["proposers"], 1),
            learners: atLeast("learners", flags["learners"], 1),
            clients: atLeast("clients", flags["clients"], 1),
            quorum,
            loss: probability("loss", flags["loss"], 0),
            duplicate: probability("dup", flags["dup"], 0),
            crash: probability("crash", flags["crash"], 0),
            partition: probability("partition", flags["partition"], 0),
            delay: flags["delay"] === undefined ? undefined : parseDelay(flags["delay"]),
            retry: { ...DEFAULT_OPTIONS.retry, backoff: flags["backoff"] !== false },
            maxSteps: atLeast("steps", flags["steps"], 1),
            ballotsPerProposer: atLeast("ballots", flags["ballots"], 1),
        };
        const out = flags["out"] ?? `out/trace-${seed.replace(/[^A-Za-z0-9._-]/g, "_")}.${format === "itf" ? "itf.json" : "ndjson"}`;
        const file = new FileLines(out);
        const itf = format === "itf" ? new ItfTraceWriter((l) => file.write(l)) : undefined;
        let sim;
        try {
            sim = new Simulation(options, new TraceRecorder(itf ? (l) => itf.line(l) : (l) => file.write(l), { mode, ...(itf ? { events: false } : {}) }));
        }
        catch (e) {
            if (e instanceof SimulationOptionsError || e instanceof QuorumSystemError)
                throw new UsageError(e.message);
            throw e;
        }
        let result;
        try {
            result = sim.run();
            itf?.end();
        }
        finally {
            file.close();
        }
        if (flags["json"] === true)
            console.log(JSON.stringify({ ...result, trace: out, mode, lines: file.lines }, null, 2));
        else
            console.log(summary(result, out, mode, file.lines, sim.learnerIds.length));
        return 0;
    },
};
//# sourceMappingURL=simulate.js.map
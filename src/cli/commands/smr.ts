/**
 * `paxos smr`: the replicated key-value store on Multi-Paxos, simulated under
 * faults; its clients' history checked for linearizability and its trace
 * validated against spec/MultiPaxos.tla.
 *
 * @module
 */
import { randomInt } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { atLeast, oneOf, parseArgs, probability, UsageError } from "../args.js";
import type { Command } from "../command.js";
import { specFile } from "../paths.js";
import { QuorumSystemError } from "../../paxos/index.js";
import { DEFAULT_SMR_OPTIONS, observeAllSmr, SimulationOptionsError, SmrSimulation } from "../../cluster/index.js";
import { renderSmrLogSvg, SmrLogRecorder } from "../../draw/smrLog.js";
import type { SmrOptions, SmrResult } from "../../cluster/index.js";
import { checkLinearizable } from "../../check/linearizability.js";
import { historyToNdjson } from "../../check/history.js";
import { SmrTraceRecorder } from "../../trace/smrRecorder.js";
import { toNdjson } from "../../trace/index.js";
import { SMR_INVARIANTS, validateTraceSource } from "../../trace/validate.js";
import { formatVerdict } from "../../tla/trace/validate.js";
import { parseQuorum } from "./simulate.js";

/** Above this many spec steps the trace is not validated (the recorder keeps the run in memory; say --validate to force it). */
const VALIDATE_UP_TO = 5_000;

const HELP = `Usage: paxos smr [options]

Simulates a replicated key-value store on Multi-Paxos: clients issue put,
get, compare-and-set and append requests; a leader elected by timeouts gets
them decided slot after slot; replicas execute them in slot order, answer,
take snapshots and catch up. Faults: message loss, duplication, reordering,
partitions, and crashes and restarts of acceptors, proposers (the leader
included) and replicas. It then checks the clients' history for
linearizability and validates the run's trace against spec/MultiPaxos.tla.

Cluster:
  --acceptors N       acceptors (default ${DEFAULT_SMR_OPTIONS.acceptors})
  --proposers N       proposers, leaders when elected (default ${DEFAULT_SMR_OPTIONS.proposers})
  --replicas N        replicas (default ${DEFAULT_SMR_OPTIONS.replicas})
  --quorum Q          majority (default) | weights:3,1,1,1 | sets:a1+a2,a2+a3,a1+a3
  --window N          slots in flight beyond the decided prefix (default ${DEFAULT_SMR_OPTIONS.window}; 1: no pipelining)
  --batch N           commands per slot at most (default ${DEFAULT_SMR_OPTIONS.batch}: no batching)
  --snapshot N        a snapshot every N executed slots (default ${DEFAULT_SMR_OPTIONS.snapshotEvery})
Workload:
  --clients N         clients (default ${DEFAULT_SMR_OPTIONS.clients})
  --requests N        requests per client, one at a time (default ${DEFAULT_SMR_OPTIONS.requestsPerClient})
  --keys N            keys k1..kN (default ${DEFAULT_SMR_OPTIONS.keys})
  --zipf              draw keys by a Zipf law (a few hot keys) instead of uniformly
Faults:
  --loss P            probability a message is lost (default 0)
  --dup P             probability a message is delivered twice (default 0)
  --crash P           probability per step that a server crashes (default 0)
  --leader-crash P    probability per step that the leader crashes (default 0)
  --partition P       probability per step that the network splits in two (default 0)
Run:
  --seed S            the seed (default: a random one, printed)
  --steps N           scheduler step budget (default ${DEFAULT_SMR_OPTIONS.maxSteps})
  --validate          validate the trace however long the run (default: up to ${VALIDATE_UP_TO} spec steps)
  --mode M            state (default: every step carries the spec state) or events (actions
                      and parameters only; the validator finds the states)
  -o, --out DIR       write trace.ndjson, history.ndjson and log.svg (the picture of the log) there
  --json              print the figures as JSON

Exit status: 0 the history is linearizable and the trace accepted, 1 not, 2 bad input.`;

function summary(r: SmrResult, lin: string, validation: string, out: string | null): string {
  const m = r.messages;
  const n = (t: string): number => m[t] ?? 0;
  const perCommand = r.completed > 0 ? ((n("1a") + n("1b") + n("2a") + n("2b")) / r.completed).toFixed(1) : "-";
  return [
    `seed ${r.seed}: ${r.completed} of ${r.issued} requests answered in simulated time ${r.time}; ${r.slots} slots decided, every replica executed ${r.executedByAll}`,
    `messages 1a ${n("1a")}, 1b ${n("1b")}, 2a ${n("2a")}, 2b ${n("2b")} (${perCommand} per answered request), request ${n("request")}, reply ${n("reply")}, heartbeat ${n("heartbeat")}, catch-up ${n("catchup")}; dropped ${r.dropped}, duplicated ${r.duplicated}`,
    `ballots started ${r.ballots}, crashes ${r.crashes}; replicas disagree in ${r.disagreements.length} slots`,
    `history: ${lin}`,
    `trace: ${validation}`,
    ...(out !== null ? [`wrote ${join(out, "trace.ndjson")}, ${join(out, "history.ndjson")} and ${join(out, "log.svg")} (slots × replicas)`] : []),
  ].join("\n");
}

export const command: Command = {
  summary: "simulate a replicated key-value store on Multi-Paxos, check linearizability and the spec",
  help: HELP,
  async run(argv) {
    const { flags, positionals } = parseArgs(argv, {
      acceptors: { type: "integer" },
      proposers: { type: "integer" },
      replicas: { type: "integer" },
      quorum: { type: "string" },
      window: { type: "integer" },
      batch: { type: "integer" },
      snapshot: { type: "integer" },
      clients: { type: "integer" },
      requests: { type: "integer" },
      keys: { type: "integer" },
      zipf: { type: "boolean" },
      loss: { type: "number" },
      dup: { type: "number" },
      crash: { type: "number" },
      "leader-crash": { type: "number" },
      partition: { type: "number" },
      seed: { type: "string" },
      steps: { type: "integer" },
      validate: { type: "boolean" },
      mode: { type: "string" },
      out: { type: "string", short: "o" },
      json: { type: "boolean" },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const seed = flags["seed"] ?? String(randomInt(1, 2 ** 31));
    const quorum = parseQuorum(flags["quorum"] ?? "majority");
    const options: Partial<SmrOptions> = {
      seed,
      acceptors: atLeast("acceptors", flags["acceptors"], 1) ?? (quorum.kind === "weighted" ? quorum.weights.length : undefined),
      proposers: atLeast("proposers", flags["proposers"], 1),
      replicas: atLeast("replicas", flags["replicas"], 1),
      quorum,
      window: atLeast("window", flags["window"], 1),
      batch: atLeast("batch", flags["batch"], 1),
      snapshotEvery: atLeast("snapshot", flags["snapshot"], 1),
      clients: atLeast("clients", flags["clients"], 1),
      requestsPerClient: atLeast("requests", flags["requests"], 0),
      keys: atLeast("keys", flags["keys"], 1),
      keyDistribution: flags["zipf"] === true ? "zipf" : "uniform",
      loss: probability("loss", flags["loss"]),
      duplicate: probability("dup", flags["dup"]),
      crash: probability("crash", flags["crash"]),
      leaderCrash: probability("leader-crash", flags["leader-crash"]),
      partition: probability("partition", flags["partition"]),
      maxSteps: atLeast("steps", flags["steps"], 1),
    };
    const recorder = new SmrTraceRecorder(oneOf("mode", flags["mode"], ["state", "events"], "state"));
    const log = new SmrLogRecorder();
    let sim: SmrSimulation;
    try {
      sim = new SmrSimulation(options, observeAllSmr(recorder, log));
    } catch (e) {
      if (e instanceof SimulationOptionsError || e instanceof QuorumSystemError) throw new UsageError(e.message);
      throw e;
    }
    const result = sim.run();
    const lin = checkLinearizable(result.history);
    const linText = lin.ok ? `linearizable (${lin.operations} operations on ${lin.keys} keys)` : `NOT linearizable: ${lin.explanation}`;
    const validate = flags["validate"] === true || result.specSteps <= VALIDATE_UP_TO;
    let traceOk = true;
    let validation = `not validated (${result.specSteps} spec steps; --validate to validate a run this long)`;
    let lines: string[] | null = null;
    if (validate || flags["out"] !== undefined) lines = recorder.lines();
    if (validate && lines !== null) {
      const v = await validateTraceSource(toNdjson(lines), "trace", {
        specFile: specFile("MultiPaxos.tla"),
        invariants: SMR_INVARIANTS,
      });
      traceOk = v.ok;
      validation = v.ok ? `accepted by spec/MultiPaxos.tla (${v.steps} steps)` : `REJECTED: ${formatVerdict(v.verdict)}`;
    }
    const out = flags["out"] ?? null;
    if (out !== null && lines !== null) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, "trace.ndjson"), toNdjson(lines));
      writeFileSync(join(out, "history.ndjson"), historyToNdjson(result.history));
      writeFileSync(join(out, "log.svg"), renderSmrLogSvg(log.picture(`replicated log, seed ${seed}`)));
    }
    if (flags["json"] === true) {
      const { history, ...figures } = result;
      console.log(
        JSON.stringify(
          {
            ...figures,
            operations: history.length,
            linearizable: lin.ok,
            ...(lin.ok ? {} : { explanation: lin.explanation }),
            traceValidated: validate,
            traceAccepted: validate ? traceOk : null,
          },
          null,
          2,
        ),
      );
    } else console.log(summary(result, linText, validation, out));
    return lin.ok && traceOk && result.disagreements.length === 0 ? 0 : 1;
  },
};

/**
 * `paxos smr`: the replicated key-value store on Multi-Paxos, simulated under
 * faults; its clients' history checked for linearizability and its trace
 * validated against spec/MultiPaxos.tla (spec/ReconfigMultiPaxos.tla when the
 * configuration changes).
 *
 * @module
 */
import { randomInt } from "node:crypto";
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { atLeast, oneOf, parseArgs, probability, UsageError } from "../args.js";
import type { Command } from "../command.js";
import { specFile } from "../paths.js";
import { QuorumSystemError } from "../../paxos/index.js";
import { DEFAULT_SMR_OPTIONS, observeAllSmr, SimulationOptionsError, SmrSimulation } from "../../cluster/index.js";
import { renderSmrLogSvg, SmrLogRecorder } from "../../draw/smrLog.js";
import type { Reconfiguration, SmrOptions, SmrResult } from "../../cluster/index.js";
import { checkLinearizable } from "../../check/linearizability.js";
import { historyToNdjson } from "../../check/history.js";
import { SmrTraceRecorder } from "../../trace/smrRecorder.js";
import { CompactTraceRecorder } from "../../trace/compactRecorder.js";
import { toNdjson } from "../../trace/index.js";
import { COMPACT_INVARIANTS, SMR_INVARIANTS, validateTraceSource } from "../../trace/validate.js";
import { formatVerdict } from "../../tla/trace/validate.js";
import { parseQuorum } from "./simulate.js";
import { refusal } from "../../smr/kv.js";
import type { QuorumSpec } from "../../paxos/index.js";

/** Above this many spec steps the trace is not validated (the recorder keeps the run in memory; say --validate to force it). */
const VALIDATE_UP_TO = 5_000;

const HELP = `Usage: paxos smr [options]

Simulates a replicated key-value store on Multi-Paxos: clients issue put,
get, compare-and-set and append requests; a leader elected by timeouts gets
them decided slot after slot; replicas execute them in slot order, answer,
take snapshots and catch up. Faults: message loss, duplication, reordering,
partitions, and crashes and restarts of acceptors, proposers (the leader
included) and replicas. It then checks the clients' history for
linearizability and validates the run's trace against spec/MultiPaxos.tla
(spec/ReconfigMultiPaxos.tla with --reconfigure).

Cluster:
  --acceptors N       acceptors (default ${DEFAULT_SMR_OPTIONS.acceptors})
  --proposers N       proposers, leaders when elected (default ${DEFAULT_SMR_OPTIONS.proposers})
  --replicas N        replicas (default ${DEFAULT_SMR_OPTIONS.replicas})
  --quorum Q          majority (default) | weights:3,1,1,1 | sets:a1+a2,a2+a3,a1+a3
  --window N          slots in flight beyond the decided prefix (default ${DEFAULT_SMR_OPTIONS.window}; 1: no pipelining)
  --batch N           commands per slot at most (default ${DEFAULT_SMR_OPTIONS.batch}: no batching)
  --snapshot N        a snapshot every N executed slots (default ${DEFAULT_SMR_OPTIONS.snapshotEvery})
  --reconfigure R     configuration changes an operator asks for, separated by ';', each
                      t=TIME:CHANGE with CHANGE one of 'add aN', 'drop aN' (majority quorums
                      of the result), 'set a1,a2,... [QUORUM]', 'add rN' or 'drop rN' (a
                      replica: a new one catches up and serves, a dropped one is no longer
                      used), 'add pN' or 'drop pN' (a proposer that may lead); a change decided in slot i rules the slots from i + window on
                      (the trace is then validated against spec/ReconfigMultiPaxos.tla).
                      A change whose quorums do not intersect, or that leaves no quorum of
                      acceptors, no replica or no leader that has not failed (--fail), is
                      refused. Example: 't=100:add a4; t=200:drop a1; t=250:add r4'
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
  --fail F            servers that fail for good, NODE@TIME separated by commas: 'r1@20,a2@50'
Run:
  --seed S            the seed (default: a random one, printed)
  --steps N           scheduler step budget (default ${DEFAULT_SMR_OPTIONS.maxSteps})
  --validate          validate the trace however long the run (default: up to ${VALIDATE_UP_TO} spec steps)
  --mode M            state (every step carries the spec state; the default with --out) or
                      events (actions and parameters only; the validator finds the states;
                      the default without --out)
  --compact           record the trace against spec/CompactMultiPaxos.tla, whose state stays
                      bounded however long the run (events mode, with Compact steps; not
                      with --reconfigure)
  -o, --out DIR       write trace.ndjson, history.ndjson and log.svg (the picture of the log) there
  --json              print the figures as JSON

Exit status: 0 the history is linearizable and the trace accepted, 1 not, 2 bad input.`;

/** A permanent failure from `--fail`: the server goes down at `at` and never comes back. */
export interface Failure {
  readonly node: string;
  readonly at: number;
}

/** Reads `--fail`: `NODE@TIME` items separated by commas, e.g. `r1@20,a2@50`. */
export function parseFailures(text: string): Failure[] {
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((part) => {
      const m = /^([arp][1-9][0-9]*)@([0-9]+(?:\.[0-9]+)?)$/.exec(part);
      if (m === null) throw new UsageError(`option '--fail': expected NODE@TIME (a server such as a2, r1 or p1, and a time), got '${part}'`);
      return { node: m[1]!, at: Number(m[2]) };
    });
}

/**
 * Reads `--reconfigure`: changes separated by `;`, each `t=TIME:CHANGE`, with
 * CHANGE `add aN`, `drop aN` (relative to the configuration before; majority
 * quorums of the result), `set a1,a2,... [QUORUM]`, `add rN`, `drop rN` (a
 * replica), `add pN` or `drop pN` (a proposer that may lead), each from the
 * configuration before, `initial` at first. A change the replicated state
 * machine would refuse (see `refusal` in src/smr/kv.ts: quorums that do not
 * intersect, or no quorum of acceptors, no replica or no leader that has not
 * failed by its time, given `failures`) is refused here, with one line naming
 * it.
 */
export function parseReconfigure(
  text: string,
  initial: { readonly acceptors: readonly string[]; readonly quorum: QuorumSpec; readonly replicas: readonly string[]; readonly leaders: readonly string[] },
  failures: readonly Failure[] = [],
): Reconfiguration[] {
  const out: Reconfiguration[] = [];
  let current = [...initial.acceptors];
  let quorum = initial.quorum;
  let replicas = [...initial.replicas];
  let leaders = [...initial.leaders];
  let last = -Infinity;
  for (const part of text.split(";").map((p) => p.trim())) {
    if (part === "") continue;
    const m = /^t=([0-9]+(?:\.[0-9]+)?)\s*:\s*(add|drop|set)\s+(\S+)(?:\s+(\S+))?$/.exec(part);
    if (m === null) throw new UsageError(`option '--reconfigure': expected t=TIME:add aN|rN|pN, t=TIME:drop aN|rN|pN or t=TIME:set a1,a2,... [QUORUM], got '${part}'`);
    const at = Number(m[1]);
    if (at < last) throw new UsageError(`option '--reconfigure': the changes must be in time order, got t=${at} after t=${last}`);
    last = at;
    const [verb, arg, quorumText] = [m[2]!, m[3]!, m[4]];
    const name = (a: string): string => {
      if (!/^a[1-9][0-9]*$/.test(a)) throw new UsageError(`option '--reconfigure': acceptors are named a1, a2, ..., got '${a}' in '${part}'`);
      return a;
    };
    if (verb !== "set" && quorumText !== undefined) throw new UsageError(`option '--reconfigure': a quorum system goes with 'set' only, in '${part}'`);
    if (verb !== "set" && /^r[1-9][0-9]*$/.test(arg)) {
      if (verb === "add" && replicas.includes(arg)) throw new UsageError(`option '--reconfigure': ${arg} is already a replica at t=${at}`);
      if (verb === "drop" && !replicas.includes(arg)) throw new UsageError(`option '--reconfigure': ${arg} is not a replica at t=${at}`);
      replicas = verb === "add" ? [...replicas, arg] : replicas.filter((r) => r !== arg);
    } else if (verb !== "set" && /^p[1-9][0-9]*$/.test(arg)) {
      if (verb === "add" && leaders.includes(arg)) throw new UsageError(`option '--reconfigure': ${arg} is already a leader at t=${at}`);
      if (verb === "drop" && !leaders.includes(arg)) throw new UsageError(`option '--reconfigure': ${arg} is not a leader at t=${at}`);
      if (verb === "add" && !initial.leaders.includes(arg))
        throw new UsageError(`option '--reconfigure': ${arg} is not a proposer (there are ${initial.leaders.length}; --proposers sets how many)`);
      leaders = verb === "add" ? [...leaders, arg] : leaders.filter((p) => p !== arg);
    } else if (verb === "add") {
      if (current.includes(name(arg))) throw new UsageError(`option '--reconfigure': ${arg} is already an acceptor at t=${at}`);
      current = [...current, arg];
      quorum = { kind: "majority" };
    } else if (verb === "drop") {
      if (!current.includes(name(arg))) throw new UsageError(`option '--reconfigure': ${arg} is not an acceptor at t=${at}`);
      current = current.filter((a) => a !== arg);
      quorum = { kind: "majority" };
      if (current.length === 0) throw new UsageError(`option '--reconfigure': dropping ${arg} at t=${at} leaves no acceptor`);
    } else {
      current = [...new Set(arg.split(",").map(name))];
      quorum = quorumText === undefined ? { kind: "majority" } : parseQuorum(quorumText);
    }
    const change: Reconfiguration = { at, acceptors: current, quorum, replicas, leaders };
    const failed = failures.filter((f) => f.at <= at).map((f) => f.node);
    const why = refusal({ type: "reconfig", config: { name: `C${out.length + 2}`, acceptors: current, quorum, replicas, leaders }, failed });
    if (why !== null) throw new UsageError(`option '--reconfigure': '${part}' is refused: ${why}`);
    out.push(change);
  }
  return out;
}

function summary(r: SmrResult, lin: string, validation: string, out: string | null): string {
  const m = r.messages;
  const n = (t: string): number => m[t] ?? 0;
  const perCommand = r.completed > 0 ? ((n("1a") + n("1b") + n("2a") + n("2b")) / r.completed).toFixed(1) : "-";
  return [
    `seed ${r.seed}: ${r.completed} of ${r.issued} requests answered in simulated time ${r.time}; ${r.slots} slots decided, every serving replica executed ${r.executedByAll}`,
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
      reconfigure: { type: "string" },
      fail: { type: "string" },
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
      compact: { type: "boolean" },
      out: { type: "string", short: "o" },
      json: { type: "boolean" },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const seed = flags["seed"] ?? String(randomInt(1, 2 ** 31));
    const quorum = parseQuorum(flags["quorum"] ?? "majority");
    const acceptorCount = atLeast("acceptors", flags["acceptors"], 1) ?? (quorum.kind === "weighted" ? quorum.weights.length : undefined);
    const initial = Array.from({ length: acceptorCount ?? DEFAULT_SMR_OPTIONS.acceptors }, (_, i) => `a${i + 1}`);
    const replicaCount = atLeast("replicas", flags["replicas"], 1);
    const proposerCount = atLeast("proposers", flags["proposers"], 1);
    const names = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
    const failures = flags["fail"] === undefined ? [] : parseFailures(flags["fail"]);
    const options: Partial<SmrOptions> = {
      seed,
      acceptors: acceptorCount,
      proposers: proposerCount,
      replicas: replicaCount,
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
      reconfigure:
        flags["reconfigure"] === undefined
          ? []
          : parseReconfigure(
              flags["reconfigure"],
              {
                acceptors: initial,
                quorum,
                replicas: names("r", replicaCount ?? DEFAULT_SMR_OPTIONS.replicas),
                leaders: names("p", proposerCount ?? DEFAULT_SMR_OPTIONS.proposers),
              },
              failures,
            ),
      scheduledCrashes: failures.map((f) => ({ node: f.node, at: f.at, downFor: Infinity })),
    };
    // With configuration changes, the run is one of ReconfigMultiPaxos.
    const spec = options.reconfigure !== undefined && options.reconfigure.length > 0 ? "ReconfigMultiPaxos.tla" : "MultiPaxos.tla";
    // Without --out the trace is only validated, and events mode (no states on its lines) is the cheaper way.
    const compact = flags["compact"] === true;
    if (compact && spec === "ReconfigMultiPaxos.tla")
      throw new UsageError("option '--compact': CompactMultiPaxos.tla has no configuration changes; drop --reconfigure or --compact");
    if (compact && flags["mode"] === "state") throw new UsageError("option '--compact': compacted traces are in events mode only; drop --mode state");
    const out = flags["out"] ?? null;
    // The output folder first: a run can be long, and one whose files cannot be written is better refused at once.
    if (out !== null)
      try {
        mkdirSync(out, { recursive: true });
      } catch (err) {
        throw new UsageError(`cannot create the output folder '${out}': ${(err as Error).message}`);
      }
    // A compacted run's step lines go to a spool file as they come, and the run keeps no messages: its memory does not grow with its length.
    const work = compact ? mkdtempSync(join(tmpdir(), "paxos-smr-")) : null;
    try {
      const recorder =
        work !== null
          ? new CompactTraceRecorder({ spool: join(work, "steps.ndjson") })
          : new SmrTraceRecorder(oneOf("mode", flags["mode"], ["state", "events"], out === null ? "events" : "state"));
      const log = new SmrLogRecorder();
      let sim: SmrSimulation;
      try {
        sim = new SmrSimulation(options, observeAllSmr(recorder, log));
      } catch (e) {
        if (e instanceof SimulationOptionsError || e instanceof QuorumSystemError) throw new UsageError(e.message);
        throw e;
      }
      sim.keepSent = work === null;
      const result = sim.run();
      const lin = checkLinearizable(result.history);
      const linText = lin.ok ? `linearizable (${lin.operations} operations on ${lin.keys} keys)` : `NOT linearizable: ${lin.explanation}`;
      const validate = flags["validate"] === true || result.specSteps <= VALIDATE_UP_TO;
      let traceOk = true;
      let validation = `not validated (${result.specSteps} spec steps; --validate to validate a run this long)`;
      // The trace: a file (in the output directory, or the work directory), or lines in memory.
      let trace: { file: string } | { lines: string[] } | null = null;
      if (validate || out !== null) {
        if (recorder instanceof CompactTraceRecorder) {
          const file = join(out ?? work!, "trace.ndjson");
          recorder.writeTo(file);
          trace = { file };
        } else trace = { lines: recorder.lines() };
      }
      if (validate && trace !== null) {
        const v = await validateTraceSource("file" in trace ? createReadStream(trace.file) : toNdjson(trace.lines), "trace", {
          specFile: specFile(compact ? "CompactMultiPaxos.tla" : spec),
          invariants: compact ? COMPACT_INVARIANTS : SMR_INVARIANTS,
        });
        traceOk = v.ok;
        validation = v.ok ? `accepted by spec/${compact ? "CompactMultiPaxos.tla" : spec} (${v.steps} steps)` : `REJECTED: ${formatVerdict(v.verdict)}`;
      }
      if (out !== null && trace !== null) {
        if ("lines" in trace) writeFileSync(join(out, "trace.ndjson"), toNdjson(trace.lines));
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
    } finally {
      if (work !== null) rmSync(work, { recursive: true, force: true });
    }
  },
};

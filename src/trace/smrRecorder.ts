/**
 * Traces of the replicated store against `spec/MultiPaxos.tla`: the
 * refinement mapping from a simulated cluster of `src/multipaxos` to the
 * spec's variables, and a recorder that writes a run as `paxos-tla-trace/1`
 * lines: in state mode every step carries the spec state after it; in events
 * mode a step is its action and parameters only, and the validator finds the
 * states the spec allows.
 *
 * | spec variable   | implementation                                                    |
 * |-----------------|-------------------------------------------------------------------|
 * | `requests`      | the commands clients issued (their Request steps)                  |
 * | `maxBal[a]`     | acceptor `a`'s in-memory `maxBal`                                  |
 * | `maxVBal[a][s]`, `maxVal[a][s]` | acceptor `a`'s vote in slot `s`, if any (-1 and `None` if not) |
 * | `msgs`          | every 1a/1b/2a/2b message ever sent, as a spec record              |
 * | `decided[r][s]` | replica `r`'s learned, not yet executed value of slot `s`          |
 * | `next[r]`       | replica `r`'s `applied`: how many slots it executed                |
 * | `applied[r]`    | the commands `r` executed, in order (followed from its steps)       |
 * | `reached`       | every (slots executed, commands executed) pair a replica reached   |
 *
 * A command is named `client.seq` in the spec; a batch is the tuple of its
 * commands' names. The constants (`Slot`, `Ballot`, `Command`) are known
 * only when the run is over, so the recorder keeps the run and writes its
 * lines at the end ({@link SmrTraceRecorder.lines}).
 *
 * @module
 */
import type { SmrObserver, SmrOptions, SmrSimulation } from "../cluster/multipaxos.js";
import { commandId, quorumOf } from "../multipaxos/index.js";
import type { AcceptorState, Batch, NodeId, ProtocolMessage, ReplicaState, Slot, SpecAction } from "../multipaxos/index.js";
import { refusal } from "../smr/kv.js";
import { TRACE_FORMAT } from "./format.js";
import type { TraceMode } from "./format.js";
import type { ItfValue } from "./itf.js";

/** The spec's `None`. */
const NONE = "None";

/** A batch as the spec sees it: the tuple of its commands' names. */
function batch(v: Batch): ItfValue {
  return { "#tup": v.map(commandId) };
}

/** A set, its elements in a canonical order. */
function set(elems: readonly ItfValue[]): ItfValue {
  const keyed = elems.map((e) => [JSON.stringify(e), e] as const);
  keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out: ItfValue[] = [];
  let last: string | undefined;
  for (const [k, e] of keyed) if (k !== last) (out.push(e), (last = k));
  return { "#set": out };
}

/** A message as the spec's record (routing fields dropped). */
function specMessage(m: ProtocolMessage): ItfValue {
  switch (m.type) {
    case "1a":
      return { type: "1a", bal: m.bal, from: m.slot };
    case "1b":
      return { type: "1b", acc: m.acc, bal: m.bal, from: m.from, votes: set([...m.votes].map(([s, v]) => ({ "#tup": [s, v.bal, batch(v.val)] }))) };
    case "2a":
      return { type: "2a", bal: m.bal, slot: m.slot, val: batch(m.val) };
    case "2b":
      return { type: "2b", acc: m.acc, bal: m.bal, slot: m.slot, val: batch(m.val) };
  }
}

/** What the recorder keeps of one moment of the run: the implementation's states (immutable values) and the lengths of the growing sets. */
interface Moment {
  readonly action: SpecAction | null;
  readonly node: NodeId | null;
  readonly time: number;
  readonly requests: number;
  readonly msgs: number;
  readonly reached: number;
  readonly acceptors: readonly AcceptorState[];
  readonly replicas: readonly ReplicaState[];
  readonly applied: readonly (readonly string[])[];
}

/** Records a replicated-store run; {@link lines} gives the trace once the run is over. */
export class SmrTraceRecorder implements SmrObserver {
  /** @param mode "state" (default): steps carry the spec state; "events": action and parameters only. */
  constructor(readonly mode: TraceMode = "state") {}

  private sim: SmrSimulation | null = null;
  private readonly moments: Moment[] = [];
  private readonly requests: string[] = [];
  private readonly msgKeys = new Set<string>();
  private readonly msgs: ItfValue[] = [];
  private seen = 0;
  private readonly reachedKeys = new Set<string>();
  private readonly reached: ItfValue[] = [];
  /** Per replica: the commands executed, and the values it learned and has not executed. */
  private readonly applied = new Map<NodeId, string[]>();
  private readonly learned = new Map<NodeId, Map<Slot, Batch>>();
  /** The commands executed after each number of slots (a snapshot of n slots stands for this). */
  private readonly prefixes = new Map<number, readonly string[]>([[0, []]]);
  private maxSlot = -1;
  private maxBallot = 0;

  init(sim: SmrSimulation): void {
    this.sim = sim;
    for (const r of sim.replicaIds) {
      this.applied.set(r, []);
      this.learned.set(r, new Map());
    }
    this.addReached(0, []);
    this.moments.push(this.moment(null, null, 0));
  }

  step(action: SpecAction, node: NodeId, time: number): void {
    switch (action.name) {
      case "Request":
        this.requests.push(action.params.c);
        break;
      case "Phase1a":
        this.maxBallot = Math.max(this.maxBallot, action.params.b);
        break;
      case "Learn":
        this.learned.get(action.params.r)!.set(action.params.s, action.params.v);
        this.maxSlot = Math.max(this.maxSlot, action.params.s);
        break;
      case "Execute": {
        const r = action.params.r;
        const s = action.params.s;
        const v = this.learned.get(r)!.get(s)!;
        this.learned.get(r)!.delete(s);
        const done = this.applied.get(r)!;
        const seen = new Set(done);
        const next = [...done];
        for (const c of v.map(commandId)) if (!seen.has(c)) (next.push(c), seen.add(c));
        this.applied.set(r, next);
        this.prefixes.set(s + 1, next);
        this.addReached(s + 1, next);
        break;
      }
      case "InstallSnapshot":
      case "Recover": {
        const r = action.params.r;
        const n = action.params.n;
        this.applied.set(r, [...(this.prefixes.get(n) ?? [])]);
        this.learned.set(r, new Map([...this.learned.get(r)!].filter(([slot]) => action.name === "InstallSnapshot" && slot >= n)));
        break;
      }
      case "Phase1b":
      case "Phase2a":
      case "Phase2b":
      case "Restart":
        break;
    }
    this.moments.push(this.moment(action, node, time));
  }

  private addReached(n: number, seq: readonly string[]): void {
    const v: ItfValue = { "#tup": [n, { "#tup": [...seq] }] };
    const k = JSON.stringify(v);
    if (this.reachedKeys.has(k)) return;
    this.reachedKeys.add(k);
    this.reached.push(v);
  }

  private moment(action: SpecAction | null, node: NodeId | null, time: number): Moment {
    const sim = this.sim!;
    for (; this.seen < sim.sent.length; this.seen++) {
      const m = sim.sent[this.seen]!.msg;
      if (m.type !== "1a") this.maxSlot = Math.max(this.maxSlot, m.type === "1b" ? Math.max(m.from, ...m.votes.keys()) : m.slot);
      else this.maxSlot = Math.max(this.maxSlot, m.slot);
      this.maxBallot = Math.max(this.maxBallot, m.bal);
      const spec = specMessage(m);
      const k = JSON.stringify(spec);
      if (this.msgKeys.has(k)) continue;
      this.msgKeys.add(k);
      this.msgs.push(spec);
    }
    const replicas = sim.replicaIds.map((r) => sim.node(r, "replica"));
    for (const r of replicas) this.maxSlot = Math.max(this.maxSlot, r.applied);
    return {
      action,
      node,
      time,
      requests: this.requests.length,
      msgs: this.msgs.length,
      reached: this.reached.length,
      acceptors: sim.acceptorIds.map((a) => sim.node(a, "acceptor")),
      replicas,
      applied: sim.replicaIds.map((r) => this.applied.get(r)!),
    };
  }

  /** The trace: header, initial state, one line per step. */
  lines(): string[] {
    const sim = this.sim;
    if (sim === null) throw new Error("the run has not started");
    const o: SmrOptions = sim.options;
    const slots = Array.from({ length: this.maxSlot + 2 }, (_, i) => i);
    const ballots = Array.from({ length: this.maxBallot + 1 }, (_, i) => i);
    const commands = sim.clientIds.flatMap((c) => Array.from({ length: o.requestsPerClient }, (_, i) => `${c}.${i + 1}`));
    // The operator's configuration changes: o1.1 installs C2, o1.2 installs C3, ...
    // A change the state machine refuses is a command that installs nothing: its ChangeTo is None.
    const changes = sim.operatorId === null ? [] : sim.changes.map((x, i) => [`${sim.operatorId}.${i + 1}`, refusal(x) === null ? x.config.name : NONE] as const);
    const map = (entries: readonly (readonly [ItfValue, ItfValue])[]): ItfValue => ({ "#map": entries.map(([k, v]) => [k, v]) }) as unknown as ItfValue;
    const common: Record<string, ItfValue> = {
      Command: set([...commands, ...changes.map(([x]) => x)]),
      Acceptor: set(sim.acceptorIds),
      Proposer: set(sim.proposerIds),
      Replica: set(sim.replicaIds),
      Ballot: set(ballots),
      Owner: map(ballots.map((b) => [b, sim.proposerIds[b % sim.proposerIds.length]!])),
      Slot: set(slots),
      MaxBatch: o.batch,
      None: NONE,
    };
    // With configuration changes the run is one of ReconfigMultiPaxos (a change takes effect `window` slots later).
    const constants: Record<string, ItfValue> =
      sim.operatorId === null
        ? { ...common, Quorum: set(sim.quorum.quorums().map((q) => set(q))) }
        : {
            ...common,
            Config: set(sim.configurations.map((c) => c.name)),
            Members: map(sim.configurations.map((c) => [c.name, set(c.acceptors)])),
            QuorumsOf: map(
              sim.configurations.map((c) => [
                c.name,
                set(
                  quorumOf(c)
                    .quorums()
                    .map((q) => set(q)),
                ),
              ]),
            ),
            InitialConfig: sim.configurations[0]!.name,
            ChangeTo: map([...commands.map((x) => [x, NONE] as const), ...changes]),
            Alpha: o.window,
          };
    const header = {
      kind: "header",
      format: TRACE_FORMAT,
      spec: sim.operatorId === null ? "MultiPaxos" : "ReconfigMultiPaxos",
      mode: this.mode,
      seed: o.seed,
      constants,
      cluster: clusterSummary(o),
    };
    const out = [JSON.stringify(header)];
    let i = 0;
    for (const m of this.moments) {
      if (this.mode === "events") {
        if (m.action !== null) out.push(JSON.stringify({ kind: "step", i: ++i, action: m.action.name, params: actionParams(m.action), node: m.node, time: m.time }));
        continue;
      }
      const state = {
        requests: set(this.requests.slice(0, m.requests)),
        maxBal: map(sim.acceptorIds.map((a, j) => [a, m.acceptors[j]!.maxBal])),
        maxVBal: map(sim.acceptorIds.map((a, j) => [a, map(slots.map((s) => [s, m.acceptors[j]!.votes.get(s)?.bal ?? -1]))])),
        maxVal: map(
          sim.acceptorIds.map((a, j) => [
            a,
            map(
              slots.map((s) => {
                const v = m.acceptors[j]!.votes.get(s);
                return [s, v === undefined ? NONE : batch(v.val)];
              }),
            ),
          ]),
        ),
        msgs: set(this.msgs.slice(0, m.msgs)),
        decided: map(
          sim.replicaIds.map((r, j) => [
            r,
            map(
              slots.map((s) => {
                const v = m.replicas[j]!.decided.get(s);
                return [s, v === undefined ? NONE : batch(v)];
              }),
            ),
          ]),
        ),
        next: map(sim.replicaIds.map((r, j) => [r, m.replicas[j]!.applied])),
        applied: map(sim.replicaIds.map((r, j) => [r, { "#tup": [...m.applied[j]!] }])),
        reached: set(this.reached.slice(0, m.reached)),
      };
      if (m.action === null) out.push(JSON.stringify({ kind: "init", state }));
      else out.push(JSON.stringify({ kind: "step", i: ++i, action: m.action.name, params: actionParams(m.action), node: m.node, time: m.time, state }));
    }
    return out;
  }
}

/** The `cluster` field of a replicated-store trace's header: the run's options, for people and reproduction. */
export function clusterSummary(o: SmrOptions): Record<string, number> {
  return {
    acceptors: o.acceptors,
    proposers: o.proposers,
    replicas: o.replicas,
    clients: o.clients,
    window: o.window,
    batch: o.batch,
    loss: o.loss,
    duplicate: o.duplicate,
    crash: o.crash,
  };
}

/**
 * An action's parameters as the spec names them: batches written by
 * `encode` (by default as tuples of command names, as `MultiPaxos.tla` has
 * them; the compact recorder passes its own).
 */
export function actionParams(a: SpecAction, encode: (v: Batch) => ItfValue = batch): Record<string, ItfValue> {
  switch (a.name) {
    case "Phase2a":
    case "Phase2b":
    case "Learn":
      return { ...a.params, v: encode(a.params.v) };
    case "Request":
    case "Phase1a":
    case "Phase1b":
    case "Execute":
    case "InstallSnapshot":
    case "Recover":
    case "Restart":
      return { ...a.params };
  }
}

/**
 * Events-mode traces of the replicated store against
 * `spec/CompactMultiPaxos.tla`, the Multi-Paxos whose state stays bounded as
 * the log grows: for runs of any length, whose validation must cost the same
 * per step at the end as at the start.
 *
 * A step is the implementation's action with its parameters, as for
 * `MultiPaxos.tla` ({@link SmrTraceRecorder}), with two differences:
 *
 * - A command is the pair `<<client, request number>>` (the spec's session
 *   tables are per client), and `Request` names the client.
 * - The recorder adds `Compact(n)` steps: the spec forgets everything about
 *   the slots below `n` (votes, 2a and 2b messages, older snapshots). No node
 *   takes that step; the recorder takes it for the run once nothing that can
 *   still happen needs those slots, which it knows from the nodes' states:
 *   - every replica's snapshot on stable storage covers `n` slots, so no
 *     replica executes, learns or restarts below `n` any more;
 *   - no proposer can still propose below `n`: `n` is at most each
 *     proposer's `decidedBelow` (a new leader asks from there) and the one
 *     on its stable storage (a restarted proposer starts from there), its
 *     outstanding and recovered proposals, and its next slot;
 *   - no 2a message for a slot below `n` can still arrive: none was sent
 *     within the longest message delay (a copy arrives within it or never).
 *   It compacts once `n` is at least `every` slots past the last point
 *   (the replicas' snapshot interval by default).
 *
 * Runs with configuration changes are traced against
 * `ReconfigMultiPaxos.tla` only; this recorder refuses them.
 *
 * The recorder's memory does not grow with the run when it is given a spool
 * file: the step lines go there as they come ({@link StepLines}), and what it
 * needs of the messages (the recent 2a messages, the highest ballot) it keeps
 * as they are sent, so the run need not keep its messages
 * (`SmrSimulation.keepSent`).
 *
 * @module
 */
import type { SmrObserver, SmrSimulation } from "../cluster/multipaxos.js";
import { storedSnapshot } from "../multipaxos/replica.js";
import type { Batch, NodeId, ProtocolMessage, SpecAction } from "../multipaxos/index.js";
import { TRACE_FORMAT } from "./format.js";
import { actionParams, clusterSummary } from "./smrRecorder.js";
import type { ItfValue } from "./itf.js";
import { StepLines } from "./stepLines.js";

/** A command as the compact spec names it: `<<client, request number>>`. */
function commandPair(client: string, seq: number): ItfValue {
  return { "#tup": [client, seq] };
}

/** A batch: the tuple of its commands' pairs. */
function batch(v: Batch): ItfValue {
  return { "#tup": v.map((c) => commandPair(c.client, c.seq)) };
}

/** A set of strings or numbers, sorted. */
function set(elems: readonly (string | number)[]): ItfValue {
  return { "#set": [...new Set(elems)].sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)) };
}

/** Splits a command name `client.seq` into its client and number. */
function splitCommand(id: string): [string, number] {
  const dot = id.lastIndexOf(".");
  return [id.slice(0, dot), Number(id.slice(dot + 1))];
}

/** Records a replicated-store run against CompactMultiPaxos.tla, in events mode. */
export class CompactTraceRecorder implements SmrObserver {
  private sim: SmrSimulation | null = null;
  private readonly steps: StepLines;
  /** The compaction point the trace has reached. */
  private low = 0;
  /** Slot counts some replica reached by executing, from `low` on: the snapshots the spec keeps. */
  private readonly reached = new Set<number>([0]);
  /** The 2a messages sent lately, as (time, slot), oldest first. */
  private readonly recent2a: { time: number; slot: number }[] = [];
  /** The highest ballot of any message sent: every ballot started sent a 1a. */
  private maxBallot = 0;
  private maxSlot = 0;
  private maxSeq = 0;
  private every = 1;
  private maxDelay = 0;
  /** Compactions taken. */
  compactions = 0;

  /** Steps recorded so far (the trace's lines after its header). */
  get recorded(): number {
    return this.steps.length;
  }

  /**
   * @param options.every compact once the point can move at least this many slots (default: the replicas' snapshot interval).
   * @param options.spool a file to append the step lines to as they come (default: they are kept in memory).
   */
  constructor(private readonly options: { readonly every?: number; readonly spool?: string } = {}) {
    this.steps = new StepLines(options.spool);
  }

  init(sim: SmrSimulation): void {
    if (sim.operatorId !== null) throw new Error("a run with configuration changes is traced against ReconfigMultiPaxos.tla, not CompactMultiPaxos.tla");
    this.sim = sim;
    this.every = Math.max(1, this.options.every ?? sim.options.snapshotEvery);
    this.maxDelay = sim.options.delay.max;
  }

  sent(_id: number, _from: NodeId, _to: NodeId, time: number, msg: ProtocolMessage): void {
    this.maxBallot = Math.max(this.maxBallot, msg.bal);
    if (msg.type === "2a") this.recent2a.push({ time, slot: msg.slot });
  }

  step(action: SpecAction, node: NodeId, time: number): void {
    const params = this.params(action);
    this.steps.push(JSON.stringify({ kind: "step", i: this.steps.length + 1, action: action.name, params, node, time }));
    if (action.name === "Execute" && action.params.s + 1 >= this.low) {
      this.reached.add(action.params.s + 1);
      if ((action.params.s + 1) % this.every === 0) this.compactIfPossible(time);
    }
  }

  /** The action's parameters as the compact spec names them, noting the highest slot and request number seen. */
  private params(a: SpecAction): Record<string, ItfValue> {
    if (a.name === "Request") {
      const [client, seq] = splitCommand(a.params.c);
      this.maxSeq = Math.max(this.maxSeq, seq);
      return { c: client };
    }
    if (a.name === "Phase1a") this.maxSlot = Math.max(this.maxSlot, a.params.f);
    if (a.name === "Phase2a" || a.name === "Phase2b" || a.name === "Learn") this.maxSlot = Math.max(this.maxSlot, a.params.s);
    return actionParams(a, batch);
  }

  /** Takes a Compact step if the run no longer needs the slots below some new point (see the module comment). */
  private compactIfPossible(time: number): void {
    const sim = this.sim!;
    let n = Infinity;
    for (const r of sim.replicaIds) n = Math.min(n, storedSnapshot(sim.stored(r))?.through ?? 0);
    if (n < this.low + this.every) return;
    for (const p of sim.proposerIds) {
      // A proposer that restarts starts from the decided prefix it wrote down.
      for (const r of sim.stored(p)) if (r.role === "proposer") n = Math.min(n, r.decidedBelow ?? 0);
      const s = sim.node(p, "proposer");
      n = Math.min(n, s.decidedBelow, s.nextSlot, ...s.recovered);
      n = Math.min(n, s.proposals.firstKey() ?? Infinity);
    }
    let drop = 0;
    while (drop < this.recent2a.length && this.recent2a[drop]!.time < time - this.maxDelay) drop++;
    if (drop > 0) this.recent2a.splice(0, drop);
    for (const m of this.recent2a) n = Math.min(n, m.slot);
    while (n > this.low && !this.reached.has(n)) n--;
    if (n < this.low + this.every) return;
    this.low = n;
    for (const k of this.reached) if (k < n) this.reached.delete(k);
    this.compactions++;
    this.steps.push(JSON.stringify({ kind: "step", i: this.steps.length + 1, action: "Compact", params: { n }, node: null, time }));
  }

  /** The trace: header, then one line per step. @throws Error when the step lines went to a spool file (use {@link writeTo}). */
  lines(): string[] {
    return [this.header(), ...this.steps.toArray()];
  }

  /** Writes the trace to the file `path`, a block at a time; no step can be recorded after. */
  writeTo(path: string): void {
    this.steps.writeTo(path, this.header());
  }

  /** The header line, whose constants cover the whole run. */
  private header(): string {
    const sim = this.sim;
    if (sim === null) throw new Error("the run has not started");
    const o = sim.options;
    for (const r of sim.replicaIds) this.maxSlot = Math.max(this.maxSlot, sim.node(r, "replica").applied);
    const ballots = Array.from({ length: this.maxBallot + 1 }, (_, i) => i);
    const map = (entries: readonly (readonly [ItfValue, ItfValue])[]): ItfValue => ({ "#map": entries.map(([k, v]) => [k, v]) }) as unknown as ItfValue;
    const constants: Record<string, ItfValue> = {
      Client: set(sim.clientIds),
      RequestNumber: set(Array.from({ length: Math.max(1, this.maxSeq, o.requestsPerClient) }, (_, i) => i + 1)),
      Acceptor: set(sim.acceptorIds),
      Proposer: set(sim.proposerIds),
      Replica: set(sim.replicaIds),
      Ballot: set(ballots),
      Owner: map(ballots.map((b) => [b, sim.proposerIds[b % sim.proposerIds.length]!])),
      Quorum: { "#set": sim.quorum.quorums().map((q) => set(q)) },
      Slot: set(Array.from({ length: this.maxSlot + 2 }, (_, i) => i)),
      MaxBatch: o.batch,
      None: "None",
    };
    const header = {
      kind: "header",
      format: TRACE_FORMAT,
      spec: "CompactMultiPaxos",
      mode: "events",
      seed: o.seed,
      constants,
      cluster: clusterSummary(o),
    };
    return JSON.stringify(header);
  }
}

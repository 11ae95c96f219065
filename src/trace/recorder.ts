/**
 * The trace recorder: a simulation observer that writes a run as
 * `paxos-tla-trace/1` lines (see docs/trace-format.md). Step lines carry the
 * spec action, its parameters by the spec's names, the node and the time, and,
 * in "state" mode, the spec variables after the step as given by the
 * refinement mapping.
 *
 * @module
 */
import type { Message, NodeId, PaxosSteps, SpecAction, Timer } from "../paxos/index.js";
import { isProtocolMessage, PAXOS_STEPS } from "../paxos/index.js";
import { ownerOf, Simulation } from "../cluster/index.js";
import type { ClusterView, SimEvent, SimulationObserver, SimulationOptions, SimulationResult } from "../cluster/index.js";
import { itfMap, itfSet } from "./itf.js";
import type { ItfRecord, ItfValue } from "./itf.js";
import { NONE, RefinementMapping, specMessage } from "./refinement.js";
import { TRACE_FORMAT } from "./format.js";
import type { TraceConstants, TraceHeader, TraceMode } from "./format.js";

/** How to record. */
export interface RecorderOptions {
  /** "state" (default): steps carry the spec state; "events": action and parameters only. */
  readonly mode?: TraceMode;
  /** Record non-spec events (deliveries, losses, crashes, ...). Default true. */
  readonly events?: boolean;
}

/** The spec's constants for a cluster: its nodes, values, ballots, their owners, and its quorums. */
export function traceConstants(view: ClusterView): TraceConstants {
  const ballots = Array.from({ length: view.ballotLimit }, (_, b) => b);
  return {
    Value: itfSet(view.values),
    Acceptor: itfSet(view.acceptorIds),
    Proposer: itfSet(view.proposerIds),
    Learner: itfSet(view.learnerIds),
    Ballot: itfSet(ballots),
    Owner: itfMap(ballots.map((b) => [b, ownerOf(view, b)] as const)),
    Quorum: itfSet(view.quorum.quorums().map((q) => itfSet(q))),
    None: NONE,
  };
}

/** The header line for a run. */
export function traceHeader(view: ClusterView, o: SimulationOptions, mode: TraceMode): TraceHeader {
  const cluster: Record<string, unknown> = {
    acceptors: o.acceptors,
    proposers: o.proposers,
    learners: o.learners,
    clients: o.clients,
    quorum: view.quorum.describe(),
    delay: o.delay,
    loss: o.loss,
    duplicate: o.duplicate,
    crash: o.crash,
    downtime: o.downtime,
    partition: o.partition,
    partitionDuration: o.partitionDuration,
    retry: o.retry,
    ballotsPerProposer: o.ballotsPerProposer,
    maxSteps: o.maxSteps,
  };
  return { kind: "header", format: TRACE_FORMAT, spec: "Paxos", mode, seed: o.seed, constants: traceConstants(view), cluster };
}

/** An implementation message as an event field: the spec record for 1a/1b/2a/2b, the message itself otherwise. */
function eventMessage(m: Message): ItfRecord {
  if (isProtocolMessage(m)) return specMessage(m) as unknown as ItfRecord;
  return { ...m } as unknown as ItfRecord;
}

/**
 * An event as a trace line's `what` and fields (after `kind`, `what` and
 * `time`), or `null` for an event the trace format does not record (a
 * client's timer to submit: its Propose step shows it).
 */
function eventLine(e: SimEvent): { what: string; fields: Record<string, unknown> } | null {
  switch (e.what) {
    case "deliver":
      return { what: e.what, fields: { id: e.id, from: e.from, to: e.to, msg: eventMessage(e.msg), sentAt: e.sentAt } };
    case "drop":
      return { what: e.what, fields: { id: e.id, from: e.from, to: e.to, msg: eventMessage(e.msg), reason: e.reason } };
    case "dup":
      return { what: e.what, fields: { id: e.id, from: e.from, to: e.to, msg: eventMessage(e.msg) } };
    case "crash":
    case "recover":
      return { what: e.what, fields: { node: e.node } };
    case "timer":
      return timerLine(e.node, e.timer);
    case "partition":
      return { what: e.what, fields: { groups: e.groups } };
    case "heal":
      return { what: e.what, fields: {} };
  }
}

/** A timer that fired, as a trace line: a proposer's retry is a `timeout`, a client's resend a `resubmit`. */
function timerLine(node: NodeId, timer: Timer): { what: string; fields: Record<string, unknown> } | null {
  switch (timer.type) {
    case "retry":
      return { what: "timeout", fields: { node, ballot: timer.ballot } };
    case "resubmit":
      return { what: "resubmit", fields: { node } };
    case "submit":
      return null;
  }
}

/** Writes a run as trace lines through `write`, one call per line (without the newline). */
export class TraceRecorder implements SimulationObserver {
  private readonly mode: TraceMode;
  private readonly events: boolean;
  private readonly mapping = new RefinementMapping();
  private i = 0;

  constructor(
    private readonly write: (line: string) => void,
    options: RecorderOptions = {},
  ) {
    this.mode = options.mode ?? "state";
    this.events = options.events ?? true;
  }

  /** Header, then (state mode) the initial state. */
  init(view: ClusterView, options: SimulationOptions): void {
    this.write(JSON.stringify(traceHeader(view, options, this.mode)));
    if (this.mode === "state") this.write(`{"kind":"init","state":${this.mapping.stateJson(view)}}`);
  }

  /** One step line. */
  step(action: SpecAction, node: string, time: number, view: ClusterView): void {
    const line = JSON.stringify({ kind: "step", i: ++this.i, action: action.name, params: action.params as unknown as ItfValue, node, time });
    this.write(this.mode === "state" ? `${line.slice(0, -1)},"state":${this.mapping.stateJson(view)}}` : line);
  }

  /** One event line (unless events are off). */
  event(e: SimEvent, time: number): void {
    if (!this.events) return;
    const line = eventLine(e);
    if (line !== null) this.write(JSON.stringify({ kind: "event", what: line.what, time, ...line.fields }));
  }
}

/** A recorded run: its figures and its trace as lines. */
export interface RecordedRun {
  readonly result: SimulationResult;
  readonly lines: string[];
}

/** Runs one simulation and returns its trace lines (held in memory: for tests and short runs). */
export function recordRun(options: Partial<SimulationOptions>, recorder: RecorderOptions = {}, steps: PaxosSteps = PAXOS_STEPS): RecordedRun {
  const lines: string[] = [];
  const result = new Simulation(options, new TraceRecorder((l) => lines.push(l), recorder), steps).run();
  return { result, lines };
}

/** The lines of a recorded run as ndjson text (each line ends with a newline). */
export function toNdjson(lines: readonly string[]): string {
  return lines.map((l) => `${l}\n`).join("");
}

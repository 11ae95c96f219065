/**
 * A deterministic discrete-event simulator for the protocol in `src/paxos`.
 *
 * One seed drives everything: client submission times, message delays (and so
 * reordering), losses, duplicates, partitions, crashes and restarts, and the
 * random part of every retry timeout. Events are kept in a priority queue by
 * simulated time (ties broken by scheduling order); each scheduler step takes
 * one event, runs the step function it calls for, carries out the effects in
 * order (a write to stable storage before the sends that follow it), then lets
 * each node take whatever protocol actions have become enabled (a proposer's
 * Phase2a once a quorum of 1b arrived, a learner's Learn, a proposer's Phase1a).
 *
 * Each step that implements a spec action is reported to the observer with the
 * action, its parameters, the node and the time; other happenings (delivery,
 * loss, duplication, crashes, timeouts, partitions) are reported as events.
 *
 * @module
 */
import { match } from "ts-pattern";
import {
  ballotOwner,
  INITIAL_ACCEPTOR_RECORD,
  QuorumSystem,
  initAcceptor,
  initClient,
  initLearner,
  initProposer,
  isProtocolMessage,
  phase1a,
  phase1b,
  phase2a,
  phase2b,
  learn,
  propose,
  receive1b,
  receive2b,
  receiveRequest,
  resubmit,
  restart,
  timeout,
} from "../paxos/index.js";
import type {
  AcceptorConfig,
  AcceptorRecord,
  AcceptorState,
  Ballot,
  ClientConfig,
  ClientState,
  Effect,
  LearnerConfig,
  LearnerState,
  Message,
  NodeId,
  ProposerConfig,
  ProposerRecord,
  ProposerState,
  ProtocolMessage,
  SpecAction,
  Step,
  Value,
} from "../paxos/index.js";
import { receiveDecision as clientReceiveDecision } from "../paxos/client.js";
import { receiveDecision as proposerReceiveDecision } from "../paxos/proposer.js";
import { Random } from "./random.js";
import { resolveOptions, SimulationOptionsError } from "./options.js";
import type { SimulationOptions, TimeRange } from "./options.js";

/** Why a message was not delivered. */
export type DropReason = "loss" | "partition" | "down";

/** Something that happened in a run that is not a spec action. */
export type SimEvent =
  | { readonly what: "deliver"; readonly id: number; readonly from: NodeId; readonly to: NodeId; readonly msg: Message; readonly sentAt: number }
  | { readonly what: "drop"; readonly id: number; readonly from: NodeId; readonly to: NodeId; readonly msg: Message; readonly reason: DropReason }
  | { readonly what: "dup"; readonly id: number; readonly from: NodeId; readonly to: NodeId; readonly msg: Message }
  | { readonly what: "crash"; readonly node: NodeId }
  | { readonly what: "recover"; readonly node: NodeId }
  | { readonly what: "timeout"; readonly node: NodeId; readonly ballot: Ballot }
  | { readonly what: "resubmit"; readonly node: NodeId }
  | { readonly what: "partition"; readonly groups: readonly (readonly NodeId[])[] }
  | { readonly what: "heal" };

/** A protocol message as sent, in send order. */
export interface SentMessage {
  readonly id: number;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly time: number;
  readonly msg: ProtocolMessage;
}

/** A read-only view of the whole cluster, for observers and the refinement mapping. */
export interface ClusterView {
  readonly acceptorIds: readonly NodeId[];
  readonly proposerIds: readonly NodeId[];
  readonly learnerIds: readonly NodeId[];
  readonly clientIds: readonly NodeId[];
  readonly quorum: QuorumSystem;
  /** The ballots that exist: 0 .. ballotLimit-1. */
  readonly ballotLimit: number;
  /** Every client's value, in client order: the spec's `Value`. */
  readonly values: readonly Value[];
  acceptor(id: NodeId): AcceptorState;
  proposer(id: NodeId): ProposerState;
  learner(id: NodeId): LearnerState;
  client(id: NodeId): ClientState;
  /** Every protocol message sent so far (each copy once, duplicates of delivery not repeated). */
  readonly sent: readonly SentMessage[];
}

/** Receives a run as it happens. Every method is optional. */
export interface SimulationObserver {
  /** Before the first step. */
  init?(view: ClusterView, options: SimulationOptions): void;
  /** After a step that implements a spec action, its effects carried out. */
  step?(action: SpecAction, node: NodeId, time: number, view: ClusterView): void;
  /** A happening that is not a spec action. */
  event?(event: SimEvent, time: number, view: ClusterView): void;
}

/** Figures about a run. */
export interface SimulationResult {
  readonly seed: string;
  /** Every learner learned. */
  readonly decided: boolean;
  /** The value learned, if every learner learned exactly the same single value; else `null`. */
  readonly value: Value | null;
  /** What each learner learned, in order. */
  readonly learned: Readonly<Record<NodeId, readonly Value[]>>;
  /** The values clients proposed. */
  readonly proposed: readonly Value[];
  /** Scheduler steps taken. */
  readonly steps: number;
  /** Steps that were spec actions. */
  readonly specSteps: number;
  /** Simulated time at the end. */
  readonly time: number;
  /** When the last learner learned: scheduler steps, spec steps, time; `null` if not decided. */
  readonly decision: { readonly steps: number; readonly specSteps: number; readonly time: number } | null;
  /** Time of the first Phase1a, or `null`. */
  readonly firstPhase1aTime: number | null;
  /** Simulated time from the first Phase1a to the decision (rounded to 1/1000), or `null`. */
  readonly latency: number | null;
  /** Messages sent, by type (client traffic included). */
  readonly messages: Readonly<Record<Message["type"], number>>;
  /** Protocol (1a, 1b, 2a, 2b) messages sent before the decision. */
  readonly protocolMessagesToDecision: number | null;
  readonly delivered: number;
  readonly dropped: number;
  readonly duplicated: number;
  /** Every ballot started (Phase1a), in order. */
  readonly ballots: readonly Ballot[];
  readonly crashes: number;
  readonly partitions: number;
  /** Why the run ended. */
  readonly stopped: "decided" | "budget" | "quiet";
}

type Scheduled =
  | { kind: "deliver"; time: number; seq: number; id: number; from: NodeId; to: NodeId; msg: Message; sentAt: number }
  | { kind: "timer"; time: number; seq: number; node: NodeId; epoch: number; tag: Ballot }
  | { kind: "clientStart"; time: number; seq: number; node: NodeId }
  | { kind: "restart"; time: number; seq: number; node: NodeId }
  | { kind: "crash"; time: number; seq: number; node: NodeId; downFor: number }
  | { kind: "heal"; time: number; seq: number };

/** A binary min-heap of scheduled events, by time then sequence number. */
class EventQueue {
  private readonly heap: Scheduled[] = [];
  get size(): number {
    return this.heap.length;
  }
  push(e: Scheduled): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!EventQueue.before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Scheduled | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && EventQueue.before(h[l]!, h[m]!)) m = l;
        if (r < h.length && EventQueue.before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
  private static before(a: Scheduled, b: Scheduled): boolean {
    return a.time < b.time || (a.time === b.time && a.seq < b.seq);
  }
}

/** Rounds a time to 1/1000 so that times print short and add up exactly the same everywhere. */
function roundTime(t: number): number {
  return Math.round(t * 1000) / 1000;
}

/** One simulated run. Create, then {@link Simulation.run}. */
export class Simulation implements ClusterView {
  readonly options: SimulationOptions;
  readonly acceptorIds: readonly NodeId[];
  readonly proposerIds: readonly NodeId[];
  readonly learnerIds: readonly NodeId[];
  readonly clientIds: readonly NodeId[];
  readonly quorum: QuorumSystem;
  readonly ballotLimit: number;
  readonly values: readonly Value[];
  readonly sent: SentMessage[] = [];

  private readonly random: Random;
  private readonly queue = new EventQueue();
  private readonly observer: SimulationObserver;
  private readonly acceptors = new Map<NodeId, AcceptorState>();
  private readonly proposers = new Map<NodeId, ProposerState>();
  private readonly learners = new Map<NodeId, LearnerState>();
  private readonly clients = new Map<NodeId, ClientState>();
  private readonly storage = new Map<NodeId, AcceptorRecord | ProposerRecord>();
  private readonly down = new Set<NodeId>();
  private readonly epoch = new Map<NodeId, number>();
  private partitionSide: Map<NodeId, number> | null = null;
  private readonly acceptorCfg: AcceptorConfig;
  private readonly proposerCfg: ProposerConfig;
  private readonly learnerCfg: LearnerConfig;
  private readonly clientCfg: ClientConfig;

  private now = 0;
  private seq = 0;
  private nextMessageId = 1;
  private steps = 0;
  private specSteps = 0;
  private readonly messages: Record<Message["type"], number> = { "1a": 0, "1b": 0, "2a": 0, "2b": 0, request: 0, decision: 0 };
  private delivered = 0;
  private dropped = 0;
  private duplicated = 0;
  private crashes = 0;
  private partitions = 0;
  private readonly ballots: Ballot[] = [];
  private firstPhase1aTime: number | null = null;
  /** Events raised while a step's effects are carried out; reported after the step itself. */
  private heldEvents: SimEvent[] | null = null;
  private decision: SimulationResult["decision"] = null;
  private protocolMessagesToDecision: number | null = null;

  /**
   * Sets up the cluster: acceptors `a1..`, proposers `p1..`, learners `l1..`,
   * clients `c1..` with values `v1..`.
   * @throws SimulationOptionsError for options out of range; QuorumSystemError for an unsafe quorum system.
   */
  constructor(options: Partial<SimulationOptions> = {}, observer: SimulationObserver = {}) {
    this.options = resolveOptions(options);
    const o = this.options;
    const names = (prefix: string, n: number): NodeId[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
    this.acceptorIds = names("a", o.acceptors);
    this.proposerIds = names("p", o.proposers);
    this.learnerIds = names("l", o.learners);
    this.clientIds = names("c", o.clients);
    this.values = names("v", o.clients);
    this.quorum = new QuorumSystem(this.acceptorIds, o.quorum);
    this.ballotLimit = o.proposers * o.ballotsPerProposer;
    this.random = new Random(o.seed);
    this.observer = observer;
    this.acceptorCfg = { learners: this.learnerIds, bugs: o.bugs };
    this.proposerCfg = {
      proposers: this.proposerIds,
      acceptors: this.acceptorIds,
      learners: this.learnerIds,
      quorum: this.quorum,
      ballotLimit: this.ballotLimit,
      retry: o.retry,
      bugs: o.bugs,
    };
    this.learnerCfg = { quorum: this.quorum, clients: this.clientIds, proposers: this.proposerIds, bugs: o.bugs };
    this.clientCfg = { proposers: this.proposerIds, resubmitAfter: o.resubmitAfter };
    for (const a of this.acceptorIds) {
      this.acceptors.set(a, initAcceptor(a));
      this.storage.set(a, INITIAL_ACCEPTOR_RECORD);
    }
    for (const p of this.proposerIds) {
      this.proposers.set(p, initProposer(p));
      this.storage.set(p, { role: "proposer", highestBallot: -1 });
    }
    for (const l of this.learnerIds) this.learners.set(l, initLearner(l));
    this.clientIds.forEach((c, i) => this.clients.set(c, initClient(c, this.values[i]!, i % o.proposers)));
  }

  /** The acceptor's current in-memory state (as of its last step, while it is down). */
  acceptor(id: NodeId): AcceptorState {
    return this.get(this.acceptors, id);
  }
  /** The proposer's current state. */
  proposer(id: NodeId): ProposerState {
    return this.get(this.proposers, id);
  }
  /** The learner's current state. */
  learner(id: NodeId): LearnerState {
    return this.get(this.learners, id);
  }
  /** The client's current state. */
  client(id: NodeId): ClientState {
    return this.get(this.clients, id);
  }
  /** What the node has on stable storage now (acceptors and proposers). */
  stableRecord(id: NodeId): AcceptorRecord | ProposerRecord {
    return this.get(this.storage, id);
  }
  private get<T>(m: Map<NodeId, T>, id: NodeId): T {
    const s = m.get(id);
    if (s === undefined) throw new RangeError(`no node '${id}'`);
    return s;
  }

  /** Runs to a decision by every learner, the step budget, or an empty queue. */
  run(): SimulationResult {
    const o = this.options;
    this.observer.init?.(this, o);
    for (const c of this.clientIds) this.schedule({ kind: "clientStart", seq: 0, time: roundTime(this.random.uniform(0, o.clientSpread)), node: c });
    for (const c of o.scheduledCrashes) {
      if (!this.acceptors.has(c.node) && !this.proposers.has(c.node)) throw new SimulationOptionsError(`scheduled crash of '${c.node}': only acceptors and proposers crash`);
      this.schedule({ kind: "crash", seq: 0, time: roundTime(c.at), node: c.node, downFor: c.downFor });
    }
    let stopped: SimulationResult["stopped"] = "quiet";
    while (this.queue.size > 0) {
      if (this.steps >= o.maxSteps) {
        stopped = "budget";
        break;
      }
      const e = this.queue.pop()!;
      this.now = e.time;
      this.steps++;
      this.process(e);
      this.injectFaults();
      if (this.allLearned() && this.decision === null) {
        this.decision = { steps: this.steps, specSteps: this.specSteps, time: this.now };
        this.protocolMessagesToDecision = this.messages["1a"] + this.messages["1b"] + this.messages["2a"] + this.messages["2b"];
      }
      if (this.decision !== null && o.stopWhenLearned) {
        stopped = "decided";
        break;
      }
    }
    if (this.decision !== null && stopped !== "decided") stopped = this.steps >= o.maxSteps ? "budget" : "quiet";
    const learned: Record<NodeId, Value[]> = {};
    for (const l of this.learnerIds) learned[l] = [...this.learner(l).learned];
    const all = Object.values(learned);
    const first = all[0]?.[0];
    const value = first !== undefined && all.every((vs) => vs.length === 1 && vs[0] === first) ? first : null;
    return {
      seed: o.seed,
      decided: this.decision !== null,
      value,
      learned,
      proposed: this.clientIds.map((c) => this.client(c)).filter((c) => c.submitted).map((c) => c.value),
      steps: this.steps,
      specSteps: this.specSteps,
      time: this.now,
      decision: this.decision,
      firstPhase1aTime: this.firstPhase1aTime,
      latency: this.decision !== null && this.firstPhase1aTime !== null ? roundTime(this.decision.time - this.firstPhase1aTime) : null,
      messages: { ...this.messages },
      protocolMessagesToDecision: this.protocolMessagesToDecision,
      delivered: this.delivered,
      dropped: this.dropped,
      duplicated: this.duplicated,
      ballots: [...this.ballots],
      crashes: this.crashes,
      partitions: this.partitions,
      stopped,
    };
  }

  private allLearned(): boolean {
    return this.learnerIds.every((l) => this.learner(l).learned.size > 0);
  }

  /** Queues an event; its `seq` is assigned here (callers pass 0), so ties at one time keep scheduling order. */
  private schedule(e: Scheduled): void {
    e.seq = this.seq++;
    this.queue.push(e);
  }

  private draw(r: TimeRange): number {
    return roundTime(this.random.uniform(r.min, r.max));
  }

  private emit(event: SimEvent): void {
    if (this.heldEvents !== null) this.heldEvents.push(event);
    else this.observer.event?.(event, this.now, this);
  }

  private process(e: Scheduled): void {
    // a switch rather than ts-pattern: this runs once per scheduler step
    switch (e.kind) {
      case "deliver":
        return this.deliver(e);
      case "timer":
        return this.fire(e);
      case "clientStart": {
        const r = propose(this.client(e.node), this.clientCfg);
        if (r) this.apply(e.node, r, this.clients);
        return;
      }
      case "restart":
        return this.recover(e.node);
      case "crash":
        return this.crash(e.node, e.downFor);
      case "heal":
        this.partitionSide = null;
        this.emit({ what: "heal" });
        return;
      default: {
        const never: never = e;
        throw new Error(`unknown scheduled event ${JSON.stringify(never)}`);
      }
    }
  }

  private fire(t: Extract<Scheduled, { kind: "timer" }>): void {
    if (this.down.has(t.node) || (this.epoch.get(t.node) ?? 0) !== t.epoch) return;
    if (this.proposers.has(t.node)) {
      const r = timeout(this.proposer(t.node), t.tag);
      if (r) {
        this.emit({ what: "timeout", node: t.node, ballot: t.tag });
        this.apply(t.node, r, this.proposers);
      }
    } else if (this.clients.has(t.node)) {
      const r = resubmit(this.client(t.node), this.clientCfg);
      if (r) {
        this.emit({ what: "resubmit", node: t.node });
        this.apply(t.node, r, this.clients);
      }
    }
    this.drive(t.node);
  }

  private deliver(d: Extract<Scheduled, { kind: "deliver" }>): void {
    const to = d.to;
    if (this.down.has(to)) return this.drop(d, "down");
    if (this.partitionSide !== null && this.partitionSide.has(d.from) && this.partitionSide.has(to) && this.partitionSide.get(d.from) !== this.partitionSide.get(to)) {
      return this.drop(d, "partition");
    }
    this.delivered++;
    this.emit({ what: "deliver", id: d.id, from: d.from, to, msg: d.msg, sentAt: d.sentAt });
    match(d.msg)
      .with({ type: "1a" }, (m) => this.apply(to, phase1b(this.acceptor(to), m, this.acceptorCfg), this.acceptors))
      .with({ type: "1b" }, (m) => this.apply(to, receive1b(this.proposer(to), m), this.proposers))
      .with({ type: "2a" }, (m) => this.apply(to, phase2b(this.acceptor(to), m, this.acceptorCfg), this.acceptors))
      .with({ type: "2b" }, (m) => this.apply(to, receive2b(this.learner(to), m, this.learnerCfg), this.learners))
      .with({ type: "request" }, (m) => this.apply(to, receiveRequest(this.proposer(to), m), this.proposers))
      .with({ type: "decision" }, (m) => {
        if (this.proposers.has(to)) this.apply(to, proposerReceiveDecision(this.proposer(to), m), this.proposers);
        else this.apply(to, clientReceiveDecision(this.client(to), m), this.clients);
      })
      .exhaustive();
    this.drive(to);
  }

  private drop(d: { id: number; from: NodeId; to: NodeId; msg: Message }, reason: DropReason): void {
    this.dropped++;
    this.emit({ what: "drop", id: d.id, from: d.from, to: d.to, msg: d.msg, reason });
  }

  /** Lets a node take the protocol actions that its last step enabled. */
  private drive(node: NodeId): void {
    if (this.down.has(node)) return;
    if (this.proposers.has(node)) {
      for (;;) {
        const s = this.proposer(node);
        const r2 = phase2a(s, this.proposerCfg);
        if (r2) {
          this.apply(node, r2, this.proposers);
          continue;
        }
        if (s.phase !== "idle" || s.value === null) break;
        const r1 = phase1a(s, this.proposerCfg, this.random.next());
        if (!r1) break;
        this.apply(node, r1, this.proposers);
      }
    } else if (this.learners.has(node)) {
      for (let r = learn(this.learner(node), this.learnerCfg); r; r = learn(this.learner(node), this.learnerCfg)) {
        this.apply(node, r, this.learners);
      }
    }
  }

  /** Installs a step's state, carries out its effects in order, and reports its spec action. */
  private apply<S>(node: NodeId, step: Step<S> | null, states: Map<NodeId, S>): void {
    if (step === null) return;
    states.set(node, step.state);
    // a message lost or duplicated as it is sent is reported after the step that sent it
    const outer = this.heldEvents;
    this.heldEvents = [];
    for (const eff of step.effects) this.effect(node, eff);
    const held = this.heldEvents;
    this.heldEvents = outer;
    if (step.action) {
      this.specSteps++;
      if (step.action.name === "Phase1a") {
        this.ballots.push(step.action.params.b);
        if (this.firstPhase1aTime === null) this.firstPhase1aTime = this.now;
      }
      this.observer.step?.(step.action, node, this.now, this);
    }
    for (const e of held) this.emit(e);
  }

  private effect(node: NodeId, eff: Effect): void {
    // a switch rather than ts-pattern: this runs for every effect of every step
    switch (eff.kind) {
      case "persist":
        this.storage.set(node, eff.record);
        return;
      case "send":
        return this.send(node, eff.to, eff.msg);
      case "learned":
      case "decided":
        return; // visible in the learner's and client's state
      case "setTimer": {
        const tag = this.proposers.has(node) ? this.proposer(node).ballot : 0;
        this.schedule({ kind: "timer", seq: 0, time: roundTime(this.now + eff.after), node, epoch: this.epoch.get(node) ?? 0, tag });
        return;
      }
      default: {
        const never: never = eff;
        throw new Error(`unknown effect ${JSON.stringify(never)}`);
      }
    }
  }

  private send(from: NodeId, to: NodeId, msg: Message): void {
    const id = this.nextMessageId++;
    this.messages[msg.type]++;
    if (isProtocolMessage(msg)) this.sent.push({ id, from, to, time: this.now, msg });
    const o = this.options;
    if (this.random.chance(o.loss)) return this.drop({ id, from, to, msg }, "loss");
    this.schedule({ kind: "deliver", seq: 0, time: roundTime(this.now + this.draw(o.delay)), id, from, to, msg, sentAt: this.now });
    if (this.random.chance(o.duplicate)) {
      this.duplicated++;
      this.emit({ what: "dup", id, from, to, msg });
      this.schedule({ kind: "deliver", seq: 0, time: roundTime(this.now + this.draw(o.delay)), id, from, to, msg, sentAt: this.now });
    }
  }

  /** Random crashes and partitions, drawn once per scheduler step. */
  private injectFaults(): void {
    const o = this.options;
    if (this.random.chance(o.crash)) {
      const candidates = [...this.acceptorIds, ...this.proposerIds].filter((n) => !this.down.has(n));
      if (candidates.length > 0) this.crash(this.random.pick(candidates), this.draw(o.downtime));
    }
    if (this.partitionSide === null && this.random.chance(o.partition)) {
      const servers = [...this.acceptorIds, ...this.proposerIds, ...this.learnerIds];
      const side = new Map<NodeId, number>();
      for (const n of servers) side.set(n, this.random.int(2));
      const groups = [0, 1].map((g) => servers.filter((n) => side.get(n) === g));
      if (groups.every((g) => g.length > 0)) {
        this.partitionSide = side;
        this.partitions++;
        this.emit({ what: "partition", groups });
        this.schedule({ kind: "heal", seq: 0, time: roundTime(this.now + this.draw(o.partitionDuration)) });
      }
    }
  }

  /** A node crashes (if it is up): it loses its volatile state and comes back after `downFor`. */
  private crash(node: NodeId, downFor: number): void {
    if (this.down.has(node)) return;
    this.down.add(node);
    this.epoch.set(node, (this.epoch.get(node) ?? 0) + 1);
    this.crashes++;
    this.emit({ what: "crash", node });
    this.schedule({ kind: "restart", seq: 0, time: roundTime(this.now + downFor), node });
  }

  /** A crashed node comes back: an acceptor reloads its stable storage (spec Restart), a proposer restarts afresh but for its highest ballot. */
  private recover(node: NodeId): void {
    this.down.delete(node);
    const stored = this.storage.get(node);
    if (this.acceptors.has(node)) {
      this.apply(node, restart(node, stored as AcceptorRecord), this.acceptors);
    } else {
      this.proposers.set(node, initProposer(node, stored as ProposerRecord));
      this.emit({ what: "recover", node });
    }
  }
}

/** Runs one simulation with `options` (defaults filled in), reporting to `observer`. */
export function simulate(options: Partial<SimulationOptions> = {}, observer: SimulationObserver = {}): SimulationResult {
  return new Simulation(options, observer).run();
}

/** The owner of ballot `b` in a cluster (the spec's `Owner[b]`). */
export function ownerOf(view: ClusterView, b: Ballot): NodeId {
  return ballotOwner(view.proposerIds, b);
}

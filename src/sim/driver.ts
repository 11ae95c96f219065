/**
 * A deterministic discrete-event simulator of nodes that follow the node
 * interface of `src/paxos/node.ts`. It knows nothing of any protocol: it
 * delivers messages and fires timers, carries out the host's effects (send,
 * persist, set a timer), and injects faults. What a node does with an input
 * is its handlers' business.
 *
 * One seed drives everything: message delays (and so reordering), losses,
 * duplicates, partitions, crashes and restarts, and the random part of every
 * timer. Events are kept in a priority queue by simulated time (ties broken by
 * scheduling order); each scheduler step takes one event, hands it to the
 * node's handler, and installs the steps of the reaction one by one: the
 * step's state, then its effects in order (a write to stable storage before
 * the sends that follow it), then the report of its spec action.
 *
 * A crash loses a node's volatile state and voids its timers; its stable
 * storage (the last record it persisted) survives, and its restart handler
 * gets it back.
 *
 * @module
 */
import type { HostEffect, NodeHandlers, NodeId, NodeStep } from "../paxos/node.js";
import { Random } from "./random.js";
import { EventQueue, type Scheduled } from "./queue.js";
import { checkFaults, SimulationOptionsError, type FaultOptions, type TimeRange } from "./faults.js";

/** Why a message was not delivered. */
export type DropReason = "loss" | "partition" | "down";

/** Something that happened in a run that is not a node's step. */
export type SimEvent<M, T> =
  | { readonly what: "deliver"; readonly id: number; readonly from: NodeId; readonly to: NodeId; readonly msg: M; readonly sentAt: number }
  | { readonly what: "drop"; readonly id: number; readonly from: NodeId; readonly to: NodeId; readonly msg: M; readonly reason: DropReason }
  | { readonly what: "dup"; readonly id: number; readonly from: NodeId; readonly to: NodeId; readonly msg: M }
  | { readonly what: "crash"; readonly node: NodeId }
  | { readonly what: "recover"; readonly node: NodeId }
  | { readonly what: "timer"; readonly node: NodeId; readonly timer: T }
  | { readonly what: "partition"; readonly groups: readonly (readonly NodeId[])[] }
  | { readonly what: "heal" };

/** A message as sent. */
export interface SentMessage<M> {
  readonly id: number;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly time: number;
  readonly msg: M;
}

/** One node of a simulated cluster. */
export interface SimNode<S, M, T, R, E, A> {
  readonly id: NodeId;
  readonly handlers: NodeHandlers<S, M, T, R, E, A>;
  /** What its stable storage holds before the run (nothing when absent). */
  readonly stored?: readonly R[];
  /** Whether it can crash (at random, or at a scheduled time). */
  readonly crashes: boolean;
  /** Whether random partitions put it on one side (clients, which stand outside the network of servers, do not). */
  readonly partitioned: boolean;
  /** Whether the node leads in `state`: the target of {@link FaultOptions.leaderCrash} (no node leads when absent). */
  readonly leads?: (state: S) => boolean;
}

/** Receives a run as it happens. Every method is optional. */
export interface DriverObserver<M, T, E, A> {
  /** After a step that implements a spec action, its effects carried out. */
  step?(action: A, node: NodeId, time: number): void;
  /** A happening that is not a step. */
  event?(event: SimEvent<M, T>, time: number): void;
  /**
   * A message leaves its sender (before the network decides its fate): its
   * id, sender, addressee, the time, and the message. Given as arguments, not
   * as a {@link SentMessage}, so that an observer that keeps few of them
   * builds no record for the others.
   */
  sent?(id: number, from: NodeId, to: NodeId, time: number, msg: M): void;
  /** An effect of the protocol's own (not send, persist or set a timer), in its step. */
  output?(node: NodeId, effect: E, time: number): void;
}

/** The driver's running figures. */
export interface DriverCounts {
  /** Scheduler steps taken. */
  steps: number;
  /** Steps that were spec actions. */
  specSteps: number;
  /** Messages sent, by the message's `type`. */
  readonly messages: Record<string, number>;
  delivered: number;
  dropped: number;
  duplicated: number;
  crashes: number;
  partitions: number;
}

/** Rounds a time to 1/1000 so that times print short and add up exactly the same everywhere. */
export function roundTime(t: number): number {
  return Math.round(t * 1000) / 1000;
}

/** What the simulator keeps of one node: the node, its state, its stable storage, and whether it is down. */
interface Host<S, M, T, R, E, A> {
  readonly node: SimNode<S, M, T, R, E, A>;
  state: S;
  readonly storage: R[];
  down: boolean;
  /** Crashes so far: a timer set before the last crash is void. */
  epoch: number;
}

/**
 * The simulator. `S` is a node's state, `M` a message (with a `type` to count
 * it by), `T` a timer, `R` a stable-storage record, `E` an effect, `A` a spec
 * action.
 */
export class Simulator<S, M extends { readonly type: string }, T, R, E extends { readonly kind: string }, A> {
  /** The nodes, in the order given. */
  readonly nodeIds: readonly NodeId[];
  readonly counts: DriverCounts;
  /** Messages sent by type, counted in a map (a field per type of a plain object is slow to update by a computed name); {@link counts} reads it. */
  private readonly messageCounts = new Map<string, number>();

  private readonly random: Random;
  private readonly queue = new EventQueue<M, T>();
  private readonly hosts = new Map<NodeId, Host<S, M, T, R, E, A>>();
  private partitionSide: Map<NodeId, number> | null = null;
  private time = 0;
  private seq = 0;
  private nextMessageId = 1;
  /** Each node's reaction to its start, to be installed when the run begins. */
  private readonly starting: [NodeId, readonly NodeStep<S, E, A>[]][] = [];
  /** Events raised while a step's effects are carried out; reported after the step itself. */
  private heldEvents: SimEvent<M, T>[] | null = null;
  /** Whether anyone is told of events: when not, the most frequent ones are not even built. */
  private readonly reports: boolean;

  /** @throws SimulationOptionsError for faults out of range or a scheduled crash of a node that cannot crash. */
  constructor(
    nodes: readonly SimNode<S, M, T, R, E, A>[],
    readonly faults: FaultOptions,
    private readonly observer: DriverObserver<M, T, E, A> = {},
  ) {
    checkFaults(faults);
    this.reports = observer.event !== undefined;
    const messageCounts = this.messageCounts;
    this.counts = {
      steps: 0,
      specSteps: 0,
      get messages(): Record<string, number> {
        return Object.fromEntries(messageCounts);
      },
      delivered: 0,
      dropped: 0,
      duplicated: 0,
      crashes: 0,
      partitions: 0,
    };
    this.nodeIds = nodes.map((n) => n.id);
    const names = new Set<NodeId>();
    for (const n of nodes) {
      if (names.has(n.id)) throw new SimulationOptionsError(`two nodes are named '${n.id}'`);
      names.add(n.id);
    }
    for (const c of faults.scheduledCrashes) {
      const n = nodes.find((m) => m.id === c.node);
      if (n === undefined || !n.crashes) {
        const crashable = nodes.filter((m) => m.crashes).map((m) => m.id);
        throw new SimulationOptionsError(`scheduled crash of '${c.node}': only ${crashable.length > 0 ? crashable.join(", ") : "no node"} can crash`);
      }
    }
    this.random = new Random(faults.seed);
    // Each node's initial state is there from the start; the effects of starting are carried out when the run begins.
    for (const n of nodes) {
      const first = n.handlers.start();
      this.starting.push([n.id, first]);
      const last = first[first.length - 1];
      if (last === undefined) throw new TypeError(`node '${n.id}' starts with no state`);
      this.hosts.set(n.id, { node: n, state: last.state, storage: [...(n.stored ?? [])], down: false, epoch: 0 });
    }
  }

  /** Simulated time now. */
  get now(): number {
    return this.time;
  }

  /** The node's current state (as of its last step, while it is down). */
  state(id: NodeId): S {
    return this.host(id).state;
  }

  /** What the node has on stable storage now, oldest record first. */
  stored(id: NodeId): readonly R[] {
    return this.host(id).storage;
  }

  /** Whether the node is crashed. */
  isDown(id: NodeId): boolean {
    return this.hosts.get(id)?.down === true;
  }

  private host(id: NodeId): Host<S, M, T, R, E, A> {
    const h = this.hosts.get(id);
    if (h === undefined) throw new RangeError(`no node '${id}'`);
    return h;
  }

  /**
   * Starts every node (in the order given), then runs until the queue is
   * empty, the step budget is spent, or `stop` (asked after every scheduler
   * step) says so.
   */
  run(stop: () => boolean = () => false): "budget" | "quiet" | "stopped" {
    for (const [id, reaction] of this.starting.splice(0)) this.install(this.host(id), reaction);
    for (const c of this.faults.scheduledCrashes) this.schedule({ kind: "crash", seq: 0, time: roundTime(c.at), node: c.node, downFor: c.downFor });
    while (this.queue.size > 0) {
      if (this.counts.steps >= this.faults.maxSteps) return "budget";
      const e = this.queue.pop()!;
      this.time = e.time;
      this.counts.steps++;
      this.process(e);
      this.injectFaults();
      if (stop()) return "stopped";
    }
    return "quiet";
  }

  /** Queues an event; its `seq` is assigned here (callers pass 0), so ties at one time keep scheduling order. */
  private schedule(e: Scheduled<M, T>): void {
    e.seq = this.seq++;
    this.queue.push(e);
  }

  private draw(r: TimeRange): number {
    return roundTime(this.random.uniform(r.min, r.max));
  }

  private emit(event: SimEvent<M, T>): void {
    if (!this.reports) return;
    if (this.heldEvents !== null) this.heldEvents.push(event);
    else this.observer.event?.(event, this.time);
  }

  private process(e: Scheduled<M, T>): void {
    // a switch rather than ts-pattern: this runs once per scheduler step
    switch (e.kind) {
      case "deliver":
        return this.deliver(e);
      case "timer":
        return this.fire(e);
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

  private fire(t: Extract<Scheduled<M, T>, { kind: "timer" }>): void {
    const h = this.host(t.node);
    if (h.down || h.epoch !== t.epoch) return;
    const reaction = h.node.handlers.onTimer(h.state, t.timer);
    if (reaction.length > 0 && this.reports) this.emit({ what: "timer", node: t.node, timer: t.timer });
    this.install(h, reaction);
  }

  private deliver(d: Extract<Scheduled<M, T>, { kind: "deliver" }>): void {
    const to = d.to;
    const h = this.host(to);
    if (h.down) return this.drop(d, "down");
    const side = this.partitionSide;
    if (side !== null && side.has(d.from) && side.has(to) && side.get(d.from) !== side.get(to)) return this.drop(d, "partition");
    this.counts.delivered++;
    if (this.reports) this.emit({ what: "deliver", id: d.id, from: d.from, to, msg: d.msg, sentAt: d.sentAt });
    this.install(h, h.node.handlers.onMessage(h.state, d.from, d.msg));
  }

  private drop(d: { id: number; from: NodeId; to: NodeId; msg: M }, reason: DropReason): void {
    this.counts.dropped++;
    this.emit({ what: "drop", id: d.id, from: d.from, to: d.to, msg: d.msg, reason });
  }

  /** Installs a reaction's steps in order: each step's state, its effects, the report of its spec action. */
  private install(h: Host<S, M, T, R, E, A>, reaction: readonly NodeStep<S, E, A>[]): void {
    const node = h.node.id;
    for (let k = 0; k < reaction.length; k++) {
      const step = reaction[k]!;
      h.state = step.state;
      // a message lost or duplicated as it is sent is reported after the step that sent it
      const outer = this.heldEvents;
      const held: SimEvent<M, T>[] | null = this.reports ? [] : null;
      this.heldEvents = held;
      const effects = step.effects;
      const cut = this.cutShort(h, effects.length);
      for (let i = 0; i < effects.length; i++) {
        if (i < cut) this.effect(h, effects[i]!);
        else this.lostWithCrash(node, effects[i]!);
      }
      this.heldEvents = outer;
      if (step.action !== undefined) {
        this.counts.specSteps++;
        this.observer.step?.(step.action, node, this.time);
      }
      if (held !== null) for (let i = 0; i < held.length; i++) this.emit(held[i]!);
      if (cut < effects.length) {
        this.crash(node, this.draw(this.faults.downtime));
        return;
      }
    }
  }

  /** How many of a step's effects are carried out before a crash cuts the step short: all of them, unless the fault model says otherwise. */
  private cutShort(h: Host<S, M, T, R, E, A>, effects: number): number {
    if (effects < 2 || !h.node.crashes || !this.random.chance(this.faults.crashInStep)) return effects;
    return 1 + this.random.int(effects - 1);
  }

  /** An effect that a crash in the middle of its step kept from happening: a message is lost on its way out, the rest never happens. */
  private lostWithCrash(node: NodeId, eff: E): void {
    const host = eff as unknown as HostEffect<M, T, R> | { readonly kind: "other" };
    if (host.kind === "send") this.send(node, host.to, host.msg, true);
  }

  private effect(h: Host<S, M, T, R, E, A>, eff: E): void {
    const node = h.node.id;
    // The host's three effects; any other is the protocol's own, reported as it is.
    const host = eff as unknown as HostEffect<M, T, R> | { readonly kind: "other" };
    switch (host.kind) {
      case "persist": {
        const log = h.storage;
        if (host.replaces === true) log.length = 0;
        log.push(host.record);
        return;
      }
      case "send":
        return this.send(node, host.to, host.msg);
      case "setTimer": {
        const wait = host.after + (host.jitter !== undefined && host.jitter > 0 ? host.jitter * this.random.next() : 0);
        this.schedule({ kind: "timer", seq: 0, time: roundTime(this.time + wait), node, epoch: h.epoch, timer: host.timer });
        return;
      }
      default:
        this.observer.output?.(node, eff, this.time);
    }
  }

  /** Sends a message, which the network may lose, delay or duplicate; one whose sender is crashing (`cutOff`) is lost at once. */
  private send(from: NodeId, to: NodeId, msg: M, cutOff = false): void {
    const id = this.nextMessageId++;
    const c = this.counts;
    this.messageCounts.set(msg.type, (this.messageCounts.get(msg.type) ?? 0) + 1);
    this.observer.sent?.(id, from, to, this.time, msg);
    if (cutOff) return this.drop({ id, from, to, msg }, "down");
    const o = this.faults;
    if (this.random.chance(o.loss)) return this.drop({ id, from, to, msg }, "loss");
    this.schedule({ kind: "deliver", seq: 0, time: roundTime(this.time + this.draw(o.delay)), id, from, to, msg, sentAt: this.time });
    if (this.random.chance(o.duplicate)) {
      c.duplicated++;
      this.emit({ what: "dup", id, from, to, msg });
      this.schedule({ kind: "deliver", seq: 0, time: roundTime(this.time + this.draw(o.delay)), id, from, to, msg, sentAt: this.time });
    }
  }

  /** Random crashes and partitions, drawn once per scheduler step. */
  private injectFaults(): void {
    const o = this.faults;
    if (this.random.chance(o.crash)) {
      const candidates = this.nodeIds.filter((n) => {
        const h = this.host(n);
        return h.node.crashes && !h.down;
      });
      if (candidates.length > 0) this.crash(this.random.pick(candidates), this.draw(o.downtime));
    }
    // Drawn only when asked for, so that runs without it keep their random sequence.
    if (o.leaderCrash > 0 && this.random.chance(o.leaderCrash)) {
      const leaders = this.nodeIds.filter((n) => {
        const h = this.host(n);
        return h.node.crashes && !h.down && h.node.leads?.(h.state) === true;
      });
      if (leaders.length > 0) this.crash(this.random.pick(leaders), this.draw(o.downtime));
    }
    if (this.partitionSide === null && this.random.chance(o.partition)) {
      const servers = this.nodeIds.filter((n) => this.host(n).node.partitioned);
      const side = new Map<NodeId, number>();
      for (const n of servers) side.set(n, this.random.int(2));
      const groups = [0, 1].map((g) => servers.filter((n) => side.get(n) === g));
      if (groups.every((g) => g.length > 0)) {
        this.partitionSide = side;
        this.counts.partitions++;
        this.emit({ what: "partition", groups });
        this.schedule({ kind: "heal", seq: 0, time: roundTime(this.time + this.draw(o.partitionDuration)) });
      }
    }
  }

  /** A node crashes (if it is up): its timers are void, and it comes back after `downFor` (never, if that is `Infinity`). */
  private crash(node: NodeId, downFor: number): void {
    const h = this.host(node);
    if (h.down) return;
    h.down = true;
    h.epoch++;
    this.counts.crashes++;
    this.emit({ what: "crash", node });
    if (Number.isFinite(downFor)) this.schedule({ kind: "restart", seq: 0, time: roundTime(this.time + downFor), node });
  }

  /**
   * A crashed node comes back with what it had persisted. A restart that the
   * protocol does not report as a spec action is reported as a `recover`
   * event, so that every restart shows once.
   */
  private recover(node: NodeId): void {
    const h = this.host(node);
    h.down = false;
    const reaction = h.node.handlers.onRestart(h.storage);
    if (!reaction.some((s) => s.action !== undefined)) this.emit({ what: "recover", node });
    this.install(h, reaction);
  }
}

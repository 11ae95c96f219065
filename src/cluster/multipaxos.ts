/**
 * A simulated replicated key-value store: the Multi-Paxos nodes of
 * `src/multipaxos` (acceptors, proposers, replicas) and a client workload,
 * driven by the protocol-free simulator of `src/sim` under its faults.
 * Every role can crash and restart, the leader included.
 *
 * A run gives its figures, and the clients' history: every operation with the
 * time it was invoked, and the time it completed and its result (or neither,
 * if it never completed), ready for a linearizability check.
 *
 * @module
 */
import type { QuorumSystem } from "../paxos/quorum.js";
import type { QuorumSpec } from "../paxos/quorum.js";
import {
  acceptorHandlers,
  clientHandlers,
  isProtocolMessage,
  MULTIPAXOS_STEPS,
  newestConfig,
  operatorHandlers,
  proposerHandlers,
  quorumOf,
  replicaHandlers,
} from "../multipaxos/index.js";
import type { Configuration } from "../multipaxos/index.js";
import type {
  AcceptorState,
  Batch,
  ClientState,
  Effect,
  Message,
  MultiPaxosSteps,
  NodeId,
  ProposerState,
  ProtocolMessage,
  ReplicaState,
  Slot,
  SpecAction,
  StableRecord,
  Timer,
} from "../multipaxos/index.js";
import type { KvOp, KvResult, ReconfigOp } from "../smr/kv.js";
import { checkCount, checkFaults, DEFAULT_FAULTS, roundTime, SimulationOptionsError, Simulator } from "../sim/index.js";
import type { DriverObserver, FaultOptions, SentMessage, SimEvent, SimNode } from "../sim/index.js";
import { Roles } from "./roles.js";
import type { AnyRoleState } from "./roles.js";

/** The mix of operations clients issue, as relative weights. */
export interface OpMix {
  readonly get: number;
  readonly put: number;
  readonly cas: number;
  readonly append: number;
}

/** Everything a replicated-store run depends on besides the seed. */
export interface SmrOptions extends FaultOptions {
  readonly acceptors: number;
  readonly proposers: number;
  readonly replicas: number;
  readonly clients: number;
  readonly quorum: QuorumSpec;
  /** Requests each client issues, one at a time. */
  readonly requestsPerClient: number;
  /** Keys `k1 .. kK`. */
  readonly keys: number;
  /** How keys are drawn: uniformly, or by a Zipf law of exponent 1 (a few hot keys). */
  readonly keyDistribution: "uniform" | "zipf";
  readonly mix: OpMix;
  /** Slots in flight beyond the decided prefix (1: no pipelining). */
  readonly window: number;
  /** Commands per slot at most (1: no batching). */
  readonly batch: number;
  readonly leaderTimeout: number;
  readonly heartbeatEvery: number;
  readonly resendEvery: number;
  readonly retryAfter: number;
  readonly snapshotEvery: number;
  readonly catchUpEvery: number;
  /** Clients issue their first request at a time drawn from [0, clientSpread). */
  readonly clientSpread: number;
  /** Stop once every client has its last reply (default); otherwise run to the budget or until quiet. */
  readonly stopWhenDone: boolean;
  /**
   * Configuration changes an operator asks for, in order: at time `at`, the
   * acceptors become `acceptors` with quorum system `quorum`, the replicas
   * `replicas` and the leaders `leaders` (each unchanged if not given). The
   * initial configuration is acceptors `a1 .. aN` with the quorum system
   * `quorum`, replicas `r1 .. rR` and every proposer a leader; a change takes effect `window` slots after the slot it is
   * decided in. A replica no configuration names before a change that adds
   * it is a fresh one, idle until then. Each request reports the servers
   * whose scheduled crash is permanent (`downFor: Infinity`) and came before
   * it, and the replicated state machine refuses a change that could not
   * decide without them.
   */
  readonly reconfigure: readonly Reconfiguration[];
  /**
   * A rolling replacement, when above 0: every initial acceptor is replaced
   * by a fresh one, one at a time, a change every `rollingReplacement` time
   * units from then on (`a1` by `aN+1` first), with the initial quorum
   * system; after the changes of {@link reconfigure}.
   */
  readonly rollingReplacement: number;
}

/** One configuration change an operator asks for. */
export interface Reconfiguration {
  readonly at: number;
  readonly acceptors: readonly NodeId[];
  readonly quorum: QuorumSpec;
  /** The replicas of the new configuration; those of the configuration before if not given. */
  readonly replicas?: readonly NodeId[];
  /** The proposers that may lead in the new configuration (among `p1 .. pP`); those of the configuration before if not given. */
  readonly leaders?: readonly NodeId[];
}

/** The defaults: 3 acceptors, 2 proposers, 3 replicas, 3 clients of 20 requests over 5 keys, no faults. */
export const DEFAULT_SMR_OPTIONS: SmrOptions = {
  ...DEFAULT_FAULTS,
  maxSteps: 200_000,
  acceptors: 3,
  proposers: 2,
  replicas: 3,
  clients: 3,
  quorum: { kind: "majority" },
  requestsPerClient: 20,
  keys: 5,
  keyDistribution: "uniform",
  mix: { get: 4, put: 3, cas: 1, append: 2 },
  window: 8,
  batch: 1,
  leaderTimeout: 60,
  heartbeatEvery: 15,
  resendEvery: 40,
  retryAfter: 120,
  snapshotEvery: 50,
  catchUpEvery: 50,
  clientSpread: 10,
  stopWhenDone: true,
  reconfigure: [],
  rollingReplacement: 0,
};

/** Fills in the defaults and checks every range. */
export function resolveSmrOptions(partial: Partial<SmrOptions> = {}): SmrOptions {
  const o = { ...DEFAULT_SMR_OPTIONS, ...Object.fromEntries(Object.entries(partial as Record<string, unknown>).filter(([, v]) => v !== undefined)) } as SmrOptions;
  checkCount("acceptors", o.acceptors, 1, 16);
  checkCount("proposers", o.proposers, 1, 16);
  checkCount("replicas", o.replicas, 1, 16);
  checkCount("clients", o.clients, 1, 100_000);
  checkCount("requestsPerClient", o.requestsPerClient, 0, 10_000_000);
  checkCount("keys", o.keys, 1, 1_000_000);
  checkCount("window", o.window, 1, 1_000_000);
  checkCount("batch", o.batch, 1, 1_000_000);
  checkCount("snapshotEvery", o.snapshotEvery, 1, 1_000_000_000);
  if (!(o.rollingReplacement >= 0 && Number.isFinite(o.rollingReplacement)))
    throw new SimulationOptionsError(`rollingReplacement must be a time >= 0, got ${o.rollingReplacement}`);
  checkFaults(o);
  for (const [name, t] of [
    ["leaderTimeout", o.leaderTimeout],
    ["heartbeatEvery", o.heartbeatEvery],
    ["resendEvery", o.resendEvery],
    ["retryAfter", o.retryAfter],
    ["catchUpEvery", o.catchUpEvery],
  ] as const) {
    if (!(t > 0 && Number.isFinite(t))) throw new SimulationOptionsError(`${name} must be a positive time, got ${t}`);
  }
  if (!(o.heartbeatEvery < o.leaderTimeout))
    throw new SimulationOptionsError(`heartbeatEvery (${o.heartbeatEvery}) must be below leaderTimeout (${o.leaderTimeout}), or followers would depose a live leader`);
  const weights = Object.values(o.mix);
  if (weights.some((w) => !(w >= 0)) || !weights.some((w) => w > 0)) throw new SimulationOptionsError("the operation mix needs weights >= 0, at least one of them positive");
  return o;
}

/** One operation of the clients' history. */
export interface HistoryEntry {
  readonly client: NodeId;
  readonly seq: number;
  readonly op: KvOp;
  /** When the client issued it. */
  readonly invoke: number;
  /** When its reply arrived, or `null` if it never did (it may or may not have taken effect). */
  complete: number | null;
  result: KvResult | null;
}

/** Figures about a run. */
export interface SmrResult {
  readonly seed: string;
  /** Requests answered. */
  readonly completed: number;
  /** Requests issued. */
  readonly issued: number;
  readonly steps: number;
  readonly specSteps: number;
  /** Simulated time at the end. */
  readonly time: number;
  /** Messages sent, by type. */
  readonly messages: Readonly<Record<string, number>>;
  /** Slots decided (learned by some replica). */
  readonly slots: number;
  /** The highest slot every replica of the newest configuration executed through (the slowest one's executed prefix). */
  readonly executedByAll: Slot;
  /** Leaders elected (Phase1a steps that were followed by leading), as ballots started. */
  readonly ballots: number;
  readonly crashes: number;
  readonly dropped: number;
  readonly duplicated: number;
  /** Slots in which two replicas learned different values (must be empty). */
  readonly disagreements: readonly Slot[];
  readonly history: readonly HistoryEntry[];
  readonly stopped: "done" | "budget" | "quiet";
}

/**
 * FNV-1a of `text` continued from `h` (one step per code point: the first
 * code unit of each). A hash of several parts continues the hash of the ones
 * before, so a prefix shared by several draws is hashed once.
 */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h = Math.imul(h ^ unit, 16777619) >>> 0;
    // a surrogate pair is one code point: its second unit is not hashed
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) i++;
    }
  }
  return h;
}

/** FNV-1a's starting value. */
const FNV_START = 2166136261;

/**
 * A pseudo-random number in [0, 1) that is a pure function of its arguments
 * (so clients draw nothing): the FNV-1a hash of `part` continued from
 * `prefix`, mixed. `prefix` is the hash of the parts before it, each
 * followed by a NUL character ({@link fnv} of `FNV_START` and that text).
 */
function hashUnit(prefix: number, part: string): number {
  let h = fnv(prefix, part);
  h = (h ^ (h >>> 15)) >>> 0;
  h = Math.imul(h, 2246822519) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  h = Math.imul(h, 3266489917) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h / 2 ** 32;
}

/**
 * The workload of client `client`: request `seq` is a pure function of the
 * seed, the client and `seq`. Values are unique (`c1.7` is client c1's 7th
 * request), so that a history can be checked.
 */
export function workload(o: SmrOptions, client: NodeId): (seq: number) => KvOp | null {
  const total = o.mix.get + o.mix.put + o.mix.cas + o.mix.append;
  // Zipf with exponent 1: key i has weight 1/i.
  const harmonic: number[] = [];
  if (o.keyDistribution === "zipf") for (let i = 1, sum = 0; i <= o.keys; i++) harmonic.push((sum += 1 / i));
  const key = (u: number): string => {
    if (o.keyDistribution === "uniform") return `k${1 + Math.floor(u * o.keys)}`;
    const target = u * harmonic[harmonic.length - 1]!;
    let lo = 0;
    let hi = harmonic.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (harmonic[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return `k${lo + 1}`;
  };
  // the three draws of a request share its seed, client and number: the seed and the client are hashed once
  const clientPrefix = fnv(FNV_START, `${o.seed}\u0000${client}\u0000`);
  return (seq) => {
    if (seq > o.requestsPerClient) return null;
    const prefix = fnv(clientPrefix, `${seq}\u0000`);
    const k = key(hashUnit(prefix, "key"));
    const value = `${client}.${seq}`;
    let u = hashUnit(prefix, "op") * total;
    if ((u -= o.mix.get) < 0) return { type: "get", key: k };
    if ((u -= o.mix.put) < 0) return { type: "put", key: k, value };
    if ((u -= o.mix.cas) < 0) {
      // expect the value some earlier request of this client may have written, or absence
      const back = Math.floor(hashUnit(prefix, "cas") * 4);
      return { type: "cas", key: k, expected: back === 0 || seq - back < 1 ? null : `${client}.${seq - back}`, value };
    }
    return { type: "append", key: k, value: `${value};` };
  };
}

/** The state of a node of each role. */
interface RoleStates {
  readonly acceptor: AcceptorState;
  readonly proposer: ProposerState;
  readonly replica: ReplicaState;
  readonly client: ClientState;
}

/** What the simulator holds for a node: its role's state (the run keeps each node's role, see `roles.ts`). */
export type SmrNodeState = AnyRoleState<RoleStates>;

/** Receives a replicated-store run as it happens. */
export interface SmrObserver {
  init?(sim: SmrSimulation): void;
  step?(action: SpecAction, node: NodeId, time: number, sim: SmrSimulation): void;
  event?(event: SimEvent<Message, Timer>, time: number, sim: SmrSimulation): void;
  /** A protocol message leaves its sender (before the network decides its fate), whether or not the run keeps it in {@link SmrSimulation.sent}. */
  sent?(id: number, from: NodeId, to: NodeId, time: number, msg: ProtocolMessage, sim: SmrSimulation): void;
}

/** Several observers as one, each told in turn. */
export function observeAllSmr(...observers: readonly SmrObserver[]): SmrObserver {
  return {
    init: (sim) => observers.forEach((o) => o.init?.(sim)),
    step: (action, node, time, sim) => observers.forEach((o) => o.step?.(action, node, time, sim)),
    event: (e, time, sim) => observers.forEach((o) => o.event?.(e, time, sim)),
    sent: (id, from, to, time, msg, sim) => observers.forEach((o) => o.sent?.(id, from, to, time, msg, sim)),
  };
}

/** One simulated run of the replicated store. Create, then {@link SmrSimulation.run}. */
export class SmrSimulation {
  readonly options: SmrOptions;
  readonly acceptorIds: readonly NodeId[];
  readonly proposerIds: readonly NodeId[];
  readonly replicaIds: readonly NodeId[];
  readonly clientIds: readonly NodeId[];
  /** The quorum system of the initial configuration. */
  readonly quorum: QuorumSystem;
  /** The initial configuration (`C1`), then the one each change installs (`C2`, ...). */
  readonly configurations: readonly Configuration[];
  /** The operator's requests, in order: request `i + 1` asks for `configurations[i + 1]`. */
  readonly changes: readonly ReconfigOp[];
  /** The operator that asks for the configuration changes, if there are any. */
  readonly operatorId: NodeId | null;
  /** Every protocol message sent so far, in send order. */
  readonly sent: SentMessage<ProtocolMessage>[] = [];
  /** Whether to keep {@link sent}: the recorders of `MultiPaxos.tla` traces read it; a benchmark, and the compacted recorder (which follows the messages it needs through {@link SmrObserver.sent}), need not. */
  keepSent = true;

  private readonly sim: Simulator<SmrNodeState, Message, Timer, StableRecord, Effect, SpecAction>;
  /** Each node's role. */
  private readonly roles = new Roles<RoleStates>();
  private readonly history: HistoryEntry[] = [];
  /** By client, its operation waiting for a reply (a client has one at a time). */
  private readonly open = new Map<NodeId, HistoryEntry>();
  private readonly learnedValue = new Map<Slot, Batch>();
  private readonly disagreements: Slot[] = [];
  private ballots = 0;
  /** Requests answered so far. */
  private completed = 0;

  /**
   * `steps` are the step functions the nodes run (a variant of the protocol
   * runs through the same handlers with another table).
   *
   * @throws SimulationOptionsError for options out of range; QuorumSystemError for an unsafe quorum system.
   */
  constructor(
    options: Partial<SmrOptions> = {},
    private readonly observer: SmrObserver = {},
    steps: MultiPaxosSteps = MULTIPAXOS_STEPS,
  ) {
    const o = (this.options = resolveSmrOptions(options));
    const names = (prefix: string, n: number): NodeId[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
    const initialAcceptors = names("a", o.acceptors);
    const initialReplicas = names("r", o.replicas);
    this.proposerIds = names("p", o.proposers);
    this.clientIds = names("c", o.clients);
    const n = initialAcceptors.length;
    const rolling: Reconfiguration[] =
      o.rollingReplacement > 0
        ? initialAcceptors.map((_, k) => ({
            at: (k + 1) * o.rollingReplacement,
            acceptors: [...initialAcceptors.slice(k + 1), ...names("a", n + k + 1).slice(n)],
            quorum: o.quorum,
          }))
        : [];
    const changes = [...o.reconfigure, ...rolling];
    const configurations: Configuration[] = [{ name: "C1", acceptors: initialAcceptors, quorum: o.quorum, replicas: initialReplicas, leaders: this.proposerIds }];
    for (const r of changes) {
      const before = configurations[configurations.length - 1]!;
      configurations.push({
        name: `C${configurations.length + 1}`,
        acceptors: [...r.acceptors],
        quorum: r.quorum,
        replicas: [...(r.replicas ?? before.replicas)],
        leaders: [...(r.leaders ?? before.leaders)],
      });
    }
    this.configurations = configurations;
    // Built once per configuration, and shared with the nodes: refuses a quorum system that is not safe.
    for (const c of this.configurations) quorumOf(c);
    this.quorum = quorumOf(this.configurations[0]!);
    for (const c of this.configurations)
      for (const p of c.leaders)
        if (!this.proposerIds.includes(p)) throw new SimulationOptionsError(`${c.name} names the leader '${p}', who is not among the proposers ${this.proposerIds.join(", ")}`);
    const failures = o.scheduledCrashes.filter((c) => c.downFor === Infinity);
    this.changes = changes.map((r, i): ReconfigOp => ({
      type: "reconfig",
      config: this.configurations[i + 1]!,
      failed: failures.filter((c) => c.at <= r.at).map((c) => c.node),
    }));
    this.acceptorIds = [...new Set(this.configurations.flatMap((c) => c.acceptors))];
    this.replicaIds = [...new Set(this.configurations.flatMap((c) => c.replicas))];
    this.operatorId = changes.length > 0 ? "o1" : null;
    const initial = this.configurations[0]!;
    type Node = SimNode<SmrNodeState, Message, Timer, StableRecord, Effect, SpecAction>;
    const server = { crashes: true, partitioned: true };
    const proposerCfg = {
      proposers: this.proposerIds,
      initial,
      window: o.window,
      batch: o.batch,
      leaderTimeout: o.leaderTimeout,
      heartbeatEvery: o.heartbeatEvery,
      resendEvery: o.resendEvery,
    };
    const replicaCfg = {
      proposers: this.proposerIds,
      initial,
      alpha: o.window,
      snapshotEvery: o.snapshotEvery,
      catchUpEvery: o.catchUpEvery,
    };
    const nodes: Node[] = [
      ...this.acceptorIds.map((id): Node => ({ id, handlers: this.roles.node(id, "acceptor", acceptorHandlers(id, steps)), ...server })),
      ...this.proposerIds.map((id, i): Node => ({
        id,
        handlers: this.roles.node(id, "proposer", proposerHandlers(id, proposerCfg, i === 0, steps)),
        leads: (s) => (s as ProposerState).role === "leading",
        ...server,
      })),
      ...this.replicaIds.map((id): Node => ({ id, handlers: this.roles.node(id, "replica", replicaHandlers(id, replicaCfg, steps)), ...server })),
      ...this.clientIds.map((id, i): Node => ({
        id,
        handlers: this.roles.node(
          id,
          "client",
          clientHandlers(
            id,
            { proposers: this.proposerIds, retryAfter: o.retryAfter, workload: workload(o, id) },
            { target: i % o.proposers, submitWithin: o.clientSpread },
            steps,
          ),
        ),
        crashes: false,
        partitioned: false,
      })),
      ...(this.operatorId === null
        ? []
        : [
            {
              id: this.operatorId,
              handlers: this.roles.node(
                this.operatorId,
                "client",
                operatorHandlers(
                  this.operatorId,
                  {
                    proposers: this.proposerIds,
                    retryAfter: o.retryAfter,
                    workload: (seq) => this.changes[seq - 1] ?? null,
                  },
                  changes.map((r) => r.at),
                  steps,
                ),
              ),
              crashes: false,
              partitioned: false,
            } satisfies Node,
          ]),
    ];
    const driverObserver: DriverObserver<Message, Timer, Effect, SpecAction> = {
      step: (action, node, time) => {
        if (action.name === "Phase1a") this.ballots++;
        if (action.name === "Learn") this.checkLearned(action.params.s, action.params.v);
        this.observer.step?.(action, node, time, this);
      },
      // only when someone listens: a simulator with no one to tell builds no events
      event: observer.event === undefined ? undefined : (e, time) => this.observer.event?.(e, time, this),
      sent: (id, from, to, time, msg) => {
        if (!isProtocolMessage(msg)) return;
        if (this.keepSent) this.sent.push({ id, from, to, time, msg });
        this.observer.sent?.(id, from, to, time, msg, this);
      },
      output: (_node, e, time) => {
        if (e.kind === "invoke" && e.command.op.type !== "reconfig") {
          const h: HistoryEntry = { client: e.command.client, seq: e.command.seq, op: e.command.op, invoke: time, complete: null, result: null };
          this.history.push(h);
          this.open.set(h.client, h);
        } else if (e.kind === "complete") {
          const h = this.open.get(e.client);
          if (h !== undefined && h.seq === e.seq) {
            h.complete = time;
            h.result = e.result;
            this.open.delete(e.client);
            this.completed++;
          }
        }
      },
    };
    this.sim = new Simulator(nodes, o, driverObserver);
  }

  /** A node's current state, as a role's state. */
  node<K extends keyof RoleStates>(id: NodeId, role: K): RoleStates[K] {
    return this.roles.state(id, role, this.sim.state(id));
  }

  /** What the node has on stable storage now. */
  stored(id: NodeId): readonly StableRecord[] {
    return this.sim.stored(id);
  }

  /** Simulated time now. */
  get now(): number {
    return this.sim.now;
  }

  /** The replicas of the newest configuration the most advanced replica knows: those serving at the end of a run. */
  servingReplicas(): readonly NodeId[] {
    let ahead = this.node(this.replicaIds[0]!, "replica");
    for (const r of this.replicaIds) {
      const s = this.node(r, "replica");
      if (s.applied > ahead.applied) ahead = s;
    }
    return newestConfig(ahead.configs).replicas;
  }

  private checkLearned(slot: Slot, v: Batch): void {
    const first = this.learnedValue.get(slot);
    if (first === undefined) this.learnedValue.set(slot, v);
    else if (first !== v && JSON.stringify(first) !== JSON.stringify(v)) this.disagreements.push(slot);
  }

  /** Runs until every client is done (unless told to go on), the budget, or an empty agenda. */
  run(): SmrResult {
    const o = this.options;
    this.observer.init?.(this);
    // Every client is done when every request has its reply (counted as they arrive: asking each client after every step would cost a step per client).
    const all = this.clientIds.length * o.requestsPerClient;
    const ended = this.sim.run(() => o.stopWhenDone && this.completed >= all);
    const c = this.sim.counts;
    return {
      seed: o.seed,
      completed: this.history.filter((h) => h.complete !== null).length,
      issued: this.history.length,
      steps: c.steps,
      specSteps: c.specSteps,
      time: roundTime(this.sim.now),
      messages: { ...c.messages },
      slots: this.learnedValue.size,
      executedByAll: Math.min(...this.servingReplicas().map((r) => this.node(r, "replica").applied)),
      ballots: this.ballots,
      crashes: c.crashes,
      dropped: c.dropped,
      duplicated: c.duplicated,
      disagreements: [...this.disagreements],
      history: this.history,
      stopped: ended === "stopped" ? "done" : ended,
    };
  }
}

/** Runs one replicated-store simulation. */
export function simulateSmr(options: Partial<SmrOptions> = {}, observer: SmrObserver = {}, steps: MultiPaxosSteps = MULTIPAXOS_STEPS): SmrResult {
  return new SmrSimulation(options, observer, steps).run();
}

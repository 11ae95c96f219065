/**
 * A simulated Paxos cluster: the nodes of `src/paxos` (acceptors, proposers,
 * learners, clients, through their handlers) driven by the protocol-free
 * simulator of `src/sim`, with the figures of a run.
 *
 * Each step that implements a spec action is reported to the observer with
 * the action, its parameters, the node and the time; other happenings
 * (delivery, loss, duplication, crashes, timers, partitions) are reported as
 * events.
 *
 * @module
 */
import { acceptorHandlers, ballotOwner, clientHandlers, isProtocolMessage, learnerHandlers, PAXOS_STEPS, proposerHandlers, QuorumSystem } from "../paxos/index.js";
import type {
  AcceptorState,
  Ballot,
  ClientState,
  Effect,
  LearnerState,
  Message,
  NodeId,
  PaxosSteps,
  ProposerConfig,
  ProposerState,
  ProtocolMessage,
  SpecAction,
  StableRecord,
  Timer,
  Value,
} from "../paxos/index.js";
import { roundTime, Simulator } from "../sim/index.js";
import type { DriverObserver, SentMessage, SimEvent as DriverEvent, SimNode } from "../sim/index.js";
import { resolveOptions } from "./options.js";
import { Roles } from "./roles.js";
import type { AnyRoleState } from "./roles.js";
import type { SimulationOptions } from "./options.js";

/** Something that happened in a Paxos run that is not a spec action. */
export type SimEvent = DriverEvent<Message, Timer>;

/** A protocol message as sent, in send order. */
export type SentProtocolMessage = SentMessage<ProtocolMessage>;

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
  readonly sent: readonly SentProtocolMessage[];
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

/** The state of a node of each role. */
interface RoleStates {
  readonly acceptor: AcceptorState;
  readonly proposer: ProposerState;
  readonly learner: LearnerState;
  readonly client: ClientState;
}

/** What the simulator holds for a node: its role's state (the run keeps each node's role, see `roles.ts`). */
export type PaxosNodeState = AnyRoleState<RoleStates>;

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
  readonly sent: SentProtocolMessage[] = [];

  private readonly sim: Simulator<PaxosNodeState, Message, Timer, StableRecord, Effect, SpecAction>;
  /** Each node's role. */
  private readonly roles = new Roles<RoleStates>();
  private readonly observer: SimulationObserver;
  private readonly ballots: Ballot[] = [];
  private firstPhase1aTime: number | null = null;
  private decision: SimulationResult["decision"] = null;
  private protocolMessagesToDecision: number | null = null;

  /**
   * Sets up the cluster: acceptors `a1..`, proposers `p1..`, learners `l1..`,
   * clients `c1..` with values `v1..`. Acceptors and proposers can crash;
   * clients stand outside the partitions. `steps` runs a variant of the
   * protocol through the same handlers.
   * @throws SimulationOptionsError for options out of range; QuorumSystemError for an unsafe quorum system.
   */
  constructor(options: Partial<SimulationOptions> = {}, observer: SimulationObserver = {}, steps: PaxosSteps = PAXOS_STEPS) {
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
    this.observer = observer;
    const proposerCfg: ProposerConfig = {
      proposers: this.proposerIds,
      acceptors: this.acceptorIds,
      learners: this.learnerIds,
      quorum: this.quorum,
      ballotLimit: this.ballotLimit,
      retry: o.retry,
    };
    const learnerCfg = { quorum: this.quorum, clients: this.clientIds, proposers: this.proposerIds };
    const clientCfg = { proposers: this.proposerIds, resubmitAfter: o.resubmitAfter };
    type Node = SimNode<PaxosNodeState, Message, Timer, StableRecord, Effect, SpecAction>;
    const nodes: Node[] = [
      ...this.acceptorIds.map((id): Node => ({
        id,
        handlers: this.roles.node(id, "acceptor", acceptorHandlers(id, { learners: this.learnerIds }, steps)),
        stored: [{ role: "acceptor", maxBal: -1, maxVBal: -1, maxVal: null }],
        crashes: true,
        partitioned: true,
      })),
      ...this.proposerIds.map((id): Node => ({
        id,
        handlers: this.roles.node(id, "proposer", proposerHandlers(id, proposerCfg, steps)),
        stored: [{ role: "proposer", highestBallot: -1 }],
        crashes: true,
        partitioned: true,
      })),
      ...this.learnerIds.map((id): Node => ({ id, handlers: this.roles.node(id, "learner", learnerHandlers(id, learnerCfg, steps)), crashes: false, partitioned: true })),
      ...this.clientIds.map((id, i): Node => ({
        id,
        handlers: this.roles.node(id, "client", clientHandlers(id, clientCfg, { value: this.values[i]!, target: i % o.proposers, submitWithin: o.clientSpread }, steps)),
        crashes: false,
        partitioned: false,
      })),
    ];
    const view = this as ClusterView;
    const driverObserver: DriverObserver<Message, Timer, Effect, SpecAction> = {
      step: (action, node, time) => {
        if (action.name === "Phase1a") {
          this.ballots.push(action.params.b);
          if (this.firstPhase1aTime === null) this.firstPhase1aTime = time;
        }
        this.observer.step?.(action, node, time, view);
      },
      // only when someone listens: a simulator with no one to tell builds no events
      event: observer.event === undefined ? undefined : (e, time) => this.observer.event?.(e, time, view),
      sent: (id, from, to, time, msg) => {
        if (isProtocolMessage(msg)) this.sent.push({ id, from, to, time, msg });
      },
    };
    this.sim = new Simulator(nodes, o, driverObserver);
  }

  /** The acceptor's current in-memory state (as of its last step, while it is down). */
  acceptor(id: NodeId): AcceptorState {
    return this.node(id, "acceptor");
  }
  /** The proposer's current state. */
  proposer(id: NodeId): ProposerState {
    return this.node(id, "proposer");
  }
  /** The learner's current state. */
  learner(id: NodeId): LearnerState {
    return this.node(id, "learner");
  }
  /** The client's current state. */
  client(id: NodeId): ClientState {
    return this.node(id, "client");
  }
  /** The last record the node wrote to stable storage (acceptors and proposers; each record is a full image). */
  stableRecord(id: NodeId): StableRecord | undefined {
    const log = this.sim.stored(id);
    return log[log.length - 1];
  }
  private node<K extends keyof RoleStates>(id: NodeId, role: K): RoleStates[K] {
    return this.roles.state(id, role, this.sim.state(id));
  }

  /** Runs to a decision by every learner, the step budget, or an empty queue. */
  run(): SimulationResult {
    const o = this.options;
    this.observer.init?.(this, o);
    const c = this.sim.counts;
    const protocolMessages = (): number => (c.messages["1a"] ?? 0) + (c.messages["1b"] ?? 0) + (c.messages["2a"] ?? 0) + (c.messages["2b"] ?? 0);
    const ended = this.sim.run(() => {
      if (this.decision === null && this.allLearned()) {
        this.decision = { steps: c.steps, specSteps: c.specSteps, time: this.sim.now };
        this.protocolMessagesToDecision = protocolMessages();
      }
      return this.decision !== null && o.stopWhenLearned;
    });
    const stopped: SimulationResult["stopped"] = ended === "stopped" ? "decided" : ended;
    const learned: Record<NodeId, Value[]> = {};
    for (const l of this.learnerIds) learned[l] = [...this.learner(l).learned];
    const all = Object.values(learned);
    const first = all[0]?.[0];
    const value = first !== undefined && all.every((vs) => vs.length === 1 && vs[0] === first) ? first : null;
    const messages: Record<Message["type"], number> = { "1a": 0, "1b": 0, "2a": 0, "2b": 0, request: 0, decision: 0 };
    for (const t of Object.keys(messages) as Message["type"][]) messages[t] = c.messages[t] ?? 0;
    return {
      seed: o.seed,
      decided: this.decision !== null,
      value,
      learned,
      proposed: this.clientIds
        .map((id) => this.client(id))
        .filter((cl) => cl.submitted)
        .map((cl) => cl.value),
      steps: c.steps,
      specSteps: c.specSteps,
      time: this.sim.now,
      decision: this.decision,
      firstPhase1aTime: this.firstPhase1aTime,
      latency: this.decision !== null && this.firstPhase1aTime !== null ? roundTime(this.decision.time - this.firstPhase1aTime) : null,
      messages,
      protocolMessagesToDecision: this.protocolMessagesToDecision,
      delivered: c.delivered,
      dropped: c.dropped,
      duplicated: c.duplicated,
      ballots: [...this.ballots],
      crashes: c.crashes,
      partitions: c.partitions,
      stopped,
    };
  }

  private allLearned(): boolean {
    return this.learnerIds.every((l) => this.learner(l).learned.size > 0);
  }
}

/** Runs one simulation with `options` (defaults filled in), reporting to `observer`. */
export function simulate(options: Partial<SimulationOptions> = {}, observer: SimulationObserver = {}, steps: PaxosSteps = PAXOS_STEPS): SimulationResult {
  return new Simulation(options, observer, steps).run();
}

/** The owner of ballot `b` in a cluster (the spec's `Owner[b]`). */
export function ownerOf(view: ClusterView, b: Ballot): NodeId {
  return ballotOwner(view.proposerIds, b);
}

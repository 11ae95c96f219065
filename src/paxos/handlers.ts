/**
 * The node handlers of single-decree Paxos: for each role, which step
 * function answers which input (see {@link NodeHandlers}). This is the whole
 * of the protocol's routing; a host only delivers inputs and carries out
 * effects.
 *
 * | role     | input                 | steps                                   |
 * |----------|-----------------------|-----------------------------------------|
 * | acceptor | 1a                    | {@link phase1b}                          |
 * | acceptor | 2a                    | {@link phase2b}                          |
 * | acceptor | restart               | {@link restart}                          |
 * | proposer | request               | {@link receiveRequest}, then duties      |
 * | proposer | 1b                    | {@link receive1b}, then duties           |
 * | proposer | decision              | {@link proposerReceiveDecision}          |
 * | proposer | retry timer           | {@link timeout}, then duties             |
 * | proposer | restart               | a fresh proposer that remembers its highest ballot |
 * | learner  | 2b                    | {@link receive2b}, then {@link learn} while it can |
 * | client   | submit timer          | {@link propose}                          |
 * | client   | resubmit timer        | {@link resubmit}                         |
 * | client   | decision              | {@link clientReceiveDecision}            |
 *
 * A proposer's duties are {@link phase2a} once a quorum has joined, and
 * {@link phase1a} whenever it is idle with a value to get chosen.
 *
 * Every dispatch over messages and timers is exhaustive: a new message type
 * or timer fails to compile until each role says what it does with it (most
 * roles ignore most messages, and say so).
 *
 * The step functions come in as a table, {@link PaxosSteps}, defaulting to
 * the ones of this package; a variant of the protocol runs through the same
 * handlers by passing another table.
 *
 * @module
 */
import { match } from "ts-pattern";
import type { NodeHandlers, Reaction } from "./node.js";
import { andThen, NO_STEP, reaction } from "./node.js";
import type { AcceptorRecord, Effect, Message, NodeId, ProposerRecord, SpecAction, StableRecord, Step, Timer, Value } from "./types.js";
import type { AcceptorConfig, AcceptorState } from "./acceptor.js";
import { initAcceptor, phase1b, phase2b, restart } from "./acceptor.js";
import type { ProposerConfig, ProposerState } from "./proposer.js";
import { initProposer, phase1a, phase2a, receive1b, receiveDecision as proposerReceiveDecision, receiveRequest, timeout } from "./proposer.js";
import type { LearnerConfig, LearnerState } from "./learner.js";
import { initLearner, learn, receive2b } from "./learner.js";
import type { ClientConfig, ClientState } from "./client.js";
import { initClient, propose, receiveDecision as clientReceiveDecision, resubmit } from "./client.js";

/** The step functions the handlers call, by name. */
export interface PaxosSteps {
  readonly phase1b: typeof phase1b;
  readonly phase2b: typeof phase2b;
  readonly restart: typeof restart;
  readonly phase1a: typeof phase1a;
  readonly receive1b: typeof receive1b;
  readonly phase2a: typeof phase2a;
  readonly receiveRequest: typeof receiveRequest;
  readonly timeout: typeof timeout;
  readonly proposerReceiveDecision: typeof proposerReceiveDecision;
  readonly initProposer: typeof initProposer;
  readonly receive2b: typeof receive2b;
  readonly learn: typeof learn;
  readonly propose: typeof propose;
  readonly resubmit: typeof resubmit;
  readonly clientReceiveDecision: typeof clientReceiveDecision;
}

/** The step functions of this package. */
export const PAXOS_STEPS: PaxosSteps = {
  phase1b,
  phase2b,
  restart,
  phase1a,
  receive1b,
  phase2a,
  receiveRequest,
  timeout,
  proposerReceiveDecision,
  initProposer,
  receive2b,
  learn,
  propose,
  resubmit,
  clientReceiveDecision,
};

/** The handlers of a Paxos node whose state is `S`. */
export type PaxosHandlers<S> = NodeHandlers<S, Message, Timer, StableRecord, Effect, SpecAction>;

/** What a role's handlers answer to an input they have no use for. */
const ignore = <S>(): Reaction<S, Effect, SpecAction> => NO_STEP;

/**
 * The record a role restarts from: the last one on its stable storage (each
 * record is a full image of what the role keeps), if any; a record of another
 * role is a host's error.
 */
function expectRecord<K extends StableRecord["role"]>(role: K, stored: readonly StableRecord[]): Extract<StableRecord, { role: K }> | undefined {
  const last = stored[stored.length - 1];
  if (last !== undefined && last.role !== role) throw new TypeError(`a ${role} cannot restart from a ${last.role}'s record`);
  return last as Extract<StableRecord, { role: K }> | undefined;
}

/** An acceptor: it answers 1a with Phase1b and 2a with Phase2b, and restarts from its record. */
export function acceptorHandlers(id: NodeId, cfg: AcceptorConfig, steps: PaxosSteps = PAXOS_STEPS): PaxosHandlers<AcceptorState> {
  return {
    start: () => [{ state: initAcceptor(id), effects: [] }],
    onMessage: (s, _from, msg) =>
      match(msg)
        .with({ type: "1a" }, (m) => reaction(steps.phase1b(s, m)))
        .with({ type: "2a" }, (m) => reaction(steps.phase2b(s, m, cfg)))
        .with({ type: "1b" }, { type: "2b" }, { type: "request" }, { type: "decision" }, () => ignore<AcceptorState>())
        .exhaustive(),
    onTimer: () => ignore(),
    onRestart: (stored) => {
      const record: AcceptorRecord = expectRecord("acceptor", stored) ?? { role: "acceptor", maxBal: -1, maxVBal: -1, maxVal: null };
      return [steps.restart(id, record)];
    },
  };
}

/** A proposer's duties: Phase2a once a quorum has joined; Phase1a when idle with a value. */
function proposerDuties(cfg: ProposerConfig, steps: PaxosSteps): (s: ProposerState) => Step<ProposerState> | null {
  return (s) => steps.phase2a(s, cfg) ?? steps.phase1a(s, cfg);
}

/** A proposer: it takes requests and 1b reports, retries on its timer, and does its duties after each. */
export function proposerHandlers(id: NodeId, cfg: ProposerConfig, steps: PaxosSteps = PAXOS_STEPS): PaxosHandlers<ProposerState> {
  const duties = proposerDuties(cfg, steps);
  return {
    start: () => [{ state: steps.initProposer(id), effects: [] }],
    onMessage: (s, _from, msg) =>
      match(msg)
        .with({ type: "request" }, (m) => andThen(s, steps.receiveRequest(s, m), duties))
        .with({ type: "1b" }, (m) => andThen(s, steps.receive1b(s, m), duties))
        .with({ type: "decision" }, (m) => andThen(s, steps.proposerReceiveDecision(s, m), duties))
        .with({ type: "1a" }, { type: "2a" }, { type: "2b" }, () => ignore<ProposerState>())
        .exhaustive(),
    onTimer: (s, timer) =>
      match(timer)
        .with({ type: "retry" }, (t) => andThen(s, steps.timeout(s, t.ballot), duties))
        .with({ type: "resubmit" }, { type: "submit" }, () => ignore<ProposerState>())
        .exhaustive(),
    onRestart: (stored) => {
      const record: ProposerRecord | undefined = expectRecord("proposer", stored);
      return [{ state: steps.initProposer(id, record), effects: [] }];
    },
  };
}

/** A learner: it keeps each 2b and learns whatever a quorum of them shows. */
export function learnerHandlers(id: NodeId, cfg: LearnerConfig, steps: PaxosSteps = PAXOS_STEPS): PaxosHandlers<LearnerState> {
  const duties = (s: LearnerState): Step<LearnerState> | null => steps.learn(s, cfg);
  return {
    start: () => [{ state: initLearner(id), effects: [] }],
    onMessage: (s, _from, msg) =>
      match(msg)
        .with({ type: "2b" }, (m) => andThen(s, steps.receive2b(s, m, cfg), duties))
        .with({ type: "1a" }, { type: "1b" }, { type: "2a" }, { type: "request" }, { type: "decision" }, () => ignore<LearnerState>())
        .exhaustive(),
    onTimer: () => ignore(),
    // A learner keeps nothing on stable storage; it comes back knowing nothing and learns again from the 2b messages.
    onRestart: () => [{ state: initLearner(id), effects: [] }],
  };
}

/** What a client needs besides its {@link ClientConfig}: its value, the proposer it asks first, when it submits. */
export interface ClientWorkload {
  readonly value: Value;
  readonly target: number;
  /** It submits at a time drawn by the host uniformly from `[0, submitWithin)`. */
  readonly submitWithin: number;
}

/** A client: it submits when its first timer fires, resubmits on the next ones, and takes the first decision it is told. */
export function clientHandlers(id: NodeId, cfg: ClientConfig, work: ClientWorkload, steps: PaxosSteps = PAXOS_STEPS): PaxosHandlers<ClientState> {
  return {
    start: () => [{ state: initClient(id, work.value, work.target), effects: [{ kind: "setTimer", timer: { type: "submit" }, after: 0, jitter: work.submitWithin }] }],
    onMessage: (s, _from, msg) =>
      match(msg)
        .with({ type: "decision" }, (m) => reaction(steps.clientReceiveDecision(s, m)))
        .with({ type: "1a" }, { type: "1b" }, { type: "2a" }, { type: "2b" }, { type: "request" }, () => ignore<ClientState>())
        .exhaustive(),
    onTimer: (s, timer) =>
      match(timer)
        .with({ type: "submit" }, () => reaction(steps.propose(s, cfg)))
        .with({ type: "resubmit" }, () => reaction(steps.resubmit(s, cfg)))
        .with({ type: "retry" }, () => ignore<ClientState>())
        .exhaustive(),
    // A client's request is volatile: after a crash it starts over and submits again.
    onRestart: () => [{ state: initClient(id, work.value, work.target), effects: [{ kind: "setTimer", timer: { type: "submit" }, after: 0, jitter: work.submitWithin }] }],
  };
}

/**
 * The node handlers of Multi-Paxos: for each role, which step function
 * answers which input (see the node interface in `src/paxos/node.ts`).
 *
 * | role     | input            | steps                                                   |
 * |----------|------------------|---------------------------------------------------------|
 * | acceptor | 1a               | {@link phase1b}, or {@link preempt} below its promise    |
 * | acceptor | 2a               | {@link phase2b}, or {@link preempt} below its promise    |
 * | acceptor | vote query       | {@link answerVoteQuery}                                  |
 * | acceptor | restart          | {@link restart} from its log                             |
 * | proposer | request          | {@link receiveRequest}, then duties                      |
 * | proposer | 1b               | {@link receive1b}, then duties                           |
 * | proposer | 2b               | {@link proposerReceive2b}, then duties                           |
 * | proposer | preempted        | {@link preempted}                                        |
 * | proposer | heartbeat        | {@link receiveHeartbeat}                                 |
 * | proposer | executed         | {@link receiveExecuted}, then duties                     |
 * | proposer | leader check     | {@link leaderCheck}, then {@link phase1a}, then duties    |
 * | proposer | heartbeat timer  | {@link heartbeat}                                        |
 * | proposer | resend timer     | {@link resend}                                           |
 * | replica  | 2b               | {@link replicaReceive2b}, then {@link learn} and {@link execute} while they can |
 * | replica  | catch-up request | {@link answerCatchUp}                                    |
 * | replica  | decisions        | {@link installSnapshot}, {@link learnFromPeer}, then executes |
 * | replica  | catch-up timer   | {@link catchUpTimer}                                      |
 * | replica  | restart          | {@link recover} from its snapshot                         |
 * | client   | submit timer     | {@link request}                                          |
 * | client   | reply            | {@link receiveReply}, then the next {@link request}       |
 * | client   | retry timer      | {@link retry}                                            |
 *
 * A proposer's duties: {@link adopt} once a quorum joined its ballot,
 * {@link phase2a} while it leads and has something to propose. It runs
 * {@link phase1a} only when its leader check fires having heard from no
 * leader for a whole period: a request or a report arriving before then
 * (a client that picked it at start-up, say) does not make it challenge a
 * leader it has simply not heard from yet.
 *
 * The step functions come in as a table, {@link MultiPaxosSteps}, defaulting
 * to the ones of this package; a variant of the protocol runs through the
 * same handlers by passing another table.
 *
 * @module
 */
import type { NodeHandlers, Reaction } from "../paxos/node.js";
import { andThen, NO_STEP, reaction } from "../paxos/node.js";
import type { AcceptorState } from "./acceptor.js";
import { answerVoteQuery, initAcceptor, phase1b, phase2b, preempt, restart } from "./acceptor.js";
import type { ProposerConfig, ProposerState } from "./proposer.js";
import type { ConfigHistory } from "./configuration.js";
import {
  adopt,
  heartbeat,
  initProposer,
  leaderCheck,
  phase1a,
  phase2a,
  preempted,
  receive1b,
  receive2b as proposerReceive2b,
  receiveExecuted,
  receiveHeartbeat,
  receiveRequest,
  resend,
} from "./proposer.js";
import type { ReplicaConfig, ReplicaState } from "./replica.js";
import { answerCatchUp, catchUpTimer, emptySnapshot, execute, initReplica, installSnapshot, learn, learnFromPeer, receive2b as replicaReceive2b, recover } from "./replica.js";
import type { ClientConfig, ClientState } from "./client.js";
import { initClient, receiveReply, request, retry } from "./client.js";
import type { Effect, Message, NodeId, SpecAction, StableRecord, Step, Timer } from "./types.js";

/** The step functions the handlers call, by name. */
export interface MultiPaxosSteps {
  readonly phase1b: typeof phase1b;
  readonly phase2b: typeof phase2b;
  readonly preempt: typeof preempt;
  readonly answerVoteQuery: typeof answerVoteQuery;
  readonly restart: typeof restart;
  readonly initProposer: typeof initProposer;
  readonly leaderCheck: typeof leaderCheck;
  readonly phase1a: typeof phase1a;
  readonly receive1b: typeof receive1b;
  readonly adopt: typeof adopt;
  readonly phase2a: typeof phase2a;
  readonly proposerReceive2b: typeof proposerReceive2b;
  readonly receiveRequest: typeof receiveRequest;
  readonly preempted: typeof preempted;
  readonly receiveHeartbeat: typeof receiveHeartbeat;
  readonly receiveExecuted: typeof receiveExecuted;
  readonly heartbeat: typeof heartbeat;
  readonly resend: typeof resend;
  readonly replicaReceive2b: typeof replicaReceive2b;
  readonly learn: typeof learn;
  readonly execute: typeof execute;
  readonly catchUpTimer: typeof catchUpTimer;
  readonly answerCatchUp: typeof answerCatchUp;
  readonly installSnapshot: typeof installSnapshot;
  readonly learnFromPeer: typeof learnFromPeer;
  readonly recover: typeof recover;
  readonly request: typeof request;
  readonly retry: typeof retry;
  readonly receiveReply: typeof receiveReply;
}

/** The step functions of this package. */
export const MULTIPAXOS_STEPS: MultiPaxosSteps = {
  phase1b,
  phase2b,
  preempt,
  answerVoteQuery,
  restart,
  initProposer,
  leaderCheck,
  phase1a,
  receive1b,
  adopt,
  phase2a,
  proposerReceive2b,
  receiveRequest,
  preempted,
  receiveHeartbeat,
  receiveExecuted,
  heartbeat,
  resend,
  replicaReceive2b,
  learn,
  execute,
  catchUpTimer,
  answerCatchUp,
  installSnapshot,
  learnFromPeer,
  recover,
  request,
  retry,
  receiveReply,
};

/** The handlers of a Multi-Paxos node whose state is `S`. */
export type MultiPaxosHandlers<S> = NodeHandlers<S, Message, Timer, StableRecord, Effect, SpecAction>;

const none = <S>(): Reaction<S, Effect, SpecAction> => NO_STEP;

/** An acceptor. */
export function acceptorHandlers(id: NodeId, steps: MultiPaxosSteps = MULTIPAXOS_STEPS): MultiPaxosHandlers<AcceptorState> {
  const { phase1b, phase2b, preempt, answerVoteQuery, restart } = steps;
  return {
    start: () => [{ state: initAcceptor(id), effects: [] }],
    onMessage: (s, _from, m) => {
      switch (m.type) {
        case "1a":
          return reaction(phase1b(s, m) ?? preempt(s, m));
        case "2a":
          return reaction(phase2b(s, m) ?? preempt(s, m));
        case "votequery":
          return reaction(answerVoteQuery(s, m));
        case "1b":
        case "2b":
        case "preempted":
        case "heartbeat":
        case "executed":
        case "request":
        case "reply":
        case "catchup":
        case "decisions":
          return none();
      }
    },
    onTimer: () => none(),
    onRestart: (log) => [restart(id, log)],
  };
}

/** A proposer's duties, in order: adopting a quorum's reports, proposing. */
function proposerDuties(cfg: ProposerConfig, { adopt, phase2a }: MultiPaxosSteps): (s: ProposerState) => Step<ProposerState> | null {
  return (s) => adopt(s, cfg) ?? phase2a(s, cfg);
}

/** A proposer (a leader when elected). `first` is whether it tries to lead at once (the others wait a leader-check period). */
export function proposerHandlers(id: NodeId, cfg: ProposerConfig, first: boolean, steps: MultiPaxosSteps = MULTIPAXOS_STEPS): MultiPaxosHandlers<ProposerState> {
  const { initProposer, receiveRequest, receive1b, proposerReceive2b, preempted, receiveHeartbeat, receiveExecuted, leaderCheck, phase1a, heartbeat, resend } = steps;
  const duties = proposerDuties(cfg, steps);
  const check = (after: number): Effect => ({ kind: "setTimer", timer: { type: "leaderCheck" }, after, jitter: cfg.leaderTimeout });
  return {
    // The first proposer tries to lead at once; the others give it a leader-check period.
    start: () => [{ state: initProposer(id, cfg.initial), effects: [first ? { kind: "setTimer", timer: { type: "leaderCheck" }, after: 0 } : check(cfg.leaderTimeout)] }],
    onMessage: (s, _from, m) => {
      switch (m.type) {
        case "request":
          return andThen(s, receiveRequest(s, m), duties);
        case "1b":
          return andThen(s, receive1b(s, m), duties);
        case "2b":
          return andThen(s, proposerReceive2b(s, m, cfg), duties);
        case "preempted":
          return reaction(preempted(s, m));
        case "heartbeat":
          return reaction(receiveHeartbeat(s, m));
        case "executed":
          return andThen(s, receiveExecuted(s, m), duties);
        case "1a":
        case "2a":
        case "reply":
        case "catchup":
        case "decisions":
        case "votequery":
          return none();
      }
    },
    onTimer: (s, timer) => {
      switch (timer.type) {
        case "leaderCheck": {
          const checked = leaderCheck(s);
          return andThen(s, { ...checked, effects: [...checked.effects, check(cfg.leaderTimeout)] }, (x) => phase1a(x, cfg) ?? duties(x));
        }
        case "heartbeat":
          return reaction(heartbeat(s, cfg));
        case "resend":
          return reaction(resend(s, cfg));
        case "catchUp":
        case "submit":
        case "retry":
          return none();
      }
    },
    onRestart: (log) => {
      let highest = -1;
      let known: { decidedBelow: number; configs: ConfigHistory } | undefined;
      for (const r of log) {
        if (r.role !== "proposer") continue;
        highest = Math.max(highest, r.highestBallot);
        if (r.decidedBelow !== undefined && r.configs !== undefined && r.decidedBelow >= (known?.decidedBelow ?? 0)) known = { decidedBelow: r.decidedBelow, configs: r.configs };
      }
      return [{ state: initProposer(id, cfg.initial, highest, known), effects: [check(cfg.leaderTimeout)] }];
    },
  };
}

/** A replica's duties: learn what a quorum voted for, execute what is decided in order. */
function replicaDuties(cfg: ReplicaConfig, { learn, execute }: MultiPaxosSteps): (s: ReplicaState) => Step<ReplicaState> | null {
  return (s) => learn(s, cfg) ?? execute(s, cfg);
}

/** A replica. */
export function replicaHandlers(id: NodeId, cfg: ReplicaConfig, steps: MultiPaxosSteps = MULTIPAXOS_STEPS): MultiPaxosHandlers<ReplicaState> {
  const { replicaReceive2b, answerCatchUp, installSnapshot, learnFromPeer, catchUpTimer, recover } = steps;
  const duties = replicaDuties(cfg, steps);
  const timer: Effect = { kind: "setTimer", timer: { type: "catchUp" }, after: cfg.catchUpEvery };
  return {
    start: () => [{ state: initReplica(id, emptySnapshot(cfg.initial)), effects: [timer] }],
    onMessage: (s, _from, m) => {
      switch (m.type) {
        case "2b":
          return andThen(s, replicaReceive2b(s, m), duties);
        case "catchup":
          return reaction(answerCatchUp(s, m));
        case "decisions":
          return andThen(s, installSnapshot(s, m), (x) => learnFromPeer(x, m) ?? duties(x));
        case "1a":
        case "1b":
        case "2a":
        case "preempted":
        case "heartbeat":
        case "executed":
        case "request":
        case "reply":
        case "votequery":
          return none();
      }
    },
    onTimer: (s, t) => {
      switch (t.type) {
        case "catchUp":
          return reaction(catchUpTimer(s, cfg));
        case "leaderCheck":
        case "heartbeat":
        case "resend":
        case "submit":
        case "retry":
          return none();
      }
    },
    onRestart: (log) => {
      const back = recover(id, log, cfg.initial);
      return [{ ...back, effects: [...back.effects, timer] }];
    },
  };
}

/** When a client starts: it submits its first request at a time the host draws from `[0, submitWithin)`. */
export interface ClientStart {
  readonly target: number;
  readonly submitWithin: number;
}

/** A client. */
export function clientHandlers(id: NodeId, cfg: ClientConfig, start: ClientStart, steps: MultiPaxosSteps = MULTIPAXOS_STEPS): MultiPaxosHandlers<ClientState> {
  const { request, retry, receiveReply } = steps;
  const next = (s: ClientState): Step<ClientState> | null => request(s, cfg);
  const begin = (): Reaction<ClientState, Effect, SpecAction> => [
    { state: initClient(id, start.target), effects: [{ kind: "setTimer", timer: { type: "submit" }, after: 0, jitter: start.submitWithin }] },
  ];
  return {
    start: begin,
    // A client hears only replies; anything else is not for it.
    onMessage: (s, _from, m) => (m.type === "reply" ? andThen(s, receiveReply(s, m), next) : none()),
    onTimer: (s, t) => (t.type === "submit" ? reaction(request(s, cfg)) : t.type === "retry" ? reaction(retry(s, t.seq, cfg)) : none()),
    // A client keeps nothing on stable storage: it starts over.
    onRestart: begin,
  };
}

/**
 * An operator: a client whose requests change the configuration, one at each
 * of the times `at` (a change whose time comes while the one before is still
 * unanswered waits for it). It does not crash.
 */
export function operatorHandlers(id: NodeId, cfg: ClientConfig, at: readonly number[], steps: MultiPaxosSteps = MULTIPAXOS_STEPS): MultiPaxosHandlers<ClientState> {
  const { request, retry, receiveReply } = steps;
  const wait = cfg.retryAfter / 4;
  return {
    start: () => [{ state: initClient(id, 0), effects: at.map((t): Effect => ({ kind: "setTimer", timer: { type: "submit" }, after: t })) }],
    onMessage: (s, _from, m) => (m.type === "reply" ? reaction(receiveReply(s, m)) : none()),
    onTimer: (s, t) => {
      switch (t.type) {
        case "submit":
          return s.pending === null ? reaction(request(s, cfg)) : [{ state: s, effects: [{ kind: "setTimer", timer: { type: "submit" }, after: wait }] }];
        case "retry":
          return reaction(retry(s, t.seq, cfg));
        default:
          return none();
      }
    },
    onRestart: () => [{ state: initClient(id, 0), effects: [] }],
  };
}

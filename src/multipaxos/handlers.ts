/**
 * The node handlers of Multi-Paxos: for each role, which step function
 * answers which input (see the node interface in `src/paxos/node.ts`).
 *
 * | role     | input            | steps                                                   |
 * |----------|------------------|---------------------------------------------------------|
 * | acceptor | 1a               | {@link phase1b}, or {@link preempt} below its promise    |
 * | acceptor | 2a               | {@link phase2b}, or {@link preempt} below its promise    |
 * | acceptor | restart          | {@link restart} from its log                             |
 * | proposer | request          | {@link receiveRequest}, then duties                      |
 * | proposer | 1b               | {@link receive1b}, then duties                           |
 * | proposer | 2b               | {@link receive2b}, then duties                           |
 * | proposer | preempted        | {@link preempted}                                        |
 * | proposer | heartbeat        | {@link receiveHeartbeat}                                 |
 * | proposer | executed         | {@link receiveExecuted}, then duties                     |
 * | proposer | leader check     | {@link leaderCheck}, then duties                          |
 * | proposer | heartbeat timer  | {@link heartbeat}                                        |
 * | proposer | resend timer     | {@link resend}                                           |
 * | replica  | 2b               | {@link receive2b}, then {@link learn} and {@link execute} while they can |
 * | replica  | catch-up request | {@link answerCatchUp}                                    |
 * | replica  | decisions        | {@link installSnapshot}, {@link learnFromPeer}, then executes |
 * | replica  | catch-up timer   | {@link catchUpTimer}                                      |
 * | replica  | restart          | {@link recover} from its snapshot                         |
 * | client   | submit timer     | {@link request}                                          |
 * | client   | reply            | {@link receiveReply}, then the next {@link request}       |
 * | client   | retry timer      | {@link retry}                                            |
 *
 * A proposer's duties: {@link phase1a} when it heard from no leader,
 * {@link adopt} once a quorum joined its ballot, {@link phase2a} while it
 * leads and has something to propose.
 *
 * @module
 */
import { match, P } from "ts-pattern";
import type { NodeHandlers, Reaction } from "../paxos/node.js";
import { andThen, reaction } from "../paxos/node.js";
import type { AcceptorConfig, AcceptorState } from "./acceptor.js";
import { initAcceptor, phase1b, phase2b, preempt, restart } from "./acceptor.js";
import type { ProposerConfig, ProposerState } from "./proposer.js";
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
import { answerCatchUp, catchUpTimer, execute, initReplica, installSnapshot, learn, learnFromPeer, receive2b, recover } from "./replica.js";
import type { ClientConfig, ClientState } from "./client.js";
import { initClient, receiveReply, request, retry } from "./client.js";
import type { Effect, Message, NodeId, SpecAction, StableRecord, Step, Timer } from "./types.js";

/** The handlers of a Multi-Paxos node whose state is `S`. */
export type MultiPaxosHandlers<S> = NodeHandlers<S, Message, Timer, StableRecord, Effect, SpecAction>;

const none = <S>(): Reaction<S, Effect, SpecAction> => [];

/** An acceptor. */
export function acceptorHandlers(id: NodeId, cfg: AcceptorConfig): MultiPaxosHandlers<AcceptorState> {
  return {
    start: () => [{ state: initAcceptor(id), effects: [] }],
    onMessage: (s, _from, msg) =>
      match(msg)
        .with({ type: "1a" }, (m) => reaction(phase1b(s, m) ?? preempt(s, m)))
        .with({ type: "2a" }, (m) => reaction(phase2b(s, m, cfg) ?? preempt(s, m)))
        .with({ type: P.union("1b", "2b", "preempted", "heartbeat", "executed", "request", "reply", "catchup", "decisions") }, () => none<AcceptorState>())
        .exhaustive(),
    onTimer: () => none(),
    onRestart: (log) => [restart(id, log)],
  };
}

/** A proposer's duties, in order: phase 1 when no leader was heard, adopting a quorum's reports, proposing. */
function proposerDuties(cfg: ProposerConfig): (s: ProposerState) => Step<ProposerState> | null {
  return (s) => phase1a(s, cfg) ?? adopt(s, cfg) ?? phase2a(s, cfg);
}

/** A proposer (a leader when elected). `first` is whether it tries to lead at once (the others wait a leader-check period). */
export function proposerHandlers(id: NodeId, cfg: ProposerConfig, first: boolean): MultiPaxosHandlers<ProposerState> {
  const duties = proposerDuties(cfg);
  const check = (after: number): Effect => ({ kind: "setTimer", timer: { type: "leaderCheck" }, after, jitter: cfg.leaderTimeout });
  return {
    // The first proposer tries to lead at once; the others give it a leader-check period.
    start: () => [{ state: initProposer(id), effects: [first ? { kind: "setTimer", timer: { type: "leaderCheck" }, after: 0 } : check(cfg.leaderTimeout)] }],
    onMessage: (s, _from, msg) =>
      match(msg)
        .with({ type: "request" }, (m) => andThen(s, receiveRequest(s, m), duties))
        .with({ type: "1b" }, (m) => andThen(s, receive1b(s, m), duties))
        .with({ type: "2b" }, (m) => andThen(s, proposerReceive2b(s, m, cfg), duties))
        .with({ type: "preempted" }, (m) => reaction(preempted(s, m)))
        .with({ type: "heartbeat" }, (m) => reaction(receiveHeartbeat(s, m)))
        .with({ type: "executed" }, (m) => andThen(s, receiveExecuted(s, m), duties))
        .with({ type: P.union("1a", "2a", "reply", "catchup", "decisions") }, () => none<ProposerState>())
        .exhaustive(),
    onTimer: (s, timer) =>
      match(timer)
        .with({ type: "leaderCheck" }, () => {
          const checked = leaderCheck(s);
          return andThen(s, { ...checked, effects: [...checked.effects, check(cfg.leaderTimeout)] }, duties);
        })
        .with({ type: "heartbeat" }, () => reaction(heartbeat(s, cfg)))
        .with({ type: "resend" }, () => reaction(resend(s, cfg)))
        .with({ type: P.union("catchUp", "submit", "retry") }, () => none<ProposerState>())
        .exhaustive(),
    onRestart: (log) => {
      let highest = -1;
      for (const r of log) if (r.role === "proposer") highest = Math.max(highest, r.highestBallot);
      return [{ state: initProposer(id, highest), effects: [check(cfg.leaderTimeout)] }];
    },
  };
}

/** A replica's duties: learn what a quorum voted for, execute what is decided in order. */
function replicaDuties(cfg: ReplicaConfig): (s: ReplicaState) => Step<ReplicaState> | null {
  return (s) => learn(s, cfg) ?? execute(s, cfg);
}

/** A replica. */
export function replicaHandlers(id: NodeId, cfg: ReplicaConfig): MultiPaxosHandlers<ReplicaState> {
  const duties = replicaDuties(cfg);
  const timer: Effect = { kind: "setTimer", timer: { type: "catchUp" }, after: cfg.catchUpEvery };
  return {
    start: () => [{ state: initReplica(id), effects: [timer] }],
    onMessage: (s, _from, msg) =>
      match(msg)
        .with({ type: "2b" }, (m) => andThen(s, receive2b(s, m), duties))
        .with({ type: "catchup" }, (m) => reaction(answerCatchUp(s, m)))
        .with({ type: "decisions" }, (m) => andThen(s, installSnapshot(s, m), (x) => learnFromPeer(x, m) ?? duties(x)))
        .with({ type: P.union("1a", "1b", "2a", "preempted", "heartbeat", "executed", "request", "reply") }, () => none<ReplicaState>())
        .exhaustive(),
    onTimer: (s, t) =>
      match(t)
        .with({ type: "catchUp" }, () => reaction(catchUpTimer(s, cfg)))
        .with({ type: P.union("leaderCheck", "heartbeat", "resend", "submit", "retry") }, () => none<ReplicaState>())
        .exhaustive(),
    onRestart: (log) => {
      const back = recover(id, log);
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
export function clientHandlers(id: NodeId, cfg: ClientConfig, start: ClientStart): MultiPaxosHandlers<ClientState> {
  const begin = (): Reaction<ClientState, Effect, SpecAction> => [
    { state: initClient(id, start.target), effects: [{ kind: "setTimer", timer: { type: "submit" }, after: 0, jitter: start.submitWithin }] },
  ];
  return {
    start: begin,
    onMessage: (s, _from, msg) =>
      match(msg)
        .with({ type: "reply" }, (m) => andThen(s, receiveReply(s, m), (x) => request(x, cfg)))
        .with({ type: P.union("1a", "1b", "2a", "2b", "preempted", "heartbeat", "executed", "request", "catchup", "decisions") }, () => none<ClientState>())
        .exhaustive(),
    onTimer: (s, t) =>
      match(t)
        .with({ type: "submit" }, () => reaction(request(s, cfg)))
        .with({ type: "retry" }, (x) => reaction(retry(s, x.seq, cfg)))
        .with({ type: P.union("leaderCheck", "heartbeat", "resend", "catchUp") }, () => none<ClientState>())
        .exhaustive(),
    // A client keeps nothing on stable storage: it starts over.
    onRestart: begin,
  };
}

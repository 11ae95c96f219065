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
import type { NodeHandlers } from "../paxos/node.js";
import type { AcceptorState } from "./acceptor.js";
import { answerVoteQuery, phase1b, phase2b, preempt, restart } from "./acceptor.js";
import type { ProposerConfig, ProposerState } from "./proposer.js";
import { adopt, heartbeat, initProposer, leaderCheck, phase1a, phase2a, preempted, receive1b, receive2b as proposerReceive2b, receiveExecuted, receiveHeartbeat, receiveRequest, resend } from "./proposer.js";
import type { ReplicaConfig, ReplicaState } from "./replica.js";
import { answerCatchUp, catchUpTimer, execute, installSnapshot, learn, learnFromPeer, receive2b as replicaReceive2b, recover } from "./replica.js";
import type { ClientConfig, ClientState } from "./client.js";
import { receiveReply, request, retry } from "./client.js";
import type { Effect, Message, NodeId, SpecAction, StableRecord, Timer } from "./types.js";
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
export declare const MULTIPAXOS_STEPS: MultiPaxosSteps;
/** The handlers of a Multi-Paxos node whose state is `S`. */
export type MultiPaxosHandlers<S> = NodeHandlers<S, Message, Timer, StableRecord, Effect, SpecAction>;
/** An acceptor. */
export declare function acceptorHandlers(id: NodeId, steps?: MultiPaxosSteps): MultiPaxosHandlers<AcceptorState>;
/** A proposer (a leader when elected). `first` is whether it tries to lead at once (the others wait a leader-check period). */
export declare function proposerHandlers(id: NodeId, cfg: ProposerConfig, first: boolean, steps?: MultiPaxosSteps): MultiPaxosHandlers<ProposerState>;
/** A replica. */
export declare function replicaHandlers(id: NodeId, cfg: ReplicaConfig, steps?: MultiPaxosSteps): MultiPaxosHandlers<ReplicaState>;
/** When a client starts: it submits its first request at a time the host draws from `[0, submitWithin)`. */
export interface ClientStart {
    readonly target: number;
    readonly submitWithin: number;
}
/** A client. */
export declare function clientHandlers(id: NodeId, cfg: ClientConfig, start: ClientStart, steps?: MultiPaxosSteps): MultiPaxosHandlers<ClientState>;
/**
 * An operator: a client whose requests change the configuration, one at each
 * of the times `at` (a change whose time comes while the one before is still
 * unanswered waits for it). It does not crash.
 */
export declare function operatorHandlers(id: NodeId, cfg: ClientConfig, at: readonly number[], steps?: MultiPaxosSteps): MultiPaxosHandlers<ClientState>;

import type { NodeHandlers } from "./node.js";
import type { Effect, Message, NodeId, SpecAction, StableRecord, Timer, Value } from "./types.js";
import type { AcceptorConfig, AcceptorState } from "./acceptor.js";
import { phase1b, phase2b, restart } from "./acceptor.js";
import type { ProposerConfig, ProposerState } from "./proposer.js";
import { initProposer, phase1a, phase2a, receive1b, receiveDecision as proposerReceiveDecision, receiveRequest, timeout } from "./proposer.js";
import type { LearnerConfig, LearnerState } from "./learner.js";
import { learn, receive2b } from "./learner.js";
import type { ClientConfig, ClientState } from "./client.js";
import { propose, receiveDecision as clientReceiveDecision, resubmit } from "./client.js";
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
export declare const PAXOS_STEPS: PaxosSteps;
/** The handlers of a Paxos node whose state is `S`. */
export type PaxosHandlers<S> = NodeHandlers<S, Message, Timer, StableRecord, Effect, SpecAction>;
/** An acceptor: it answers 1a with Phase1b and 2a with Phase2b, and restarts from its record. */
export declare function acceptorHandlers(id: NodeId, cfg: AcceptorConfig, steps?: PaxosSteps): PaxosHandlers<AcceptorState>;
/** A proposer: it takes requests and 1b reports, retries on its timer, and does its duties after each. */
export declare function proposerHandlers(id: NodeId, cfg: ProposerConfig, steps?: PaxosSteps): PaxosHandlers<ProposerState>;
/** A learner: it keeps each 2b and learns whatever a quorum of them shows. */
export declare function learnerHandlers(id: NodeId, cfg: LearnerConfig, steps?: PaxosSteps): PaxosHandlers<LearnerState>;
/** What a client needs besides its {@link ClientConfig}: its value, the proposer it asks first, when it submits. */
export interface ClientWorkload {
    readonly value: Value;
    readonly target: number;
    /** It submits at a time drawn by the host uniformly from `[0, submitWithin)`. */
    readonly submitWithin: number;
}
/** A client: it submits when its first timer fires, resubmits on the next ones, and takes the first decision it is told. */
export declare function clientHandlers(id: NodeId, cfg: ClientConfig, work: ClientWorkload, steps?: PaxosSteps): PaxosHandlers<ClientState>;

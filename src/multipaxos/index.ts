/**
 * Multi-Paxos for state machine replication, as pure step functions, one per
 * action of `spec/MultiPaxos.tla`, and the node handlers that route each
 * role's inputs to them.
 *
 * @module
 */
export * from "./types.js";
export { SlotMap } from "./slotMap.js";
export { SlotLog } from "./slotLog.js";
export { initAcceptor, phase1b, phase2b, preempt, answerVoteQuery, restart } from "./acceptor.js";
export type { AcceptorState } from "./acceptor.js";
export {
  initProposer,
  nextBallot,
  leaderCheck,
  phase1a,
  receive1b,
  safeValue,
  adopt,
  phase2a,
  receive2b as proposerReceive2b,
  receiveRequest,
  preempted,
  receiveHeartbeat,
  receiveExecuted,
  heartbeat,
  resend,
} from "./proposer.js";
export type { ProposerState, ProposerConfig, ProposerRole } from "./proposer.js";
export {
  initReplica,
  emptySnapshot,
  recover,
  storedSnapshot,
  receive2b as replicaReceive2b,
  learn,
  execute,
  catchUpTimer,
  answerCatchUp,
  installSnapshot,
  learnFromPeer,
} from "./replica.js";
export type { ReplicaState, ReplicaConfig } from "./replica.js";
export { initClient, request, retry, receiveReply } from "./client.js";
export type { ClientState, ClientConfig } from "./client.js";
export { acceptorHandlers, proposerHandlers, replicaHandlers, clientHandlers, operatorHandlers, MULTIPAXOS_STEPS } from "./handlers.js";
export * from "./configuration.js";
export type { MultiPaxosHandlers, MultiPaxosSteps, ClientStart } from "./handlers.js";

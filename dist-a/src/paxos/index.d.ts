/**
 * Single-decree Paxos as pure step functions, one per action of
 * `spec/Paxos.tla`: {@link propose}, {@link phase1a}, {@link phase1b},
 * {@link phase2a}, {@link phase2b}, {@link learn}, {@link restart}.
 *
 * @module
 */
export * from "./types.js";
export * from "./node.js";
export * from "./handlers.js";
export * from "./quorum.js";
export { initAcceptor, phase1b, phase2b, restart, INITIAL_ACCEPTOR_RECORD } from "./acceptor.js";
export type { AcceptorState, AcceptorConfig } from "./acceptor.js";
export { initProposer, phase1a, phase2a, receive1b, receiveRequest, timeout, nextBallot, retryTimeout, valueToPropose, proposerDone, DEFAULT_RETRY } from "./proposer.js";
export type { ProposerState, ProposerConfig, RetryPolicy, Promise1b, ProposerPhase } from "./proposer.js";
export { initLearner, receive2b, learn, learnable } from "./learner.js";
export type { LearnerState, LearnerConfig, Vote } from "./learner.js";
export { initClient, propose, resubmit } from "./client.js";
export type { ClientState, ClientConfig } from "./client.js";

/**
 * The vocabulary of the protocol: node names, ballots, values, the messages
 * nodes exchange, and the effects a step asks its host to carry out.
 *
 * Every step function in `src/paxos` has the shape
 * `(state, input) -> { state, effects, action? }`: it changes nothing in
 * place, does no I/O, reads no clock and draws no random number. The host (the
 * simulator, or a real transport) interprets the effects in the order given:
 * a write to stable storage that precedes a send must be durable before the
 * message leaves.
 *
 * @module
 */

/** A node's name, e.g. `a1`, `p2`, `l1`, `c3`. Names are the spec's model values. */
export type NodeId = string;

/** A value a client proposes, e.g. `v1`. */
export type Value = string;

/**
 * A ballot (proposal number): a natural number. Ballot `b` belongs to the
 * proposer numbered `b mod P` (see {@link ballotOwner}); `-1` stands for "no
 * ballot yet", as in the spec.
 */
export type Ballot = number;

/** Phase 1a: a proposer asks every acceptor to join ballot `bal`. */
export interface Msg1a {
  readonly type: "1a";
  /** The proposer that sent it; replies go back to it. Not part of the spec's record. */
  readonly from: NodeId;
  readonly bal: Ballot;
}

/** Phase 1b: an acceptor promises ballot `bal` and reports its latest vote (`mbal`, `mval`). */
export interface Msg1b {
  readonly type: "1b";
  readonly acc: NodeId;
  readonly bal: Ballot;
  /** Ballot of the acceptor's latest vote, or -1 if it has never voted. */
  readonly mbal: Ballot;
  /** Value of the acceptor's latest vote, or `null` (the spec's `None`). */
  readonly mval: Value | null;
}

/** Phase 2a: the owner of ballot `bal` asks the acceptors to vote for `val` in it. */
export interface Msg2a {
  readonly type: "2a";
  readonly from: NodeId;
  readonly bal: Ballot;
  readonly val: Value;
}

/** Phase 2b: acceptor `acc` voted for `val` in ballot `bal`. Sent to every learner. */
export interface Msg2b {
  readonly type: "2b";
  readonly acc: NodeId;
  readonly bal: Ballot;
  readonly val: Value;
}

/** A client asks a proposer to get `value` chosen. Not a spec message. */
export interface MsgRequest {
  readonly type: "request";
  readonly client: NodeId;
  readonly value: Value;
}

/** A learner tells a client or proposer what it learned. Not a spec message. */
export interface MsgDecision {
  readonly type: "decision";
  readonly learner: NodeId;
  readonly value: Value;
}

/** Every message. The first four are the spec's messages; the last two are client traffic. */
export type Message = Msg1a | Msg1b | Msg2a | Msg2b | MsgRequest | MsgDecision;

/** The message types that the spec's `msgs` records. */
export type ProtocolMessage = Msg1a | Msg1b | Msg2a | Msg2b;

/** Whether a message is one of the spec's four (and so belongs in `msgs`). */
export function isProtocolMessage(m: Message): m is ProtocolMessage {
  return m.type === "1a" || m.type === "1b" || m.type === "2a" || m.type === "2b";
}

/** What an acceptor keeps on stable storage: every one of its spec variables. */
export interface AcceptorRecord {
  readonly role: "acceptor";
  readonly maxBal: Ballot;
  readonly maxVBal: Ballot;
  readonly maxVal: Value | null;
}

/** What a proposer keeps on stable storage: the highest ballot it has ever used. */
export interface ProposerRecord {
  readonly role: "proposer";
  readonly highestBallot: Ballot;
}

/** A record written to a node's stable storage (replacing the previous one). */
export type StableRecord = AcceptorRecord | ProposerRecord;

/** An effect a step asks its host to carry out, in order. */
export type Effect =
  | { readonly kind: "send"; readonly to: NodeId; readonly msg: Message }
  | { readonly kind: "persist"; readonly record: StableRecord }
  | { readonly kind: "learned"; readonly value: Value }
  | { readonly kind: "decided"; readonly value: Value }
  | { readonly kind: "setTimer"; readonly after: number };

/** The spec's action names, one per step function of the same (lower-case) name. */
export type SpecActionName = "Propose" | "Phase1a" | "Phase1b" | "Phase2a" | "Phase2b" | "Learn" | "Restart";

/**
 * The spec action a step implements, with the spec's parameter names:
 * Propose(v), Phase1a(p, b), Phase1b(a, b), Phase2a(p, b, v), Phase2b(a, b, v),
 * Learn(l, b, v), Restart(a).
 */
export type SpecAction =
  | { readonly name: "Propose"; readonly params: { readonly v: Value } }
  | { readonly name: "Phase1a"; readonly params: { readonly p: NodeId; readonly b: Ballot } }
  | { readonly name: "Phase1b"; readonly params: { readonly a: NodeId; readonly b: Ballot } }
  | { readonly name: "Phase2a"; readonly params: { readonly p: NodeId; readonly b: Ballot; readonly v: Value } }
  | { readonly name: "Phase2b"; readonly params: { readonly a: NodeId; readonly b: Ballot; readonly v: Value } }
  | { readonly name: "Learn"; readonly params: { readonly l: NodeId; readonly b: Ballot; readonly v: Value } }
  | { readonly name: "Restart"; readonly params: { readonly a: NodeId } };

/**
 * The result of one step: the new state, the effects to carry out in order,
 * and the spec action the step implements (absent for bookkeeping steps such
 * as buffering a received message, which the spec does not see).
 */
export interface Step<S> {
  readonly state: S;
  readonly effects: readonly Effect[];
  readonly action?: SpecAction;
}

/**
 * Seeded protocol bugs, for tests only. The normal path never sets them: the
 * simulator's default is the empty set and the CLI has no flag for them. Each
 * one breaks exactly one guard or duty of the protocol so that tests can show
 * that traces expose it. They are switches inside the real step functions
 * (rather than substitute step functions kept under test/) so that a seeded
 * bug is one changed line in the very function that implements the spec
 * action, and the trace shows that action misbehaving; the learner's counting
 * and the proposers' ballot numbering, which are not functions of their own,
 * can be broken the same way.
 *
 *
 * - `acceptor-forgets-promise`: Phase1b does not write the promise to stable storage, so a restart forgets it.
 * - `acceptor-ignores-promise`: Phase2b accepts a 2a whose ballot is below the promise.
 * - `proposer-ignores-votes`: Phase2a proposes the proposer's own value even if a vote was reported.
 * - `proposer-skips-quorum`: Phase2a fires after a single 1b, fewer than a quorum.
 * - `proposers-share-ballots`: every proposer uses the ballots of proposer 0.
 * - `learner-counts-duplicates`: a duplicated 2b of one acceptor counts twice.
 * - `learner-mixes-ballots`: 2b messages of different ballots count toward the same quorum.
 * - `acceptor-hides-vote`: Phase1b reports no vote (-1) instead of the acceptor's highest vote.
 */
export type BugName =
  | "acceptor-forgets-promise"
  | "acceptor-ignores-promise"
  | "proposer-ignores-votes"
  | "proposer-skips-quorum"
  | "proposers-share-ballots"
  | "learner-counts-duplicates"
  | "learner-mixes-ballots"
  | "acceptor-hides-vote";

/** Every seeded bug, in a fixed order. */
export const BUG_NAMES: readonly BugName[] = [
  "acceptor-forgets-promise",
  "acceptor-ignores-promise",
  "proposer-ignores-votes",
  "proposer-skips-quorum",
  "proposers-share-ballots",
  "learner-counts-duplicates",
  "learner-mixes-ballots",
  "acceptor-hides-vote",
];

/** No seeded bugs: the normal path. */
export const NO_BUGS: ReadonlySet<BugName> = new Set();

/**
 * The proposer that owns ballot `b` among `proposers`: number `b mod P`. This
 * is the spec's `Owner` function; every ballot belongs to exactly one proposer,
 * so two proposers never send different 2a messages for the same ballot.
 */
export function ballotOwner(proposers: readonly NodeId[], b: Ballot): NodeId {
  const owner = proposers[b % proposers.length];
  if (owner === undefined) throw new RangeError(`ballot ${b} has no owner among ${proposers.length} proposers`);
  return owner;
}

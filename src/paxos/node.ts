/**
 * The node interface: how a host drives a protocol node.
 *
 * A node is a pure state machine, in the spirit of etcd raft's `Step` and
 * Stateright's actors. Its host — the simulator, or a process with sockets,
 * timers and a disk — owns everything else: time, the network, stable
 * storage, crashes. The host calls one handler per input, and the handler
 * answers with a {@link Reaction}: the steps the node took, in order, each with
 * the node's state after it and the effects it asks the host to carry out.
 *
 * | input                         | handler                 |
 * |-------------------------------|-------------------------|
 * | the node's first start        | {@link NodeHandlers.start} |
 * | a message arrives             | {@link NodeHandlers.onMessage} |
 * | a timer the node set fires    | {@link NodeHandlers.onTimer} |
 * | the node comes back after a crash, with the records it had persisted | {@link NodeHandlers.onRestart} |
 *
 * Three effects are the host's to carry out: {@link Send}, {@link Persist} and
 * {@link SetTimer}. A protocol may add effects of its own (a value learned, a
 * reply to a client); the host hands those to whoever watches the node. The
 * host carries out a step's effects in the order given, so a write to stable
 * storage listed before a send is durable before the message leaves.
 *
 * Nothing here names a host: the same handlers run in the simulator and over
 * real sockets.
 *
 * @module
 */

/** A node's name, e.g. `a1`, `p2`, `l1`, `c3`. Names are the spec's model values. */
export type NodeId = string;

/** Send `msg` to node `to`. The network may lose, duplicate, delay or reorder it. */
export interface Send<M> {
  readonly kind: "send";
  readonly to: NodeId;
  readonly msg: M;
}

/**
 * Append `record` to the node's stable storage, a log that survives crashes.
 * A record marked `replaces` stands for everything before it (a full image of
 * what the node keeps, or a snapshot), so the host may drop the earlier ones.
 */
export interface Persist<R> {
  readonly kind: "persist";
  readonly record: R;
  readonly replaces?: boolean;
}

/**
 * Fire `timer` after `after` time units plus a random part drawn by the host
 * uniformly from `[0, jitter)` (none if `jitter` is absent). The node draws no
 * random number itself; randomised timeouts are asked for this way. A timer
 * set before a crash never fires.
 */
export interface SetTimer<T> {
  readonly kind: "setTimer";
  readonly timer: T;
  readonly after: number;
  readonly jitter?: number;
}

/** The effects every host understands. */
export type HostEffect<M, T, R> = Send<M> | Persist<R> | SetTimer<T>;

/**
 * One step of a node: its state after the step, the effects to carry out in
 * order, and the spec action the step implements (absent for bookkeeping
 * steps, such as keeping a received message, that the spec does not see).
 */
export interface NodeStep<S, E, A> {
  readonly state: S;
  readonly effects: readonly E[];
  readonly action?: A;
}

/**
 * What a node did in answer to one input: its steps, in order (often none,
 * when the input changed nothing; often several, when a message enabled an
 * action, e.g. the last 1b of a quorum followed by Phase2a).
 */
export type Reaction<S, E, A> = readonly NodeStep<S, E, A>[];

/**
 * The handlers of one node. `S` is its state, `M` the messages, `T` its
 * timers, `R` its stable-storage record, `E` its effects (at least the
 * {@link HostEffect}s), `A` the spec actions its steps implement.
 */
export interface NodeHandlers<S, M, T, R, E, A> {
  /** The node's first start, before any input: its initial step (its state, and the timers or messages it begins with). */
  start(): Reaction<S, E, A>;
  /** Message `msg` from node `from` arrives. */
  onMessage(state: S, from: NodeId, msg: M): Reaction<S, E, A>;
  /** A timer the node set fires. */
  onTimer(state: S, timer: T): Reaction<S, E, A>;
  /** The node restarts after a crash; `stored` is its stable storage, the records it persisted, oldest first. Its volatile state is gone. */
  onRestart(stored: readonly R[]): Reaction<S, E, A>;
}

/** The reaction of no step: the input changed nothing. One array for all of them (most inputs of a busy node change nothing: a vote after the quorum, a reply already had). */
export const NO_STEP: Reaction<never, never, never> = Object.freeze([]);

/** The reaction of one step, or of none when `step` is `null` (the input changed nothing). */
export function reaction<S, E, A>(step: NodeStep<S, E, A> | null): Reaction<S, E, A> {
  return step === null ? NO_STEP : [step];
}

/**
 * Runs `first`, then lets `duties` take every step the new state enables,
 * one after another until it returns `null`. This is how a message that
 * completes a quorum goes on to the action the quorum enables.
 */
export function andThen<S, E, A>(from: S, first: NodeStep<S, E, A> | null, duties: (s: S) => NodeStep<S, E, A> | null): Reaction<S, E, A> {
  let s = first === null ? from : first.state;
  let next = duties(s);
  if (first === null && next === null) return NO_STEP;
  const steps: NodeStep<S, E, A>[] = first === null ? [] : [first];
  for (; next !== null; s = next.state, next = duties(s)) steps.push(next);
  return steps;
}

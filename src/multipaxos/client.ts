/**
 * The client: it issues its requests one at a time, numbered 1, 2, ...; sends
 * each to the proposer it believes leads; and, if no reply comes in time,
 * sends the same request (same number) again to the next proposer. Replicas
 * execute a request once however often it is sent, and the client takes the
 * first reply to each request and ignores the others.
 *
 * A client keeps one retry timer at a time, not one per request: a request
 * answered before the timer fires needs none, and the timer, firing, watches
 * the request waiting then. A request is so sent again after between one
 * and two retry periods without a reply (a client reads no clock, so it
 * cannot aim at exactly one), and a client whose replies come quickly has
 * one timer event per period instead of one per request.
 *
 * What it asks for comes from its workload: a pure function from the request
 * number to an operation (or `null` when it has no more), so a client draws
 * no random number itself.
 *
 * @module
 */
import type { Command, KvResult } from "../smr/kv.js";
import { commandId } from "./types.js";
import type { Effect, MsgReply, NodeId, Step } from "./types.js";

/** A client's state. */
export interface ClientState {
  readonly id: NodeId;
  /** The number of the last request issued (0 before the first). */
  readonly seq: number;
  /** The request waiting for its reply, if any. */
  readonly pending: Command | null;
  /** Index into the proposer list of the proposer it asks. */
  readonly target: number;
  /** Requests answered. */
  readonly done: number;
  /** The request number the retry timer was last set for (0: no timer set); a timer of any other number is stale. */
  readonly timerFor: number;
}

/** What a client needs. */
export interface ClientConfig {
  readonly proposers: readonly NodeId[];
  /** Time after which an unanswered request is sent again, to the next proposer. */
  readonly retryAfter: number;
  /** The operation of request number `seq` (1, 2, ...), or `null` when the client is done. */
  readonly workload: (seq: number) => Command["op"] | null;
}

/**
 * `s` with the fields of `c` changed, built field by field in one order (see
 * `updateReplica` in `replica.ts` for why).
 */
export function updateClient(s: ClientState, c: Partial<ClientState>): ClientState {
  return Object.assign(
    {
      id: s.id,
      seq: s.seq,
      pending: s.pending,
      target: s.target,
      done: s.done,
      timerFor: s.timerFor,
    },
    c,
  );
}

/** A client that has issued nothing yet and will ask proposer number `target` first. */
export function initClient(id: NodeId, target: number): ClientState {
  return { id, seq: 0, pending: null, target, done: 0, timerFor: 0 };
}

/**
 * @spec MultiPaxos.Request
 *
 * Issue the next request: it becomes one of the commands a proposer may put
 * in a slot.
 *
 * Guard: no request is waiting for its reply (one at a time), and the
 * workload has another.
 *
 * Effects: report the invocation (for the client history); send it to the
 * proposer believed to lead; set the retry timer, unless it is already set
 * (for an earlier request, now answered: it will watch this one).
 */
export function request(s: ClientState, cfg: ClientConfig): Step<ClientState> | null {
  if (s.pending !== null) return null;
  const seq = s.seq + 1;
  const op = cfg.workload(seq);
  if (op === null) return null;
  const command: Command = { client: s.id, seq, op };
  const invoke: Effect = { kind: "invoke", command };
  const send: Effect = { kind: "send", to: cfg.proposers[s.target % cfg.proposers.length]!, msg: { type: "request", command } };
  const timerSet = s.timerFor !== 0;
  return {
    state: updateClient(s, { seq, pending: command, timerFor: timerSet ? s.timerFor : seq }),
    effects: timerSet ? [invoke, send] : [invoke, send, { kind: "setTimer", timer: { type: "retry", seq }, after: cfg.retryAfter }],
    action: { name: "Request", params: { c: commandId(command) } },
  };
}

/**
 * The retry timer set for request `seq` fired. If that request still waits
 * for its reply, send it again, to the next proposer, and set the timer
 * again; if a later one waits, set the timer for it (it was issued after this
 * timer was set, and gets a whole period); if none waits, let the timer lapse
 * (the next request sets it). Not a spec step.
 */
export function retry(s: ClientState, seq: number, cfg: ClientConfig): Step<ClientState> | null {
  if (seq !== s.timerFor) return null;
  const pending = s.pending;
  if (pending === null) return { state: updateClient(s, { timerFor: 0 }), effects: [] };
  const again: Effect = { kind: "setTimer", timer: { type: "retry", seq: pending.seq }, after: cfg.retryAfter };
  if (pending.seq !== seq) return { state: updateClient(s, { timerFor: pending.seq }), effects: [again] };
  const target = (s.target + 1) % cfg.proposers.length;
  return { state: updateClient(s, { target }), effects: [{ kind: "send", to: cfg.proposers[target]!, msg: { type: "request", command: pending } }, again] };
}

/** A reply to the waiting request: report its completion (once; later replies to it are ignored). Not a spec step. */
export function receiveReply(s: ClientState, m: MsgReply): Step<ClientState> | null {
  if (s.pending === null || m.seq !== s.pending.seq) return null;
  const result: KvResult = m.result;
  return { state: updateClient(s, { pending: null, done: s.done + 1 }), effects: [{ kind: "complete", client: s.id, seq: m.seq, result }] };
}

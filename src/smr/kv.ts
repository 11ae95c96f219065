/**
 * The replicated service: a key-value map, a deterministic state machine. A
 * replica applies decided commands to it strictly in slot order, so every
 * replica that has applied the same prefix of the log holds the same map.
 *
 * Operations and their results:
 *
 * | operation                 | effect                                   | result                      |
 * |---------------------------|------------------------------------------|-----------------------------|
 * | `put(key, value)`         | `key` maps to `value`                    | `ok`                        |
 * | `get(key)`                | none                                     | the value, or `null` if absent |
 * | `cas(key, expected, value)` | if the current value is `expected` (`null`: absent), `key` maps to `value` | `ok` with whether it swapped |
 * | `append(key, value)`      | `key` maps to its value (empty if absent) followed by `value` | `ok` |
 *
 * Exactly once: every command carries its client and a request number, and
 * the state machine keeps, per client, the highest request number it executed
 * and that request's result (a session). A command whose request number is
 * not above the session's is not executed again: a retried request that was
 * decided twice (in two slots) changes the map once, and the retry gets the
 * result of the first execution. A client has one request outstanding at a
 * time, so remembering the last result per client is enough.
 *
 * The map and the sessions are {@link VersionedMap}s: executing a command
 * makes a new state and leaves the one before as it was (a snapshot is just
 * the state of its time), at the cost of one small record per key changed;
 * a replica executing command after command works on its newest state as
 * fast as on a mutable map.
 *
 * @module
 */
import { QuorumSystem, QuorumSystemError } from "../paxos/quorum.js";
import type { QuorumSpec } from "../paxos/quorum.js";
import { VersionedMap } from "../lib/versionedMap.js";

/** A client's name, e.g. `c1`. */
export type ClientId = string;

/** An operation on the map. */
export type KvOp =
  | { readonly type: "put"; readonly key: string; readonly value: string }
  | { readonly type: "get"; readonly key: string }
  | { readonly type: "cas"; readonly key: string; readonly expected: string | null; readonly value: string }
  | { readonly type: "append"; readonly key: string; readonly value: string };

/**
 * A configuration of the replicated log: the acceptors that decide its slots
 * and their quorum system (majorities, weights, or explicit sets), the
 * replicas that learn and execute them, and the proposers that may lead.
 */
export interface Configuration {
  /** Its name, e.g. `C2`. */
  readonly name: string;
  readonly acceptors: readonly string[];
  readonly quorum: QuorumSpec;
  /** The replicas: the acceptors send them their votes in the configuration's slots, and they catch each other up. */
  readonly replicas: readonly string[];
  /**
   * The proposers that may lead: only they start ballots, and a leader no
   * longer among them stands down. Ballot `b` still belongs to proposer
   * `b mod P` among all the proposers, whatever the configuration, so that no
   * two proposers ever own one ballot.
   */
  readonly leaders: readonly string[];
}

/**
 * A configuration change, a command of the log like any other: decided in
 * slot `i`, it installs `config` for the slots from `i + alpha` on (see
 * `src/multipaxos/configuration.ts`), unless the state machine refuses it
 * ({@link refusal}). The key-value map ignores it.
 */
export interface ReconfigOp {
  readonly type: "reconfig";
  readonly config: Configuration;
  /**
   * The servers the operator reports permanently failed when it asks for the
   * change: the new configuration must be able to decide without them.
   */
  readonly failed: readonly string[];
}

/** What an operation returns; a configuration change the state machine refused gets `refused`, with the reason. */
export type KvResult =
  | { readonly type: "ok" }
  | { readonly type: "value"; readonly value: string | null }
  | { readonly type: "cas"; readonly swapped: boolean }
  | { readonly type: "refused"; readonly reason: string };

const refusals = new WeakMap<ReconfigOp, string | null>();

/**
 * Why the state machine refuses a configuration change, or `null` if it
 * accepts it. A refused change is executed as a command that changes nothing
 * (its operator gets the reason), so a bad request is decided, answered and
 * harmless, and every replica refuses it alike: the verdict depends on the
 * request alone. Refused: a quorum system that is malformed or whose quorums
 * do not all intersect (it could decide two values in one slot); a
 * configuration none of whose quorums is made of acceptors outside `failed`
 * (it could never decide a slot: dropping acceptors until no quorum of live
 * ones is left); and one with no replica or no leader outside `failed` (no
 * one would execute, or propose).
 */
export function refusal(op: ReconfigOp): string | null {
  let why = refusals.get(op);
  if (why !== undefined) return why;
  const c = op.config;
  why = null;
  try {
    const q = new QuorumSystem(c.acceptors, c.quorum);
    const live = c.acceptors.filter((a) => !op.failed.includes(a));
    const alive = (nodes: readonly string[]): boolean => nodes.some((n) => !op.failed.includes(n));
    if (!q.isQuorum(live)) why = `${c.name} = {${c.acceptors.join(", ")}} has no quorum of live acceptors (${op.failed.filter((a) => c.acceptors.includes(a)).join(", ")} failed)`;
    else if (!alive(c.replicas)) why = c.replicas.length === 0 ? `${c.name} has no replica` : `${c.name} has no live replica (${c.replicas.join(", ")} failed)`;
    else if (!alive(c.leaders)) why = c.leaders.length === 0 ? `${c.name} has no leader` : `${c.name} has no live leader (${c.leaders.join(", ")} failed)`;
  } catch (e) {
    if (!(e instanceof QuorumSystemError)) throw e;
    why = `${c.name}: ${e.message}`;
  }
  refusals.set(op, why);
  return why;
}

/** A client's request: operation `op`, request number `seq` of client `client` (1, 2, ...); an operator's requests change the configuration. */
export interface Command {
  readonly client: ClientId;
  readonly seq: number;
  readonly op: KvOp | ReconfigOp;
}

/** The session of one client: its last executed request and that request's result. */
export interface Session {
  readonly seq: number;
  readonly result: KvResult;
}

/** The state machine's state: the map and the sessions. */
export interface KvState {
  readonly data: VersionedMap<string>;
  readonly sessions: VersionedMap<Session>;
}

/**
 * The empty map with no sessions, new at each call: each replica's state
 * starts a history of versions of its own (a constant shared by every replica
 * would be one history that every replica branches from, and that keeps
 * every version after it alive).
 */
export function emptyKv(): KvState {
  return { data: VersionedMap.empty(), sessions: VersionedMap.empty() };
}

/** The result `ok`, one object for every command that gets it. */
const OK: KvResult = Object.freeze({ type: "ok" });

/**
 * An operation on the one key it names: its result, and the key's value after
 * it (`null`: absent; `changed` when it wrote). Every operation touches one
 * key, so this is the whole semantics; {@link applyOp} puts it in a map, and
 * the linearizability checker runs it key by key.
 */
export function applyToValue(current: string | null, op: KvOp): { value: string | null; changed: boolean; result: KvResult } {
  switch (op.type) {
    case "put":
      return { value: op.value, changed: true, result: OK };
    case "get":
      return { value: current, changed: false, result: { type: "value", value: current } };
    case "cas":
      return current === op.expected
        ? { value: op.value, changed: true, result: { type: "cas", swapped: true } }
        : { value: current, changed: false, result: { type: "cas", swapped: false } };
    case "append":
      return { value: (current ?? "") + op.value, changed: true, result: OK };
  }
}

/** Where an operation reads and writes its key: a map being edited (`VersionedMap.edit`), or a plain `Map`. */
export interface KeyValues {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** Applies an operation to `data` (a map being edited, or a plain `Map`): writes its key if the operation changes it, and gives the operation's result. */
export function applyOpTo(data: KeyValues, op: KvOp): KvResult {
  const r = applyToValue(data.get(op.key) ?? null, op);
  if (r.changed && r.value !== null) data.set(op.key, r.value);
  return r.result;
}

/** An operation on a map: its result, and the map after it (the same object when it changes nothing). */
export function applyOp(data: VersionedMap<string>, op: KvOp): { data: VersionedMap<string>; result: KvResult } {
  const edit = data.edit();
  const result = applyOpTo(edit, op);
  return { data: edit.done(), result };
}

/** The result of a configuration change: `ok`, or `refused` with the reason (the change is then no command at all for the map). */
function reconfigResult(op: ReconfigOp): KvResult {
  const why = refusal(op);
  return why === null ? OK : { type: "refused", reason: why };
}

/**
 * Executes a batch of commands in order, each exactly once, and gives each
 * command's result. A command whose request number is not above its
 * client's session is a duplicate: it changes nothing and gets the session's
 * result. Any other command is applied to the map, and becomes its client's
 * session with its result. The batch makes one new version of the map and
 * one of the sessions, however many commands it has.
 */
export function executeBatch(s: KvState, commands: readonly Command[]): { state: KvState; results: KvResult[] } {
  const data = s.data.edit();
  const sessions = s.sessions.edit();
  const results: KvResult[] = [];
  for (const c of commands) {
    const session = sessions.get(c.client);
    if (session !== undefined && c.seq <= session.seq) {
      results.push(session.result);
      continue;
    }
    const result = c.op.type === "reconfig" ? reconfigResult(c.op) : applyOpTo(data, c.op);
    sessions.set(c.client, { seq: c.seq, result });
    results.push(result);
  }
  const after = { data: data.done(), sessions: sessions.done() };
  return { state: after.data === s.data && after.sessions === s.sessions ? s : after, results };
}

/** A short text of an operation: `put(k1, x)`, `get(k1)`, `cas(k1, x, y)`, `append(k1, x)`. */
export function opText(op: KvOp): string {
  switch (op.type) {
    case "put":
      return `put(${op.key}, ${op.value})`;
    case "get":
      return `get(${op.key})`;
    case "cas":
      return `cas(${op.key}, ${op.expected ?? "null"}, ${op.value})`;
    case "append":
      return `append(${op.key}, ${op.value})`;
  }
}

/** A short text of a result. */
export function resultText(r: KvResult): string {
  switch (r.type) {
    case "ok":
      return "ok";
    case "value":
      return r.value ?? "null";
    case "cas":
      return r.swapped ? "swapped" : "not swapped";
    case "refused":
      return `refused: ${r.reason}`;
  }
}

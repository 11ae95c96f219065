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
 * @module
 */

/** A client's name, e.g. `c1`. */
export type ClientId = string;

/** An operation on the map. */
export type KvOp =
  | { readonly type: "put"; readonly key: string; readonly value: string }
  | { readonly type: "get"; readonly key: string }
  | { readonly type: "cas"; readonly key: string; readonly expected: string | null; readonly value: string }
  | { readonly type: "append"; readonly key: string; readonly value: string };

/** What an operation returns. */
export type KvResult = { readonly type: "ok" } | { readonly type: "value"; readonly value: string | null } | { readonly type: "cas"; readonly swapped: boolean };

/** A client's request: operation `op`, request number `seq` of client `client` (1, 2, ...). */
export interface Command {
  readonly client: ClientId;
  readonly seq: number;
  readonly op: KvOp;
}

/** The session of one client: its last executed request and that request's result. */
export interface Session {
  readonly seq: number;
  readonly result: KvResult;
}

/** The state machine's state: the map and the sessions. */
export interface KvState {
  readonly data: ReadonlyMap<string, string>;
  readonly sessions: ReadonlyMap<ClientId, Session>;
}

/** The empty map with no sessions. */
export const EMPTY_KV: KvState = { data: new Map(), sessions: new Map() };

/** An operation on a plain map: its result, and the map after it (the same object when it changes nothing). */
export function applyOp(data: ReadonlyMap<string, string>, op: KvOp): { data: ReadonlyMap<string, string>; result: KvResult } {
  const current = data.get(op.key) ?? null;
  const set = (value: string): ReadonlyMap<string, string> => new Map(data).set(op.key, value);
  switch (op.type) {
    case "put":
      return { data: set(op.value), result: { type: "ok" } };
    case "get":
      return { data, result: { type: "value", value: current } };
    case "cas":
      return current === op.expected ? { data: set(op.value), result: { type: "cas", swapped: true } } : { data, result: { type: "cas", swapped: false } };
    case "append":
      return { data: set((current ?? "") + op.value), result: { type: "ok" } };
  }
}

/**
 * Executes one command, exactly once: a command whose request number is not
 * above its client's session is a duplicate, changes nothing, and gets the
 * session's result (`duplicate: true`).
 */
export function execute(s: KvState, c: Command): { state: KvState; result: KvResult; duplicate: boolean } {
  const session = s.sessions.get(c.client);
  if (session !== undefined && c.seq <= session.seq) return { state: s, result: session.result, duplicate: true };
  const { data, result } = applyOp(s.data, c.op);
  return { state: { data, sessions: new Map(s.sessions).set(c.client, { seq: c.seq, result }) }, result, duplicate: false };
}

/**
 * Executes a batch of commands in order, each exactly once as {@link execute}
 * does, and gives each command's result. The map and the sessions are copied
 * once for the whole batch, not once per command.
 */
export function executeBatch(s: KvState, commands: readonly Command[]): { state: KvState; results: KvResult[] } {
  if (commands.length === 0) return { state: s, results: [] };
  const data = new Map(s.data);
  const sessions = new Map(s.sessions);
  const results: KvResult[] = [];
  for (const c of commands) {
    const session = sessions.get(c.client);
    if (session !== undefined && c.seq <= session.seq) {
      results.push(session.result);
      continue;
    }
    const r = applyOp(data, c.op);
    if (r.data !== data) for (const [k, v] of r.data) if (data.get(k) !== v) data.set(k, v);
    sessions.set(c.client, { seq: c.seq, result: r.result });
    results.push(r.result);
  }
  return { state: { data, sessions }, results };
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
  }
}

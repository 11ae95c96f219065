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
import { VersionedMap } from "../lib/versionedMap.js";
const refusals = new WeakMap();
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
export function refusal(op) {
    let why = refusals.get(op);
    if (why !== undefined)
        return why;
    const c = op.config;
    why = null;
    try {
        const q = new QuorumSystem(c.acceptors, c.quorum);
        const live = c.acceptors.filter((a) => !op.failed.includes(a));
        const alive = (nodes) => nodes.some((n) => !op.failed.includes(n));
        if (!q.isQuorum(live))
            why = `${c.name} = {${c.acceptors.join(", ")}} has no quorum of live acceptors (${op.failed.filter((a) => c.acceptors.includes(a)).join(", ")} failed)`;
        else if (!alive(c.replicas))
            why = c.replicas.length === 0 ? `${c.name} has no replica` : `${c.name} has no live replica (${c.replicas.join(", ")} failed)`;
        else if (!alive(c.leaders))
            why = c.leaders.length === 0 ? `${c.name} has no leader` : `${c.name} has no live leader (${c.leaders.join(", ")} failed)`;
    }
    catch (e) {
        if (!(e instanceof QuorumSystemError))
            throw e;
        why = `${c.name}: ${e.message}`;
    }
    refusals.set(op, why);
    return why;
}
/**
 * The empty map with no sessions, new at each call: each replica's state
 * starts a history of versions of its own (a constant shared by every replica
 * would be one history that every replica branches from, and that keeps
 * every version after it alive).
 */
export function emptyKv() {
    return { data: VersionedMap.empty(), sessions: VersionedMap.empty() };
}
/**
 * An operation on the one key it names: its result, and the key's value after
 * it (`null`: absent; `changed` when it wrote). Every operation touches one
 * key, so this is the whole semantics; {@link applyOp} puts it in a map, and
 * the linearizability checker runs it key by key.
 */
export function applyToValue(current, op) {
    switch (op.type) {
        case "put":
            return { value: op.value, changed: true, result: { type: "ok" } };
        case "get":
            return { value: current, changed: false, result: { type: "value", value: current } };
        case "cas":
            return current === op.expected
                ? { value: op.value, changed: true, result: { type: "cas", swapped: true } }
                : { value: current, changed: false, result: { type: "cas", swapped: false } };
        case "append":
            return { value: (current ?? "") + op.value, changed: true, result: { type: "ok" } };
    }
}
/** An operation on a map: its result, and the map after it (the same object when it changes nothing). */
export function applyOp(data, op) {
    const r = applyToValue(data.get(op.key) ?? null, op);
    return { data: r.changed && r.value !== null ? data.set(op.key, r.value) : data, result: r.result };
}
/**
 * Executes one command, exactly once: a command whose request number is not
 * above its client's session is a duplicate, changes nothing, and gets the
 * session's result (`duplicate: true`).
 */
export function execute(s, c) {
    const session = s.sessions.get(c.client);
    if (session !== undefined && c.seq <= session.seq)
        return { state: s, result: session.result, duplicate: true };
    const { data, result } = c.op.type === "reconfig" ? { data: s.data, result: reconfigResult(c.op) } : applyOp(s.data, c.op);
    return { state: { data, sessions: s.sessions.set(c.client, { seq: c.seq, result }) }, result, duplicate: false };
}
/** The result of a configuration change: `ok`, or `refused` with the reason (the change is then no command at all for the map). */
function reconfigResult(op) {
    const why = refusal(op);
    return why === null ? { type: "ok" } : { type: "refused", reason: why };
}
/**
 * Executes a batch of commands in order, each exactly once as {@link execute}
 * does, and gives each command's result.
 */
export function executeBatch(s, commands) {
    let state = s;
    const results = [];
    for (const c of commands) {
        const done = execute(state, c);
        state = done.state;
        results.push(done.result);
    }
    return { state, results };
}
/** A short text of an operation: `put(k1, x)`, `get(k1)`, `cas(k1, x, y)`, `append(k1, x)`. */
export function opText(op) {
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
export function resultText(r) {
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
//# sourceMappingURL=kv.js.map
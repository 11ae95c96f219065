import { commandId } from "./types.js";
/**
 * `s` with the fields of `c` changed, built field by field in one order (see
 * `updateReplica` in `replica.ts` for why).
 */
export function updateClient(s, c) {
    return Object.assign({
        id: s.id,
        seq: s.seq,
        pending: s.pending,
        target: s.target,
        done: s.done,
    }, c);
}
/** A client that has issued nothing yet and will ask proposer number `target` first. */
export function initClient(id, target) {
    return { id, seq: 0, pending: null, target, done: 0 };
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
 * proposer believed to lead; set the retry timer.
 */
export function request(s, cfg) {
    if (s.pending !== null)
        return null;
    const seq = s.seq + 1;
    const op = cfg.workload(seq);
    if (op === null)
        return null;
    const command = { client: s.id, seq, op };
    return {
        state: updateClient(s, { seq, pending: command }),
        effects: [
            { kind: "invoke", command },
            { kind: "send", to: cfg.proposers[s.target % cfg.proposers.length], msg: { type: "request", command } },
            { kind: "setTimer", timer: { type: "retry", seq }, after: cfg.retryAfter },
        ],
        action: { name: "Request", params: { c: commandId(command) } },
    };
}
/** The retry timer of request `seq` fired with no reply: send it again, to the next proposer. Not a spec step. */
export function retry(s, seq, cfg) {
    if (s.pending === null || s.pending.seq !== seq)
        return null;
    const target = (s.target + 1) % cfg.proposers.length;
    return {
        state: updateClient(s, { target }),
        effects: [
            { kind: "send", to: cfg.proposers[target], msg: { type: "request", command: s.pending } },
            { kind: "setTimer", timer: { type: "retry", seq }, after: cfg.retryAfter },
        ],
    };
}
/** A reply to the waiting request: report its completion (once; later replies to it are ignored). Not a spec step. */
export function receiveReply(s, m) {
    if (s.pending === null || m.seq !== s.pending.seq)
        return null;
    const result = m.result;
    return { state: updateClient(s, { pending: null, done: s.done + 1 }), effects: [{ kind: "complete", client: s.id, seq: m.seq, result }] };
}
//# sourceMappingURL=client.js.map
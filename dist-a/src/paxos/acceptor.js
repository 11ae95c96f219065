/** The stable-storage record of a fresh acceptor: the spec's Init. */
export const INITIAL_ACCEPTOR_RECORD = { role: "acceptor", maxBal: -1, maxVBal: -1, maxVal: null };
/** A fresh acceptor, as in the spec's Init: no promise, no vote. */
export function initAcceptor(id) {
    return { id, maxBal: -1, maxVBal: -1, maxVal: null };
}
function record(s) {
    return { role: "acceptor", maxBal: s.maxBal, maxVBal: s.maxVBal, maxVal: s.maxVal };
}
/**
 * @spec Paxos.Phase1b
 *
 * Receiving a 1a for ballot `b`, the acceptor joins `b` and reports its latest
 * vote, so that the proposer can avoid contradicting a value that may have
 * been chosen in an earlier ballot.
 *
 * Guard `b > maxBal`: joining promises never to vote in a ballot below `b`. An
 * acceptor that has already joined `b` or a higher ballot must not answer,
 * because its report would no longer be a promise it can keep (and a second 1b
 * for the same ballot could report a vote cast since the first). When the guard
 * is false the message is ignored: `null`, no step.
 *
 * Effects, in order: persist the new `maxBal`; then send the 1b to the
 * proposer that asked.
 */
export function phase1b(s, m) {
    if (!(m.bal > s.maxBal))
        return null;
    const next = { ...s, maxBal: m.bal };
    const effects = [
        { kind: "persist", record: record(next), replaces: true },
        { kind: "send", to: m.from, msg: { type: "1b", acc: s.id, bal: m.bal, mbal: s.maxVBal, mval: s.maxVal } },
    ];
    return { state: next, effects, action: { name: "Phase1b", params: { a: s.id, b: m.bal } } };
}
/**
 * @spec Paxos.Phase2b
 *
 * Receiving a 2a for ballot `b` and value `v`, the acceptor votes for `v` in
 * `b` and tells every learner.
 *
 * Guard `b >= maxBal`: the acceptor votes only in a ballot it has not promised
 * to skip. Equality is allowed: the usual case is voting in the very ballot it
 * joined in phase 1 (and a duplicated 2a repeats the same vote, which changes
 * nothing). A 2a below the promise is ignored: `null`, no step.
 *
 * Effects, in order: persist `maxBal = maxVBal = b`, `maxVal = v`; then send
 * the 2b to every learner.
 */
export function phase2b(s, m, cfg) {
    if (!(m.bal >= s.maxBal))
        return null;
    const next = { ...s, maxBal: m.bal, maxVBal: m.bal, maxVal: m.val };
    const effects = [{ kind: "persist", record: record(next), replaces: true }];
    for (const l of cfg.learners)
        effects.push({ kind: "send", to: l, msg: { type: "2b", acc: s.id, bal: m.bal, val: m.val } });
    return { state: next, effects, action: { name: "Phase2b", params: { a: s.id, b: m.bal, v: m.val } } };
}
/**
 * @spec Paxos.Restart
 *
 * The acceptor crashed and comes back: its in-memory state is rebuilt from
 * stable storage alone. Since every acceptor variable is persisted before it is
 * revealed, the rebuilt state equals the state before the crash and the spec
 * step changes nothing. (An acceptor that failed to persist a promise would
 * come back with a lower `maxBal`, which the spec's Restart forbids.)
 */
export function restart(id, stored) {
    return {
        state: { id, maxBal: stored.maxBal, maxVBal: stored.maxVBal, maxVal: stored.maxVal },
        effects: [],
        action: { name: "Restart", params: { a: id } },
    };
}
//# sourceMappingURL=acceptor.js.map
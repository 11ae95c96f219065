/**
 * The Multi-Paxos acceptor: one promise (`maxBal`) for every slot, and one
 * vote per slot. Joining a ballot in phase 1 promises, for all slots at once,
 * never to vote below it; that is what lets a leader run phase 1 once and
 * then decide slot after slot with phase 2 alone.
 *
 * Everything it knows is on stable storage, as a log: a promise record each
 * time `maxBal` rises, a vote record for each vote. Each is written before the
 * message that reveals it is sent.
 *
 * @module
 */
import { SlotMap } from "./slotMap.js";
/**
 * `s` with the fields of `c` changed, built field by field in one order (see
 * `updateReplica` in `replica.ts` for why).
 */
export function updateAcceptor(s, c) {
    return Object.assign({
        id: s.id,
        maxBal: s.maxBal,
        votes: s.votes,
    }, c);
}
/** A fresh acceptor: no promise, no vote. */
export function initAcceptor(id) {
    return { id, maxBal: -1, votes: SlotMap.empty() };
}
/** The votes in slots from `from` on. */
function votesFrom(votes, from) {
    return new Map(votes.from(from));
}
/**
 * @spec MultiPaxos.Phase1b
 *
 * Receiving a 1a for ballot `b`, the acceptor joins `b` for every slot and
 * reports its votes in the slots the proposer asks about.
 *
 * Guard `b > maxBal`: as in single-decree Paxos, joining is a promise not to
 * vote below `b`, in any slot; an acceptor that joined `b` or higher already
 * must not answer again. A lower 1a gets a `preempted` answer (not a spec
 * message), so that its proposer stands down instead of waiting for a quorum
 * that will never come.
 *
 * Effects: persist the promise; then send the 1b.
 */
export function phase1b(s, m) {
    if (!(m.bal > s.maxBal))
        return null;
    return {
        state: updateAcceptor(s, { maxBal: m.bal }),
        effects: [
            { kind: "persist", record: { role: "acceptor", kind: "promise", maxBal: m.bal } },
            { kind: "send", to: m.from, msg: { type: "1b", acc: s.id, bal: m.bal, from: m.slot, votes: votesFrom(s.votes, m.slot) } },
        ],
        action: { name: "Phase1b", params: { a: s.id, b: m.bal } },
    };
}
/**
 * @spec MultiPaxos.Phase2b
 *
 * Receiving a 2a for ballot `b`, slot `s` and value `v`, the acceptor votes
 * for `v` in slot `s`, and tells the replicas and the leader. The 2a names
 * the replicas of the slot's configuration: an acceptor knows no
 * configuration, and the leader knows the slot's, so a replica added by a
 * change hears the votes of the slots it serves, and a dropped one stops
 * hearing them.
 *
 * Guard `b >= maxBal`: it votes only in a ballot it has not promised to skip
 * (equality is the normal case: the ballot it joined in phase 1).
 *
 * Effects: persist the vote, one record, which is also the promise of `b`
 * when `b` is above it ({@link restart} reads a vote in `b` as joining `b`;
 * two records could be cut apart by a crash, keeping the promise and losing
 * a vote the step has made); then send the 2b to the slot's replicas and to
 * the leader.
 */
export function phase2b(s, m) {
    if (!(m.bal >= s.maxBal))
        return null;
    const vote = { bal: m.bal, val: m.val };
    const effects = [{ kind: "persist", record: { role: "acceptor", kind: "vote", slot: m.slot, vote } }];
    const msg = { type: "2b", acc: s.id, bal: m.bal, slot: m.slot, val: m.val };
    for (const r of m.replicas)
        effects.push({ kind: "send", to: r, msg });
    effects.push({ kind: "send", to: m.from, msg });
    return {
        state: updateAcceptor(s, { maxBal: m.bal, votes: s.votes.set(m.slot, vote) }),
        effects,
        action: { name: "Phase2b", params: { a: s.id, b: m.bal, s: m.slot, v: m.val } },
    };
}
/**
 * A replica asks for the votes in a range of slots (it missed their 2b
 * messages): send it the 2b of the vote in each slot of the range, the very
 * message sent when voting. Not a spec step: the messages are in the spec's
 * `msgs` already, and the vote was persisted before it was first sent.
 */
export function answerVoteQuery(s, m) {
    const effects = [];
    for (let slot = m.from; slot < m.upto; slot++) {
        const v = s.votes.get(slot);
        if (v !== undefined)
            effects.push({ kind: "send", to: m.replica, msg: { type: "2b", acc: s.id, bal: v.bal, slot, val: v.val } });
    }
    return effects.length === 0 ? null : { state: s, effects };
}
/** A 1a or 2a below the promise: tell the proposer which ballot the acceptor has joined. Not a spec step. */
export function preempt(s, m) {
    if (m.bal >= s.maxBal && !(m.type === "1a" && m.bal === s.maxBal))
        return null;
    return { state: s, effects: [{ kind: "send", to: m.from, msg: { type: "preempted", acc: s.id, bal: s.maxBal } }] };
}
/**
 * @spec MultiPaxos.Restart
 *
 * The acceptor restarts from its log: the highest promise, and the latest
 * vote in each slot. Every record was written before the message revealing
 * it, so the state comes back as it was and the step changes nothing.
 */
export function restart(id, log) {
    let maxBal = -1;
    let votes = SlotMap.empty();
    for (const r of log) {
        if (r.role !== "acceptor")
            throw new TypeError(`an acceptor cannot restart from a ${r.role}'s record`);
        if (r.kind === "promise")
            maxBal = Math.max(maxBal, r.maxBal);
        else {
            votes = votes.set(r.slot, r.vote);
            maxBal = Math.max(maxBal, r.vote.bal); // a vote in b joins b
        }
    }
    return { state: { id, maxBal, votes }, effects: [], action: { name: "Restart", params: { a: id } } };
}
//# sourceMappingURL=acceptor.js.map
import { ballotOwner } from "./types.js";
/** A fresh learner: nothing received, nothing learned. */
export function initLearner(id) {
    return { id, votes: [], learned: new Set(), notified: new Set() };
}
/**
 * A 2b arrives: remember the vote (once per acceptor and ballot; a duplicate
 * changes nothing). If the learner already knows the decision and the owner of
 * this ballot has not been told, tell it, so that it stops retrying. Not a spec
 * step: the spec's Learn reads the 2b messages from `msgs` directly.
 */
export function receive2b(s, m, cfg) {
    const known = s.votes.some((v) => v.acc === m.acc && v.bal === m.bal && v.val === m.val);
    const effects = [];
    let notified = s.notified;
    const decided = [...s.learned][0];
    if (decided !== undefined && !s.notified.has(m.bal)) {
        effects.push({ kind: "send", to: ballotOwner(cfg.proposers, m.bal), msg: { type: "decision", learner: s.id, value: decided } });
        notified = new Set([...s.notified, m.bal]);
    }
    if (known) {
        return effects.length > 0 ? { state: { ...s, notified }, effects } : null;
    }
    return { state: { ...s, votes: [...s.votes, { acc: m.acc, bal: m.bal, val: m.val }], notified }, effects };
}
/**
 * The first (ballot, value) pair, in ballot then value order, that a quorum
 * voted for and that is not yet learned; `null` if there is none.
 */
export function learnable(s, cfg) {
    const groups = new Map();
    for (const vote of s.votes) {
        const key = `${vote.bal}\u0000${vote.val}`;
        const g = groups.get(key);
        if (g)
            g.accs.push(vote.acc);
        else
            groups.set(key, { b: vote.bal, v: vote.val, accs: [vote.acc] });
    }
    const candidates = [...groups.values()].filter((g) => !s.learned.has(g.v) && cfg.quorum.isQuorum(g.accs)).sort((x, y) => x.b - y.b || (x.v < y.v ? -1 : x.v > y.v ? 1 : 0));
    const first = candidates[0];
    return first ? { b: first.b, v: first.v } : null;
}
/**
 * @spec Paxos.Learn
 *
 * A quorum of distinct acceptors voted for `v` in the same ballot `b`: `v` is
 * chosen, and the learner learns it.
 *
 * Guards: the votes come from a quorum, because any two quorums intersect and
 * an acceptor votes for one value per ballot, so two values cannot both gather
 * one; the votes are in one ballot, because votes for `v` spread over ballots
 * prove nothing (a later ballot may have chosen another value in between); `v`
 * is not yet learned (learning is done once).
 *
 * Effects: `learned v`; tell every client and every proposer.
 */
export function learn(s, cfg) {
    const found = learnable(s, cfg);
    if (found === null)
        return null;
    const { b, v } = found;
    const effects = [{ kind: "learned", value: v }];
    for (const to of [...cfg.clients, ...cfg.proposers])
        effects.push({ kind: "send", to, msg: { type: "decision", learner: s.id, value: v } });
    return {
        state: { ...s, learned: new Set([...s.learned, v]), notified: new Set([...s.notified, b]) },
        effects,
        action: { name: "Learn", params: { l: s.id, b, v } },
    };
}
//# sourceMappingURL=learner.js.map
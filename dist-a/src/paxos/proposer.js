/** The default retry policy: base 25 time units, backoff on, doubling capped at 2^6. */
export const DEFAULT_RETRY = { timeout: 25, backoff: true, maxExponent: 6 };
/** A fresh proposer, or one restarting from its stable record. */
export function initProposer(id, stored) {
    return {
        id,
        highestBallot: stored?.highestBallot ?? -1,
        value: null,
        phase: "idle",
        ballot: -1,
        promises: new Map(),
        attempts: 0,
        heardFrom: new Set(),
    };
}
/** Whether the proposer has heard a decision from every learner (and so stops retrying). */
export function proposerDone(s, cfg) {
    return cfg.learners.every((l) => s.heardFrom.has(l));
}
/** The smallest ballot owned by this proposer above `highestBallot`, or `null` if all are used up. */
export function nextBallot(s, cfg) {
    const P = cfg.proposers.length;
    const index = cfg.proposers.indexOf(s.id);
    if (index < 0)
        throw new RangeError(`${s.id} is not among the proposers`);
    // smallest b > highestBallot with b mod P = index
    const from = s.highestBallot + 1;
    const b = from + ((index - (from % P) + P) % P);
    return b < cfg.ballotLimit ? b : null;
}
/**
 * The fixed part of the retry timeout for attempt number `attempt` (0-based):
 * `timeout`, doubled per attempt under backoff. The timer waits this long plus
 * a random part of up to as long again, drawn by the host.
 */
export function retryTimeout(policy, attempt) {
    const factor = policy.backoff ? 2 ** Math.min(attempt, policy.maxExponent) : 1;
    return policy.timeout * factor;
}
/** A client's request: the proposer adopts the value if it has none. Bookkeeping, not a spec step. */
export function receiveRequest(s, m) {
    if (s.value !== null)
        return null;
    return { state: { ...s, value: m.value }, effects: [] };
}
/**
 * @spec Paxos.Phase1a
 *
 * Start a ballot: pick the next ballot this proposer owns and ask every
 * acceptor to join it.
 *
 * Guards: the proposer has a client's value (without one it could have
 * nothing to propose if no vote is reported); it is not in the middle of an
 * attempt (a new one starts only when the timer of the last one fired); it
 * has not heard the decision from every learner; and an unused ballot it owns
 * is left. Taking a ballot it owns (the spec's `Owner[b] = p`) keeps two
 * proposers from ever proposing different values in the same ballot.
 *
 * Effects, in order: persist the ballot as used (so a restart never reuses
 * it); set the retry timer of this ballot, randomised by the host; send the
 * 1a to every acceptor.
 */
export function phase1a(s, cfg) {
    if (s.value === null || s.phase !== "idle" || proposerDone(s, cfg))
        return null;
    const b = nextBallot(s, cfg);
    if (b === null)
        return null;
    const wait = retryTimeout(cfg.retry, s.attempts);
    const effects = [
        { kind: "persist", record: { role: "proposer", highestBallot: b }, replaces: true },
        { kind: "setTimer", timer: { type: "retry", ballot: b }, after: wait, jitter: wait },
    ];
    for (const a of cfg.acceptors)
        effects.push({ kind: "send", to: a, msg: { type: "1a", from: s.id, bal: b } });
    return {
        state: { ...s, highestBallot: b, phase: "preparing", ballot: b, promises: new Map(), attempts: s.attempts + 1 },
        effects,
        action: { name: "Phase1a", params: { p: s.id, b } },
    };
}
/**
 * A 1b arrives: keep it if it answers the current ballot while phase 1 is
 * still running. Duplicates replace themselves (one report per acceptor).
 * Bookkeeping, not a spec step: the spec's Phase2a reads the 1b messages from
 * `msgs` directly.
 */
export function receive1b(s, m) {
    if (s.phase !== "preparing" || m.bal !== s.ballot)
        return null;
    const promises = new Map(s.promises);
    promises.set(m.acc, { mbal: m.mbal, mval: m.mval });
    return { state: { ...s, promises }, effects: [] };
}
/**
 * The value phase 2 must propose, given the 1b reports: the value of the
 * highest-ballot vote reported, or, if no acceptor reported a vote, `own`.
 * Among equal ballots (which carry equal values in a correct run) the report
 * of the first acceptor in name order wins, so the choice is deterministic.
 */
export function valueToPropose(promises, own) {
    let best = null;
    for (const acc of [...promises.keys()].sort()) {
        const p = promises.get(acc);
        if (p.mbal >= 0 && (best === null || p.mbal > best.mbal))
            best = p;
    }
    return best !== null ? best.mval : own;
}
/**
 * @spec Paxos.Phase2a
 *
 * A quorum has joined the ballot: ask the acceptors to vote for a value.
 *
 * Guards: phase 1 of this ballot is running, so no 2a for it has been sent
 * (one 2a per ballot: otherwise acceptors could vote for two values in one
 * ballot); the acceptors that answered form a quorum, since only then does
 * every quorum that may have chosen a value overlap the reports.
 *
 * The value: that of the highest-ballot vote among the reports. A value chosen
 * in a lower ballot was voted for by a quorum, one member of which reported
 * here, and every ballot in between could only have proposed that same value;
 * so the highest reported vote is the only safe choice. If nobody reported a
 * vote, nothing can have been chosen below this ballot and the proposer's own
 * (client's) value is safe.
 *
 * Effect: send the 2a to every acceptor.
 */
export function phase2a(s, cfg) {
    if (s.phase !== "preparing" || !cfg.quorum.isQuorum(s.promises.keys()))
        return null;
    const v = valueToPropose(s.promises, s.value);
    if (v === null)
        return null;
    const effects = cfg.acceptors.map((a) => ({ kind: "send", to: a, msg: { type: "2a", from: s.id, bal: s.ballot, val: v } }));
    return {
        state: { ...s, phase: "accepting" },
        effects,
        action: { name: "Phase2a", params: { p: s.id, b: s.ballot, v } },
    };
}
/**
 * The retry timer of ballot `ballot` fired: if that attempt is still the
 * current one, abandon it so that {@link phase1a} can start a higher ballot.
 * Not a spec step.
 */
export function timeout(s, ballot) {
    if (s.phase === "idle" || s.ballot !== ballot)
        return null;
    return { state: { ...s, phase: "idle", promises: new Map() }, effects: [] };
}
/** A learner reported its decision. Not a spec step. */
export function receiveDecision(s, m) {
    if (s.heardFrom.has(m.learner))
        return null;
    return { state: { ...s, heardFrom: new Set([...s.heardFrom, m.learner]) }, effects: [] };
}
//# sourceMappingURL=proposer.js.map
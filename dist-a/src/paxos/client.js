/** A client that will propose `value` to proposer number `target`. */
export function initClient(id, value, target) {
    return { id, value, target, submitted: false, decided: null };
}
/**
 * @spec Paxos.Propose
 *
 * The client submits its value: from now on it is a proposed value, one that
 * a proposer may put forward when no earlier vote constrains it.
 *
 * Guard: not yet submitted (the spec's `v \notin proposed`; every client has
 * its own value).
 *
 * Effects: send the request to its proposer; set the resubmission timer.
 */
export function propose(s, cfg) {
    if (s.submitted)
        return null;
    return {
        state: { ...s, submitted: true },
        effects: [
            { kind: "send", to: cfg.proposers[s.target % cfg.proposers.length], msg: { type: "request", client: s.id, value: s.value } },
            { kind: "setTimer", timer: { type: "resubmit" }, after: cfg.resubmitAfter },
        ],
        action: { name: "Propose", params: { v: s.value } },
    };
}
/** The resubmission timer fired with no decision: ask the next proposer. Not a spec step. */
export function resubmit(s, cfg) {
    if (!s.submitted || s.decided !== null)
        return null;
    const target = (s.target + 1) % cfg.proposers.length;
    return {
        state: { ...s, target },
        effects: [
            { kind: "send", to: cfg.proposers[target], msg: { type: "request", client: s.id, value: s.value } },
            { kind: "setTimer", timer: { type: "resubmit" }, after: cfg.resubmitAfter },
        ],
    };
}
/** A learner reported the decision. Not a spec step. */
export function receiveDecision(s, m) {
    if (s.decided !== null)
        return null;
    return { state: { ...s, decided: m.value }, effects: [{ kind: "decided", value: m.value }] };
}
//# sourceMappingURL=client.js.map
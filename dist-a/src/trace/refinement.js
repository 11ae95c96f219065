import { compareItf, itfMap, itfSet } from "./itf.js";
/** The spec's `None`: a model value that is not a Value. */
export const NONE = "None";
/** The spec record of an implementation message: the same fields, minus routing (`from`), `null` as `None`. */
export function specMessage(m) {
    switch (m.type) {
        case "1a":
            return { type: "1a", bal: m.bal };
        case "1b":
            return { type: "1b", acc: m.acc, bal: m.bal, mbal: m.mbal, mval: m.mval ?? NONE };
        case "2a":
            return { type: "2a", bal: m.bal, val: m.val };
        case "2b":
            return { type: "2b", acc: m.acc, bal: m.bal, val: m.val };
        default: {
            const never = m;
            throw new Error(`not a protocol message: ${JSON.stringify(never)}`);
        }
    }
}
/**
 * The mapping, evaluated incrementally: `msgs` only grows, so each call folds
 * in the messages sent since the previous call instead of rebuilding the set.
 * One instance follows one run.
 */
export class RefinementMapping {
    seen = 0;
    keys = new Set();
    msgs = [];
    /** The JSON text of each element of `msgs`, in the same (canonical) order. */
    msgTexts = [];
    msgsText = '{"#set":[]}';
    /** The spec variables for the cluster's current state. */
    state(view) {
        this.foldSent(view);
        return this.variables(view, [...this.msgs]);
    }
    /**
     * The spec state in its ITF encoding as JSON text: exactly
     * `JSON.stringify(encodeState(this.state(view)))`, but the text of `msgs`
     * (which only grows) is kept between calls instead of being rebuilt.
     */
    stateJson(view) {
        this.foldSent(view);
        if (this.msgsText === null)
            this.msgsText = `{"#set":[${this.msgTexts.join(",")}]}`;
        const e = encodeState(this.variables(view, []));
        const j = JSON.stringify;
        return `{"proposed":${j(e["proposed"])},"maxBal":${j(e["maxBal"])},"maxVBal":${j(e["maxVBal"])},"maxVal":${j(e["maxVal"])},"msgs":${this.msgsText},"learned":${j(e["learned"])}}`;
    }
    foldSent(view) {
        for (; this.seen < view.sent.length; this.seen++) {
            const m = specMessage(view.sent[this.seen].msg);
            const key = JSON.stringify(m);
            if (this.keys.has(key))
                continue;
            this.keys.add(key);
            const at = sortedIndex(this.msgs, m);
            this.msgs.splice(at, 0, m);
            this.msgTexts.splice(at, 0, key);
            this.msgsText = null;
        }
    }
    variables(view, msgs) {
        const maxBal = {};
        const maxVBal = {};
        const maxVal = {};
        for (const a of view.acceptorIds) {
            const s = view.acceptor(a);
            maxBal[a] = s.maxBal;
            maxVBal[a] = s.maxVBal;
            maxVal[a] = s.maxVal ?? NONE;
        }
        const learned = {};
        for (const l of view.learnerIds)
            learned[l] = [...view.learner(l).learned].sort();
        const proposed = view.clientIds
            .map((c) => view.client(c))
            .filter((c) => c.submitted)
            .map((c) => c.value)
            .sort();
        return { proposed, maxBal, maxVBal, maxVal, msgs, learned };
    }
}
/** The mapping of one state, from scratch. */
export function refine(view) {
    return new RefinementMapping().state(view);
}
/** Where `m` goes in the canonically sorted `list`. */
function sortedIndex(list, m) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareItf(list[mid], m) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The spec state in the ITF encoding: a record with one field per variable. */
export function encodeState(s) {
    const fn = (r) => itfMap(Object.entries(r));
    return {
        proposed: itfSet(s.proposed),
        maxBal: fn(s.maxBal),
        maxVBal: fn(s.maxVBal),
        maxVal: fn(s.maxVal),
        msgs: { "#set": s.msgs },
        learned: itfMap(Object.entries(s.learned).map(([l, vs]) => [l, itfSet(vs)])),
    };
}
//# sourceMappingURL=refinement.js.map
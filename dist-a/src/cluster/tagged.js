/**
 * The handlers of role `role` as handlers of the tagged state `U` (the union
 * of every role's tagged state). A state of another role is a host's error.
 */
export function tagged(role, h) {
    // Built field by field rather than with a spread: this runs for every step of every node.
    const tag = (steps) => {
        const out = new Array(steps.length);
        for (let i = 0; i < steps.length; i++) {
            const s = steps[i];
            const state = { role, state: s.state };
            out[i] = s.action === undefined ? { state, effects: s.effects } : { state, effects: s.effects, action: s.action };
        }
        return out;
    };
    const untag = (n) => {
        if (n.role !== role)
            throw new TypeError(`node state of a ${n.role} given to a ${role}'s handler`);
        return n.state;
    };
    return {
        start: () => tag(h.start()),
        onMessage: (n, from, m) => tag(h.onMessage(untag(n), from, m)),
        onTimer: (n, t) => tag(h.onTimer(untag(n), t)),
        onRestart: (stored) => tag(h.onRestart(stored)),
    };
}
//# sourceMappingURL=tagged.js.map
/**
 * Which acceptors decide which slot: the configurations of the log, as
 * spec/ReconfigMultiPaxos.tla defines them. A configuration change is a
 * command of the log; decided in slot `i`, it takes effect in slot
 * `i + alpha`. The configuration of slot `s` (the spec's `CfgOf[s]`) is the
 * one installed by the last change decided in a slot `i` with
 * `i + alpha <= s`, or the initial one. Leaders and replicas learn the
 * changes as they learn the decided values, and `alpha` is the leader's
 * window: it proposes in slot `s` only once every slot up to `s - alpha` is
 * decided, so `CfgOf[s]` is known and final by then.
 *
 * @module
 */
import { QuorumSystem } from "../paxos/quorum.js";
import { refusal } from "../smr/kv.js";
/** A history with no change yet. */
export function initialHistory(initial) {
    return { initial, changes: [] };
}
/**
 * @spec ReconfigMultiPaxos.CfgOf
 *
 * The configuration of slot `slot` (the spec's `CfgOf[slot]`): the last change
 * decided in a slot `i` with `i + alpha <= slot`, or the initial one. Final
 * only once every such slot is known decided: a leader proposes in `slot` only
 * then (its window is `alpha`, the spec's `Settled`), and a replica counts the
 * votes of `slot` only once it has executed every slot up to `slot - alpha`.
 */
export function configOf(h, slot, alpha) {
    let c = h.initial;
    for (const [i, next] of h.changes) {
        if (i + alpha > slot)
            break;
        c = next;
    }
    return c;
}
/**
 * @spec ReconfigMultiPaxos.LastChange
 *
 * The configuration batch `v` installs: that of its last change the state
 * machine accepts, if it has one (the spec's `LastChange`; a refused change is
 * a command whose `ChangeTo` is `None`).
 */
export function changeIn(v) {
    for (let k = v.length - 1; k >= 0; k--) {
        const op = v[k].op;
        if (op.type === "reconfig" && refusal(op) === null)
            return op.config;
    }
    return null;
}
/** The history with the change `config` decided in slot `slot`, kept in slot order; the same history if it knows that slot already. */
function withChange(h, slot, config) {
    if (h.changes.some(([i]) => i === slot))
        return h;
    const changes = [...h.changes, [slot, config]].sort(([a], [b]) => a - b);
    return { initial: h.initial, changes };
}
/** The history with slot `slot` known decided with value `v`. */
export function withDecided(h, slot, v) {
    const config = changeIn(v);
    return config === null ? h : withChange(h, slot, config);
}
/** Both histories' changes (they agree where they overlap: a slot is decided once). */
export function mergeHistories(a, b) {
    let h = a;
    for (const [slot, config] of b.changes)
        h = withChange(h, slot, config);
    return h;
}
/** The newest configuration the history knows: the one the last change decided installs (in force `alpha` slots later), or the initial one. */
export function newestConfig(h) {
    return h.changes[h.changes.length - 1]?.[1] ?? h.initial;
}
/** Every acceptor of every configuration the history knows. */
export function allAcceptors(h) {
    const all = new Set(h.initial.acceptors);
    for (const [, c] of h.changes)
        for (const a of c.acceptors)
            all.add(a);
    return [...all];
}
const systems = new WeakMap();
/** The quorum system of a configuration (built once per configuration object). */
export function quorumOf(c) {
    let q = systems.get(c);
    if (q === undefined)
        systems.set(c, (q = new QuorumSystem(c.acceptors, c.quorum)));
    return q;
}
//# sourceMappingURL=configuration.js.map
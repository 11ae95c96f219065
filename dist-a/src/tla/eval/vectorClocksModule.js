/**
 * The community module VectorClocks, natively: `IsCausalOrder(log, clock)`
 * as the module defines it, and `CausalOrder(log, clock, node, domain)`, a
 * reordering of a log (a sequence of entries, each with a vector clock)
 * into an order consistent with the clocks, computed as TLC computes it
 * rather than by the module's CHOOSE over every permutation: each node's
 * entries are ordered by the node's own component of their clock; an entry
 * depends on the entry of another node whose clock value it first exceeds;
 * then, round after round, the nodes are visited in the engine's order of
 * values and each node whose next entry depends on nothing left gives it up.
 * The clocks must count each node's entries from 1 without gaps.
 *
 * @module
 */
import { compare, fnIndex, tupleOf, valueError } from "../values/value.js";
import * as B from "./builtins.js";
import { elems, fn, op } from "./communityOperators.js";
/** A component of a vector clock (0 where the clock has none, as the module's `Fill`). */
function component(vc, host) {
    const f = fn(vc, "a vector clock");
    const i = fnIndex(f, host);
    return i < 0 ? 0 : B.int(f.vals[i], "a vector clock's component");
}
/** `IsCausalOrder(log, clock)`: every entry comes after, or is concurrent with, each entry before it. */
function isCausalOrder(log, clock) {
    const entries = B.seq(log, "the log of IsCausalOrder");
    const clocks = entries.map((e) => clock(e));
    for (let i = 0; i < clocks.length; i++) {
        for (let j = 0; j < i; j++) {
            const vi = clocks[i];
            const vj = clocks[j];
            const D = elems(B.cup(B.domain(vi), B.domain(vj)), "the domain of two vector clocks");
            const less = D.filter((d) => component(vj, d) < component(vi, d)).length;
            const more = D.filter((d) => component(vj, d) > component(vi, d)).length;
            const before = more === 0 && less > 0;
            const concurrent = less > 0 && more > 0;
            if (!before && !concurrent)
                return false;
        }
    }
    return true;
}
function causalOrder(log, clock, node, domain) {
    const entries = B.seq(log, "the log of CausalOrder");
    // Each node's entries, ordered by the node's own clock component.
    const byNode = [];
    for (const value of entries) {
        const host = node(value);
        const vc = clock(value);
        const time = Number(component(vc, host));
        const hosts = elems(domain(vc), "the domain of a vector clock");
        let group = byNode.find((g) => compare(g.host, host) === 0);
        if (!group) {
            group = { host, list: [] };
            byNode.push(group);
        }
        group.list.push({ value, clock: vc, time, hosts, parents: new Set(), children: new Set() });
    }
    byNode.sort((a, b) => compare(a.host, b.host));
    for (const g of byNode)
        g.list.sort((a, b) => a.time - b.time);
    // An entry depends on the entry of each host whose clock value it is the first of its node to exceed.
    for (const g of byNode) {
        const seen = new Map();
        for (const e of g.list) {
            seen.set(g.host, e.time);
            for (const h of e.hosts) {
                const other = byNode.find((x) => compare(x.host, h) === 0);
                const key = other?.host ?? h;
                const t = Number(component(e.clock, h));
                if ((seen.get(key) ?? 0) < t) {
                    seen.set(key, t);
                    const parent = other?.list[t - 1];
                    if (!parent)
                        throw valueError(`CausalOrder: an entry's clock gives ${B.describe(h)} the time ${t}, but the log has no such entry of ${B.describe(h)} (the clocks must count each node's entries from 1 without gaps)`);
                    if (parent !== e) {
                        e.parents.add(parent);
                        parent.children.add(e);
                    }
                }
            }
        }
    }
    const sorted = [];
    const heads = byNode.map(() => 0);
    for (let progress = true; progress;) {
        progress = false;
        byNode.forEach((g, k) => {
            const e = g.list[heads[k]];
            if (e && e.parents.size === 0) {
                heads[k]++;
                for (const c of e.children)
                    c.parents.delete(e);
                sorted.push(e.value);
                progress = true;
            }
        });
    }
    if (sorted.length !== entries.length)
        throw valueError("CausalOrder: the log's vector clocks are not consistent (an entry depends, through others, on itself)");
    return tupleOf(sorted);
}
export const vectorClocksModule = {
    extends: ["Naturals", "Sequences", "Functions"],
    ops: [
        op("IsCausalOrder", 2, ([log], [clock]) => isCausalOrder(log, clock), { 1: 1 }),
        op("CausalOrder", 4, ([log], [clock, node, domain]) => causalOrder(log, clock, node, domain), { 1: 1, 2: 1, 3: 1 }),
    ],
};
//# sourceMappingURL=vectorClocksModule.js.map
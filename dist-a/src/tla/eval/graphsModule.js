/**
 * The community module Graphs (directed graphs as records `[node |-> N,
 * edge |-> E]` with edges as pairs `<<from, to>>`), natively, as its
 * definitions give each operator. Paths follow edges between nodes of
 * `G.node` (a path is a sequence of nodes of the graph); reachability is
 * computed by search instead of by enumerating sequences. `Path(G)` is an
 * infinite set and is refused when evaluated. The module extends Relation,
 * which the engine does not provide: its operators are not visible through
 * Graphs.
 *
 * @module
 */
import { EMPTY_SET, TAG_FN, TAG_LAZYFN, equals, fnIndex, fnOf, member, recordOf, setOf, toFn, tupleOf, valueError } from "../values/value.js";
import * as B from "./builtins.js";
import { elems, fn, op, refused } from "./communityOperators.js";
/** Whether `e` is a pair `<<a, b>>` (a function on {1, 2}). */
function isPair(e) {
    if (typeof e !== "object" || (e.tag !== TAG_FN && e.tag !== TAG_LAZYFN))
        return false;
    const f = toFn(e);
    return f.keys.length === 2 && fnIndex(f, 1) >= 0 && fnIndex(f, 2) >= 0;
}
/** The two ends of an edge. */
function ends(e) {
    if (!isPair(e))
        throw valueError(`an edge of a graph must be a pair <<from, to>>, got ${B.describe(e)}`);
    const f = toFn(e);
    return [f.vals[fnIndex(f, 1)], f.vals[fnIndex(f, 2)]];
}
function field(G, name) {
    const g = fn(G, "the graph");
    const i = fnIndex(g, name);
    if (i < 0)
        throw valueError(`the graph has no field ${name}`);
    return g.vals[i];
}
function graph(G) {
    const nodes = elems(field(G, "node"), "the nodes of the graph");
    const edges = elems(field(G, "edge"), "the edges of the graph").map(ends);
    const indexOf = (v) => nodes.findIndex((n) => equals(n, v));
    const out = nodes.map(() => []);
    for (const [a, b] of edges) {
        const i = indexOf(a);
        const j = indexOf(b);
        if (i >= 0 && j >= 0 && !out[i].includes(j))
            out[i].push(j);
    }
    return { nodes, edges, indexOf, out };
}
/** The nodes reachable from node `i` by one edge or more. */
function reachable(g, i) {
    const seen = g.nodes.map(() => false);
    const stack = [...g.out[i]];
    while (stack.length > 0) {
        const j = stack.pop();
        if (seen[j])
            continue;
        seen[j] = true;
        stack.push(...g.out[j]);
    }
    return seen;
}
/** `AreConnectedIn(m, n, G)`: some path (a non-empty sequence of nodes of G joined by edges) goes from m to n. */
function connected(g, m, n) {
    const i = g.indexOf(m);
    const j = g.indexOf(n);
    if (i < 0 || j < 0)
        return false;
    return i === j || reachable(g, i)[j];
}
/** `IsDirectedGraph(G)`: G is exactly the record of its nodes and edges, and every edge joins two nodes. */
function isDirectedGraph(G) {
    const g = fn(G, "the graph");
    if (g.keys.length !== 2 || fnIndex(g, "node") < 0 || fnIndex(g, "edge") < 0)
        return false;
    const N = field(G, "node");
    return elems(field(G, "edge"), "the edges of the graph").every((e) => {
        if (!isPair(e))
            return false;
        const [a, b] = ends(e);
        return member(a, N) && member(b, N);
    });
}
function isUndirectedGraph(G) {
    if (!isDirectedGraph(G))
        return false;
    const E = field(G, "edge");
    return elems(E, "the edges of the graph").every((e) => {
        const [a, b] = ends(e);
        return member(tupleOf([b, a]), E);
    });
}
const makeGraph = (nodes, edges) => recordOf(["node", "edge"], [nodes, edges]);
/** Every subset of `xs`. */
function subsets(xs) {
    let out = [[]];
    for (const x of xs)
        out = out.concat(out.map((s) => [...s, x]));
    return out;
}
/** `DirectedSubgraph(G)`: the graphs on a subset of G's nodes with a subset of G's edges between them. */
function directedSubgraphs(G) {
    const g = graph(G);
    const out = [];
    for (const ns of subsets(g.nodes)) {
        const N = setOf(ns.slice());
        const inside = g.edges.filter(([a, b]) => member(a, N) && member(b, N)).map(([a, b]) => tupleOf([a, b]));
        for (const es of subsets(inside))
            out.push(makeGraph(N, setOf(es)));
    }
    return out;
}
/** The nodes n with `test(n)`, as a set. */
function nodesWhere(g, test) {
    const out = [];
    g.nodes.forEach((n, i) => {
        if (test(i))
            out.push(n);
    });
    return out.length === 0 ? EMPTY_SET : setOf(out);
}
function successors(g, n) {
    return nodesWhere(g, (i) => g.edges.some(([a, b]) => equals(a, n) && equals(b, g.nodes[i])));
}
function predecessors(g, n) {
    return nodesWhere(g, (i) => g.edges.some(([a, b]) => equals(a, g.nodes[i]) && equals(b, n)));
}
/** `HasCycle(G)`: a loop on a node, or two distinct nodes each connected to the other. */
function hasCycle(g) {
    if (g.edges.some(([a, b]) => equals(a, b) && g.indexOf(a) >= 0))
        return true;
    return g.nodes.some((_, i) => reachable(g, i).some((r, j) => r && j !== i && reachable(g, j)[i]));
}
export const graphsModule = {
    extends: ["Naturals", "Sequences", "FiniteSets", "SequencesExt"],
    ops: [
        op("IsDirectedGraph", 1, ([G]) => isDirectedGraph(G)),
        op("DirectedSubgraph", 1, ([G]) => setOf(directedSubgraphs(G))),
        op("Transpose", 1, ([G]) => {
            const edges = elems(field(G, "edge"), "the edges of the graph").map((e) => {
                const [a, b] = ends(e);
                return tupleOf([b, a]);
            });
            return makeGraph(field(G, "node"), edges.length === 0 ? EMPTY_SET : setOf(edges));
        }),
        op("IsUndirectedGraph", 1, ([G]) => isUndirectedGraph(G)),
        op("UndirectedSubgraph", 1, ([G]) => setOf(directedSubgraphs(G).filter(isUndirectedGraph))),
        refused("Path", 1, "Path(G) is the infinite set of all paths of G (use SimplePath or AreConnectedIn)"),
        op("SimplePath", 1, ([G]) => {
            const g = graph(G);
            const out = [];
            const extend = (path) => {
                out.push(tupleOf(path.map((i) => g.nodes[i])));
                for (const j of g.out[path[path.length - 1]])
                    if (!path.includes(j))
                        extend([...path, j]);
            };
            g.nodes.forEach((_, i) => extend([i]));
            return out.length === 0 ? EMPTY_SET : setOf(out);
        }),
        op("AreConnectedIn", 3, ([m, n, G]) => connected(graph(G), m, n)),
        op("IsStronglyConnected", 1, ([G]) => {
            const g = graph(G);
            return g.nodes.every((_, i) => reachable(g, i).every((r, j) => r || j === i));
        }),
        // A function on pairs of nodes: TRUE where the first is connected to the second (every node to itself).
        op("ConnectionsIn", 1, ([G]) => {
            const g = graph(G);
            const keys = [];
            const vals = [];
            g.nodes.forEach((m, i) => {
                const r = reachable(g, i);
                g.nodes.forEach((n, j) => {
                    keys.push(tupleOf([m, n]));
                    vals.push(i === j || r[j]);
                });
            });
            return fnOf(keys, vals);
        }),
        op("IsTreeWithRoot", 2, ([G, r]) => {
            if (!isDirectedGraph(G))
                return false;
            const g = graph(G);
            if (g.indexOf(r) < 0)
                return false;
            // No edge leaves the root, and no node has two edges leaving it (the edges of a set are distinct).
            const oneParent = g.edges.every(([a], k) => !equals(a, r) && g.edges.every(([c], l) => k === l || !equals(a, c)));
            return oneParent && g.nodes.every((n) => connected(g, n, r));
        }),
        op("GraphUnion", 2, ([G, H]) => makeGraph(B.cup(field(G, "node"), field(H, "node")), B.cup(field(G, "edge"), field(H, "edge")))),
        op("IsBipartiteWithPartitions", 3, ([G, U, V]) => {
            if (elems(B.cap(U, V), "U \\cap V").length > 0)
                return false;
            if (!B.subseteq(field(G, "node"), B.cup(U, V)))
                return false;
            return graph(G).edges.every(([a, b]) => (member(a, U) && member(b, V)) || (member(b, U) && member(a, V)));
        }),
        op("HasCycle", 1, ([G]) => hasCycle(graph(G))),
        op("IsDag", 1, ([G]) => isDirectedGraph(G) && !hasCycle(graph(G))),
        op("Successors", 2, ([G, n]) => successors(graph(G), n)),
        op("AllSuccessors", 2, ([G, S]) => {
            const g = graph(G);
            return B.union(setOf(elems(S, "the set of AllSuccessors").map((n) => successors(g, n))));
        }),
        op("Predecessors", 2, ([G, n]) => predecessors(graph(G), n)),
        op("AllPredecessors", 2, ([G, S]) => {
            const g = graph(G);
            return B.union(setOf(elems(S, "the set of AllPredecessors").map((n) => predecessors(g, n))));
        }),
        // The nodes with a path of one edge or more to n (Ancestors) or from n (Descendants).
        op("Ancestors", 2, ([G, n]) => {
            const g = graph(G);
            const j = g.indexOf(n);
            return nodesWhere(g, (i) => j >= 0 && reachable(g, i)[j]);
        }),
        op("Descendants", 2, ([G, n]) => {
            const g = graph(G);
            const i = g.indexOf(n);
            if (i < 0)
                return EMPTY_SET;
            const r = reachable(g, i);
            return nodesWhere(g, (j) => r[j]);
        }),
        op("InDegree", 2, ([G, n]) => elems(predecessors(graph(G), n), "a set of nodes").length),
        op("OutDegree", 2, ([G, n]) => elems(successors(graph(G), n), "a set of nodes").length),
        op("Roots", 1, ([G]) => {
            const g = graph(G);
            return nodesWhere(g, (i) => elems(predecessors(g, g.nodes[i]), "a set of nodes").length === 0);
        }),
        op("Leaves", 1, ([G]) => {
            const g = graph(G);
            return nodesWhere(g, (i) => elems(successors(g, g.nodes[i]), "a set of nodes").length === 0);
        }),
        op("EmptyGraph", 0, () => makeGraph(EMPTY_SET, EMPTY_SET)),
        op("Graphs", 1, ([S]) => {
            const pairs = [];
            const xs = elems(S, "the argument of Graphs");
            for (const a of xs)
                for (const b of xs)
                    pairs.push(tupleOf([a, b]));
            return setOf(elems(B.subset(pairs.length === 0 ? EMPTY_SET : setOf(pairs)), "the sets of edges").map((E) => makeGraph(S, E)));
        }),
    ],
};
//# sourceMappingURL=graphsModule.js.map
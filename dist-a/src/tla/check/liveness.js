/**
 * Liveness checking on the behaviour graph that the breadth-first search
 * leaves: its nodes are the distinct reachable states, its edges the steps
 * between them, and every node also has a stuttering step to itself (a
 * behaviour of `Init /\ [][Next]_v` may stutter anywhere). For each node the
 * graph records which fairness conditions' actions are enabled (`ENABLED
 * <<A>>_v`), the values of the properties' state predicates and of their
 * actions on the node's stuttering step; for each edge which fairness
 * conditions it takes (`<<A>>_v`) and the values of the properties' actions.
 *
 * A property fails when some fair behaviour satisfies its negation. In a
 * finite graph this is a lasso: a path from an initial state into a
 * strongly connected set of nodes in which an infinite walk can visit every
 * node and take every edge, and that walk is fair. Four common forms are
 * searched for directly; their negations are:
 *
 * - `<>P`: `[]~P`, a fair cycle reached from an initial state through ~P
 *   states only, all of its states ~P;
 * - `[]<>P`: `<>[]~P`, a fair cycle of ~P states, reached from anywhere;
 * - `<>[]P`: `[]<>~P`, a fair cycle holding a ~P state;
 * - `P ~> Q`: `<>(P /\ []~Q)`, a P /\ ~Q state from which a fair cycle of
 *   ~Q states is reached through ~Q states.
 *
 * Any other property is decided on the product of the graph with the
 * tableau of its negation ({@link findTableauLasso}): the same search for a
 * fair strongly connected set, which must also meet every acceptance set of
 * the tableau; in the product a node has a step to itself only when the
 * tableau allows it.
 *
 * Fairness of a strongly connected set S (walking all of it): `WF_v(A)`
 * holds unless A is enabled in every state of S and no edge of S takes it
 * (a smaller cycle would not help: it has fewer edges and no fewer enabled
 * states); `SF_v(A)` holds unless A is enabled in some state of S and no
 * edge of S takes it, and then the states where A is enabled are removed
 * and the strongly connected components of the rest are tried in turn (the
 * usual algorithm for Streett conditions).
 *
 * @module
 */
/** Collects the graph while the search runs. */
export class GraphBuilder {
    fairness;
    predicates;
    actions;
    /** Per node: F enabled bits, then K predicate values, then A action values on the node's stuttering step. */
    facts;
    from;
    to;
    /** Per edge: F taken bits, then A action values. */
    taken;
    edges = 0;
    nodes = 0;
    constructor(fairness, predicates, actions = 0) {
        this.fairness = fairness;
        this.predicates = predicates;
        this.actions = actions;
        this.facts = new Uint8Array(1024 * Math.max(1, fairness + predicates + actions));
        this.from = new Int32Array(4096);
        this.to = new Int32Array(4096);
        this.taken = new Uint8Array(4096 * Math.max(1, fairness + actions));
    }
    /** The offset in {@link facts} for node `n` (growing the array as needed). */
    factsAt(n) {
        const w = this.fairness + this.predicates + this.actions;
        if ((n + 1) * w > this.facts.length) {
            const f = new Uint8Array(Math.max(this.facts.length * 2, (n + 1) * w));
            f.set(this.facts);
            this.facts = f;
        }
        if (n >= this.nodes)
            this.nodes = n + 1;
        return n * w;
    }
    /** Adds the edge `u -> v`; returns the offset in the taken array where its F taken bits, then its A action values, go. */
    addEdge(u, v) {
        if (this.edges >= this.from.length) {
            const grow = (a) => {
                const b = new Int32Array(a.length * 2);
                b.set(a);
                return b;
            };
            this.from = grow(this.from);
            this.to = grow(this.to);
            const t = new Uint8Array(this.taken.length * 2);
            t.set(this.taken);
            this.taken = t;
        }
        this.from[this.edges] = u;
        this.to[this.edges] = v;
        return this.edges++ * (this.fairness + this.actions);
    }
    /** The taken bits of the edges, to be written at the offsets {@link addEdge} returns. */
    get takenBits() {
        return this.taken;
    }
    /** The finished graph, in compressed rows. */
    build(initial, parent) {
        const n = this.nodes;
        const start = new Int32Array(n + 1);
        for (let e = 0; e < this.edges; e++)
            start[this.from[e] + 1]++;
        for (let i = 0; i < n; i++)
            start[i + 1] += start[i];
        const fill = start.slice(0, n);
        const target = new Int32Array(this.edges);
        const E = this.fairness + this.actions;
        const taken = new Uint8Array(this.edges * E);
        for (let e = 0; e < this.edges; e++) {
            const at = fill[this.from[e]]++;
            target[at] = this.to[e];
            for (let f = 0; f < E; f++)
                taken[at * E + f] = this.taken[e * E + f];
        }
        return { nodes: n, start, target, taken, facts: this.facts, fairness: this.fairness, predicates: this.predicates, actions: this.actions, initial, parent };
    }
}
/** Searches the graph for a fair lasso satisfying `q`. */
export function findFairLasso(g, fairness, q) {
    const n = g.nodes;
    // The nodes the suffix can reach: from the sources, through allowed nodes.
    const sources = [];
    if (q.fromAnywhere) {
        for (let v = 0; v < n; v++)
            if (q.source(v) && q.allowed(v))
                sources.push(v);
    }
    else {
        for (const v of g.initial)
            if (q.source(v) && q.allowed(v))
                sources.push(v);
    }
    const reach = bfsFrom(g, sources, q.allowed);
    const reachable = [];
    for (let v = 0; v < n; v++)
        if (reach.parent[v] !== -2)
            reachable.push(v);
    // Of the fair components, the one nearest to the sources (for a short counterexample).
    const rank = new Int32Array(n);
    reach.order.forEach((v, i) => (rank[v] = i));
    let best;
    let entry = -1;
    const accepts = [...(q.accept ? [q.accept] : []), ...(q.acceptAll ?? [])];
    new FairSccSearch(g, fairness, accepts, q.acceptEdges ?? []).search(reachable, 0, (scc) => {
        const first = scc.nodes.reduce((a, v) => (rank[v] < rank[a] ? v : a));
        if (!best || rank[first] < rank[entry]) {
            best = scc;
            entry = first;
        }
        return false;
    });
    if (!best)
        return undefined;
    const scc = best;
    // The prefix: to the source the shortest path to the component starts at, then through allowed nodes into it.
    const inScc = new Uint8Array(n);
    for (const v of scc.nodes)
        inScc[v] = 1;
    const suffix = [];
    for (let v = entry; v >= 0; v = reach.parent[v])
        suffix.push(v);
    suffix.reverse();
    const prefix = [];
    for (let v = g.parent(suffix[0]); v >= 0; v = g.parent(v))
        prefix.push(v);
    prefix.reverse();
    const path = [...prefix, ...suffix];
    const loop = path.length - 1;
    const cycle = tour(g, scc, entry, inScc);
    path.push(...cycle.slice(1));
    return { path, loop, stuttering: cycle.length === 1 && !scc.needsStep };
}
/** Breadth-first search from `sources` through `allowed` nodes; parent -2: not reached, -1: a source. */
function bfsFrom(g, sources, allowed) {
    const parent = new Int32Array(g.nodes).fill(-2);
    const order = [];
    for (const s of sources) {
        if (parent[s] !== -2)
            continue;
        parent[s] = -1;
        order.push(s);
    }
    for (let i = 0; i < order.length; i++) {
        const u = order[i];
        for (let e = g.start[u]; e < g.start[u + 1]; e++) {
            const v = g.target[e];
            if (parent[v] !== -2 || !allowed(v))
                continue;
            parent[v] = u;
            order.push(v);
        }
    }
    return { parent, order };
}
class FairSccSearch {
    g;
    fairness;
    accepts;
    acceptEdges;
    /** Per depth of the Streett refinement: node -> local number (-1: not in the current set). */
    locals = [];
    constructor(g, fairness, accepts, acceptEdges) {
        this.g = g;
        this.fairness = fairness;
        this.accepts = accepts;
        this.acceptEdges = acceptEdges;
    }
    local(depth) {
        while (this.locals.length <= depth)
            this.locals.push(new Int32Array(this.g.nodes).fill(-1));
        return this.locals[depth];
    }
    /**
     * The fair strongly connected sets within `nodes`, each given to `each`
     * until it returns true (one per component, at most); the last one found.
     */
    search(nodes, depth, each = () => true) {
        const local = this.local(depth);
        nodes.forEach((v, i) => (local[v] = i));
        let found;
        try {
            tarjan(this.g, nodes, local, (scc) => {
                if (scc.length === 1 && this.g.explicitLoops && !hasSelfLoop(this.g, scc[0]))
                    return false;
                const fair = this.check(scc, depth + 1);
                if (!fair)
                    return false;
                found = fair;
                return each(fair);
            });
        }
        finally {
            for (const v of nodes)
                local[v] = -1;
        }
        return found;
    }
    /** Whether a strongly connected set is fair, or holds a fair part once the SF conditions it cannot satisfy are pruned. */
    check(scc, depth) {
        const g = this.g;
        const F = this.fairness.length;
        const W = g.fairness + g.predicates + g.actions;
        const E = g.fairness + g.actions;
        if (!this.accepts.every((a) => scc.some(a)))
            return undefined;
        const mark = this.local(depth);
        scc.forEach((v, i) => (mark[v] = i));
        const takenEdge = new Array(F).fill(undefined);
        const A = this.acceptEdges.length;
        const acceptedEdge = new Array(A).fill(undefined);
        try {
            for (const u of scc) {
                for (let e = g.start[u]; e < g.start[u + 1]; e++) {
                    const v = g.target[e];
                    if (mark[v] < 0)
                        continue;
                    for (let f = 0; f < F; f++)
                        if (!takenEdge[f] && g.taken[e * E + f])
                            takenEdge[f] = [u, v];
                    for (let a = 0; a < A; a++)
                        if (!acceptedEdge[a] && this.acceptEdges[a](u, e))
                            acceptedEdge[a] = [u, v];
                }
            }
        }
        finally {
            for (const v of scc)
                mark[v] = -1;
        }
        // A sub-component has fewer edges: none of them takes an edge this one lacks.
        if (acceptedEdge.some((x) => x === undefined))
            return undefined;
        const visit = [];
        const visitAny = [];
        const take = acceptedEdge.map((x) => x);
        const prune = [];
        for (let f = 0; f < F; f++) {
            const edge = takenEdge[f];
            if (edge) {
                take.push(edge);
                continue;
            }
            const notEnabled = scc.find((v) => !g.facts[v * W + f]);
            if (this.fairness[f].kind === "WF") {
                if (notEnabled === undefined)
                    return undefined;
                if (g.explicitLoops)
                    visitAny.push((v) => !g.facts[v * W + f]);
                else
                    visit.push(notEnabled);
            }
            else if (scc.some((v) => g.facts[v * W + f])) {
                prune.push(f);
            }
        }
        if (prune.length > 0) {
            const rest = scc.filter((v) => prune.every((f) => !g.facts[v * W + f]));
            return rest.length === 0 ? undefined : this.search(rest, depth);
        }
        if (g.explicitLoops)
            visitAny.push(...this.accepts);
        else
            for (const a of this.accepts)
                visit.push(scc.find(a));
        return { nodes: [...scc], visit, visitAny, take, needsStep: take.length > 0 };
    }
}
/**
 * Tarjan's strongly connected components of the nodes with `local[v] >= 0`,
 * iteratively; `each` is called per component and stops the search by
 * returning true.
 */
function tarjan(g, nodes, local, each) {
    const m = nodes.length;
    const index = new Int32Array(m).fill(-1);
    const low = new Int32Array(m);
    const onStack = new Uint8Array(m);
    const stack = [];
    const callNode = [];
    const callEdge = [];
    let counter = 0;
    for (let r = 0; r < m; r++) {
        if (index[r] !== -1)
            continue;
        index[r] = low[r] = counter++;
        stack.push(r);
        onStack[r] = 1;
        callNode.push(r);
        callEdge.push(g.start[nodes[r]]);
        while (callNode.length > 0) {
            const top = callNode.length - 1;
            const x = callNode[top];
            const u = nodes[x];
            const e = callEdge[top];
            if (e < g.start[u + 1]) {
                callEdge[top] = e + 1;
                const y = local[g.target[e]];
                if (y < 0)
                    continue;
                if (index[y] === -1) {
                    index[y] = low[y] = counter++;
                    stack.push(y);
                    onStack[y] = 1;
                    callNode.push(y);
                    callEdge.push(g.start[nodes[y]]);
                }
                else if (onStack[y] && index[y] < low[x]) {
                    low[x] = index[y];
                }
                continue;
            }
            callNode.pop();
            callEdge.pop();
            if (callNode.length > 0) {
                const p = callNode[callNode.length - 1];
                if (low[x] < low[p])
                    low[p] = low[x];
            }
            if (low[x] === index[x]) {
                const scc = [];
                let y;
                do {
                    y = stack.pop();
                    onStack[y] = 0;
                    scc.push(nodes[y]);
                } while (y !== x);
                if (each(scc))
                    return;
            }
        }
    }
}
/** A closed walk in the component from `entry` back to it, through every witness: the nodes, starting with `entry` and ending before it. */
function tour(g, scc, entry, inScc) {
    const walk = [entry];
    let cur = entry;
    // To the nearest node of the component satisfying `isTarget`, breadth first.
    const goToNearest = (isTarget) => {
        if (isTarget(cur))
            return;
        const parent = new Map([[cur, -1]]);
        const queue = [cur];
        let target = -1;
        for (let i = 0; i < queue.length && target < 0; i++) {
            const u = queue[i];
            for (let e = g.start[u]; e < g.start[u + 1]; e++) {
                const v = g.target[e];
                if (!inScc[v] || parent.has(v))
                    continue;
                parent.set(v, u);
                queue.push(v);
                if (isTarget(v)) {
                    target = v;
                    break;
                }
            }
        }
        const steps = [];
        for (let v = target; v !== cur; v = parent.get(v))
            steps.push(v);
        steps.reverse();
        walk.push(...steps);
        cur = target;
    };
    const goTo = (target) => goToNearest((v) => v === target);
    // The edges first, then the nodes the walk has not passed yet (a witness already met is skipped).
    const hasStep = (u, v) => walk.some((x, i) => x === u && walk[i + 1] === v);
    for (const [u, v] of scc.take) {
        if (hasStep(u, v))
            continue;
        goTo(u);
        walk.push(v);
        cur = v;
    }
    for (const v of scc.visit)
        if (!walk.includes(v))
            goTo(v);
    for (const p of scc.visitAny)
        if (!walk.some(p))
            goToNearest(p);
    // Without implicit stuttering a cycle of more than one node must leave the entry and come back.
    if (g.explicitLoops && walk.length === 1 && !hasSelfLoop(g, entry)) {
        for (let e = g.start[entry]; e < g.start[entry + 1]; e++) {
            const v = g.target[e];
            if (!inScc[v])
                continue;
            walk.push(v);
            cur = v;
            break;
        }
    }
    goTo(entry);
    // The walk ends at `entry` again (unless it never left it).
    if (walk.length > 1)
        walk.pop();
    return walk;
}
/** Whether node `u` has an edge to itself. */
function hasSelfLoop(g, u) {
    for (let e = g.start[u]; e < g.start[u + 1]; e++)
        if (g.target[e] === u)
            return true;
    return false;
}
/**
 * Searches for a fair behaviour accepted by the tableau `t` (built of the
 * negation of a property): the product of the behaviour graph with the
 * tableau, then a fair accepting lasso in it, projected back onto the
 * behaviour graph.
 *
 * A product node `(s, q)` pairs a state with a tableau node whose state
 * literals hold in `s`. It has a step to `(t', q')` when `s -> t'` is a step
 * of the graph or the stuttering step `s -> s`, `q'` is a successor of `q`
 * in the tableau, and the action literals of `q` hold of that step. Product
 * nodes start from the initial states paired with the initial tableau nodes.
 * Fairness is that of the specification, read off the projected states and
 * steps; acceptance is the tableau's, one set per `<>F`. Each of the
 * `conditions` (the plans of the negation that share this tableau, see
 * `plansOf` in tableau.ts) is tried in turn on the same product: the cycle
 * keeps to the steps satisfying its `always` formulas and takes a step
 * satisfying each of its `infinitely` formulas; the prefix is the path by
 * which the product was first reached.
 */
export function findTableauLasso(g, t, fairness, conditions = [NO_CONDITIONS]) {
    const F = g.fairness;
    const K = g.predicates;
    const W = F + K + g.actions;
    const E = F + g.actions;
    const T = t.nodes.length;
    const stateOk = (s, q) => {
        for (const l of t.nodes[q].stateLits)
            if ((g.facts[s * W + F + l.i] === 1) !== l.positive)
                return false;
        return true;
    };
    // The action values of a step: an edge of the graph (its row offset), or the stuttering step of `s` (edge -1).
    const actionOk = (s, edge, q) => {
        for (const l of t.nodes[q].actionLits) {
            const v = edge < 0 ? g.facts[s * W + F + K + l.i] : g.taken[edge * E + F + l.i];
            if ((v === 1) !== l.positive)
                return false;
        }
        return true;
    };
    // The reachable part of the product, breadth first. Pairs are numbered
    // through a dense table when it is small enough, else a map.
    const dense = g.nodes * T <= 1 << 24 ? new Int32Array(g.nodes * T).fill(-1) : undefined;
    const sparse = dense ? undefined : new Map();
    let state = new Int32Array(1024);
    let tab = new Int32Array(1024);
    /** Per pair: the pair it was first reached from (-1: an initial pair). */
    let parent = new Int32Array(1024);
    let from = -1;
    let n = 0;
    const idOf = (s, q) => {
        const key = s * T + q;
        let id = dense ? dense[key] : (sparse.get(key) ?? -1);
        if (id < 0) {
            id = n++;
            if (dense)
                dense[key] = id;
            else
                sparse.set(key, id);
            if (id >= state.length) {
                state = grow(state);
                tab = grow(tab);
                parent = grow(parent);
            }
            state[id] = s;
            tab[id] = q;
            parent[id] = from;
        }
        return id;
    };
    const initial = [];
    for (const s of g.initial)
        for (const q of t.initial)
            if (stateOk(s, q))
                initial.push(idOf(s, q));
    let start = new Int32Array(1025);
    let target = new Int32Array(4096);
    /** Per product edge: the graph edge it projects to (-1: a stuttering step). */
    let via = new Int32Array(4096);
    let m = 0;
    for (let p = 0; p < n; p++) {
        const s = state[p];
        const q = tab[p];
        const succ = t.nodes[q].succ;
        from = p;
        // e = start - 1 stands for the stuttering step.
        for (let e = g.start[s] - 1; e < g.start[s + 1]; e++) {
            const edge = e < g.start[s] ? -1 : e;
            const to = edge < 0 ? s : g.target[edge];
            if (!actionOk(s, edge, q))
                continue;
            for (const q2 of succ) {
                if (!stateOk(to, q2))
                    continue;
                const id = idOf(to, q2);
                if (m >= target.length) {
                    target = grow(target);
                    via = grow(via);
                }
                target[m] = id;
                via[m++] = edge;
            }
        }
        if (p + 1 >= start.length)
            start = grow(start);
        start[p + 1] = m;
    }
    const facts = new Uint8Array(n * F);
    for (let p = 0; p < n; p++)
        for (let f = 0; f < F; f++)
            facts[p * F + f] = g.facts[state[p] * W + f];
    const taken = new Uint8Array(m * F);
    for (let i = 0; i < m; i++) {
        const edge = via[i];
        if (edge >= 0)
            for (let f = 0; f < F; f++)
                taken[i * F + f] = g.taken[edge * E + f];
    }
    const product = {
        nodes: n,
        start: start.subarray(0, n + 1),
        target: target.subarray(0, m),
        taken,
        facts,
        fairness: F,
        predicates: 0,
        actions: 0,
        explicitLoops: true,
        initial,
        parent: (p) => parent[p],
    };
    const acceptAll = [];
    for (let a = 0; a < t.acceptanceSets; a++)
        acceptAll.push((p) => t.nodes[tab[p]].accepting[a]);
    // A formula without temporal operators on a step of the product: its state
    // predicates in the state the step leaves, its actions on the step of the
    // graph it projects to.
    const holds = (f, s, edge) => {
        switch (f.k) {
            case "state":
                return g.facts[s * W + F + f.i] === 1;
            case "action":
                return (edge < 0 ? g.facts[s * W + F + K + f.i] : g.taken[edge * E + F + f.i]) === 1;
            case "const":
                return f.v;
            case "not":
                return !holds(f.a, s, edge);
            case "and":
                return f.args.every((a) => holds(a, s, edge));
            case "or":
                return f.args.some((a) => holds(a, s, edge));
            default:
                throw new Error("a temporal formula where a step's condition was expected");
        }
    };
    for (const c of conditions) {
        // `<>[]A`: the cycle keeps to the steps satisfying A (the prefix goes anywhere).
        let cg = product;
        let orig;
        if (c.always.length > 0) {
            const keep = new Uint8Array(m);
            let kept = 0;
            for (let p = 0; p < n; p++) {
                for (let e = start[p]; e < start[p + 1]; e++) {
                    if (c.always.every((f) => holds(f, state[p], via[e]))) {
                        keep[e] = 1;
                        kept++;
                    }
                }
            }
            const rows = new Int32Array(n + 1);
            const targets = new Int32Array(kept);
            const takenKept = new Uint8Array(kept * F);
            orig = new Int32Array(kept);
            let k = 0;
            for (let p = 0; p < n; p++) {
                for (let e = start[p]; e < start[p + 1]; e++) {
                    if (!keep[e])
                        continue;
                    targets[k] = target[e];
                    orig[k] = e;
                    for (let f = 0; f < F; f++)
                        takenKept[k * F + f] = taken[e * F + f];
                    k++;
                }
                rows[p + 1] = k;
            }
            cg = { ...product, start: rows, target: targets, taken: takenKept };
        }
        // `[]<>A`: the cycle takes some step satisfying A.
        const o = orig;
        const acceptEdges = c.infinitely.map((f) => (u, e) => holds(f, state[u], via[o ? o[e] : e]));
        // The cycle may start anywhere: the prefix is the path the product was reached by.
        const found = findFairLasso(cg, fairness, { source: () => true, fromAnywhere: true, allowed: () => true, acceptAll, acceptEdges });
        if (found)
            return project(found, Array.from(state.subarray(0, n)));
    }
    return undefined;
}
const NO_CONDITIONS = { infinitely: [], always: [] };
/**
 * A lasso of the product as one of the behaviour graph: each node replaced
 * by its state, with the stuttering steps (a state repeated) left out; a
 * cycle that never leaves its state becomes a stuttering lasso.
 */
function project(l, state) {
    const path = [];
    let loop = 0;
    l.path.forEach((p, i) => {
        const s = state[p];
        const repeated = path.length > 0 && path[path.length - 1] === s;
        if (i === l.loop)
            loop = repeated ? path.length - 1 : path.length;
        if (!repeated)
            path.push(s);
    });
    // The step back may itself be a stutter: the cycle then ends one state earlier.
    while (path.length - 1 > loop && path[path.length - 1] === path[loop])
        path.pop();
    return { path, loop, stuttering: path.length - 1 === loop };
}
/** A copy of `a` twice as long. */
function grow(a) {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
}
//# sourceMappingURL=liveness.js.map
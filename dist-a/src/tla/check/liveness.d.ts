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
import type { LiveFormula, Tableau } from "./tableau.js";
/** Collects the graph while the search runs. */
export declare class GraphBuilder {
    readonly fairness: number;
    readonly predicates: number;
    readonly actions: number;
    /** Per node: F enabled bits, then K predicate values, then A action values on the node's stuttering step. */
    facts: Uint8Array;
    private from;
    private to;
    /** Per edge: F taken bits, then A action values. */
    private taken;
    edges: number;
    nodes: number;
    constructor(fairness: number, predicates: number, actions?: number);
    /** The offset in {@link facts} for node `n` (growing the array as needed). */
    factsAt(n: number): number;
    /** Adds the edge `u -> v`; returns the offset in the taken array where its F taken bits, then its A action values, go. */
    addEdge(u: number, v: number): number;
    /** The taken bits of the edges, to be written at the offsets {@link addEdge} returns. */
    get takenBits(): Uint8Array;
    /** The finished graph, in compressed rows. */
    build(initial: readonly number[], parent: (n: number) => number): BehaviourGraph;
}
/**
 * The behaviour graph (stuttering steps implicit), or the product of one
 * with a tableau (`explicitLoops`: a node has a step to itself only when
 * its row says so).
 */
export interface BehaviourGraph {
    readonly nodes: number;
    /** Edges of node u: `target[start[u] .. start[u + 1])`. */
    readonly start: Int32Array;
    readonly target: Int32Array;
    /** Per edge (in row order): F bits, whether it takes each fairness condition, then A action values. */
    readonly taken: Uint8Array;
    /** Per node: F enabled bits, then K predicate values, then A action values on its stuttering step. */
    readonly facts: Uint8Array;
    readonly fairness: number;
    readonly predicates: number;
    readonly actions: number;
    /** Whether self-loops are listed as edges (a product graph) rather than implied for every node. */
    readonly explicitLoops?: boolean;
    readonly initial: readonly number[];
    /** The parent of a node on a shortest path from an initial state (-1 for initial states). */
    readonly parent: (n: number) => number;
}
/** A fairness condition as the search sees it. */
export interface FairnessKind {
    readonly kind: "WF" | "SF";
}
/** What a counterexample search looks for (see the module comment). */
export interface CycleQuery {
    /** Nodes where the suffix may start (any reachable node, not only initial ones, when `fromAnywhere`). */
    readonly source: (n: number) => boolean;
    readonly fromAnywhere: boolean;
    /** Nodes the suffix may visit. */
    readonly allowed: (n: number) => boolean;
    /** Nodes of which the cycle must hold one (undefined: no such requirement). */
    readonly accept?: (n: number) => boolean;
    /** Sets of nodes of each of which the cycle must hold one (a generalized Büchi condition). */
    readonly acceptAll?: readonly ((n: number) => boolean)[];
    /** Sets of edges (the edge at row offset `e` of node `u`) of each of which the cycle must take one. */
    readonly acceptEdges?: readonly ((u: number, e: number) => boolean)[];
}
/** A lasso: the behaviour `path[0] .. path[path.length - 1]`, then back to `path[loop]` (a stutter when `loop` is the last node and no step is needed). */
export interface Lasso {
    readonly path: number[];
    readonly loop: number;
    readonly stuttering: boolean;
}
/** Searches the graph for a fair lasso satisfying `q`. */
export declare function findFairLasso(g: BehaviourGraph, fairness: readonly FairnessKind[], q: CycleQuery): Lasso | undefined;
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
export declare function findTableauLasso(g: BehaviourGraph, t: Tableau, fairness: readonly FairnessKind[], conditions?: readonly CycleConditions[]): Lasso | undefined;
/** What a cycle alone must satisfy, besides the tableau's acceptance (see `CheckPlan` in tableau.ts). */
export interface CycleConditions {
    /** Formulas without temporal operators of which some step of the cycle satisfies each (`[]<>A`). */
    readonly infinitely: readonly LiveFormula[];
    /** Formulas without temporal operators that every step of the cycle satisfies (`<>[]A`). */
    readonly always: readonly LiveFormula[];
}

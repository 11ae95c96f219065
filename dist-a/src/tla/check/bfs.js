/**
 * Breadth-first model checking, counted the way TLC counts: `statesGenerated`
 * is every state produced (initial states and every successor, duplicates
 * included, each as many times as TLC's enumeration reaches it: see
 * `Ctx.mult`), `distinctStates` the states added to the visited set, `depth` the
 * length of the longest shortest path (initial states at depth 1).
 *
 * As TLC: invariants are checked on each new state (and on states outside the
 * CONSTRAINTs, which are neither stored nor explored); action properties on
 * every transition; a state with no successor at all is a deadlock unless
 * deadlock checking is off. Successors are counted action by action (TLC's
 * split of the next-state relation, `Ctx.group`), so a violation stops the
 * count after the action that produced it. On a violation the shortest behaviour is rebuilt
 * from parent pointers by re-executing the next-state relation.
 *
 * With temporal properties the search also keeps the behaviour graph (with
 * the values of the properties' state predicates per state and of their
 * actions per step), and once it ends without a safety violation the
 * properties are decided on it (`liveness.ts`, `tableau.ts`); a violation is
 * a lasso. `[]P` is checked on every state, as an invariant.
 *
 * @module
 */
import { TlaError } from "../errors.js";
import { describeLoc } from "../model.js";
import { FingerprintSet } from "./fpset.js";
import { StateQueue } from "./stateQueue.js";
import { findFairLasso, findTableauLasso, GraphBuilder } from "./liveness.js";
import { formulaText, not, plansOf, tableauOf } from "./tableau.js";
/**
 * The violation of a POSTCONDITION after a search that ended without error,
 * as TLC reports it: like a false assumption (the same outcome and exit
 * status), without a counterexample, located at its name in the model
 * configuration.
 */
export function postconditionViolation(model, figures) {
    try {
        const p = model.violatedPostcondition(figures);
        if (!p)
            return undefined;
        return { outcome: "assumption", violated: p.name, message: `the POSTCONDITION ${p.name} is false after the search`, lastIndex: -2, loc: p.loc };
    }
    catch (err) {
        if (!(err instanceof TlaError))
            throw err;
        return { outcome: "error", violated: null, message: err.message, lastIndex: -2, ...(err.loc ? { loc: err.loc } : {}) };
    }
}
/** Checks a model exhaustively (breadth-first) and returns TLC-comparable figures. */
export function checkModel(model, options = {}) {
    const t0 = Date.now();
    const seen = new FingerprintSet(1 << 16);
    const fp = new Int32Array(2);
    const deadlock = options.deadlock ?? model.checkDeadlock;
    const progressMs = options.progressMs ?? 2000;
    let generated = 0;
    let depth = 0;
    let lastProgress = t0;
    let explored = 0;
    // The queue: states (serialised) with their distinct index and level.
    const queue = new StateQueue(model.variables.length);
    let violation;
    let current = -1;
    // The behaviour graph, kept only when there are liveness properties to check.
    const graph = model.liveness.length > 0 ? new GraphBuilder(model.fairness.length, model.livenessPredicates.length, model.livenessActions.length) : undefined;
    const initial = [];
    const targets = new Set();
    const result = (v, trace) => ({
        outcome: v ? v.outcome : "success",
        violated: v ? v.violated : null,
        statesGenerated: generated,
        distinctStates: seen.size,
        depth,
        counterexample: trace,
        seconds: (Date.now() - t0) / 1000,
        errors: v?.loc ? [{ file: v.loc.file, line: v.loc.line, col: v.loc.col, endLine: v.loc.endLine, endCol: v.loc.endCol, message: v.message }] : [],
        message: v ? v.message : `Model checking completed. No error has been found.`,
    });
    try {
        // Initial states.
        for (const s of model.initStates()) {
            generated++;
            const inModel = model.inConstraints(s);
            let idx = -1;
            if (inModel) {
                model.fingerprint(s, fp);
                idx = seen.add(fp[0], fp[1], -1);
                if (idx < 0)
                    continue;
                if (depth < 1)
                    depth = 1;
            }
            const inv = model.violatedInvariant(s);
            if (inv) {
                violation = {
                    outcome: "invariant",
                    violated: inv,
                    message: `Invariant ${inv} is violated by the initial state.`,
                    lastIndex: idx,
                    ...(idx < 0 ? { extra: { state: s, label: null } } : {}),
                };
                break;
            }
            const ap = model.violatedAlwaysProperty(s);
            if (ap) {
                violation = {
                    outcome: "property",
                    violated: ap,
                    message: `Property ${ap} is violated by the initial state.`,
                    lastIndex: idx,
                    ...(idx < 0 ? { extra: { state: s, label: null } } : {}),
                };
                break;
            }
            const ip = model.violatedInitProperty(s);
            if (ip) {
                violation = {
                    outcome: "property",
                    violated: ip,
                    message: `Property ${ip} is violated by the initial state.`,
                    lastIndex: idx,
                    ...(idx < 0 ? { extra: { state: s, label: null } } : {}),
                };
                break;
            }
            if (idx >= 0) {
                queue.push(s, idx, 1);
                initial.push(idx);
            }
        }
        const maxStates = options.maxStates;
        outer: while (!violation && queue.size > 0) {
            const { state, index: idx, level } = queue.shift();
            current = idx;
            const succs = [];
            generated += model.forEachSuccessor(state, level, (label, next, mult, group) => succs.push({ label, next, mult, group }));
            if (succs.length === 0 && deadlock) {
                violation = { outcome: "deadlock", violated: null, message: "Deadlock reached.", lastIndex: idx };
                break;
            }
            // TLC computes the successors of one action (of those it splits the
            // next-state relation into) at a time, counts them all as generated, then
            // checks them one by one: when one violates an invariant, the states
            // generated include that action's successors but not those of the
            // actions after it.
            if (graph) {
                const at = graph.factsAt(idx);
                model.livenessFacts(state, graph.facts, at);
                targets.clear();
            }
            let counted = 0;
            for (const { label, next, group } of succs) {
                while (counted < succs.length && succs[counted].group <= group)
                    generated += succs[counted++].mult;
                // The successor at its own level, the step at its predecessor's (see Model.atLevel).
                model.atLevel(level);
                const stepAllowed = model.inActionConstraints(state, next);
                model.atLevel(level + 1);
                const inModel = stepAllowed && model.inConstraints(next);
                let nidx = -1;
                let isNew = true;
                if (inModel) {
                    model.fingerprint(next, fp);
                    nidx = seen.add(fp[0], fp[1], idx);
                    isNew = nidx >= 0;
                }
                if (graph && inModel) {
                    const to = isNew ? nidx : seen.find(fp[0], fp[1]);
                    if (to !== idx && !targets.has(to)) {
                        targets.add(to);
                        const at = graph.addEdge(idx, to);
                        model.fairnessTaken(state, next, graph.takenBits, at);
                    }
                }
                if (isNew) {
                    if (nidx >= 0 && level + 1 > depth)
                        depth = level + 1;
                    const inv = model.violatedInvariant(next);
                    if (inv) {
                        violation = {
                            outcome: "invariant",
                            violated: inv,
                            message: `Invariant ${inv} is violated.`,
                            lastIndex: nidx >= 0 ? nidx : idx,
                            ...(nidx < 0 ? { extra: { state: next, label } } : {}),
                        };
                        break outer;
                    }
                    const sp = model.violatedAlwaysProperty(next);
                    if (sp) {
                        violation = {
                            outcome: "property",
                            violated: sp,
                            message: `Property ${sp} is violated.`,
                            lastIndex: nidx >= 0 ? nidx : idx,
                            ...(nidx < 0 ? { extra: { state: next, label } } : {}),
                        };
                        break outer;
                    }
                }
                model.atLevel(level);
                const ap = model.violatedActionProperty(state, next);
                if (ap) {
                    violation = { outcome: "property", violated: ap, message: `Action property ${ap} is violated.`, lastIndex: idx, extra: { state: next, label } };
                    break outer;
                }
                if (inModel && isNew)
                    queue.push(next, nidx, level + 1);
            }
            while (counted < succs.length)
                generated += succs[counted++].mult;
            if (maxStates !== undefined && seen.size >= maxStates) {
                violation = {
                    outcome: "error",
                    violated: null,
                    message: `stopped after ${seen.size} distinct states (--max-states ${maxStates}); the state space was not fully explored`,
                    lastIndex: -2,
                };
                break;
            }
            if (options.onProgress && (++explored & 255) === 0) {
                const now = Date.now();
                if (now - lastProgress >= progressMs) {
                    lastProgress = now;
                    const secs = (now - t0) / 1000;
                    options.onProgress({ statesGenerated: generated, distinctStates: seen.size, queueSize: queue.size, depth, seconds: secs, rate: generated / secs });
                }
            }
        }
    }
    catch (err) {
        if (!(err instanceof TlaError))
            throw err;
        violation = { outcome: err.kind === "error" ? "error" : err.kind, violated: null, message: err.message, lastIndex: current, ...(err.loc ? { loc: err.loc } : {}) };
    }
    if (!violation && graph)
        violation = checkLiveness(model, graph, initial, seen);
    if (!violation)
        violation = postconditionViolation(model, { depth, distinctStates: seen.size, statesGenerated: generated, seconds: (Date.now() - t0) / 1000 });
    if (!violation)
        return result(undefined, []);
    if (violation.lastIndex === -2)
        return result(violation, []);
    let trace = [];
    try {
        trace = violation.lasso ? rebuildLasso(model, seen, violation.lasso) : rebuildTrace(model, seen, violation.lastIndex, violation.extra);
    }
    catch (err) {
        // Re-evaluating a step of the behaviour failed: report the violation without a counterexample, and say so.
        if (!(err instanceof TlaError))
            throw err;
        violation = { ...violation, message: `${violation.message} (no counterexample: rebuilding the behaviour failed: ${err.message})` };
    }
    return result(violation, trace);
}
/**
 * The liveness properties, checked one after the other on the behaviour
 * graph once the search has found no safety violation: the first that a
 * fair behaviour violates, with its lasso. The four direct forms search the
 * graph for their counterexample's shape; a general formula searches the
 * product of the graph with the tableau of its negation.
 */
function checkLiveness(model, builder, initial, seen) {
    const g = builder.build(initial, (n) => seen.parent(n));
    const W = g.fairness + g.predicates + g.actions;
    const F = g.fairness;
    const holds = (n, p) => g.facts[n * W + F + p] === 1;
    for (const prop of model.liveness) {
        const p = prop.p;
        if (prop.shape === "general") {
            // The plans of the negation that share a tableau share its product with the graph.
            const byTableau = new Map();
            for (const plan of plansOf(not(prop.formula))) {
                const key = formulaText(plan.tableau);
                byTableau.set(key, [...(byTableau.get(key) ?? []), plan]);
            }
            for (const plans of byTableau.values()) {
                const lasso = findTableauLasso(g, tableauOf(plans[0].tableau), model.fairness, plans);
                if (lasso)
                    return { outcome: "property", violated: prop.name, message: `Temporal property ${prop.name} is violated.`, lastIndex: -1, lasso };
            }
            continue;
        }
        const q = (() => {
            switch (prop.shape) {
                case "eventually":
                    return { source: () => true, fromAnywhere: false, allowed: (n) => !holds(n, p) };
                case "infinitelyOften":
                    return { source: () => true, fromAnywhere: true, allowed: (n) => !holds(n, p) };
                case "eventuallyAlways":
                    return { source: () => true, fromAnywhere: false, allowed: () => true, accept: (n) => !holds(n, p) };
                case "leadsTo": {
                    const qq = prop.q;
                    return { source: (n) => holds(n, p), fromAnywhere: true, allowed: (n) => !holds(n, qq) };
                }
            }
        })();
        const lasso = findFairLasso(g, model.fairness, q);
        if (lasso)
            return { outcome: "property", violated: prop.name, message: `Temporal property ${prop.name} is violated.`, lastIndex: -1, lasso };
    }
    return undefined;
}
/** Re-executes the next-state relation along a chain of distinct states: each state with the action that led to it. */
export function rebuildChain(model, seen, chain) {
    const fp = new Int32Array(2);
    const steps = [];
    if (chain.length === 0)
        return steps;
    const [h, l] = seen.fingerprint(chain[0]);
    const init = model.initStates().find((s) => {
        model.atLevel(1);
        model.fingerprint(s, fp);
        return fp[0] === h && fp[1] === l;
    });
    if (!init)
        throw new TlaError("could not rebuild the counterexample's initial state", "error");
    steps.push({ state: init, label: null, initial: true });
    for (let k = 1; k < chain.length; k++) {
        const found = stepTo(model, seen, steps[steps.length - 1].state, k, chain[k]);
        steps.push({ state: found.next, label: found.label, initial: false });
    }
    return steps;
}
/** The successor of `prev` that is the distinct state `target`, with its action. */
function stepTo(model, seen, prev, level, target) {
    const [h2, l2] = seen.fingerprint(target);
    return successorWithFingerprint(model, prev, level, h2, l2);
}
/** The first successor of `prev` whose fingerprint is `h2`, `l2`, with its action. */
export function successorWithFingerprint(model, prev, level, h2, l2) {
    const fp = new Int32Array(2);
    let found;
    model.forEachSuccessor(prev, level, (label, next) => {
        if (found)
            return;
        model.atLevel(level + 1);
        model.fingerprint(next, fp);
        model.atLevel(level);
        if (fp[0] === h2 && fp[1] === l2)
            found = { label, next };
    });
    if (!found)
        throw new TlaError("could not rebuild a step of the counterexample", "error");
    return found;
}
/** The steps of a behaviour as a counterexample. */
export function printSteps(model, steps) {
    return steps.map((s, i) => ({
        index: i + 1,
        action: s.initial ? "Initial predicate" : (s.label?.name ?? "Next"),
        ...(s.label && !s.initial ? { location: describeLoc(s.label.loc, s.label.module) } : {}),
        vars: model.printState(s.state),
    }));
}
/** Rebuilds the behaviour ending at distinct state `last` (plus an optional unstored final state). */
function rebuildTrace(model, seen, last, extra) {
    const chain = [];
    for (let i = last; i >= 0; i = seen.parent(i))
        chain.push(i);
    chain.reverse();
    const steps = rebuildChain(model, seen, chain);
    if (extra)
        steps.push({ state: extra.state, label: extra.label, initial: chain.length === 0 });
    return printSteps(model, steps);
}
/**
 * Rebuilds a lasso as TLC prints one: its states, then an entry without
 * variables, `Back to state N` (the step from the last state to state N, with
 * its action in `location`) or `Stuttering` (the behaviour stays in the last
 * state forever).
 */
function rebuildLasso(model, seen, lasso) {
    const steps = rebuildChain(model, seen, lasso.path);
    const out = printSteps(model, steps);
    if (lasso.stuttering)
        return [...out, { index: out.length + 1, action: "Stuttering", vars: {} }];
    const back = stepTo(model, seen, steps[steps.length - 1].state, steps.length, lasso.path[lasso.loop]);
    const label = back.label;
    return [...out, { index: lasso.loop + 1, action: "Back to state", ...(label ? { location: `${label.name} ${describeLoc(label.loc, label.module)}` } : {}), vars: {} }];
}
//# sourceMappingURL=bfs.js.map
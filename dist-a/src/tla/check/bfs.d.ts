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
import type { CheckResult, CounterexampleState, Outcome } from "../result.js";
import type { ActionLabel } from "../eval/context.js";
import { type Model, type State } from "../model.js";
import type { Value } from "../values/value.js";
import { type Lasso } from "./liveness.js";
/** Figures reported while checking. */
export interface Progress {
    readonly statesGenerated: number;
    readonly distinctStates: number;
    readonly queueSize: number;
    readonly depth: number;
    readonly seconds: number;
    /** States generated per second since the start. */
    readonly rate: number;
}
/** How to check. */
export interface CheckOptions {
    /** Report deadlocks (default: the cfg's CHECK_DEADLOCK, else true). */
    readonly deadlock?: boolean;
    /** Stop after this many distinct states (outcome "error", with the partial counts). */
    readonly maxStates?: number;
    /** Called about every `progressMs` milliseconds. */
    readonly onProgress?: (p: Progress) => void;
    readonly progressMs?: number;
}
interface Violation {
    outcome: Outcome;
    violated: string | null;
    message: string;
    /** Distinct-state index of the last stored state of the behaviour (-1: none). */
    lastIndex: number;
    /** A final state that is not stored (violating successor), with its action. */
    extra?: {
        state: State;
        label: ActionLabel | null;
    };
    /** A liveness counterexample: the distinct states of the lasso (then `lastIndex` is unused). */
    lasso?: Lasso;
    loc?: TlaError["loc"];
}
/**
 * The violation of a POSTCONDITION after a search that ended without error,
 * as TLC reports it: like a false assumption (the same outcome and exit
 * status), without a counterexample, located at its name in the model
 * configuration.
 */
export declare function postconditionViolation(model: Model, figures: {
    readonly depth: number;
    readonly distinctStates: number;
    readonly statesGenerated: number;
    readonly seconds: number;
}): Violation | undefined;
/** Checks a model exhaustively (breadth-first) and returns TLC-comparable figures. */
export declare function checkModel(model: Model, options?: CheckOptions): CheckResult;
/** What rebuilding a behaviour needs of the visited states: each distinct state's parent and fingerprint. */
export interface VisitedStates {
    /** Parent index of a distinct state (-1 for initial states). */
    parent(idx: number): number;
    /** The fingerprint of a distinct state. */
    fingerprint(idx: number): [number, number];
}
/** One state of a rebuilt behaviour, with the action that led to it. */
export interface RebuiltStep {
    readonly state: State;
    readonly label: ActionLabel | null;
    readonly initial: boolean;
}
/** Re-executes the next-state relation along a chain of distinct states: each state with the action that led to it. */
export declare function rebuildChain(model: Model, seen: VisitedStates, chain: readonly number[]): RebuiltStep[];
/** The first successor of `prev` whose fingerprint is `h2`, `l2`, with its action. */
export declare function successorWithFingerprint(model: Model, prev: State, level: number, h2: number, l2: number): {
    label: ActionLabel | null;
    next: Value[];
};
/** The steps of a behaviour as a counterexample. */
export declare function printSteps(model: Model, steps: readonly RebuiltStep[]): CounterexampleState[];
export {};

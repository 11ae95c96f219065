import type { Loc } from "../syntax/ast.js";
import { type Value } from "../values/value.js";
import { TraceModel } from "./traceModel.js";
/** The specification to validate against, with a value for every constant. */
export interface ValidationSpec {
    /** The root module's file, e.g. `spec/Paxos.tla` (it may EXTEND or INSTANCE others). */
    readonly specFile: string;
    /** A value for every CONSTANT of the root module (model values are model values). */
    readonly constants: Readonly<Record<string, Value>>;
    /** State predicates checked on every candidate state (e.g. TypeOK, Agreement). */
    readonly invariants?: readonly string[];
    /** The initial predicate and next-state relation (default `Init`, `Next`). */
    readonly init?: string;
    readonly next?: string;
    /** The most candidate states kept at once before the verdict is "undecided" (default 100,000). */
    readonly maxCandidates?: number;
    /**
     * Take a step that repeats an accepted step (the same action with the same
     * parameters) as a resend even when it is not logged as one (see
     * {@link TraceStepInput.resend}). Off by default: a log should say so.
     */
    readonly repeatsAreResends?: boolean;
}
/** One entry of a trace: the state after a step (the first entry: the initial state). */
export interface TraceStepInput {
    /** The action's name (an operator called under the next-state relation's `\E`/`\/` structure). */
    readonly action?: string;
    /** Its parameters by the specification's parameter names, when known (those missing are searched). */
    readonly params?: Readonly<Record<string, Value>>;
    /** A full or partial assignment of the specification's variables. */
    readonly state: Readonly<Record<string, Value>>;
    /** Where the entry came from, for messages. */
    readonly source?: {
        readonly file: string;
        readonly line: number;
    };
    /**
     * The step repeats an earlier step of the trace (the same action with the
     * same parameters: a message sent again), which changes nothing. It is
     * accepted as a stuttering step when such a step was accepted before and
     * the logged state, if any, is the state before it.
     */
    readonly resend?: boolean;
    /**
     * Entries of function-valued variables that the log gives without the
     * rest of the function (an acceptor logging only its own `maxBal[a1]`):
     * the state after the step must map `key` to `value` in `variable`.
     */
    readonly fragments?: readonly StateFragment[];
}
/** One entry of a function-valued variable: `variable[key] = value`. */
export interface StateFragment {
    readonly variable: string;
    readonly key: Value;
    readonly value: Value;
}
/** The false conjunct of a rejection: where it is, its text, and the values it read. */
export interface ConjunctReport {
    readonly loc: Loc;
    readonly text: string;
    readonly values: Record<string, string>;
}
/** The outcome of validating a trace (or of one step, when it is rejected). */
export type Verdict = {
    readonly ok: true;
    /** Steps validated after the initial state. */
    readonly steps: number;
    /** The largest number of candidate states held at once. */
    readonly candidatesMax: number;
    /** How many steps were accepted as stuttering (no action named, nothing changed). */
    readonly stuttering?: number;
    /** How many steps logged as resends were accepted (as stuttering steps). */
    readonly resends?: number;
} | {
    readonly ok: false;
    /** The step at fault: 0 is the initial state. */
    readonly step: number;
    /** How reports name the step, when not "step N" (the step of one of several merged logs, say). */
    readonly at?: string;
    /** The rejected step repeats this earlier accepted step (same action and parameters): it looks like a resend. */
    readonly resendOf?: number;
    /** Where that earlier step came from. */
    readonly resendOfSource?: {
        readonly file: string;
        readonly line: number;
    };
    readonly action?: string;
    readonly params?: Record<string, string>;
    /** One sentence for people. */
    readonly reason: string;
    readonly conjunct?: ConjunctReport;
    readonly source?: {
        readonly file: string;
        readonly line: number;
    };
    /** The bound on candidate states was hit: the trace is neither accepted nor rejected. */
    readonly undecided?: true;
    /** The invariant violated, when that is the reason. */
    readonly invariant?: string;
    /** Variables whose logged values differ from what the step produces, one line each. */
    readonly differences?: readonly string[];
    /** Values chosen for bound names while locating the conjunct (a counterexample to a `\A`). */
    readonly bindings?: Record<string, string>;
    /** How many candidate states there were before the step (the explanation is for the first). */
    readonly candidates?: number;
    /** The first line of the report (the reason without the conjunct). */
    readonly summary?: string;
    /** What is wrong at the conjunct's location (`b >= maxBal[a] is false`), for the report's second line. */
    readonly detail?: string;
};
interface DoneStep {
    readonly step: number;
    readonly source?: {
        readonly file: string;
        readonly line: number;
    };
}
/** The progress of a {@link TraceValidator}, as {@link TraceValidator.snapshot} takes it (opaque to callers). */
export interface ValidatorSnapshot {
    readonly candidates: readonly (readonly Value[])[];
    readonly stepNo: number;
    readonly verdict: Verdict | undefined;
    readonly candidatesMax: number;
    readonly stuttering: number;
    readonly done: ReadonlyMap<number, DoneStep>;
    readonly older: ReadonlyMap<number, DoneStep>;
    readonly resends: number;
}
/**
 * How many accepted steps the validator remembers, at least, to recognise a
 * step that repeats one of them (a resend): it keeps the steps in two
 * generations of this size, dropping the older when the newer is full, so
 * that its memory does not grow with the length of the trace. A validator
 * told that repeats are resends ({@link ValidationSpec.repeatsAreResends})
 * remembers every step.
 */
export declare const REMEMBERED_STEPS = 100000;
/** Validates a trace step by step, holding only the current candidate states. */
export declare class TraceValidator {
    readonly model: TraceModel;
    private candidates;
    private stepNo;
    private verdict;
    private candidatesMax;
    private stuttering;
    /**
     * The accepted steps that named an action, by {@link stepKey}, with their
     * step numbers (see {@link TraceStepInput.resend}): the current generation
     * (see {@link REMEMBERED_STEPS} and {@link DoneMap}).
     */
    private done;
    /** The generation of {@link done} before the current one. */
    private older;
    private resends;
    private readonly maxCandidates;
    private readonly repeatsAreResends;
    private readonly invariants;
    private constructor();
    /** Loads and compiles the specification under the constants. Throws a {@link TlaError} for a bad specification or constants. */
    static create(spec: ValidationSpec): Promise<TraceValidator>;
    /** A validator over a model already compiled. */
    static forModel(model: TraceModel, spec: ValidationSpec): TraceValidator;
    /** Checks the initial state. Null: fine so far. */
    init(first: TraceStepInput): Verdict | null;
    /** Checks the next step. Null: fine so far. */
    step(s: TraceStepInput): Verdict | null;
    /** Whether the step names an action of the specification and gives a value for each of its parameters. */
    private givesEveryParameter;
    /** A step logged as a resend: a stuttering step, allowed when it repeats an accepted step and the logged state is unchanged. */
    private resendStep;
    /**
     * The validator's progress so far (candidate states, step number, verdict),
     * to come back to with {@link restore}: a search over several
     * continuations of one prefix (such as the orders in which concurrent
     * events of per-node logs can be merged) validates the prefix once.
     */
    snapshot(): ValidatorSnapshot;
    /** Returns to a {@link snapshot} taken from this validator. */
    restore(s: ValidatorSnapshot): void;
    /** The accepted step with this key, if it is remembered. */
    private doneStep;
    /**
     * Remembers an accepted step (the first of its kind in the current
     * generation); past {@link REMEMBERED_STEPS} of them, the older generation
     * is dropped.
     */
    private remember;
    /** The verdict on the trace seen so far. */
    finish(): Verdict;
    private guard;
    private reject;
    /** The logged state as an array by variable index, or a rejection naming an unknown variable. */
    /** The fragments of the logged state, or a rejection naming an unknown variable. */
    private fragments;
    private known;
    private initStep;
    /** The compiled steps of an action with the given parameter names, shared by every validator of the model. */
    private actionSteps;
    /**
     * The compiled steps of the named action for parameters named `keys` (in the
     * log's order), with the order in which their values are passed; or a
     * rejection for an unknown action or parameter.
     */
    private resolveAction;
    private nextStep;
    /** Invariants on the new candidates, and the candidate count. */
    private afterStep;
    private undecided;
    private withFinding;
    /** Why no candidate leads to the logged state: explained for the first candidate. */
    private explainStep;
}
/**
 * Validates a whole trace; the first element is the initial state. Consumes
 * the steps one at a time (a stream is never held in memory) and stops at the
 * first rejection.
 */
export declare function validateTrace(spec: ValidationSpec, steps: AsyncIterable<TraceStepInput> | Iterable<TraceStepInput>): Promise<Verdict>;
/** The multi-line report of a verdict, for people. */
export declare function formatVerdict(v: Verdict): string;
export {};

/**
 * Trace validation: is each recorded step a step of the specification?
 *
 * As in TLC's trace validation (Kuppe, Merz et al., 2024), a trace is a
 * sequence of states, each with the action that produced it and its
 * parameters when the log knows them. The first state must satisfy the
 * initial predicate; every later one must follow from the previous one by one
 * step of the next-state relation: of the named action with the given
 * parameters (parameters not given are searched), or of any action when none
 * is named (then also a stuttering step that changes nothing).
 *
 * A state may be partial: variables the log leaves out are free. The
 * validator keeps the set of states consistent with the log so far (the
 * candidates, deduplicated by fingerprint), expands each by the step and keeps
 * the successors that agree with the logged variables. An events-only log
 * (no variables at all) is the extreme case. The trace is accepted when the
 * set never becomes empty; when it grows beyond a bound the verdict is
 * "undecided". Only the candidates are held, never the trace, so a stream of
 * any length is validated in constant memory (for a bounded state).
 *
 * When a step is rejected the verdict explains it: the first false conjunct
 * of the action with its source location and the values it reads, or the
 * variables whose logged values differ from what the action produces.
 *
 * @module
 */
import { PersistentMap } from "../../lib/persistentMap.js";
import { TlaError } from "../errors.js";
import { TAG_FN, TAG_LAZYFN, TAG_MV, TAG_SET, equals, fnIndex, hashState, hashValue, newFingerprint, toFn } from "../values/value.js";
import { printValue } from "../values/print.js";
import { ActionSteps } from "./action.js";
import { Explainer, compareScores, describeDifference, shortValue, where } from "./explain.js";
import { TraceModel } from "./traceModel.js";
/**
 * Accepted steps by key in typed arrays (open addressing, linear probing):
 * remembering one costs no allocation, where a `Map` of 53-bit numbers boxes
 * each key. Grows by doubling at half full.
 */
class StepTable {
    keys = new Float64Array(1 << 12);
    steps = new Int32Array(1 << 12);
    lines = new Int32Array(1 << 12);
    fileOf = new Int32Array(1 << 12);
    files = [];
    size = 0;
    slot(key) {
        const mask = this.keys.length - 1;
        let i = (key ^ (key / 4294967296)) & mask;
        while (this.keys[i] !== 0 && this.keys[i] !== key)
            i = (i + 1) & mask;
        return i;
    }
    get(key) {
        const i = this.slot(key || 1);
        if (this.keys[i] === 0)
            return undefined;
        const f = this.fileOf[i];
        return f < 0 ? { step: this.steps[i] } : { step: this.steps[i], source: { file: this.files[f], line: this.lines[i] } };
    }
    /** Adds the step unless one with its key is there. */
    addIfAbsent(key, step) {
        key ||= 1;
        let i = this.slot(key);
        if (this.keys[i] === key)
            return;
        if (2 * (this.size + 1) > this.keys.length) {
            this.grow();
            i = this.slot(key);
        }
        this.keys[i] = key;
        this.steps[i] = step.step;
        if (step.source === undefined)
            this.fileOf[i] = -1;
        else {
            let f = this.files.lastIndexOf(step.source.file);
            if (f < 0)
                f = this.files.push(step.source.file) - 1;
            this.fileOf[i] = f;
            this.lines[i] = step.source.line;
        }
        this.size++;
    }
    grow() {
        const { keys, steps, lines, fileOf } = this;
        const n = keys.length * 2;
        this.keys = new Float64Array(n);
        this.steps = new Int32Array(n);
        this.lines = new Int32Array(n);
        this.fileOf = new Int32Array(n);
        for (let j = 0; j < keys.length; j++) {
            if (keys[j] === 0)
                continue;
            const i = this.slot(keys[j]);
            this.keys[i] = keys[j];
            this.steps[i] = steps[j];
            this.lines[i] = lines[j];
            this.fileOf[i] = fileOf[j];
        }
    }
    /** The steps remembered, as a persistent map. */
    persistent() {
        const entries = [];
        for (let i = 0; i < this.keys.length; i++)
            if (this.keys[i] !== 0)
                entries.push([this.keys[i], this.get(this.keys[i])]);
        return PersistentMap.of(entries);
    }
}
/**
 * How many accepted steps the validator remembers, at least, to recognise a
 * step that repeats one of them (a resend): it keeps the steps in two
 * generations of this size, dropping the older when the newer is full, so
 * that its memory does not grow with the length of the trace. A validator
 * told that repeats are resends ({@link ValidationSpec.repeatsAreResends})
 * remembers every step.
 */
export const REMEMBERED_STEPS = 100_000;
/** A state's fingerprint as a string key. */
function stateKey(s) {
    const fp = newFingerprint();
    hashState(s, fp);
    return `${fp.h1}:${fp.h2}`;
}
/**
 * A set of candidate states without duplicates. While it is small, states are
 * compared directly (the successors of one state share most of their values,
 * so comparing is mostly pointer equality); beyond that, by fingerprint.
 */
class Candidates {
    states = [];
    seen;
    add(s) {
        const states = this.states;
        if (!this.seen) {
            for (let i = 0; i < states.length; i++)
                if (sameState(states[i], s))
                    return false;
            states.push(s);
            if (states.length === 8) {
                this.seen = new Set();
                for (const x of states)
                    this.seen.add(stateKey(x));
            }
            return true;
        }
        const key = stateKey(s);
        if (this.seen.has(key))
            return false;
        this.seen.add(key);
        states.push(s);
        return true;
    }
    get size() {
        return this.states.length;
    }
}
/** The values of a state that are cheap to compare (scalars, small sets and functions); undefined elsewhere. */
function smallOnly(known) {
    const out = new Array(known.length);
    for (let i = 0; i < known.length; i++) {
        const v = known[i];
        out[i] = typeof v !== "object" || v.tag === TAG_MV || (v.tag === TAG_SET && v.elems.length <= 16) || (v.tag === TAG_FN && v.vals.length <= 16) ? v : undefined;
    }
    return out;
}
function sameState(a, b) {
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        if (x !== y && !equals(x, y))
            return false;
    }
    return true;
}
/** Validates a trace step by step, holding only the current candidate states. */
export class TraceValidator {
    model;
    candidates = [];
    stepNo = -1;
    verdict;
    candidatesMax = 0;
    stuttering = 0;
    /**
     * The accepted steps that named an action, by {@link stepKey}, with their
     * step numbers (see {@link TraceStepInput.resend}): the current generation
     * (see {@link REMEMBERED_STEPS} and {@link DoneMap}).
     */
    done = new StepTable();
    /** The generation of {@link done} before the current one. */
    older = new StepTable();
    resends = 0;
    maxCandidates;
    repeatsAreResends;
    invariants;
    constructor(model, spec) {
        this.model = model;
        this.maxCandidates = spec.maxCandidates ?? 100_000;
        this.repeatsAreResends = spec.repeatsAreResends === true;
        this.invariants = (spec.invariants ?? []).map((name) => {
            const b = model.rootScope.lookup(name);
            if (!b || b.k !== "op" || b.def.params.length > 0)
                throw new TlaError(`the invariant ${name} is not a definition of module ${model.moduleName} without parameters`, "semantic-error", model.modules.root.loc);
            return { name, ev: model.use(model.compiler.compile({ kind: "ident", name, loc: b.def.loc }, model.rootScope)), def: b.def, scope: b.scope };
        });
    }
    /** Loads and compiles the specification under the constants. Throws a {@link TlaError} for a bad specification or constants. */
    static async create(spec) {
        const model = await TraceModel.load(spec);
        return new TraceValidator(model, spec);
    }
    /** A validator over a model already compiled. */
    static forModel(model, spec) {
        return new TraceValidator(model, spec);
    }
    /** Checks the initial state. Null: fine so far. */
    init(first) {
        if (this.verdict)
            return this.verdict;
        if (this.stepNo >= 0)
            throw new Error("TraceValidator.init called twice");
        this.stepNo = 0;
        return this.guard(first, () => this.initStep(first));
    }
    /** Checks the next step. Null: fine so far. */
    step(s) {
        if (this.verdict)
            return this.verdict;
        if (this.stepNo < 0)
            return this.init(s);
        this.stepNo++;
        // Only a step that gives every parameter of its action is recognised as a repetition of an earlier one.
        const key = s.action === undefined || (!s.resend && !this.givesEveryParameter(s)) ? undefined : stepKey(s.action, s.params);
        const resend = s.resend === true || (this.repeatsAreResends && key !== undefined && this.doneStep(key) !== undefined);
        const v = this.guard(s, () => (resend ? this.resendStep(s, key) : this.nextStep(s)));
        if (key === undefined || resend)
            return v;
        if (v === null) {
            this.remember(key, { step: this.stepNo, ...(s.source ? { source: s.source } : {}) });
            return null;
        }
        const prior = this.doneStep(key);
        if (prior !== undefined && !v.ok && v.resendOf === undefined && !v.undecided) {
            const note = { ...v, resendOf: prior.step, ...(prior.source ? { resendOfSource: prior.source } : {}) };
            this.verdict = note;
            return note;
        }
        return v;
    }
    /** Whether the step names an action of the specification and gives a value for each of its parameters. */
    givesEveryParameter(s) {
        const sites = s.action === undefined ? undefined : this.model.sites.get(s.action);
        return sites !== undefined && sites[0].def.params.every((p) => s.params?.[p.name] !== undefined);
    }
    /** A step logged as a resend: a stuttering step, allowed when it repeats an accepted step and the logged state is unchanged. */
    resendStep(input, key) {
        if (key === undefined)
            return this.reject(input, { reason: 'a step logged as a resend ("resend": true) must name the action it repeats' });
        const call = callText(input.action, printParams(input.params));
        if (this.doneStep(key) === undefined) {
            return this.reject(input, {
                action: input.action,
                params: printParams(input.params),
                reason: `${call} is logged as a resend, but no earlier step of the log is ${call}: a resend repeats a step that was logged before`,
            });
        }
        const known = this.known(input);
        if (!Array.isArray(known))
            return known;
        const frags = this.fragments(input);
        if (!Array.isArray(frags))
            return frags;
        const keep = this.candidates.filter((c) => consistent(c, known) && fragmentsHold(c, frags));
        if (keep.length === 0) {
            const m = this.model;
            return this.reject(input, {
                action: input.action,
                params: printParams(input.params),
                summary: `${call} is logged as a resend, which changes nothing, but the logged state is not the state before it`,
                reason: `${call} is logged as a resend, which changes nothing, but the logged state is not the state before it: ${diffVars(m, this.candidates[0], known).join(", ")} changed`,
                differences: differences(m, this.candidates[0], known),
            });
        }
        this.candidates = keep;
        this.resends++;
        return this.afterStep(input);
    }
    /**
     * The validator's progress so far (candidate states, step number, verdict),
     * to come back to with {@link restore}: a search over several
     * continuations of one prefix (such as the orders in which concurrent
     * events of per-node logs can be merged) validates the prefix once.
     */
    snapshot() {
        // From the first snapshot on, the remembered steps are kept in persistent maps, which a snapshot shares.
        if (this.done instanceof StepTable)
            this.done = this.done.persistent();
        if (this.older instanceof StepTable)
            this.older = this.older.persistent();
        return {
            candidates: this.candidates,
            stepNo: this.stepNo,
            verdict: this.verdict,
            candidatesMax: this.candidatesMax,
            stuttering: this.stuttering,
            done: this.done,
            older: this.older,
            resends: this.resends,
        };
    }
    /** Returns to a {@link snapshot} taken from this validator. */
    restore(s) {
        this.candidates = s.candidates;
        this.stepNo = s.stepNo;
        this.verdict = s.verdict;
        this.candidatesMax = s.candidatesMax;
        this.stuttering = s.stuttering;
        this.done = s.done;
        this.older = s.older;
        this.resends = s.resends;
    }
    /** The accepted step with this key, if it is remembered. */
    doneStep(key) {
        return this.done.get(key) ?? this.older.get(key);
    }
    /**
     * Remembers an accepted step (the first of its kind in the current
     * generation); past {@link REMEMBERED_STEPS} of them, the older generation
     * is dropped.
     */
    remember(key, step) {
        if (this.done instanceof StepTable)
            this.done.addIfAbsent(key, step);
        else
            this.done = this.done.setIfAbsent(key, step);
        if (this.done.size >= REMEMBERED_STEPS && !this.repeatsAreResends) {
            this.older = this.done;
            this.done = this.done instanceof StepTable ? new StepTable() : PersistentMap.empty();
        }
    }
    /** The verdict on the trace seen so far. */
    finish() {
        if (this.verdict)
            return this.verdict;
        if (this.stepNo < 0)
            return { ok: false, step: 0, reason: "the trace is empty: it has no initial state" };
        return {
            ok: true,
            steps: this.stepNo,
            candidatesMax: this.candidatesMax,
            ...(this.stuttering ? { stuttering: this.stuttering } : {}),
            ...(this.resends ? { resends: this.resends } : {}),
        };
    }
    guard(input, f) {
        try {
            const v = f();
            if (v)
                this.verdict = v;
            return v;
        }
        catch (err) {
            if (!(err instanceof TlaError))
                throw err;
            const v = {
                ok: false,
                step: this.stepNo,
                ...(input.action !== undefined ? { action: input.action } : {}),
                reason: `evaluating the specification failed: ${err.message}`,
                ...(err.loc ? { conjunct: { loc: err.loc, text: this.model.text(err.loc), values: {} } } : {}),
                ...(input.source ? { source: input.source } : {}),
            };
            this.verdict = v;
            return v;
        }
    }
    reject(input, fields) {
        return { ok: false, step: this.stepNo, ...fields, ...(input.source ? { source: input.source } : {}) };
    }
    /** The logged state as an array by variable index, or a rejection naming an unknown variable. */
    /** The fragments of the logged state, or a rejection naming an unknown variable. */
    fragments(input) {
        const m = this.model;
        const out = [];
        for (const f of input.fragments ?? []) {
            const i = m.variableIndex.get(f.variable);
            if (i === undefined)
                return this.reject(input, {
                    reason: `the log gives an entry of ${f.variable}, which is not a variable of module ${m.moduleName} (its variables are ${m.variables.join(", ")})`,
                });
            out.push({ ...f, index: i });
        }
        return out;
    }
    known(input) {
        const m = this.model;
        const arr = new Array(m.variables.length).fill(undefined);
        const st = input.state;
        for (const name of Object.keys(st)) {
            const i = m.variableIndex.get(name);
            if (i === undefined)
                return this.reject(input, { reason: `the log gives a value for ${name}, which is not a variable of module ${m.moduleName} (its variables are ${m.variables.join(", ")})` });
            arr[i] = st[name];
        }
        return arr;
    }
    initStep(input) {
        const m = this.model;
        const known = this.known(input);
        if (!Array.isArray(known))
            return known;
        if (input.action !== undefined && input.action !== m.initName) {
            return this.reject(input, { action: input.action, reason: `the first entry of a trace is the initial state, but it names the action ${input.action}` });
        }
        const frags = this.fragments(input);
        if (!Array.isArray(frags))
            return frags;
        const next = new Candidates();
        m.sink = (ctx) => {
            const s = ctx.s;
            for (let i = 0; i < s.length; i++)
                if (s[i] === undefined)
                    throw new TlaError(`the initial predicate ${m.initName} does not determine the variable ${m.variables[i]}`, "error", m.initDef.loc);
            if (frags.length > 0 && !fragmentsHold(s, frags))
                return;
            next.add(s.slice());
            if (next.size > this.maxCandidates)
                throw new CandidateBound();
        };
        try {
            m.runInit(known.slice());
        }
        catch (err) {
            if (err instanceof CandidateBound)
                return this.undecided(input);
            throw err;
        }
        if (next.size === 0) {
            const ex = new Explainer(m, true, known, known);
            const f = ex.find(m.initDef.body, m.rootScope);
            return this.withFinding(input, `the initial state does not satisfy ${m.initName}`, f);
        }
        this.candidates = next.states;
        return this.afterStep(input);
    }
    /** The compiled steps of an action with the given parameter names, shared by every validator of the model. */
    actionSteps(name, given) {
        const key = `${name}(${given.join(",")})`;
        let a = actionCache.get(this.model)?.get(key);
        if (!a) {
            const sites = this.model.sites.get(name);
            if (!sites)
                return undefined;
            a = new ActionSteps(this.model, name, given, sites);
            let perModel = actionCache.get(this.model);
            if (!perModel)
                actionCache.set(this.model, (perModel = new Map()));
            perModel.set(key, a);
        }
        return a;
    }
    /**
     * The compiled steps of the named action for parameters named `keys` (in the
     * log's order), with the order in which their values are passed; or a
     * rejection for an unknown action or parameter.
     */
    resolveAction(input, keys) {
        const m = this.model;
        const action = input.action;
        const sites = m.sites.get(action);
        if (!sites) {
            const names = [...m.sites].filter(([, ss]) => ss.some((s) => s.labels)).map(([n]) => n);
            const defined = m.rootScope.lookup(action)?.k === "op";
            return this.reject(input, {
                action,
                reason: defined
                    ? `${action} is defined in ${m.moduleName} but is not one of the actions of ${m.nextName}, which are ${names.join(", ")}`
                    : `${m.moduleName} has no action ${action}; the actions of ${m.nextName} are ${names.join(", ")}`,
            });
        }
        const formal = sites[0].def.params.map((p) => p.name);
        const given = keys.filter((k) => input.params?.[k] !== undefined);
        for (const g of given) {
            if (!formal.includes(g)) {
                return this.reject(input, {
                    action,
                    params: printParams(input.params),
                    reason: formal.length
                        ? `the action ${action} has no parameter ${g}; its parameters are ${formal.join(", ")}`
                        : `the action ${action} has no parameters, but the log gives ${g}`,
                });
            }
        }
        given.sort((a, b) => formal.indexOf(a) - formal.indexOf(b));
        return { steps: this.actionSteps(action, given), order: given.map((g) => keys.indexOf(g)) };
    }
    nextStep(input) {
        const m = this.model;
        const known = this.known(input);
        if (!Array.isArray(known))
            return known;
        let full = true;
        for (let i = 0; i < known.length; i++)
            if (known[i] === undefined)
                full = false;
        const frags = this.fragments(input);
        if (!Array.isArray(frags))
            return frags;
        if (full && !fragmentsHold(known, frags)) {
            return this.reject(input, {
                reason: "the log gives an entry of a variable that differs from the variable's whole value it also gives",
                differences: fragmentDifferences(known, frags),
            });
        }
        let steps;
        let values = [];
        if (input.action !== undefined) {
            const params = input.params ?? {};
            const keys = Object.keys(params);
            const lookup = `${input.action}(${keys.join(",")})`;
            let resolved = resolvedActions.get(m)?.get(lookup);
            if (!resolved) {
                const r = this.resolveAction(input, keys);
                if ("ok" in r)
                    return r;
                resolved = r;
                let perModel = resolvedActions.get(m);
                if (!perModel)
                    resolvedActions.set(m, (perModel = new Map()));
                perModel.set(lookup, resolved);
            }
            steps = resolved.steps;
            const order = resolved.order;
            values = new Array(order.length);
            for (let i = 0; i < order.length; i++) {
                const x = params[keys[order[i]]];
                if (x === undefined) {
                    // A parameter present but undefined: resolve this shape of step without the cache.
                    const defined = keys.filter((k) => params[k] !== undefined);
                    const r = this.resolveAction(input, defined);
                    if ("ok" in r)
                        return r;
                    steps = r.steps;
                    values = r.order.map((j) => params[defined[j]]);
                    break;
                }
                values[i] = x;
            }
        }
        const before = this.candidates;
        const next = new Candidates();
        // set by the sink, a callback: kept in an object so that its changes are visible here
        const found = { matched: false };
        let stutter = false;
        const nvars = m.variables.length;
        // A full logged state is compared by fingerprint, as the model checker compares states: pre-setting the
        // next state would make every assignment a deep comparison of (possibly large) values.
        const want = wantFp;
        const fp = stateFp;
        const isWanted = (s) => {
            hashState(s, fp);
            return fp.h1 === want.h1 && fp.h2 === want.h2;
        };
        if (full) {
            hashState(known, want);
            m.sink = (ctx) => {
                const n = ctx.n;
                for (let i = 0; i < nvars; i++) {
                    if (n[i] === undefined)
                        throw new TlaError(`the action ${ctx.label?.name ?? m.nextName} does not determine the variable ${m.variables[i]}`, "error", ctx.label?.loc);
                }
                if (isWanted(n))
                    found.matched = true;
            };
        }
        else {
            m.sink = (ctx) => {
                const n = ctx.n;
                for (let i = 0; i < nvars; i++) {
                    if (n[i] === undefined)
                        throw new TlaError(`the action ${ctx.label?.name ?? m.nextName} does not determine the variable ${m.variables[i]}`, "error", ctx.label?.loc);
                }
                if (frags.length > 0 && !fragmentsHold(n, frags))
                    return;
                if (next.add(n.slice()) && next.size > this.maxCandidates)
                    throw new CandidateBound();
            };
        }
        const nextK = steps ? undefined : m.nextKont();
        try {
            for (const cand of before) {
                if (!steps && (full ? isWanted(cand) : consistent(cand, known) && fragmentsHold(cand, frags))) {
                    stutter = true;
                    if (full)
                        break;
                    next.add(cand);
                }
                const ctx = m.frame();
                ctx.s = cand;
                // With a full logged state the successor is fingerprinted; the logged values are pre-set (so that the
                // action's assignments test them and prune its choices) only where comparing is cheap: small values,
                // or everywhere when the whole next-state relation is searched.
                ctx.n = full && steps ? smallOnly(known) : known.slice();
                if (steps)
                    steps.run(ctx, values);
                else
                    nextK(ctx);
                if (full && found.matched)
                    break;
            }
        }
        catch (err) {
            if (err instanceof CandidateBound)
                return this.undecided(input);
            throw err;
        }
        if (full) {
            if (found.matched || stutter) {
                if (stutter && !found.matched)
                    this.stuttering++;
                this.candidates = [known];
                return this.afterStep(input);
            }
        }
        else if (next.size > 0) {
            if (stutter && next.size === before.filter((c) => consistent(c, known) && fragmentsHold(c, frags)).length)
                this.stuttering++;
            this.candidates = next.states;
            return this.afterStep(input);
        }
        return this.explainStep(input, before, known, steps, values, frags);
    }
    /** Invariants on the new candidates, and the candidate count. */
    afterStep(input) {
        const n = this.candidates.length;
        if (n > this.candidatesMax)
            this.candidatesMax = n;
        if (this.invariants.length === 0)
            return null;
        const m = this.model;
        for (const cand of this.candidates) {
            const ctx = m.frame();
            ctx.s = cand;
            for (const inv of this.invariants) {
                const v = inv.ev(ctx);
                if (v === true)
                    continue;
                if (v !== false)
                    throw new TlaError(`the invariant ${inv.name} is not a boolean: ${shortValue(v)}`, "error", inv.def.loc);
                const ex = new Explainer(m, false, cand, cand);
                const f = ex.find(inv.def.body, inv.scope, cand.map(() => undefined));
                const after = this.stepNo === 0 ? "the initial state" : `the state after this step${input.action ? ` (${input.action})` : ""}`;
                const which = n > 1 ? ` (one of ${n} states consistent with the log)` : "";
                return this.withFinding(input, `the invariant ${inv.name} is violated in ${after}${which}`, f, { invariant: inv.name, ...(n > 1 ? { candidates: n } : {}) });
            }
        }
        return null;
    }
    undecided(input) {
        return this.reject(input, {
            ...(input.action !== undefined ? { action: input.action } : {}),
            undecided: true,
            reason: `undecided: more than ${this.maxCandidates.toLocaleString("en-US")} states of the specification are consistent with the log at this step (the log leaves too much out); neither accepted nor rejected`,
        });
    }
    withFinding(input, summary, f, extra = {}) {
        const verb = f.error !== undefined ? `cannot be evaluated (${f.error})` : "is false";
        const detail = `${oneLine(f.text)} ${verb}`;
        return this.reject(input, {
            ...(input.action !== undefined ? { action: input.action } : {}),
            ...extra,
            summary,
            detail,
            reason: `${summary}: ${detail}`,
            conjunct: { loc: f.loc, text: f.text, values: f.values },
            ...(Object.keys(f.bindings).length ? { bindings: f.bindings } : {}),
        });
    }
    /** Why no candidate leads to the logged state: explained for the first candidate. */
    explainStep(input, before, known, steps, values, frags) {
        const m = this.model;
        const cand = before[0];
        const count = before.length;
        const also = count > 1 ? { candidates: count } : {};
        const note = count > 1 ? ` (explained for the first of ${count} states consistent with the log)` : "";
        const ctx = m.frame();
        ctx.s = cand;
        if (!steps) {
            // No action named: the closest successor under the whole next-state relation.
            const succ = [];
            m.sink = (c) => {
                if (succ.length >= 10_000)
                    return;
                const params = {};
                const l = c.label;
                if (l) {
                    for (const b of l.binders)
                        params[b.name] = printValue(c.f[b.slot]);
                    for (const p of l.params)
                        params[p.name] = printValue(p.ev(c));
                }
                succ.push({ label: l?.name ?? m.nextName, params, state: c.n.slice() });
            };
            ctx.s = cand;
            ctx.n = new Array(m.variables.length).fill(undefined);
            m.nextKont()(ctx);
            if (succ.length === 0)
                return this.reject(input, { ...also, reason: `no action of ${m.nextName} is enabled in the previous state, so no step can follow it${note}` });
            const best = closest(succ, known, frags);
            const diffs = [...differences(m, best.state, known), ...fragmentDifferences(best.state, frags)];
            const call = callText(best.label, best.params);
            return this.reject(input, {
                ...also,
                summary: `no step of ${m.moduleName} leads to the logged state${note}; the closest is ${call}`,
                reason: `no step of ${m.moduleName} leads to the logged state${note}; the closest is ${call}, which differs in ${[...diffVars(m, best.state, known), ...fragmentVars(best.state, frags)].join(", ")}`,
                differences: diffs,
            });
        }
        const action = steps.action;
        const givenParams = {};
        steps.given.forEach((g, i) => (givenParams[g] = printValue(values[i])));
        const head = { action, params: givenParams, ...also };
        const ood = steps.outOfDomain(ctx, values);
        if (ood) {
            const setText = m.text(ood.setExpr.loc);
            const detail = `${printValue(ood.value)} is not in ${oneLine(setText)}, the set ${m.nextName} takes ${ood.binder} from`;
            return this.reject(input, {
                ...head,
                summary: `${callText(action, givenParams)} is not a step of ${m.moduleName}`,
                detail,
                reason: `${callText(action, givenParams)} is not a step of ${m.moduleName}: ${detail}`,
                conjunct: { loc: ood.setExpr.loc, text: setText, values: { [ood.param]: printValue(ood.value), [setText]: shortValue(ood.set) } },
            });
        }
        // Is the action enabled at all with these parameters? Then the state differs.
        const succ = [];
        m.sink = (c) => {
            if (succ.length >= 10_000)
                return;
            const params = {};
            if (c.label)
                for (const p of c.label.params)
                    params[p.name] = printValue(p.ev(c));
            succ.push({ params, state: c.n.slice() });
        };
        ctx.s = cand;
        ctx.n = new Array(m.variables.length).fill(undefined);
        steps.run(ctx, values);
        if (succ.length > 0) {
            const best = closest(succ, known, frags);
            const call = callText(action, best.params);
            const vars = [...diffVars(m, best.state, known), ...fragmentVars(best.state, frags)];
            const differ = `${vars.join(", ")} ${vars.length > 1 ? "differ" : "differs"}`;
            const searched = steps.params.filter((p) => !steps.given.includes(p));
            const summary = searched.length
                ? `${callText(action, givenParams)} leads to no state that agrees with the log, whatever ${searched.join(", ")} (not logged); the closest is ${call}${note}`
                : `${call} is enabled but leads to another state than the logged one${note}`;
            return this.reject(input, {
                ...head,
                params: best.params,
                summary,
                reason: `${summary}: ${differ}`,
                differences: [...differences(m, best.state, known), ...fragmentDifferences(best.state, frags)],
            });
        }
        // Not enabled: find the first false conjunct, with the first combination of the parameters not given.
        ctx.s = cand;
        const combos = steps.combinations(ctx, values);
        if (!combos) {
            return this.reject(input, {
                ...head,
                reason: `${callText(action, givenParams)} is not a step of ${m.moduleName}: ${m.nextName} never calls it with these parameters${note}`,
            });
        }
        const sites = m.sites.get(action);
        const def = sites[0].def;
        const scope = sites[0].defScope.child();
        for (const p of def.params) {
            const s = m.compiler.newSlot();
            scope.names.set(p.name, { k: "slot", slot: s });
        }
        const f2 = m.frame().f;
        const bind = (c) => def.params.forEach((p) => {
            const b = scope.names.get(p.name);
            f2[b.slot] = c[p.name];
        });
        // The parameters the log leaves out: explain the choice that gets furthest (the first of those that tie).
        let chosen = combos.first;
        let tied = combos.some.length;
        if (combos.some.length > 1) {
            let best;
            for (const c of combos.some) {
                bind(c);
                const score = new Explainer(m, false, cand, known).score(def.body, scope);
                const cmp = best === undefined ? 1 : compareScores(score, best);
                if (cmp > 0) {
                    chosen = c;
                    best = score;
                    tied = 1;
                }
                else if (cmp === 0)
                    tied++;
            }
        }
        bind(chosen);
        const ex = new Explainer(m, false, cand, known);
        const finding = ex.find(def.body, scope);
        const shown = {};
        for (const p of def.params)
            shown[p.name] = printValue(chosen[p.name]);
        const searched = def.params.filter((p) => !steps.given.includes(p.name)).map((p) => p.name);
        const which = tied === combos.some.length
            ? `the first of ${combos.count} choices of ${searched.join(", ")}`
            : `the one of ${combos.count} choices of ${searched.join(", ")} that gets furthest`;
        const searchNote = searched.length && combos.count > 1 ? ` (with ${which}, which the log does not give; none works)` : "";
        return this.withFinding(input, `${callText(action, shown)} is not a step of ${m.moduleName}${searchNote}${note}`, finding, { ...head, params: shown });
    }
}
class CandidateBound extends Error {
}
/** Actions resolved by model, then by action name and the log's parameter names (in the log's order). */
const resolvedActions = new WeakMap();
/** Compiled action steps by model, then by action and given parameter names. */
const actionCache = new WeakMap();
/** The value of entry `f.key` of `f`'s variable in `state`, or undefined when it is not a function with that key. */
function fragmentValue(state, f) {
    const v = state[f.index];
    if (typeof v !== "object" || (v.tag !== TAG_FN && v.tag !== TAG_LAZYFN))
        return undefined;
    const fn = toFn(v);
    const i = fnIndex(fn, f.key);
    return i < 0 ? undefined : fn.vals[i];
}
/** Whether every fragment holds in the state. */
function fragmentsHold(state, frags) {
    for (const f of frags) {
        const v = fragmentValue(state, f);
        if (v === undefined || !equals(v, f.value))
            return false;
    }
    return true;
}
/** The fragments that do not hold in the state, named `var[key]`. */
function fragmentVars(state, frags) {
    return frags.filter((f) => !fragmentsHold(state, [f])).map((f) => `${f.variable}[${printValue(f.key)}]`);
}
/** One line per fragment that does not hold: what the state has and what the log says. */
function fragmentDifferences(state, frags) {
    return frags
        .filter((f) => !fragmentsHold(state, [f]))
        .map((f) => {
        const v = fragmentValue(state, f);
        return `${f.variable}[${printValue(f.key)}]: the step gives ${v === undefined ? "no such entry" : shortValue(v)}, the log says ${shortValue(f.value)}`;
    });
}
/** Scratch space for {@link stepKey}. */
const keyFp = newFingerprint();
/** Scratch space for a step's logged state and a successor, compared by fingerprint (one step at a time). */
const wantFp = newFingerprint();
const stateFp = newFingerprint();
/** Mixes `k` into `h` (MurmurHash3's step and finaliser). */
function mixKey(h, k) {
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return h;
}
/**
 * The identity of a step for recognising a repetition: a 53-bit fingerprint
 * of its action and its parameters' names and values (in any order), made
 * without allocating. Two different steps share one with a chance of about
 * 2^-53 per pair.
 */
function stepKey(action, params) {
    hashValue(action, keyFp);
    let a = keyFp.h1;
    let b = keyFp.h2;
    let sa = 0;
    let sb = 0;
    for (const name in params) {
        const v = params[name];
        if (v === undefined)
            continue;
        hashValue(name, keyFp);
        const k1 = keyFp.h1;
        const k2 = keyFp.h2;
        hashValue(v, keyFp);
        sa = (sa + mixKey(k1, keyFp.h1)) | 0;
        sb = (sb + mixKey(k2 ^ 0x5bd1e995, keyFp.h2)) | 0;
    }
    a = mixKey(a, sa);
    b = mixKey(b ^ 0x27d4eb2f, sb);
    return (a >>> 0) * 2_097_152 + (b >>> 11);
}
function consistent(cand, known) {
    for (let i = 0; i < known.length; i++) {
        const k = known[i];
        if (k !== undefined && !equals(k, cand[i]))
            return false;
    }
    return true;
}
function diffVars(m, state, known) {
    const out = [];
    known.forEach((k, i) => {
        if (k !== undefined && !equals(k, state[i]))
            out.push(m.variables[i]);
    });
    return out;
}
function differences(m, state, known) {
    const out = [];
    known.forEach((k, i) => {
        if (k !== undefined)
            describeDifference(m.variables[i], state[i], k, out);
    });
    return out;
}
function closest(succ, known, frags = []) {
    let best = succ[0];
    let bestN = Infinity;
    for (const s of succ) {
        let n = fragmentVars(s.state, frags).length;
        for (let i = 0; i < known.length; i++)
            if (known[i] !== undefined && !equals(known[i], s.state[i]))
                n++;
        if (n < bestN) {
            best = s;
            bestN = n;
        }
    }
    return best;
}
function printParams(params) {
    const out = {};
    for (const [k, v] of Object.entries(params ?? {}))
        out[k] = printValue(v);
    return out;
}
function callText(action, params) {
    const ps = Object.entries(params);
    return ps.length ? `${action}(${ps.map(([k, v]) => `${k} = ${v}`).join(", ")})` : action;
}
function oneLine(text) {
    const t = text.replace(/\s+/g, " ").trim();
    return t.length > 100 ? t.slice(0, 97) + "..." : t;
}
/**
 * Validates a whole trace; the first element is the initial state. Consumes
 * the steps one at a time (a stream is never held in memory) and stops at the
 * first rejection.
 */
export async function validateTrace(spec, steps) {
    const v = await TraceValidator.create(spec);
    let first = true;
    for await (const s of steps) {
        const r = first ? v.init(s) : v.step(s);
        first = false;
        if (r)
            return r;
    }
    return v.finish();
}
/** The multi-line report of a verdict, for people. */
export function formatVerdict(v) {
    if (v.ok) {
        const st = v.stuttering || v.resends
            ? `, ${[v.stuttering ? `${v.stuttering} of them stuttering` : "", v.resends ? `${v.resends} logged as ${v.resends === 1 ? "a resend" : "resends"}` : ""].filter((x) => x).join(", ")},`
            : "";
        const cand = v.candidatesMax > 1 ? `; at most ${v.candidatesMax.toLocaleString("en-US")} states of the specification were consistent with the log at once` : "";
        return `accepted: the initial state and ${v.steps} step${v.steps === 1 ? "" : "s"}${st} are a behaviour of the specification${cand}`;
    }
    const at = v.at ?? `${v.step === 0 ? "initial state (step 0)" : `step ${v.step}`}${v.source ? ` (${v.source.file}:${v.source.line})` : ""}`;
    const lines = [];
    if (v.conjunct && v.summary && v.detail) {
        lines.push(`${at}: ${v.summary}:`);
        lines.push(`  ${where(v.conjunct.loc)}: ${v.detail}`);
    }
    else {
        lines.push(`${at}: ${v.reason}`);
        if (v.conjunct)
            lines.push(`  at ${where(v.conjunct.loc)}: ${v.conjunct.text.replace(/\s+/g, " ").trim()}`);
    }
    if (v.bindings && Object.keys(v.bindings).length)
        lines.push(`    with ${Object.entries(v.bindings)
            .map(([k, x]) => `${k} = ${x}`)
            .join(", ")}`);
    if (v.conjunct && Object.keys(v.conjunct.values).length) {
        const vals = Object.entries(v.conjunct.values).map(([k, x]) => `${k} = ${x}`);
        const joined = vals.join(", ");
        if (joined.length <= 100)
            lines.push(`    ${joined}`);
        else
            for (const x of vals)
                lines.push(`    ${x}`);
    }
    if (v.differences && v.differences.length) {
        if (!v.conjunct && v.summary)
            lines[0] = `${at}: ${v.summary}:`;
        for (const d of v.differences)
            lines.push(`  ${d}`);
    }
    if (v.resendOf !== undefined) {
        const from = v.resendOfSource ? ` (${v.resendOfSource.file}:${v.resendOfSource.line})` : "";
        lines.push(`  this looks like a resend: step ${v.resendOf}${from} is the same step (the same action with the same parameters), accepted then; a resend sends a message already sent and changes nothing, so log it with "resend": true and it is accepted as a stuttering step`);
    }
    return lines.join("\n");
}
//# sourceMappingURL=validate.js.map
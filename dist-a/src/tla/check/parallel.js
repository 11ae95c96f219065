/**
 * Breadth-first model checking on several worker threads
 * (`paxos check --workers N`), with the figures of the single-threaded search.
 *
 * The search goes level by level. Each worker (`worker.ts`) loads the model
 * itself, expands the states of the current level that it holds, and adds
 * their successors' fingerprints to one set that all workers share
 * ({@link SharedFingerprintSet}); a worker that adds a new state keeps it for
 * the next level. Between levels this thread gives the new states their
 * distinct-state indices (in the order of their fingerprints, so that the
 * indices do not depend on which worker was faster), moves states from
 * workers that hold more than their share to those that hold less, and
 * starts the next level.
 *
 * - A complete search reaches the same distinct states, generates the same
 *   successors and goes as deep as the single-threaded one, level by level,
 *   so its figures are the same.
 * - On a violation the workers finish the level and report what they found;
 *   the violation kept is the least by (the index of the state it was reached
 *   from, its fingerprint), and each state's parent is the least index it was
 *   reached from, whichever worker got there first. The counterexample is
 *   therefore a shortest one and the same from run to run, though not always
 *   the one a single thread reports (which is the first in its own order);
 *   the states generated and distinct at that point are those of the whole
 *   level.
 * - Models with temporal properties are checked by one thread (the behaviour
 *   graph is not shared).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import { TlaError } from "../errors.js";
import { checkModel, postconditionViolation, printSteps, rebuildChain, successorWithFingerprint } from "./bfs.js";
import { SharedFingerprintSet } from "./sharedFpSet.js";
import { StateWriter } from "./stateCodec.js";
/** The compiled worker script (beside this file; from the TypeScript sources, the built one). */
function workerScript() {
    const here = new URL("./worker.js", import.meta.url);
    if (existsSync(fileURLToPath(here)))
        return here;
    return new URL("../../../dist/src/tla/check/worker.js", import.meta.url);
}
/**
 * The distinct states, by index: their fingerprints, in growing typed arrays;
 * their parents are read from the shared set when a counterexample is
 * rebuilt (the set keeps them, and only then are they needed).
 */
class Visited {
    hi = new Int32Array(1 << 16);
    lo = new Int32Array(1 << 16);
    size = 0;
    table;
    /** Room for `n` more. */
    reserve(n) {
        if (this.size + n <= this.hi.length)
            return;
        let cap = this.hi.length;
        while (cap < this.size + n)
            cap *= 2;
        const grow = (a) => {
            const b = new Int32Array(cap);
            b.set(a);
            return b;
        };
        this.hi = grow(this.hi);
        this.lo = grow(this.lo);
    }
    push(h, l) {
        this.hi[this.size] = h;
        this.lo[this.size] = l;
        this.size++;
    }
    parent(idx) {
        return this.table.parentOf(this.hi[idx], this.lo[idx]) ?? -1;
    }
    fingerprint(idx) {
        return [this.hi[idx], this.lo[idx]];
    }
}
/** A worker and the answers it owes. */
class Handle {
    worker;
    waiting = [];
    /** Messages that came before anyone waited for them. */
    inbox = [];
    failure;
    constructor(worker) {
        this.worker = worker;
        worker.on("message", (m) => {
            if (m.kind === "failed")
                return this.fail(new Error(`a worker thread failed: ${m.message}`));
            const w = this.waiting.shift();
            if (w)
                w.resolve(m);
            else
                this.inbox.push(m);
        });
        worker.on("error", (e) => this.fail(e));
        worker.on("exit", (code) => this.fail(new Error(`a worker thread stopped (exit code ${code})`)));
    }
    fail(e) {
        this.failure ??= e;
        for (const w of this.waiting.splice(0))
            w.reject(e);
    }
    /** The next message from the worker. */
    next() {
        const m = this.inbox.shift();
        if (m)
            return Promise.resolve(m);
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
    }
    /** Sends a message and waits for the answer. */
    ask(m, transfer = []) {
        const answer = this.next();
        this.worker.postMessage(m, transfer);
        return answer;
    }
}
/** The answer `m`, checked to be of the kind expected. */
function answer(m, kind) {
    if (m.kind !== kind)
        throw new Error(`a worker answered ${m.kind} where ${kind} was expected`);
    return m;
}
/** Whether event `a` comes before `b`: by the index of the state expanded, then deadlocks and errors while generating, then by fingerprint. */
export function before(a, b) {
    if (a.parent !== b.parent)
        return a.parent < b.parent;
    if (a.hi !== b.hi)
        return a.hi < b.hi;
    return a.lo < b.lo;
}
/**
 * Checks a model breadth-first on `options.workers` worker threads (each
 * loads the model from `source`; `model` is this thread's copy, for the
 * initial states and counterexamples), with the figures of
 * {@link checkModel}. One worker, or a model with temporal properties, is
 * checked by {@link checkModel} in this thread.
 */
export async function checkModelParallel(model, source, options) {
    const n = options.workers;
    if (n <= 1 || model.liveness.length > 0)
        return checkModel(model, options);
    const t0 = Date.now();
    const deadlock = options.deadlock ?? model.checkDeadlock;
    // The initial states. A violation there is found by the single-threaded
    // search at once, counterexample and figures included.
    let inits;
    try {
        inits = model.initStates();
        for (const s of inits)
            if (model.violatedInvariant(s) || model.violatedAlwaysProperty(s) || model.violatedInitProperty(s))
                return checkModel(model, options);
    }
    catch (err) {
        if (!(err instanceof TlaError))
            throw err;
        return checkModel(model, options);
    }
    let table = SharedFingerprintSet.create(options.initialSlots ?? 1 << 20);
    const stats = new SharedArrayBuffer(8 * 2 * n);
    const visited = new Visited();
    let generated = 0;
    const writers = Array.from({ length: n }, () => new StateWriter());
    const fp = new Int32Array(2);
    const first = [];
    for (const s of inits) {
        generated++;
        if (!model.inConstraints(s))
            continue;
        model.fingerprint(s, fp);
        if (!table.add(fp[0], fp[1], -1))
            continue;
        table.counted(1);
        writers[(first.length / 2) % n].write(s, fp[0], fp[1]);
        first.push(fp[0], fp[1]);
    }
    const script = workerScript();
    // A young generation larger than a worker's default: states are short-lived
    // garbage, and with the default the workers spend several times longer
    // collecting than the main thread does. The old generation may grow as far
    // as this thread's.
    const resourceLimits = { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20) };
    const handles = [];
    let timer;
    try {
        for (let id = 0; id < n; id++) {
            const setup = {
                id,
                cfg: source.cfg,
                ...(source.spec !== undefined ? { spec: source.spec } : {}),
                libraryPaths: source.libraryPaths ?? [],
                deadlock,
                ...(options.maxStates !== undefined ? { maxStates: options.maxStates } : {}),
                table: table.buffer,
                stats,
            };
            handles.push(new Handle(new Worker(script, { workerData: setup, resourceLimits })));
        }
        const loading = [];
        for (const h of handles) {
            const ready = answer(await h.next(), "ready");
            if (ready.cpuMs !== undefined)
                loading.push(ready.cpuMs);
        }
        if (loading.length === n)
            options.onWorkerCpu?.(0, loading);
        await Promise.all(writers.map((w, i) => {
            const words = w.finish();
            return words.length > 0 ? handles[i].ask({ kind: "take", words }, [words.buffer]) : Promise.resolve({ kind: "taken" });
        }));
        let level = 1;
        let finished = 0; // states generated by the levels done
        if (options.onProgress) {
            const perWorker = new Float64Array(stats);
            timer = setInterval(() => {
                let g = 0;
                let q = 0;
                for (let i = 0; i < n; i++) {
                    g += perWorker[2 * i];
                    q += perWorker[2 * i + 1];
                }
                const secs = (Date.now() - t0) / 1000;
                options.onProgress({ statesGenerated: finished + g, distinctStates: table.size, queueSize: q, depth: level, seconds: secs, rate: (finished + g) / secs });
            }, options.progressMs ?? 2000);
            timer.unref();
        }
        let lists = [sortFingerprints(first)];
        let depth = 0;
        let event;
        let stopped = false;
        // Answers to states handed over between levels (they come before the answers to the level).
        let taking = [];
        for (;;) {
            const { sorted, offset, count } = closeLevel(lists, visited);
            if (count === 0)
                break;
            depth = level;
            if (table.size * 5 > table.capacity * 2)
                table = table.grown();
            let answers = await Promise.all(handles.map((h) => h.ask({ kind: "level", level, fps: sorted, offset, table: table.buffer })));
            for (const t of taking)
                answer(await t, "taken");
            taking = [];
            while (answers.some((a) => a.kind === "paused")) {
                table = table.grown();
                const t = table.buffer;
                answers = await Promise.all(answers.map((a, i) => (a.kind === "paused" ? handles[i].ask({ kind: "resume", table: t }) : Promise.resolve(a))));
            }
            lists = [];
            const events = [];
            const cpu = [];
            for (const a of answers) {
                const d = answer(a, "done");
                if (d.cpuMs !== undefined)
                    cpu.push(d.cpuMs);
                generated += d.generated;
                lists.push(d.fps);
                events.push(...d.events);
                if (d.stopped)
                    stopped = true;
            }
            finished = generated;
            if (cpu.length === n)
                options.onWorkerCpu?.(level, cpu);
            for (const e of events) {
                if (e.stored)
                    e.parent = table.parentOf(e.hi, e.lo) ?? e.parent;
                if (!event || before(e, event))
                    event = e;
            }
            if (event) {
                if (event.stored || lists.some((l) => l.length > 0))
                    depth = level + 1;
                break;
            }
            if (stopped || (options.maxStates !== undefined && table.size >= options.maxStates)) {
                stopped = true;
                if (lists.some((l) => l.length > 0))
                    depth = level + 1;
                break;
            }
            taking = await rebalance(handles, lists);
            level++;
        }
        const figures = { statesGenerated: generated, distinctStates: table.size, depth };
        const seconds = () => (Date.now() - t0) / 1000;
        visited.table = table;
        if (event)
            return { ...figures, ...violationOf(model, visited, event), seconds: seconds() };
        if (stopped) {
            const message = `stopped after ${table.size} distinct states (--max-states ${options.maxStates}); the state space was not fully explored`;
            return { ...figures, outcome: "error", violated: null, counterexample: [], seconds: seconds(), errors: [], message };
        }
        const post = postconditionViolation(model, { ...figures, seconds: seconds() });
        if (post) {
            const l = post.loc;
            const errors = l ? [{ file: l.file, line: l.line, col: l.col, endLine: l.endLine, endCol: l.endCol, message: post.message }] : [];
            return { ...figures, outcome: post.outcome, violated: post.violated, counterexample: [], seconds: seconds(), errors, message: post.message };
        }
        return { ...figures, outcome: "success", violated: null, counterexample: [], seconds: seconds(), errors: [], message: "Model checking completed. No error has been found." };
    }
    finally {
        if (timer)
            clearInterval(timer);
        for (const h of handles) {
            h.worker.removeAllListeners("exit");
            void h.worker.terminate();
        }
    }
}
/**
 * Ends a level: its new states (the fingerprints the workers added, each
 * worker's list sorted) get the next distinct-state indices in the order of
 * their fingerprints (high half, then low half unsigned).
 */
function closeLevel(lists, visited) {
    let count = 0;
    for (const l of lists)
        count += l.length / 2;
    const sorted = new SharedArrayBuffer(8 * Math.max(count, 1));
    const out = new Int32Array(sorted);
    const offset = visited.size;
    visited.reserve(count);
    // A merge of the sorted lists.
    const at = lists.map(() => 0);
    for (let k = 0; k < count; k++) {
        let best = -1;
        let bh = 0;
        let bl = 0;
        for (let j = 0; j < lists.length; j++) {
            const l = lists[j];
            const i = at[j];
            if (i >= l.length)
                continue;
            const h = l[i];
            const lo = l[i + 1] >>> 0;
            if (best < 0 || h < bh || (h === bh && lo < bl)) {
                best = j;
                bh = h;
                bl = lo;
            }
        }
        at[best] += 2;
        out[2 * k] = bh;
        out[2 * k + 1] = bl | 0;
        visited.push(bh, bl | 0);
    }
    return { sorted, offset, count };
}
/** The fingerprints (pairs of words) sorted by high half, then low half unsigned. */
export function sortFingerprints(fps) {
    const n = fps.length / 2;
    const keys = new BigInt64Array(n);
    for (let i = 0; i < n; i++)
        keys[i] = (BigInt(fps[2 * i]) << 32n) | BigInt(fps[2 * i + 1] >>> 0);
    keys.sort();
    const out = new Int32Array(2 * n);
    for (let i = 0; i < n; i++) {
        const k = keys[i];
        out[2 * i] = Number(k >> 32n);
        out[2 * i + 1] = Number(BigInt.asIntN(32, k));
    }
    return out;
}
/**
 * Moves queued states from workers holding more than their share to those
 * holding less (when the difference matters). Resolves once the givers have
 * written them out, with the takers' answers to come: a taker reads the
 * states before the next level starts, as workers answer messages in order.
 */
async function rebalance(handles, lists) {
    const taking = [];
    const sizes = lists.map((l) => l.length / 2);
    const total = sizes.reduce((a, b) => a + b, 0);
    const share = Math.floor(total / handles.length);
    if (Math.max(...sizes) - Math.min(...sizes) <= Math.max(16, total / 20))
        return taking;
    for (;;) {
        let giver = 0;
        let taker = 0;
        for (let i = 0; i < sizes.length; i++) {
            if (sizes[i] > sizes[giver])
                giver = i;
            if (sizes[i] < sizes[taker])
                taker = i;
        }
        const count = Math.min(sizes[giver] - share, share - sizes[taker]);
        if (count <= 0)
            return taking;
        const { words } = answer(await handles[giver].ask({ kind: "give", count }), "given");
        const taken = handles[taker].ask({ kind: "take", words }, [words.buffer]);
        taken.catch(() => { }); // awaited with the level's answers
        taking.push(taken);
        sizes[giver] -= count;
        sizes[taker] += count;
    }
}
/** The result fields of a violation: outcome, message, and the counterexample rebuilt in this thread. */
function violationOf(model, visited, e) {
    const outcome = e.kind === "error" ? (e.tlaKind ?? "error") : e.kind;
    let message = e.message;
    let counterexample = [];
    try {
        const chain = [];
        for (let i = e.parent; i >= 0; i = visited.parent(i))
            chain.push(i);
        chain.reverse();
        const steps = rebuildChain(model, visited, chain);
        if (e.kind === "invariant" || e.kind === "property") {
            const last = successorWithFingerprint(model, steps[steps.length - 1].state, steps.length, e.hi, e.lo);
            steps.push({ state: last.next, label: last.label, initial: false });
        }
        counterexample = printSteps(model, steps);
    }
    catch (err) {
        if (!(err instanceof TlaError))
            throw err;
        message = `${message} (no counterexample: rebuilding the behaviour failed: ${err.message})`;
    }
    const loc = e.loc;
    return {
        outcome,
        violated: e.name,
        counterexample,
        errors: loc ? [{ file: loc.file, line: loc.line, col: loc.col, endLine: loc.endLine, endCol: loc.endCol, message }] : [],
        message,
    };
}
//# sourceMappingURL=parallel.js.map
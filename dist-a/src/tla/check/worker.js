/**
 * One worker thread of a parallel search (`paxos check --workers N`, see
 * `parallel.ts`). It loads the model itself, keeps the states it is to
 * expand in its own queue, and adds the fingerprints of their successors to
 * the set all workers share. The coordinating thread says when each level of
 * the breadth-first search starts, and moves states between workers to
 * balance them; this thread reports what it found at the end of each level.
 *
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { TlaError } from "../errors.js";
import { loadModel } from "../model.js";
import { SharedFingerprintSet } from "./sharedFpSet.js";
import { StateQueue } from "./stateQueue.js";
import { StateWriter, readStates } from "./stateCodec.js";
import { threadCpuMs } from "./threadCpu.js";
import { before, sortFingerprints } from "./parallel.js";
const port = parentPort;
const setup = workerData;
const stats = new Float64Array(setup.stats);
let model;
let table = new SharedFingerprintSet(setup.table);
let queue;
/** Fingerprints of the states queued for the next level, in queue order (hi, lo, ...). */
let nextFps = [];
/** The current level: its number, the distinct-state index of each of its states still queued, and how many remain. */
let level = 0;
let indices = new Int32Array(0);
let position = 0;
let remaining = 0;
let generated = 0;
/**
 * The events of this level: every violation by a stored state (another worker
 * may have reached it from a lesser parent, which the coordinator reads from
 * the shared set), and the least of the others.
 */
let events = [];
/** The least parent index of the events so far: states after it cannot give a lesser event. */
let least = Infinity;
/** New states of the state being expanded that are not queued (violating ones). */
let outside = 0;
const fp = new Int32Array(2);
/** CPU time of this thread when it last reported (so that a level's figure includes the states it gave or took before it). */
let levelCpu;
function send(m, transfer = []) {
    port.postMessage(m, transfer);
}
function record(e) {
    if (e.stored)
        events.push(e);
    else {
        const i = events.findIndex((x) => !x.stored);
        if (i < 0)
            events.push(e);
        else if (before(e, events[i]))
            events[i] = e;
    }
    if (e.parent < least)
        least = e.parent;
}
/** Binary search of the level's sorted fingerprints (by high half, then low half unsigned, as `closeLevel` sorts them). */
function indexIn(sorted, hi, lo) {
    let a = 0;
    let b = sorted.length / 2 - 1;
    lo = lo >>> 0;
    while (a <= b) {
        const m = (a + b) >>> 1;
        const h = sorted[2 * m];
        const l = sorted[2 * m + 1] >>> 0;
        if (h < hi || (h === hi && l < lo))
            a = m + 1;
        else if (h > hi || (h === hi && l > lo))
            b = m - 1;
        else
            return m;
    }
    throw new Error("a queued state is missing from its level");
}
/** Expands one state; false when it ended in an event. */
function expand(state, idx) {
    const succs = [];
    let stage = "generating";
    try {
        generated += model.forEachSuccessor(state, level, (label, next, mult) => succs.push({ label, next, mult }));
        for (const s of succs)
            generated += s.mult;
        if (succs.length === 0 && setup.deadlock) {
            record({ parent: idx, hi: -(2 ** 31), lo: 0, kind: "deadlock", name: null, message: "Deadlock reached.", stored: false });
            return false;
        }
        for (const { next } of succs) {
            stage = "checking";
            // The successor at its own level, the step at its predecessor's (see Model.atLevel).
            model.atLevel(level);
            const stepAllowed = model.inActionConstraints(state, next);
            model.atLevel(level + 1);
            const inModel = stepAllowed && model.inConstraints(next);
            model.fingerprint(next, fp);
            const hi = fp[0];
            const lo = fp[1];
            const isNew = inModel ? table.add(hi, lo, idx) : true;
            if (inModel && isNew)
                outside++;
            if (isNew) {
                const inv = model.violatedInvariant(next);
                if (inv) {
                    record({ parent: idx, hi, lo, kind: "invariant", name: inv, message: `Invariant ${inv} is violated.`, stored: inModel });
                    return false;
                }
                const sp = model.violatedAlwaysProperty(next);
                if (sp) {
                    record({ parent: idx, hi, lo, kind: "property", name: sp, message: `Property ${sp} is violated.`, stored: inModel });
                    return false;
                }
            }
            model.atLevel(level);
            const ap = model.violatedActionProperty(state, next);
            if (ap) {
                record({ parent: idx, hi, lo, kind: "property", name: ap, message: `Action property ${ap} is violated.`, stored: false });
                return false;
            }
            if (inModel && isNew) {
                queue.push(next, 0, level + 1);
                nextFps.push(hi, lo);
                outside--;
            }
        }
    }
    catch (err) {
        if (!(err instanceof TlaError))
            throw err;
        // Errors while generating come before any successor's; while checking, they are this state's last word.
        record({
            parent: idx,
            hi: stage === "generating" ? -(2 ** 31) : 2 ** 31 - 1,
            lo: 0,
            kind: "error",
            name: null,
            message: err.message,
            stored: false,
            ...(err.loc ? { loc: err.loc } : {}),
            tlaKind: err.kind,
        });
        return false;
    }
    return true;
}
/** Expands the rest of the current level, or until the shared set is crowded or the state limit is reached. */
function run() {
    let sinceStats = 0;
    while (remaining > 0) {
        if (table.crowded) {
            publish();
            send({ kind: "paused" });
            return;
        }
        if (setup.maxStates !== undefined && table.size >= setup.maxStates)
            break;
        const { state } = queue.shift();
        const idx = indices[position++];
        remaining--;
        // A state after the least event so far cannot give a lesser one.
        if (idx > least)
            continue;
        const before = nextFps.length;
        expand(state, idx);
        table.counted((nextFps.length - before) / 2 + outside);
        outside = 0;
        if (++sinceStats === 64) {
            sinceStats = 0;
            publish();
        }
    }
    publish();
    const fps = sortFingerprints(nextFps);
    const cpu = threadCpuMs();
    send({ kind: "done", fps, generated, events, stopped: remaining > 0, ...(cpu !== undefined && levelCpu !== undefined ? { cpuMs: cpu - levelCpu } : {}) }, [fps.buffer]);
    levelCpu = cpu;
    generated = 0;
}
/** Progress figures for the coordinator (read without synchronisation: they are only shown). */
function publish() {
    stats[setup.id * 2] = generated;
    stats[setup.id * 2 + 1] = queue.size;
}
function handle(m) {
    switch (m.kind) {
        case "take": {
            readStates(m.words, model.variables.length, (state, hi, lo) => {
                queue.push(state, 0, level + 1);
                nextFps.push(hi, lo);
            });
            send({ kind: "taken" });
            return;
        }
        case "give": {
            const w = new StateWriter();
            for (let i = 0; i < m.count; i++) {
                const { state } = queue.shift();
                w.write(state, nextFps[2 * i], nextFps[2 * i + 1]);
            }
            nextFps = nextFps.slice(2 * m.count);
            const words = w.finish();
            send({ kind: "given", words }, [words.buffer]);
            return;
        }
        case "level": {
            if (m.table !== table.buffer)
                table = new SharedFingerprintSet(m.table);
            level = m.level;
            const sorted = new Int32Array(m.fps);
            indices = new Int32Array(nextFps.length / 2);
            for (let i = 0; i < indices.length; i++)
                indices[i] = m.offset + indexIn(sorted, nextFps[2 * i], nextFps[2 * i + 1]);
            nextFps = [];
            position = 0;
            remaining = indices.length;
            events = [];
            least = Infinity;
            run();
            return;
        }
        case "resume": {
            table = new SharedFingerprintSet(m.table);
            run();
            return;
        }
        case "stop":
            port.close();
            return;
    }
}
try {
    model = await loadModel(setup.cfg, setup.spec, { libraryPaths: setup.libraryPaths });
    queue = new StateQueue(model.variables.length);
    port.on("message", (m) => {
        try {
            handle(m);
        }
        catch (err) {
            send({ kind: "failed", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
        }
    });
    levelCpu = threadCpuMs();
    send({ kind: "ready", ...(levelCpu !== undefined ? { cpuMs: levelCpu } : {}) });
}
catch (err) {
    send({ kind: "failed", message: err instanceof TlaError ? err.format() : err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
//# sourceMappingURL=worker.js.map
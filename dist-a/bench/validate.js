/**
 * Trace-validation benchmark: steps per second validating long Paxos traces
 * against spec/Paxos.tla, with the full state logged, with msgs left out (the
 * validator computes it), and with events only (no variables). The traces run
 * ballot after ballot: the owner of ballot b starts it, every acceptor joins,
 * the owner asks for v1, every acceptor votes, and the learner learns v1 once.
 * Prints figures; nothing here passes or fails.
 *
 * The specification keeps every message ever sent, so the state grows with
 * the trace, and so does the work of a step: comparing a logged msgs with the
 * computed one, and Phase2a's guard, which filters msgs for each quorum, are
 * linear in the number of messages. The figures are given for several trace
 * lengths for that reason.
 *
 * Run: `npm run build && node dist/bench/validate.js`.
 *
 * @module
 */
import { pathToFileURL } from "node:url";
import { ModelValue, fnOf, recordOf, setAdd, setOf, EMPTY_SET } from "../src/tla/values/value.js";
import { TraceValidator, formatVerdict } from "../src/tla/trace/validate.js";
import { TraceModel } from "../src/tla/trace/traceModel.js";
const mv = (n) => ModelValue.of(n);
/** Paxos constants for `n` acceptors and ballots 0..ballots-1 owned alternately by p1 and p2; quorums are majorities. */
function constants(n, ballots) {
    const A = Array.from({ length: n }, (_, i) => mv(`a${i + 1}`));
    const quorums = [];
    for (let mask = 1; mask < 1 << n; mask++) {
        const q = A.filter((_, i) => mask & (1 << i));
        if (q.length * 2 > n)
            quorums.push(setOf(q));
    }
    const B = Array.from({ length: ballots }, (_, b) => b);
    return {
        Value: setOf([mv("v1"), mv("v2")]),
        Acceptor: setOf(A.slice()),
        Proposer: setOf([mv("p1"), mv("p2")]),
        Learner: setOf([mv("l1")]),
        Ballot: setOf(B.slice()),
        Owner: fnOf(B, B.map((b) => mv(b % 2 === 0 ? "p1" : "p2"))),
        Quorum: setOf(quorums),
        None: mv("None"),
    };
}
/** The trace, built lazily (each state shares structure with the one before), with the variables in `keep`. */
function* paxosTrace(n, ballots, keep) {
    const A = Array.from({ length: n }, (_, i) => mv(`a${i + 1}`));
    const v1 = mv("v1");
    const none = mv("None");
    let proposed = EMPTY_SET;
    const maxBal = A.map(() => -1);
    const maxVBal = A.map(() => -1);
    const maxVal = A.map(() => none);
    let msgs = EMPTY_SET;
    let learned = EMPTY_SET;
    const l1 = mv("l1");
    const state = () => {
        const all = {
            proposed,
            maxBal: fnOf(A, maxBal.slice()),
            maxVBal: fnOf(A, maxVBal.slice()),
            maxVal: fnOf(A, maxVal.slice()),
            msgs,
            learned: fnOf([l1], [learned]),
        };
        const out = {};
        for (const k of keep)
            out[k] = all[k];
        return out;
    };
    yield { state: state() };
    proposed = setOf([v1]);
    yield { action: "Propose", params: { v: v1 }, state: state() };
    for (let b = 0; b < ballots; b++) {
        const p = mv(b % 2 === 0 ? "p1" : "p2");
        msgs = setAdd(msgs, recordOf(["type", "bal"], ["1a", b]));
        yield { action: "Phase1a", params: { p, b }, state: state() };
        for (let i = 0; i < n; i++) {
            maxBal[i] = b;
            msgs = setAdd(msgs, recordOf(["type", "acc", "bal", "mbal", "mval"], ["1b", A[i], b, maxVBal[i], maxVal[i]]));
            yield { action: "Phase1b", params: { a: A[i], b }, state: state() };
        }
        msgs = setAdd(msgs, recordOf(["type", "bal", "val"], ["2a", b, v1]));
        yield { action: "Phase2a", params: { p, b, v: v1 }, state: state() };
        for (let i = 0; i < n; i++) {
            maxBal[i] = b;
            maxVBal[i] = b;
            maxVal[i] = v1;
            msgs = setAdd(msgs, recordOf(["type", "acc", "bal", "val"], ["2b", A[i], b, v1]));
            yield { action: "Phase2b", params: { a: A[i], b, v: v1 }, state: state() };
        }
        if (b === 0) {
            learned = setOf([v1]);
            yield { action: "Learn", params: { l: l1, b: 0, v: v1 }, state: state() };
        }
    }
}
const ALL = ["proposed", "maxBal", "maxVBal", "maxVal", "msgs", "learned"];
/**
 * Validates `runs` traces of `ballots` ballots each (one compiled model, a new
 * validator per trace) and returns the figures of the fastest of `reps`
 * repetitions (the machine may be busy with other work). The traces are built
 * before the clock starts, afresh for each repetition, so that no fingerprint
 * is cached from an earlier one.
 */
async function measure(name, n, ballots, keep, invariants = [], runs = 1, reps = 3) {
    const spec = { specFile: "spec/Paxos.tla", constants: constants(n, ballots), invariants };
    const model = await TraceModel.load(spec);
    let best = 0;
    let steps = 0;
    for (let rep = 0; rep < reps; rep++) {
        const traces = [];
        for (let r = 0; r < runs; r++)
            traces.push([...paxosTrace(n, ballots, keep)]);
        const t0 = performance.now();
        steps = 0;
        for (const trace of traces) {
            const v = TraceValidator.forModel(model, spec);
            let first = true;
            for (const s of trace) {
                const res = first ? v.init(s) : v.step(s);
                first = false;
                if (res)
                    throw new Error(formatVerdict(res));
            }
            const verdict = v.finish();
            if (!verdict.ok)
                throw new Error(formatVerdict(verdict));
            steps += verdict.steps;
        }
        const rate = (steps / Math.max(performance.now() - t0, 1e-3)) * 1000;
        if (rate > best)
            best = rate;
    }
    return { name, steps, msgs: ballots * (2 * n + 2), stepsPerSec: best };
}
/** Runs the benchmark and prints a table. */
export async function benchValidate() {
    const rows = [];
    await measure("warm-up", 3, 10, ALL, [], 20);
    for (const mode of ["full state", "msgs omitted", "events only"]) {
        const keep = mode === "events only" ? [] : mode === "msgs omitted" ? ALL.filter((x) => x !== "msgs") : ALL;
        rows.push(await measure(`1,000 runs of 3 ballots, 3 acceptors, ${mode}`, 3, 3, keep, [], 1000));
        rows.push(await measure(`1,000 runs of 3 ballots, 5 acceptors, ${mode}`, 5, 3, keep, [], 1000));
        rows.push(await measure(`100 runs of 30 ballots, 3 acceptors, ${mode}`, 3, 30, keep, [], 100));
        rows.push(await measure(`one run of 300 ballots, 3 acceptors, ${mode}`, 3, 300, keep));
        rows.push(await measure(`one run of 300 ballots, 5 acceptors, ${mode}`, 5, 300, keep));
    }
    rows.push(await measure("1,000 runs of 3 ballots, 3 acceptors, full state, TypeOK + Agreement", 3, 3, ALL, ["TypeOK", "Agreement"], 1000));
    console.log(["traces".padEnd(72), "steps".padStart(8), "msgs at end".padStart(12), "steps/s".padStart(10)].join(" "));
    for (const r of rows)
        console.log([r.name.padEnd(72), String(r.steps).padStart(8), String(r.msgs).padStart(12), Math.round(r.stepsPerSec).toLocaleString("en-US").padStart(10)].join(" "));
    console.log("\nmsgs at end: messages in the last state of one run. A step costs time linear in it (the specification keeps every message).");
    return rows;
}
/** One configuration: `node dist/bench/validate.js <acceptors> <ballots> full|partial|events [runs]`. */
async function benchOne(n, ballots, mode, runs) {
    const keep = mode === "events" ? [] : mode === "partial" ? ALL.filter((x) => x !== "msgs") : ALL;
    const r = await measure(`${runs} runs, ${n} acceptors, ${ballots} ballots, ${mode}`, n, ballots, keep, [], runs);
    console.log(`${r.name}: ${r.steps} steps, ${Math.round(r.stepsPerSec).toLocaleString("en-US")} steps/s`);
}
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
    if (process.argv.length > 2)
        await benchOne(Number(process.argv[2]), Number(process.argv[3] ?? 100), process.argv[4] ?? "full", Number(process.argv[5] ?? 1));
    else
        await benchValidate();
}
//# sourceMappingURL=validate.js.map
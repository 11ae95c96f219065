/**
 * What validation costs next to running: the same simulated runs, first
 * recorded (running the simulator with the trace recorder), then validated
 * against spec/Paxos.tla by the engine. Target: validating a run costs less
 * than twice running it. Reported for state-mode and events-only traces, with
 * the default invariants of `paxos validate` and with none.
 *
 * Run: `npm run build && node dist/bench/ratio.js [runs]`.
 *
 * @module
 */
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { recordRun, toNdjson } from "../src/trace/index.js";
import { validateTraceSource } from "../src/trace/validate.js";
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const specFile = path.join(repo, "spec", "Paxos.tla");
async function measure(name, mode, invariants, runs, options) {
    const texts = [];
    let steps = 0;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) {
        const { lines } = recordRun({ ...options, seed: `ratio-${i}` }, { mode });
        texts.push(toNdjson(lines));
    }
    const runMs = performance.now() - t0;
    // compile once outside the measurement (the validator caches compiled specs)
    await validateTraceSource(texts[0], "warm-up", { specFile, invariants });
    const t1 = performance.now();
    for (const [i, text] of texts.entries()) {
        const v = await validateTraceSource(text, `run-${i}`, { specFile, invariants });
        if (!v.ok)
            throw new Error(`run ${i} rejected`);
        steps += v.steps;
    }
    return { name, runs, steps, runMs, validateMs: performance.now() - t1 };
}
/** Runs the comparison and prints a table. */
export async function benchRatio(runs = 200) {
    const cluster = { acceptors: 5, proposers: 2, learners: 2, loss: 0.1, duplicate: 0.05, ballotsPerProposer: 8 };
    const rows = [];
    for (const mode of ["state", "events"]) {
        rows.push(await measure(`${mode} mode, invariants TypeOK Agreement Validity`, mode, ["TypeOK", "Agreement", "Validity"], runs, cluster));
        rows.push(await measure(`${mode} mode, no invariants`, mode, [], runs, cluster));
    }
    console.log(`${runs} runs of 5 acceptors, 2 proposers, 2 learners, 10% loss, 5% duplication`);
    console.log(["".padEnd(52), "steps".padStart(7), "run+record ms".padStart(14), "validate ms".padStart(12), "ratio".padStart(7)].join(" "));
    for (const r of rows)
        console.log([r.name.padEnd(52), String(r.steps).padStart(7), r.runMs.toFixed(0).padStart(14), r.validateMs.toFixed(0).padStart(12), (r.validateMs / r.runMs).toFixed(2).padStart(7)].join(" "));
    return rows;
}
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
    await benchRatio(Number(process.argv[2] ?? 200));
//# sourceMappingURL=ratio.js.map
/**
 * Model-checking speed: runs the built-in checker on Paxos models and prints
 * the state counts, the wall-clock and CPU time, and states generated per
 * second (per CPU second as well, which is steadier on a busy machine).
 *
 * Usage: node dist/bench/check.js [model.cfg ...] [--spec FILE] [--max-states N] [--workers N]
 *
 * `--spec` names the module when it is not named like the cfg (one model
 * only). With `--workers N` each model is checked twice, with one thread and
 * with N worker threads, and the ratio of the times is printed. On a machine
 * shared with other work the threads do not get a core each, so the ratio of
 * wall-clock times says little; where the system reports each thread's CPU
 * time (Linux), the time the search would take with a core per worker is
 * printed too: this thread's CPU time, plus the longest model load among the
 * workers, plus for each level the longest CPU time a worker spent on it. With
 * SYMMETRY, the number of renamings hashed per state is printed beside the
 * size of the symmetry group (which trying every permutation would hash).
 *
 * The memory of the whole process (resident set) and the live heap are
 * printed each time another million distinct states is reached, and at the
 * end (run with `node --expose-gc` for the live heap after a collection).
 * Without models: spec/MCPaxosSmall.cfg (when present) and the classic
 * 3-acceptor, 2-value, ballots 0..2 model (TLC: 1,361,380 generated,
 * 185,369 distinct, depth 25, 32 s with one worker).
 *
 * @module
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel } from "../src/tla/model.js";
import { checkModel } from "../src/tla/check/bfs.js";
import { checkModelParallel } from "../src/tla/check/parallel.js";
import { threadCpuMs } from "../src/tla/check/threadCpu.js";
import { TlaError } from "../src/tla/errors.js";
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
let maxStates;
let spec;
let workers = 1;
const models = [];
for (let i = 0; i < args.length; i++) {
    if (args[i] === "--max-states")
        maxStates = Number(args[++i]);
    else if (args[i] === "--spec")
        spec = args[++i];
    else if (args[i] === "--workers")
        workers = Number(args[++i]);
    else
        models.push(args[i]);
}
if (models.length === 0) {
    const small = path.join(repo, "spec", "MCPaxosSmall.cfg");
    if (existsSync(small))
        models.push(small);
    models.push(path.join(repo, "test", "fixtures", "specs", "ClassicPaxos.cfg"));
}
/** Resident set and live heap, in MB (the heap after a collection when `gc` is exposed). */
function memory() {
    const gc = globalThis.gc;
    if (gc)
        gc();
    const m = process.memoryUsage();
    const mb = (n) => `${(n / 2 ** 20).toFixed(0)} MB`;
    return `rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)}${gc ? " (after gc)" : ""}`;
}
const fmt = (n) => Math.round(n).toLocaleString("en-US");
/** Checks one model with `threads` threads; prints and returns its wall and CPU seconds, and the estimate of its time with a core per thread (see above). */
async function run(cfg, threads) {
    const wall0 = performance.now();
    try {
        const model = await loadModel(cfg, spec);
        const loaded = performance.now();
        const cpu0 = process.cpuUsage();
        const main0 = threadCpuMs();
        let critical = 0;
        let nextMark = 1_000_000;
        const options = {
            ...(maxStates !== undefined ? { maxStates } : {}),
            progressMs: 0,
            onProgress: (p) => {
                if (p.distinctStates < nextMark)
                    return;
                nextMark += 1_000_000;
                console.log(`  at ${fmt(p.distinctStates)} distinct (queue ${fmt(p.queueSize)}): ${memory()}`);
            },
        };
        const r = threads === 1
            ? checkModel(model, options)
            : await checkModelParallel(model, { cfg, ...(spec !== undefined ? { spec } : {}) }, { ...options, progressMs: 1000, workers: threads, onWorkerCpu: (_, ms) => (critical += Math.max(...ms)) });
        const main1 = threadCpuMs();
        const cpu = process.cpuUsage(cpu0);
        const cpuSeconds = (cpu.user + cpu.system) / 1e6;
        const wall = (performance.now() - wall0) / 1000;
        const check = (performance.now() - loaded) / 1000;
        console.log(`${path.relative(repo, cfg)}${threads > 1 ? ` with ${threads} worker threads` : ""}: ${r.outcome}${r.violated ? ` (${r.violated})` : ""}`);
        console.log(`  ${fmt(r.statesGenerated)} generated, ${fmt(r.distinctStates)} distinct, depth ${r.depth}`);
        console.log(`  load ${((loaded - wall0) / 1000).toFixed(2)} s, check ${check.toFixed(2)} s wall and ${cpuSeconds.toFixed(2)} s CPU (all threads), ${wall.toFixed(2)} s in all`);
        console.log(`  ${fmt(r.statesGenerated / check)} states/s (wall), ${fmt(r.statesGenerated / cpuSeconds)} states/s (CPU)`);
        const sym = model.symmetry;
        if (sym && threads === 1 && sym.calls > 0) {
            console.log(`  symmetry: ${sym.sorted ? "sorted" : "every renaming of the group"}, ${(sym.candidates / sym.calls).toFixed(2)} renamings hashed per state (the group has ${fmt(sym.groupSize)})`);
        }
        let ownCores;
        if (main0 !== undefined && main1 !== undefined) {
            ownCores = (main1 - main0 + critical) / 1000;
            console.log(`  ${threads === 1 ? "this thread's CPU time" : "with a core per worker it would take about"}: ${ownCores.toFixed(2)} s`);
        }
        console.log(`  at the end: ${memory()}`);
        return { wall: check, cpu: cpuSeconds, ...(ownCores !== undefined ? { ownCores } : {}) };
    }
    catch (err) {
        if (err instanceof TlaError)
            console.log(`${cfg}: ${err.format()}`);
        else
            throw err;
        return undefined;
    }
}
for (const cfg of models) {
    const one = await run(cfg, 1);
    if (workers > 1 && one) {
        const many = await run(cfg, workers);
        if (many) {
            console.log(`  ${workers} worker threads against one: ${(one.wall / many.wall).toFixed(2)}× faster (wall clock, on this machine as loaded now)`);
            if (one.ownCores !== undefined && many.ownCores !== undefined)
                console.log(`  with a core per thread: ${(one.ownCores / many.ownCores).toFixed(2)}× faster (estimated from each thread's CPU time)`);
        }
    }
}
//# sourceMappingURL=check.js.map
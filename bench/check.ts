/**
 * Model-checking speed: runs the built-in checker on Paxos models and prints
 * the state counts, the wall-clock and CPU time, and states generated per
 * second (per CPU second as well, which is steadier on a busy machine).
 *
 * Usage: node dist/bench/check.js [model.cfg ...] [--max-states N]
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
import { TlaError } from "../src/tla/errors.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
let maxStates: number | undefined;
const models: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--max-states") maxStates = Number(args[++i]);
  else models.push(args[i]!);
}
if (models.length === 0) {
  const small = path.join(repo, "spec", "MCPaxosSmall.cfg");
  if (existsSync(small)) models.push(small);
  models.push(path.join(repo, "test", "fixtures", "specs", "ClassicPaxos.cfg"));
}

/** Resident set and live heap, in MB (the heap after a collection when `gc` is exposed). */
function memory(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const m = process.memoryUsage();
  const mb = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MB`;
  return `rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)}${gc ? " (after gc)" : ""}`;
}

for (const cfg of models) {
  const wall0 = performance.now();
  try {
    const model = await loadModel(cfg);
    const loaded = performance.now();
    const cpu0 = process.cpuUsage();
    let nextMark = 1_000_000;
    const r = checkModel(model, {
      ...(maxStates !== undefined ? { maxStates } : {}),
      progressMs: 0,
      onProgress: (p) => {
        if (p.distinctStates < nextMark) return;
        nextMark += 1_000_000;
        console.log(`  at ${p.distinctStates.toLocaleString("en-US")} distinct (queue ${p.queueSize.toLocaleString("en-US")}): ${memory()}`);
      },
    });
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const wall = (performance.now() - wall0) / 1000;
    console.log(`${path.relative(repo, cfg)}: ${r.outcome}${r.violated ? ` (${r.violated})` : ""}`);
    console.log(`  ${r.statesGenerated.toLocaleString("en-US")} generated, ${r.distinctStates.toLocaleString("en-US")} distinct, depth ${r.depth}`);
    console.log(`  load ${((loaded - wall0) / 1000).toFixed(2)} s, check ${r.seconds.toFixed(2)} s wall and ${cpuSeconds.toFixed(2)} s CPU, ${wall.toFixed(2)} s in all`);
    console.log(
      `  ${Math.round(r.statesGenerated / r.seconds).toLocaleString("en-US")} states/s (wall), ${Math.round(r.statesGenerated / cpuSeconds).toLocaleString("en-US")} states/s (CPU)`,
    );
    console.log(`  at the end: ${memory()}`);
  } catch (err) {
    if (err instanceof TlaError) console.log(`${cfg}: ${err.format()}`);
    else throw err;
  }
}

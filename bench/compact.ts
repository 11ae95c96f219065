/**
 * Validation of a long run of the replicated store against
 * spec/CompactMultiPaxos.tla: about a million spec steps, recorded, written
 * to a file, and validated as `paxos validate` reads it (a chunk at a time,
 * nothing held but the validator's state), in a process of its own. Prints
 * steps/s (wall clock and CPU), the time of each tenth of the trace, the
 * last tenth against the second, and the heap in use at each tenth. Prints
 * figures; nothing here passes or fails.
 *
 * Run: `npm run build && node --expose-gc dist/bench/compact.js [requests per client]`.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SmrSimulation } from "../src/cluster/index.js";
import { CompactTraceRecorder } from "../src/trace/compactRecorder.js";
import { validateTraceSource } from "../src/trace/validate.js";

/**
 * Records the compacted run into `file`, in a child process: the validation
 * is then timed in a process that has run nothing else, as `paxos validate`
 * runs (code shared by the simulator and the validator, such as the
 * persistent maps, is compiled for what each uses it for).
 */
function compactTrace(requests: number): { dir: string; file: string; steps: number; compactions: number } {
  const dir = mkdtempSync(join(tmpdir(), "paxos-tla-bench-"));
  const file = join(dir, "trace.ndjson");
  const r = spawnSync(process.execPath, [process.argv[1]!, "--record", file, String(requests)], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error(`recording the run failed (exit ${r.status ?? r.signal})`);
  return { dir, file, ...(JSON.parse(r.stdout) as { steps: number; compactions: number }) };
}

/** The child's part: runs the simulation and writes its compacted trace. */
function record(file: string, requests: number): void {
  // The step lines spooled to a file as they come, and no message kept: the recording's memory does not grow with the run.
  const rec = new CompactTraceRecorder({ spool: `${file}.steps` });
  const sim = new SmrSimulation({ seed: "compact", clients: 10, replicas: 3, proposers: 2, requestsPerClient: requests, maxSteps: Number.MAX_SAFE_INTEGER }, rec);
  sim.keepSent = false;
  sim.run();
  rec.writeTo(file);
  console.log(JSON.stringify({ steps: rec.recorded, compactions: rec.compactions }));
}

async function compactValidation(requests: number): Promise<void> {
  const { dir, file, steps, compactions } = compactTrace(requests);
  const marks: number[] = [];
  const heaps: number[] = [];
  // The file read in chunks, as paxos validate reads it; the tenths are marked at the chunk that ends them.
  async function* timed(): AsyncGenerator<Uint8Array> {
    let lines = 0;
    let next = Math.ceil(steps / 10);
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      while (lines > next && marks.length < 10) {
        marks.push(Number(process.hrtime.bigint()) / 1e9);
        heaps.push(process.memoryUsage().heapUsed / 1e6);
        next += Math.ceil(steps / 10);
      }
      yield chunk;
    }
  }
  const cpu = process.cpuUsage();
  const start = Number(process.hrtime.bigint()) / 1e9;
  marks.push(start);
  const v = await validateTraceSource(timed(), "bench", { specFile: "spec/CompactMultiPaxos.tla" });
  const end = Number(process.hrtime.bigint()) / 1e9;
  const cpuSeconds = process.cpuUsage(cpu).user / 1e6;
  marks.splice(11);
  marks.push(end);
  rmSync(dir, { recursive: true, force: true });
  const tenths = marks.slice(1, 11).map((m, i) => m - marks[i]!);
  console.log(
    `validation against CompactMultiPaxos (events mode, ${compactions.toLocaleString("en-US")} compactions): ${steps.toLocaleString("en-US")} steps ${v.ok ? "accepted" : "REJECTED"} ` +
      `in ${(end - start).toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU) = ${Math.round(steps / (end - start)).toLocaleString("en-US")} steps/s ` +
      `(${Math.round(steps / cpuSeconds).toLocaleString("en-US")} per CPU second); tenths ${tenths.map((t) => t.toFixed(1)).join(" ")} s; ` +
      `a step of the last tenth costs ${(tenths[9]! / tenths[1]!).toFixed(2)}× one of the second; heap in use at each tenth ${heaps.map((h) => Math.round(h)).join(" ")} MB`,
  );
}

const at = process.argv.indexOf("--record");
if (at >= 0) record(process.argv[at + 1]!, Number(process.argv[at + 2]));
else await compactValidation(Number(process.argv[2] ?? 9_100));

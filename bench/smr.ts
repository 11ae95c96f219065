/**
 * Replicated-store benchmark: commands per second of the simulated store on
 * Multi-Paxos (5 acceptors, 5 replicas, a stable leader, no faults, no trace
 * recorded), without and with batching; the messages each command costs; the
 * message delays from the leader's 2a to the replicas learning the slot (2 in
 * the textbook); and the linearizability check of a 100,000-operation history
 * over 1,000 keys from 20 clients; and the validation of events-mode traces
 * of the store against spec/MultiPaxos.tla (no invariants), with the cost of
 * a step in the last tenth of the trace against the second. Prints figures;
 * nothing here passes or fails.
 *
 * Run: `npm run build && node dist/bench/smr.js`.
 *
 * @module
 */
import { SmrSimulation } from "../src/cluster/index.js";
import type { SmrOptions } from "../src/cluster/index.js";
import { checkLinearizable } from "../src/check/linearizability.js";
import { SmrTraceRecorder } from "../src/trace/smrRecorder.js";
import { validateTraceSource } from "../src/trace/validate.js";

/**
 * One configuration: a first run while the JIT warms up, then six timed runs,
 * all with nothing observing the steps; then one more run that watches each
 * slot's Phase2a and first Learn for the 2a-to-learn delay (watching costs
 * time, so it is not timed). Prints commands/s (the first run's apart),
 * messages per command, and the mean delay in message delays.
 */
function run(name: string, options: Partial<SmrOptions>): void {
  const rates: string[] = [];
  for (let i = 0; i < 7; i++) {
    const sim = new SmrSimulation(options);
    sim.keepSent = false;
    const start = process.hrtime.bigint();
    const r = sim.run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(Math.round(r.completed / seconds).toLocaleString("en-US"));
  }
  const proposedAt = new Map<number, number>();
  const learnDelays: number[] = [];
  const learned = new Set<number>();
  const sim = new SmrSimulation(options, {
    step: (a, _node, time) => {
      if (a.name === "Phase2a" && !proposedAt.has(a.params.s)) proposedAt.set(a.params.s, time);
      if (a.name === "Learn" && !learned.has(a.params.s)) {
        learned.add(a.params.s);
        const t0 = proposedAt.get(a.params.s);
        if (t0 !== undefined) learnDelays.push(time - t0);
      }
    },
  });
  sim.keepSent = false;
  const r = sim.run();
  const m = (t: string): number => r.messages[t] ?? 0;
  const delay = (options.delay?.min ?? 1) === (options.delay?.max ?? 5) ? options.delay!.min : NaN;
  const meanLearn = learnDelays.reduce((s, x) => s + x, 0) / Math.max(1, learnDelays.length);
  console.log(
    `${name}: ${r.completed.toLocaleString("en-US")} commands; commands/s in the first run (JIT warming up): ${rates[0]}, in six runs after it: ${rates.slice(1).join(", ")}; ` +
      `${r.slots.toLocaleString("en-US")} slots; per command: 2a ${(m("2a") / r.completed).toFixed(2)}, 2b ${(m("2b") / r.completed).toFixed(2)}, all messages ${(Object.values(r.messages).reduce((s, x) => s + x, 0) / r.completed).toFixed(2)}; ` +
      `2a to learn: ${Number.isNaN(delay) ? meanLearn.toFixed(2) + " time units" : (meanLearn / delay).toFixed(2) + " message delays"}`,
  );
}

const steady: Partial<SmrOptions> = {
  seed: "bench",
  acceptors: 5,
  replicas: 5,
  proposers: 1,
  delay: { min: 1, max: 1 },
  keys: 1000,
  snapshotEvery: 100,
  maxSteps: Number.MAX_SAFE_INTEGER,
};
run("no batching (window 20, 20 clients)", { ...steady, clients: 20, requestsPerClient: 1_000, window: 20, batch: 1 });
run("batching of 100 (window 20, 2,000 clients)", { ...steady, clients: 2_000, requestsPerClient: 20, window: 20, batch: 100 });

const big = new SmrSimulation({ seed: "lin", clients: 20, requestsPerClient: 5_000, keys: 1_000, window: 20, batch: 20, maxSteps: Number.MAX_SAFE_INTEGER });
big.keepSent = false;
const history = big.run().history;
const start = process.hrtime.bigint();
const v = checkLinearizable(history);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  `linearizability: ${history.length.toLocaleString("en-US")} operations on ${v.keys} keys from 20 clients: ${v.ok ? "linearizable" : "NOT linearizable"} in ${seconds.toFixed(2)} s`,
);

/**
 * Validates an events-mode trace of a run with `requests` requests per client
 * (10 clients, default options otherwise), timing the steps of each tenth of
 * the trace as the validator reads them.
 */
async function validation(requests: number): Promise<void> {
  const rec = new SmrTraceRecorder("events");
  new SmrSimulation({ seed: "validate", clients: 10, requestsPerClient: requests, maxSteps: Number.MAX_SAFE_INTEGER }, rec).run();
  const lines = rec.lines();
  const steps = lines.length - 1;
  const marks: number[] = [];
  function* timed(): Generator<string> {
    for (let i = 0; i < lines.length; i++) {
      if (i > 0 && i % Math.ceil(steps / 10) === 0) marks.push(Number(process.hrtime.bigint()) / 1e9);
      yield `${lines[i]!}\n`;
    }
  }
  const start = Number(process.hrtime.bigint()) / 1e9;
  marks.push(start);
  const v = await validateTraceSource(timed(), "bench", { specFile: "spec/MultiPaxos.tla", invariants: [] });
  const end = Number(process.hrtime.bigint()) / 1e9;
  marks.push(end);
  // The second tenth is the reference: the first also loads and compiles the specification.
  const first = marks[2]! - marks[1]!;
  const last = marks[marks.length - 1]! - marks[marks.length - 2]!;
  console.log(
    `validation (events mode, no invariants): ${steps.toLocaleString("en-US")} steps ${v.ok ? "accepted" : "REJECTED"} in ${(end - start).toFixed(2)} s = ` +
      `${Math.round(steps / (end - start)).toLocaleString("en-US")} steps/s; a step of the last tenth costs ${(last / first).toFixed(1)}× one of the second`,
  );
}

for (const requests of [25, 100, 200]) await validation(requests);

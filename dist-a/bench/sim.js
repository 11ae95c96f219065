/**
 * Simulator benchmark: simulated steps per second and decisions per second for
 * five acceptors, with no faults and with 10% message loss, and the messages
 * and message delays each decision took beside the textbook figures (with no
 * faults and one proposer: 4 message delays from Phase1a to learning, 4n
 * messages for n acceptors and one learner). Also: dueling proposers with and
 * without exponential backoff. Prints figures; nothing here passes or fails.
 *
 * Run: `npm run build && node dist/bench/sim.js [runs]`.
 *
 * @module
 */
import { pathToFileURL } from "node:url";
import { simulate } from "../src/cluster/index.js";
import { recordRun } from "../src/trace/index.js";
function mean(xs) {
    return xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length;
}
/** Runs `runs` seeds of one configuration and measures it. */
function measure(name, options, runs, record = false) {
    const messages = [];
    const delays = [];
    const times = [];
    const fixedDelay = options.delay !== undefined && options.delay.min === options.delay.max ? options.delay.max : null;
    const ballots = [];
    let steps = 0;
    let decided = 0;
    // warm up the JIT on other seeds first: the figures are for compiled code
    for (let i = 0; i < runs; i++)
        record ? recordRun({ ...options, seed: `warm-${i}` }).result : simulate({ ...options, seed: `warm-${i}` });
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) {
        const opts = { ...options, seed: `bench-${i}` };
        const r = record ? recordRun(opts).result : simulate(opts);
        steps += r.steps;
        if (!r.decided)
            continue;
        decided++;
        messages.push(r.protocolMessagesToDecision);
        // with a fixed delay of 1, time from the first Phase1a to learning counts message delays
        if (fixedDelay !== null)
            delays.push(r.latency / fixedDelay);
        times.push(r.latency);
        ballots.push(r.ballots.length);
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    return {
        name,
        runs,
        decided,
        stepsPerSec: steps / seconds,
        decisionsPerSec: decided / seconds,
        messages: mean(messages),
        delays: mean(delays),
        time: mean(times),
        ballots: mean(ballots),
    };
}
/** Runs the benchmark with `runs` seeds per configuration and prints the table. */
export function benchSimulator(runs = 2000) {
    const unit = { delay: { min: 1, max: 1 } };
    const five = { acceptors: 5, ...unit };
    // retry timeout (6) well below the worst round trip (4 delays of up to 5): proposers pre-empt each other
    const dueling = { acceptors: 5, proposers: 3, clientSpread: 0, ballotsPerProposer: 100_000, maxSteps: 1_000_000, delay: { min: 1, max: 5 } };
    const rows = [
        measure("5 acceptors, no faults", five, runs),
        measure("5 acceptors, no faults, recording state", five, Math.ceil(runs / 4), true),
        measure("5 acceptors, 10% loss", { ...five, loss: 0.1 }, runs),
        measure("3 dueling proposers, timeout 6, backoff", { ...dueling, retry: { timeout: 6, backoff: true, maxExponent: 6 } }, runs),
        measure("3 dueling proposers, timeout 6, no backoff", { ...dueling, retry: { timeout: 6, backoff: false, maxExponent: 0 } }, runs),
    ];
    const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "-");
    console.log("Simulator benchmark (message delay 1 time unit unless stated; figures are means over decided runs)\n");
    console.log([
        "configuration".padEnd(42),
        "decided".padStart(11),
        "steps/s".padStart(10),
        "decisions/s".padStart(12),
        "msgs".padStart(7),
        "delays".padStart(7),
        "time".padStart(7),
        "ballots".padStart(8),
    ].join(" "));
    for (const r of rows) {
        console.log([
            r.name.padEnd(42),
            `${r.decided}/${r.runs}`.padStart(11),
            fmt(r.stepsPerSec, 0).padStart(10),
            fmt(r.decisionsPerSec, 0).padStart(12),
            fmt(r.messages).padStart(7),
            fmt(r.delays).padStart(7),
            fmt(r.time).padStart(7),
            fmt(r.ballots, 2).padStart(8),
        ].join(" "));
    }
    console.log("\nDueling proposers: message delay uniform in 1..5, so 'delays' is not counted; 'time' is from the first Phase1a.");
    console.log("Textbook, no faults, one proposer, n = 5 acceptors, one learner: 4n = 20 messages (1a, 1b, 2a, 2b), 4 message delays from Phase1a to learning.");
}
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
    benchSimulator(Number(process.argv[2] ?? 2000));
//# sourceMappingURL=sim.js.map
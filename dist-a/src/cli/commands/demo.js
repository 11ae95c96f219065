/**
 * `paxos demo`: the main job. Runs Paxos with five acceptors, two proposers
 * and two learners over a lossy, duplicating, reordering network, with one
 * acceptor crashing and restarting; records the trace; validates it against
 * spec/Paxos.tla with the built-in TLA+ engine; draws its message sequence
 * chart; and tells the run as a short story.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs, UsageError } from "../args.js";
import { specFile } from "../paths.js";
import { Simulation, StoryTeller, observeAll } from "../../cluster/index.js";
import { TraceRecorder, toNdjson } from "../../trace/index.js";
import { DEFAULT_INVARIANTS, validateTraceSource } from "../../trace/validate.js";
import { formatVerdict } from "../../tla/trace/validate.js";
import { drawTrace } from "../../draw/draw.js";
import { command as smr } from "./smr.js";
/** The seed the demo uses unless told otherwise: the same story every time. */
export const DEMO_SEED = "2026";
/** The demo's cluster and faults. */
export function demoOptions(seed) {
    return {
        seed,
        acceptors: 5,
        proposers: 2,
        learners: 2,
        delay: { min: 1, max: 8 },
        loss: 0.1,
        duplicate: 0.05,
        clientSpread: 4,
        scheduledCrashes: [{ node: "a2", at: 3, downFor: 20 }],
    };
}
/**
 * The replicated-store demo (`paxos demo --smr`): the arguments it gives
 * `paxos smr`. Five acceptors, three proposers (leaders by turns as they
 * crash), three replicas, four clients; 10% loss, 5% duplication, and
 * crashes of every server.
 */
const SMR_DEMO_ARGS = [
    "--acceptors", "5", "--proposers", "3", "--replicas", "3", "--clients", "4", "--requests", "15", "--keys", "3",
    "--window", "4", "--batch", "2", "--snapshot", "8", "--loss", "0.1", "--dup", "0.05", "--crash", "0.002",
]; // prettier-ignore
const HELP = `Usage: paxos demo [--smr] [--seed S] [--out DIR] [--json]

Runs Paxos with 5 acceptors, 2 proposers (each with a client) and 2 learners
over a network that loses 10% of messages, duplicates 5% and reorders them,
with acceptor a2 crashing at time 3 and restarting from stable storage at
time 23. Records the trace, validates it against spec/Paxos.tla with the
built-in TLA+ engine, draws its message sequence chart, and tells the run.

With --smr, the replicated key-value store instead: ${SMR_DEMO_ARGS.join(" ")}
under paxos smr (see paxos smr --help): the clients' history checked for
linearizability, the trace validated against spec/MultiPaxos.tla, and a
picture of the log (slots × replicas) in DIR/smr-SEED/log.svg.

  --smr        the replicated store on Multi-Paxos instead of one decision
  --seed S     the seed (default ${DEMO_SEED}); the same seed gives the same run
  --out DIR    where the trace and the picture go (default out/)
  --json       print the figures and the verdict as JSON`;
export const command = {
    summary: "run, validate and draw a five-acceptor Paxos run with faults (npm start)",
    help: HELP,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, { smr: { type: "boolean" }, seed: { type: "string" }, out: { type: "string" }, json: { type: "boolean" } });
        if (positionals.length > 0)
            throw new UsageError(`unexpected argument '${positionals[0]}'`);
        const seed = flags["seed"] ?? DEMO_SEED;
        const outDir = flags["out"] ?? "out";
        const json = flags["json"] === true;
        if (flags["smr"] === true)
            return smr.run([...SMR_DEMO_ARGS, "--seed", seed, "--out", join(outDir, `smr-${seed}`), ...(json ? ["--json"] : [])]);
        const lines = [];
        const story = new StoryTeller();
        const result = new Simulation(demoOptions(seed), observeAll(new TraceRecorder((l) => lines.push(l)), story)).run();
        const text = toNdjson(lines);
        try {
            mkdirSync(outDir, { recursive: true });
        }
        catch (err) {
            throw new UsageError(`cannot create the output folder '${outDir}': ${err.message}`);
        }
        const tracePath = join(outDir, `demo-${seed}.ndjson`);
        const svgPath = join(outDir, `demo-${seed}.svg`);
        writeFileSync(tracePath, text);
        writeFileSync(svgPath, drawTrace(text, tracePath));
        const started = performance.now();
        const verdict = await validateTraceSource(text, tracePath, { specFile: specFile("Paxos.tla") });
        const validationSeconds = (performance.now() - started) / 1000;
        if (json) {
            console.log(JSON.stringify({
                seed,
                decided: result.decided,
                value: result.value,
                learned: result.learned,
                ballots: result.ballots,
                steps: result.steps,
                specSteps: result.specSteps,
                time: result.time,
                messages: result.messages,
                dropped: result.dropped,
                duplicated: result.duplicated,
                crashes: result.crashes,
                trace: tracePath,
                picture: svgPath,
                valid: verdict.ok,
                validatedSteps: verdict.steps,
                validationSeconds: Math.round(validationSeconds * 1000) / 1000,
            }));
            return verdict.ok ? 0 : 1;
        }
        const out = [];
        out.push(`paxos demo — seed ${seed}: 5 acceptors, 2 proposers, 2 learners; 10% loss, 5% duplication, reordering; a2 crashes at t=3`);
        out.push("");
        for (const line of story.story())
            out.push(`  t=${line.time.toFixed(1).padStart(6)}  ${line.text}`);
        out.push("");
        if (result.decided)
            out.push(`Decided: every learner learned ${result.value ?? "(different values!)"} after ${result.decision.specSteps} spec steps, at t=${result.decision.time}, trying ballot${result.ballots.length === 1 ? "" : "s"} ${result.ballots.join(", ")}.`);
        else
            out.push(`Not decided within the budget of ${result.steps} steps (ballots tried: ${result.ballots.join(", ") || "none"}).`);
        const msgs = result.messages;
        out.push(`Messages: ${msgs["1a"]} 1a, ${msgs["1b"]} 1b, ${msgs["2a"]} 2a, ${msgs["2b"]} 2b (${result.dropped} lost, ${result.duplicated} duplicated).`);
        out.push("");
        if (verdict.ok) {
            out.push(`Trace validated against ${relative(process.cwd(), specFile("Paxos.tla"))}: every one of its ${verdict.steps} steps is a step of the spec, and ${DEFAULT_INVARIANTS.join(", ")} hold in every state (${validationSeconds.toFixed(2)} s).`);
        }
        else {
            out.push("Trace REJECTED by the spec:");
            out.push(formatVerdict(verdict.verdict));
        }
        out.push(`Trace:   ${tracePath}`);
        out.push(`Picture: ${svgPath}   (paxos draw ${tracePath} -o run.svg)`);
        console.log(out.join("\n"));
        return verdict.ok ? 0 : 1;
    },
};
//# sourceMappingURL=demo.js.map
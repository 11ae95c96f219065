#!/usr/bin/env node
/**
 * Regenerates the recorded traces of traces/valid and traces/invalid, and
 * their entries in traces/manifest.json, from fixed seeds: the same code gives
 * the same files, byte for byte.
 *
 * Each recorded trace is a simulator run (state mode, with its events). Where
 * a trace must show something (a restart, two ballots, a seeded bug's illegal
 * step), the script takes the first seed, counting up from a fixed one, whose
 * run shows it. A run with a seeded bug is cut after the step the engine
 * rejects, to keep the file small. The edited traces (a message received that
 * was never sent, a decreasing maxBal, a step missing a field) are derived from
 * the no-faults trace by fixed edits. The verdicts in the manifest are the
 * engine's, checked here against what each trace is meant to show.
 *
 * Run: npm run traces
 * (the build of tsconfig.scripts.json adds the mutants of test/mutants to dist).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { recordRun, toNdjson } from "../dist/src/trace/recorder.js";
import { layeredVerdict, validateTraceSource } from "../dist/src/trace/validate.js";
import { MUTANTS } from "../dist/test/mutants/mutants.js";
import { DEMO_SEED, demoOptions } from "../dist/src/cli/commands/demo.js";

const ROOT = new URL("../traces/", import.meta.url);
const write = (rel, text) => {
  mkdirSync(new URL(rel.slice(0, rel.lastIndexOf("/") + 1), ROOT), { recursive: true });
  writeFileSync(new URL(rel, ROOT), text);
};

/** The manifest entry of a verdict. */
function expectation(v) {
  if (v.ok) return { expect: "accepted", verdict: v.level, steps: v.steps };
  const e = { expect: "rejected", verdict: v.level, step: v.step, action: v.action ?? null };
  if (v.invariant) e.invariant = v.invariant;
  if (v.conjunct) e.conjunct = v.conjunct.text.replace(/\s+/g, " ");
  else if (v.differences?.length) e.differs = v.differences[0].slice(0, v.differences[0].indexOf(":"));
  return e;
}

/** The engine's verdict on Paxos, with the layered verdict (conforms, safe-deviation, unsafe) as `level`. */
async function verdictOf(lines, name) {
  const text = toNdjson(lines);
  const v = await layeredVerdict({}, (options) => validateTraceSource(text, name, options));
  return { ...v.verdict, level: v.layers.level };
}

/** The first seed from `from` (as a number, written as a string) whose run satisfies `ok`. */
async function firstSeed(options, from, steps, ok, tries = 500) {
  for (let n = from; n < from + tries; n++) {
    const run = recordRun({ ...options, seed: String(n) }, {}, steps);
    if (await ok(run)) return { seed: String(n), run };
  }
  throw new Error(`no seed in ${from}..${from + tries - 1} shows what ${JSON.stringify(options)} should`);
}

const steps = (run) => run.lines.map((l) => JSON.parse(l)).filter((o) => o.kind === "step");
const small = { ballotsPerProposer: 4, maxSteps: 2000 };

const VALID = [
  { name: "no-faults", what: "three acceptors, one proposer, no faults", options: { ...small, acceptors: 3 }, from: 1, shows: (r) => r.result.decided },
  {
    name: "message-loss",
    what: "a quarter of the messages lost; the proposer retries",
    options: { ...small, acceptors: 3, loss: 0.25 },
    from: 1,
    shows: (r) => r.result.decided && r.result.dropped > 0 && r.result.ballots.length > 1,
  },
  {
    name: "dueling-proposers",
    what: "two proposers without backoff start competing ballots",
    options: { ...small, acceptors: 3, proposers: 2, retry: { timeout: 12, backoff: false, maxExponent: 0 }, delay: { min: 1, max: 8 } },
    from: 1,
    shows: (r) =>
      r.result.decided &&
      new Set(
        steps(r)
          .filter((s) => s.action === "Phase1a")
          .map((s) => s.params.p),
      ).size === 2 &&
      steps(r).some((s) => s.action === "Phase1b" && s.params.b > 0),
  },
  {
    name: "crash-restart",
    what: "acceptors crash and restart from stable storage (Restart steps)",
    options: { ...small, acceptors: 3, crash: 0.15, downtime: { min: 2, max: 10 } },
    from: 1,
    shows: (r) => r.result.decided && steps(r).some((s) => s.action === "Restart") && steps(r).some((s) => s.action === "Phase2b"),
  },
  {
    name: "demo",
    what: "the run of `paxos demo`: 5 acceptors, 2 proposers, 2 learners, 10% loss, 5% duplication, reordering, a2 crashes at t=3 and restarts",
    options: (({ seed, ...o }) => o)(demoOptions(DEMO_SEED)),
    from: Number(DEMO_SEED),
    shows: (r) => r.result.decided && steps(r).some((s) => s.action === "Restart"),
  },
  {
    name: "weighted-quorums",
    what: "four acceptors with weights 3,1,1,1 (a1 with any one other is a quorum)",
    options: { ...small, acceptors: 4, quorum: { kind: "weighted", weights: [3, 1, 1, 1] }, loss: 0.1 },
    from: 1,
    shows: (r) => r.result.decided,
  },
];

/** The schedule that makes each seeded bug show. */
function bugOptions(bug) {
  const crashy = bug === "acceptor-forgets-promise";
  if (bug === "learner-mixes-ballots")
    return {
      acceptors: 3,
      proposers: 3,
      learners: 2,
      loss: 0.3,
      delay: { min: 1, max: 6 },
      retry: { timeout: 26, backoff: false, maxExponent: 3 },
      stopWhenLearned: false,
      maxSteps: 2000,
    };
  return {
    acceptors: 3,
    proposers: 2,
    learners: 1,
    loss: crashy ? 0 : 0.15,
    duplicate: bug === "learner-counts-duplicates" ? 0.5 : 0.05,
    crash: crashy ? 0.3 : 0,
    downtime: { min: 0.5, max: 2 },
    delay: { min: 1, max: crashy ? 20 : 15 },
    retry: { timeout: 25, backoff: false, maxExponent: 0 },
    stopWhenLearned: false,
    maxSteps: 1500,
    ballotsPerProposer: 8,
  };
}

/** The lines up to and including the step line numbered `step`. */
function cutAfterStep(lines, step) {
  const out = [];
  for (const l of lines) {
    out.push(l);
    const o = JSON.parse(l);
    if (o.kind === "step" && o.i === step) break;
  }
  return out;
}

const entries = [];
let noFaults;
for (const t of VALID) {
  const { seed, run } = await firstSeed(t.options, t.from, undefined, t.shows);
  const file = `valid/${t.name}.ndjson`;
  const v = await verdictOf(run.lines, file);
  if (!v.ok) throw new Error(`${file}: the engine rejects a run of the correct implementation`);
  write(file, toNdjson(run.lines));
  if (t.name === "no-faults") noFaults = run.lines;
  entries.push({ file, description: t.what, recorded: { ...t.options, seed }, ...expectation(v) });
}

for (const m of MUTANTS.filter((x) => x.id <= "h")) {
  const [letter, bug] = [m.id, m.name];
  const options = bugOptions(bug);
  let verdict;
  const { seed, run } = await firstSeed(options, 1, m.steps, async (r) => {
    verdict = await verdictOf(r.lines, bug);
    return !verdict.ok;
  });
  const lines = cutAfterStep(run.lines, verdict.step);
  const file = `invalid/${letter}-${bug}.ndjson`;
  const v = await verdictOf(lines, file);
  write(file, toNdjson(lines));
  entries.push({
    file,
    description: `seeded bug ${letter} (${bug}), the run cut after the step the engine rejects`,
    recorded: { ...bugOptions(bug), mutant: bug, seed },
    ...expectation(v),
  });
}

// Edits of the no-faults trace.
const parsed = noFaults.map((l) => JSON.parse(l));
{
  // An acceptor answers a 1a for ballot 3, which no proposer sent.
  const lines = [];
  for (const o of parsed) {
    if (o.kind === "step" && o.action === "Phase1b" && o.params.a === "a2") {
      const edited = { ...o, params: { ...o.params, b: 3 } };
      lines.push(JSON.stringify(edited));
      break;
    }
    lines.push(JSON.stringify(o));
  }
  const file = "invalid/never-sent.ndjson";
  write(file, toNdjson(lines));
  entries.push({ file, description: "edited: a2 answers a 1a message for ballot 3, which was never sent", ...expectation(await verdictOf(lines, file)) });
}
{
  // After a1 promised, a Restart step in which its maxBal goes back to -1.
  const lines = [];
  let done = false;
  for (const o of parsed) {
    lines.push(JSON.stringify(o));
    if (!done && o.kind === "step" && o.action === "Phase1b" && o.params.a === "a1") {
      const st = JSON.parse(JSON.stringify(o.state));
      st.maxBal = { "#map": st.maxBal["#map"].map(([a, b]) => [a, a === "a1" ? -1 : b]) };
      lines.push(JSON.stringify({ kind: "step", i: o.i + 1, action: "Restart", params: { a: "a1" }, node: "a1", time: o.time, state: st }));
      done = true;
      break;
    }
  }
  const file = "invalid/decreasing-maxbal.ndjson";
  write(file, toNdjson(lines));
  entries.push({ file, description: "edited: a1 restarts having forgotten its promise (maxBal back to -1)", ...expectation(await verdictOf(lines, file)) });
}
{
  // A step line without its parameters.
  const lines = [];
  let lineNo = 0;
  let badLine = 0;
  for (const o of parsed) {
    lineNo++;
    if (!badLine && o.kind === "step" && o.action === "Phase2a") {
      const { params, ...rest } = o;
      void params;
      lines.push(JSON.stringify(rest));
      badLine = lineNo;
      break;
    }
    lines.push(JSON.stringify(o));
  }
  const file = "invalid/missing-field.ndjson";
  write(file, toNdjson(lines));
  entries.push({
    file,
    description: "edited: a Phase2a step line without its 'params' field (malformed: exit 2)",
    expect: "error",
    line: badLine,
    error: `traces/${file}:${badLine}: field 'params' must be an object, got nothing`,
  });
}

write("manifest.json", JSON.stringify({ format: "paxos-tla-trace/1", spec: "spec/Paxos.tla", traces: entries }, null, 2) + "\n");
console.log(`wrote ${entries.length} traces and traces/manifest.json`);

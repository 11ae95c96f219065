/**
 * Mutants: realistic bugs in the protocol and in its recorder, each a small
 * alternative to one step function (or to the recorder), run through the very
 * handlers and simulator of the real code. The test suite must kill every
 * one: the TLA+ engine rejects a trace of it (naming the action and the
 * conjunct), or a run shows it directly (two values learned, no decision in
 * a fault-free run). A mutant that nothing can kill carries a one-line proof
 * that it is equivalent to the real code.
 *
 * a-h are the original seeded bugs; the rest cover the acceptor, the
 * proposer, the learner, quorum arithmetic, the order of persisting and
 * sending, and the recorder.
 */
import fc from "fast-check";
import { initProposer, learn, PAXOS_STEPS, phase1a, phase1b, phase2a, phase2b, receive2b, restart } from "../../src/paxos/index.js";
import type { AcceptorState, Ballot, Effect, LearnerConfig, NodeId, PaxosSteps, Promise1b, ProposerState, QuorumSystem, Value } from "../../src/paxos/index.js";
import type { ClusterView, SimulationObserver, SimulationOptions } from "../../src/cluster/index.js";
import { RefinementMapping, TraceRecorder } from "../../src/trace/index.js";
import type { RecorderOptions } from "../../src/trace/index.js";

/** Options of one run; the seed is always given. */
export type RunOptions = Partial<SimulationOptions> & { seed: string };

/** How the engine's rejection must look: the action, and the conjunct that is false or the variable that differs. */
export interface Rejection {
  readonly action: RegExp;
  readonly conjunct?: RegExp;
  readonly differs?: RegExp;
}

/** A recorder for a run: it gets each trace line through `write`. */
export type MakeRecorder = (write: (line: string) => void, options: RecorderOptions) => SimulationObserver;

/** One mutant. */
export interface Mutant {
  /** Short id: a letter (a-h, the original seeded bugs, then i, j, ...). */
  readonly id: string;
  readonly name: string;
  /** The part of the system it breaks. */
  readonly part: "acceptor" | "proposer" | "learner" | "quorum arithmetic" | "persistence order" | "recorder";
  /** The bug, in one sentence. */
  readonly what: string;
  /** The step functions with the mutation (the real ones where absent). */
  readonly steps?: PaxosSteps;
  /** A recorder with the mutation (the real one where absent). */
  readonly recorder?: MakeRecorder;
  /** Runs that make the bug likely to show. */
  readonly schedules: fc.Arbitrary<RunOptions>;
  /** How the engine rejects a trace of it; absent for a mutant the engine cannot see (a lost liveness, an equivalent mutant). */
  readonly rejection?: Rejection;
  /** Whether some run learns two values (the bug is unsafe here, not only illegal). */
  readonly unsafe?: boolean;
  /** A schedule known to show the disagreement, where it is too rare for a quick search. */
  readonly pinnedDisagreement?: RunOptions;
  /** Whether fault-free runs never decide (a bug that costs progress, not safety). */
  readonly stalls?: boolean;
  /** Why no test can kill it: a one-line proof that it behaves as the real code. */
  readonly equivalent?: string;
}

/** The shape of the random runs, tuned per mutant. */
interface ScheduleShape {
  acceptors?: fc.Arbitrary<number>;
  proposers?: fc.Arbitrary<number>;
  loss?: fc.Arbitrary<number>;
  duplicate?: fc.Arbitrary<number>;
  crash?: fc.Arbitrary<number>;
  crashInStep?: fc.Arbitrary<number>;
  delayMax?: fc.Arbitrary<number>;
  quorum?: fc.Arbitrary<SimulationOptions["quorum"]>;
  resubmitAfter?: fc.Arbitrary<number>;
}

/** Random runs: 3-5 acceptors, 2-3 proposers, some loss and duplication, no backoff, a budget of 1,500 steps. */
export function schedules(shape: ScheduleShape = {}): fc.Arbitrary<RunOptions> {
  return fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 }).map(String),
    acceptors: shape.acceptors ?? fc.integer({ min: 3, max: 5 }),
    proposers: shape.proposers ?? fc.integer({ min: 2, max: 3 }),
    learners: fc.integer({ min: 1, max: 3 }),
    loss: shape.loss ?? fc.double({ min: 0, max: 0.3, noNaN: true }),
    duplicate: shape.duplicate ?? fc.double({ min: 0, max: 0.1, noNaN: true }),
    crash: shape.crash ?? fc.constant(0),
    crashInStep: shape.crashInStep ?? fc.constant(0),
    downtime: fc.constant({ min: 0.5, max: 2 }),
    delay: (shape.delayMax ?? fc.integer({ min: 1, max: 30 })).map((max) => ({ min: 1, max })),
    retry: fc.constant({ timeout: 25, backoff: false, maxExponent: 0 }),
    quorum: shape.quorum ?? fc.constant({ kind: "majority" } as const),
    resubmitAfter: shape.resubmitAfter ?? fc.constant(200),
    stopWhenLearned: fc.constant(false),
    maxSteps: fc.constant(1500),
  });
}

/** The conjunct of Learn that a learner learning without a quorum of 2b messages breaks. */
const LEARN_2B = /^\[type \|-> "2b", acc \|-> a, bal \|-> b, val \|-> v\] \\in msgs$/;
/** Learn's conjunct over quorums, whichever part of it the engine names. */
const LEARN_Q = /\\E Q \\in Quorum|\[type \|-> "2b", acc \|-> a, bal \|-> b, val \|-> v\] \\in msgs/;

/** The value of the lowest-ballot vote among the reports, if any. */
function lowestReportedVote(promises: ReadonlyMap<NodeId, Promise1b>): Value | null {
  let best: Promise1b | null = null;
  for (const acc of [...promises.keys()].sort()) {
    const p = promises.get(acc)!;
    if (p.mbal >= 0 && (best === null || p.mbal < best.mbal)) best = p;
  }
  return best?.mval ?? null;
}

/** Crash-heavy runs without loss, for bugs that show across a restart. */
const crashy: ScheduleShape = { loss: fc.constant(0), crash: fc.double({ min: 0.2, max: 0.4, noNaN: true }), delayMax: fc.integer({ min: 10, max: 30 }) };

/** A quorum system whose quorum test is replaced by `test` (the rest of it, such as the list of quorums, stays right). */
export function withQuorumTest(q: QuorumSystem, test: (members: NodeId[]) => boolean): QuorumSystem {
  return Object.create(q, { isQuorum: { value: (set: Iterable<NodeId>) => test([...set]) } }) as QuorumSystem;
}

/** The acceptors' weights in a quorum system (1 each for majorities). */
function weights(q: QuorumSystem): Map<NodeId, number> {
  const spec = q.spec;
  return new Map(q.acceptors.map((a, i) => [a, spec.kind === "weighted" ? spec.weights[i]! : 1]));
}

/** Phase2a as in the real code, but with the value chosen by `choose` from the reports. */
function phase2aChoosing(choose: (s: ProposerState) => Value | null): PaxosSteps["phase2a"] {
  return (s, cfg) => {
    const real = phase2a(s, cfg);
    if (real === null) return null;
    const v = choose(s);
    if (v === null) return null;
    return {
      ...real,
      effects: real.effects.map((e) => (e.kind === "send" && e.msg.type === "2a" ? { ...e, msg: { ...e.msg, val: v } } : e)),
      action: { name: "Phase2a", params: { p: s.id, b: s.ballot, v } },
    };
  };
}

/**
 * A learner step that groups the votes it kept by `group` and learns the
 * first not-yet-learned value of a group that `enough` accepts, where the real
 * step groups by (ballot, value) and asks the quorum system.
 */
function learnWhen(group: (bal: Ballot, val: Value) => string, enough: (cfg: LearnerConfig, accs: NodeId[]) => boolean): PaxosSteps["learn"] {
  return (s, cfg) => {
    const groups = new Map<string, { b: Ballot; v: Value; accs: NodeId[] }>();
    for (const vote of s.votes) {
      const key = group(vote.bal, vote.val);
      const g = groups.get(key);
      if (g) {
        g.accs.push(vote.acc);
        g.b = Math.max(g.b, vote.bal);
      } else groups.set(key, { b: vote.bal, v: vote.val, accs: [vote.acc] });
    }
    const found = [...groups.values()].filter((g) => !s.learned.has(g.v) && enough(cfg, g.accs)).sort((x, y) => x.b - y.b || x.v.localeCompare(y.v))[0];
    if (found === undefined) return null;
    // The real step's effects and action, from a state in which exactly this group is learnable.
    const real = learn({ ...s, votes: cfg.quorum.acceptors.map((acc) => ({ acc, bal: found.b, val: found.v })) }, cfg);
    return real === null ? null : { ...real, state: { ...real.state, votes: s.votes } };
  };
}

/** The size of the smallest quorum. */
function smallestQuorum(q: QuorumSystem): number {
  return Math.min(...q.minimalQuorums().map((m) => m.length));
}

/** A recorder that writes what the real one writes for a view of the cluster changed by `view`. */
function recorderSeeing(view: (v: ClusterView) => ClusterView): MakeRecorder {
  return (write, options) => {
    const rec = new TraceRecorder(write, options);
    return {
      init: (v, o) => rec.init(view(v), o),
      step: (a, n, t, v) => rec.step(a, n, t, view(v)),
      event: (e, t) => rec.event(e, t),
    };
  };
}

/** Every mutant, in id order. */
export const MUTANTS: readonly Mutant[] = [
  {
    id: "a",
    name: "acceptor-forgets-promise",
    part: "acceptor",
    what: "Phase1b does not write the promise to stable storage, so a restart forgets it.",
    steps: {
      ...PAXOS_STEPS,
      phase1b: (s, m) => {
        const r = phase1b(s, m);
        return r && { ...r, effects: r.effects.filter((e) => e.kind !== "persist") };
      },
    },
    schedules: schedules(crashy),
    rejection: { action: /^Restart$/, differs: /^maxBal\[a\d\]: the step gives \d+, the log says -1$/ },
    unsafe: true,
  },
  {
    id: "b",
    name: "acceptor-ignores-promise",
    part: "acceptor",
    what: "Phase2b votes for a 2a whose ballot is below the acceptor's promise.",
    steps: { ...PAXOS_STEPS, phase2b: (s, m, cfg) => phase2b({ ...s, maxBal: Math.min(s.maxBal, m.bal) }, m, cfg) },
    schedules: schedules(),
    rejection: { action: /^Phase2b$/, conjunct: /^b >= maxBal\[a\]$/ },
    unsafe: true,
  },
  {
    id: "c",
    name: "proposer-ignores-votes",
    part: "proposer",
    what: "Phase2a proposes the proposer's own value even when a 1b reported a vote.",
    steps: { ...PAXOS_STEPS, phase2a: phase2aChoosing((s) => s.value) },
    schedules: schedules(),
    rejection: { action: /^Phase2a$/, conjunct: /m\.mbal = -1[\s\S]*v \\in proposed|^\\E m \\in Msgs1b\(b, Q\) : m\.acc = a$/ },
    unsafe: true,
  },
  {
    id: "d",
    name: "proposer-skips-quorum",
    part: "proposer",
    what: "Phase2a goes ahead after a single 1b, fewer than a quorum.",
    steps: { ...PAXOS_STEPS, phase2a: (s, cfg) => phase2a(s, { ...cfg, quorum: withQuorumTest(cfg.quorum, (m) => m.length >= 1) }) },
    schedules: schedules(),
    rejection: { action: /^Phase2a$/, conjunct: /^\\E m \\in Msgs1b\(b, Q\) : m\.acc = a$|m\.mbal = -1/ },
    unsafe: true,
  },
  {
    id: "e",
    name: "proposers-share-ballots",
    part: "proposer",
    what: "Every proposer numbers its ballots as proposer 0 does, so two proposers lead the same ballot.",
    steps: { ...PAXOS_STEPS, phase1a: (s, cfg) => phase1a(s, { ...cfg, proposers: [s.id, ...cfg.proposers.filter((p) => p !== s.id)] }) },
    schedules: schedules(),
    rejection: { action: /^Phase(1a|2a)$/, conjunct: /^Owner\[b\] = p$|^~ ?Sent2a\(b\)$/ },
  },
  {
    id: "f",
    name: "learner-counts-duplicates",
    part: "learner",
    what: "A duplicated 2b from one acceptor counts twice toward a quorum.",
    steps: {
      ...PAXOS_STEPS,
      receive2b: (s, m, cfg) => {
        const r = receive2b(s, m, cfg);
        const base = r?.state ?? s;
        const known = base.votes.length === s.votes.length;
        return { state: { ...base, votes: known ? [...base.votes, { acc: m.acc, bal: m.bal, val: m.val }] : base.votes }, effects: r?.effects ?? [] };
      },
      learn: learnWhen(
        (b, v) => `${b}\u0000${v}`,
        (cfg, accs) => accs.length >= smallestQuorum(cfg.quorum),
      ),
    },
    schedules: schedules({ duplicate: fc.double({ min: 0.3, max: 0.6, noNaN: true }) }),
    rejection: { action: /^Learn$/, conjunct: LEARN_2B },
    unsafe: true,
  },
  {
    id: "g",
    name: "learner-mixes-ballots",
    part: "learner",
    what: "2b messages of different ballots count toward the same quorum.",
    steps: {
      ...PAXOS_STEPS,
      learn: learnWhen(
        (_b, v) => v,
        (cfg, accs) => cfg.quorum.isQuorum(accs),
      ),
    },
    // Three proposers dueling over three acceptors with heavy loss: learners see 2b messages of several ballots.
    schedules: schedules({
      acceptors: fc.constant(3),
      proposers: fc.constant(3),
      loss: fc.double({ min: 0.2, max: 0.4, noNaN: true }),
      duplicate: fc.constant(0),
      delayMax: fc.integer({ min: 3, max: 10 }),
    }),
    rejection: { action: /^Learn$/, conjunct: LEARN_2B },
    unsafe: true,
    pinnedDisagreement: {
      // Found by a long random search: the disagreement needs a rare interleaving (about one run in thousands).
      seed: "s4045",
      acceptors: 3,
      proposers: 3,
      learners: 3,
      loss: 0.351,
      delay: { min: 1, max: 7 },
      retry: { timeout: 26, backoff: false, maxExponent: 3 },
      stopWhenLearned: false,
      maxSteps: 2000,
    },
  },
  {
    id: "h",
    name: "acceptor-hides-vote",
    part: "acceptor",
    what: "Phase1b reports no vote (-1) instead of the acceptor's latest vote.",
    steps: {
      ...PAXOS_STEPS,
      phase1b: (s, m) => {
        const r = phase1b(s, m);
        return r && { ...r, effects: r.effects.map((e) => (e.kind === "send" && e.msg.type === "1b" ? { ...e, msg: { ...e.msg, mbal: -1, mval: null } } : e)) };
      },
    },
    schedules: schedules(),
    rejection: { action: /^Phase1b$/, differs: /^msgs: the log (lacks|has) \[type \|-> "1b"/ },
    unsafe: true,
  },
  {
    id: "i",
    name: "acceptor-refuses-own-ballot",
    part: "acceptor",
    what: "Phase2b requires a ballot strictly above the promise, so an acceptor never votes in the ballot it joined.",
    steps: { ...PAXOS_STEPS, phase2b: (s, m, cfg) => (m.bal > s.maxBal ? phase2b(s, m, cfg) : null) },
    schedules: schedules(),
    stalls: true,
  },
  {
    id: "j",
    name: "acceptor-rejoins-ballot",
    part: "acceptor",
    what: "Phase1b answers a 1a for the ballot the acceptor already joined (>= instead of >), e.g. a duplicated 1a.",
    steps: { ...PAXOS_STEPS, phase1b: (s, m) => phase1b(m.bal === s.maxBal ? { ...s, maxBal: m.bal - 1 } : s, m) },
    schedules: schedules({ duplicate: fc.double({ min: 0.2, max: 0.5, noNaN: true }) }),
    rejection: { action: /^Phase1b$/, conjunct: /^b > maxBal\[a\]$/ },
  },
  {
    id: "k",
    name: "acceptor-vote-keeps-promise",
    part: "acceptor",
    what: "Phase2b in a ballot above the promise records the vote but leaves maxBal where it was.",
    steps: {
      ...PAXOS_STEPS,
      phase2b: (s, m, cfg) => {
        const r = phase2b(s, m, cfg);
        if (r === null) return null;
        const kept: AcceptorState = { ...r.state, maxBal: s.maxBal };
        const effects = r.effects.map((e): Effect => (e.kind === "persist" && e.record.role === "acceptor" ? { ...e, record: { ...e.record, maxBal: s.maxBal } } : e));
        return { ...r, state: kept, effects };
      },
    },
    schedules: schedules({ loss: fc.double({ min: 0.2, max: 0.4, noNaN: true }) }),
    rejection: { action: /^Phase2b$/, differs: /^maxBal\[a\d\]/ },
  },
  {
    id: "l",
    name: "acceptor-sends-before-persisting",
    part: "persistence order",
    what: "Phase2b sends its 2b messages before it writes the vote to stable storage; a crash in between loses a vote others have seen.",
    steps: {
      ...PAXOS_STEPS,
      phase2b: (s, m, cfg) => {
        const r = phase2b(s, m, cfg);
        return r && { ...r, effects: [...r.effects.filter((e) => e.kind !== "persist"), ...r.effects.filter((e) => e.kind === "persist")] };
      },
    },
    schedules: schedules({ ...crashy, crash: fc.constant(0), crashInStep: fc.double({ min: 0.3, max: 0.6, noNaN: true }) }),
    rejection: { action: /^Restart$/, differs: /^(maxBal|maxVBal|maxVal)\[a\d\]/ },
  },
  {
    id: "w",
    name: "acceptor-promises-before-persisting",
    part: "persistence order",
    what: "Phase1b sends the 1b before it writes the promise to stable storage; a crash in between loses a promise the proposer relies on.",
    steps: {
      ...PAXOS_STEPS,
      phase1b: (s, m) => {
        const r = phase1b(s, m);
        return r && { ...r, effects: [...r.effects].reverse() };
      },
    },
    schedules: schedules({ ...crashy, crash: fc.constant(0), crashInStep: fc.double({ min: 0.3, max: 0.6, noNaN: true }) }),
    rejection: { action: /^Restart$/, differs: /^maxBal\[a\d\]/ },
  },
  {
    id: "m",
    name: "acceptor-restart-forgets-vote",
    part: "acceptor",
    what: "Restart reloads the promise from stable storage but not the latest vote.",
    steps: { ...PAXOS_STEPS, restart: (id, stored) => restart(id, { ...stored, maxVBal: -1, maxVal: null }) },
    schedules: schedules(crashy),
    rejection: { action: /^Restart$/, differs: /^(maxVBal|maxVal)\[a\d\]/ },
    unsafe: true,
  },
  {
    id: "n",
    name: "proposer-picks-lowest-vote",
    part: "proposer",
    what: "Phase2a proposes the value of the lowest-ballot vote reported instead of the highest.",
    steps: { ...PAXOS_STEPS, phase2a: phase2aChoosing((s) => lowestReportedVote(s.promises) ?? s.value) },
    schedules: schedules({ proposers: fc.constant(3), loss: fc.double({ min: 0.2, max: 0.4, noNaN: true }) }),
    rejection: { action: /^Phase2a$/, conjunct: /v = m\.mval|m\.mbal/ },
  },
  {
    id: "o",
    name: "proposer-mixes-ballot-reports",
    part: "proposer",
    what: "The proposer keeps 1b reports of any of its ballots while preparing, so a quorum may mix ballots.",
    steps: {
      ...PAXOS_STEPS,
      receive1b: (s, m) => {
        if (s.phase !== "preparing") return null;
        const promises = new Map(s.promises);
        promises.set(m.acc, { mbal: m.mbal, mval: m.mval });
        return { state: { ...s, promises }, effects: [] };
      },
    },
    schedules: schedules({ delayMax: fc.integer({ min: 20, max: 60 }) }),
    rejection: { action: /^Phase2a$/, conjunct: /^\\E m \\in Msgs1b\(b, Q\) : m\.acc = a$|m\.mbal = -1/ },
  },
  {
    id: "p",
    name: "proposer-restart-forgets-ballot",
    part: "proposer",
    what: "A restarted proposer ignores the highest ballot on its stable storage and numbers its ballots afresh, reusing one it already led.",
    steps: { ...PAXOS_STEPS, initProposer: (id) => initProposer(id) },
    // A reused ballot can gather a quorum only from 1b messages of its first use still in flight: duplicates and long delays.
    schedules: schedules({
      proposers: fc.constant(1),
      loss: fc.constant(0),
      duplicate: fc.double({ min: 0.3, max: 0.6, noNaN: true }),
      crash: fc.double({ min: 0.1, max: 0.3, noNaN: true }),
      delayMax: fc.integer({ min: 20, max: 60 }),
      resubmitAfter: fc.integer({ min: 5, max: 30 }),
    }),
    rejection: { action: /^Phase2a$/, conjunct: /^~ ?Sent2a\(b\)$/ },
  },
  {
    id: "q",
    name: "learner-half-is-quorum",
    part: "quorum arithmetic",
    what: "The learner's majority test counts half of the acceptors as a quorum (>= instead of >).",
    steps: { ...PAXOS_STEPS, learn: (s, cfg) => learn(s, { ...cfg, quorum: withQuorumTest(cfg.quorum, (m) => 2 * new Set(m).size >= cfg.quorum.acceptors.length) }) },
    schedules: schedules({ acceptors: fc.constantFrom(4, 6), proposers: fc.constant(3), loss: fc.double({ min: 0.1, max: 0.4, noNaN: true }) }),
    rejection: { action: /^Learn$/, conjunct: LEARN_Q },
  },
  {
    id: "r",
    name: "proposer-weight-at-half",
    part: "quorum arithmetic",
    what: "The proposer's weighted quorum test accepts a set with exactly half of the total weight.",
    steps: {
      ...PAXOS_STEPS,
      phase2a: (s, cfg) => {
        const w = weights(cfg.quorum);
        const total = [...w.values()].reduce((x, y) => x + y, 0);
        return phase2a(s, { ...cfg, quorum: withQuorumTest(cfg.quorum, (m) => 2 * [...new Set(m)].reduce((x, a) => x + (w.get(a) ?? 0), 0) >= total) });
      },
    },
    schedules: schedules({ acceptors: fc.constant(3), quorum: fc.constant({ kind: "weighted", weights: [2, 1, 1] } as const) }),
    rejection: { action: /^Phase2a$/, conjunct: /^\\E m \\in Msgs1b\(b, Q\) : m\.acc = a$|m\.mbal = -1/ },
  },
  {
    id: "s",
    name: "learner-learns-on-first-vote",
    part: "learner",
    what: "The learner learns a value from the first 2b it receives, without waiting for a quorum.",
    steps: {
      ...PAXOS_STEPS,
      learn: learnWhen(
        (b, v) => `${b}\u0000${v}`,
        (_cfg, accs) => accs.length >= 1,
      ),
    },
    schedules: schedules({ proposers: fc.constant(3), loss: fc.double({ min: 0.1, max: 0.4, noNaN: true }) }),
    rejection: { action: /^Learn$/, conjunct: LEARN_2B },
    unsafe: true,
  },
  {
    id: "t",
    name: "recorder-state-before-step",
    part: "recorder",
    what: "The recorder writes each step with the state before it instead of after it.",
    recorder: (write, options) => {
      const rec = new TraceRecorder(write, options);
      const mapping = new RefinementMapping();
      let before = "";
      let i = 0;
      return {
        init: (v, o) => {
          rec.init(v, o);
          before = mapping.stateJson(v);
        },
        step: (a, n, t, v) => {
          const line = JSON.stringify({ kind: "step", i: ++i, action: a.name, params: a.params, node: n, time: t });
          write(`${line.slice(0, -1)},"state":${before}}`);
          before = mapping.stateJson(v);
        },
        event: (e, t) => rec.event(e, t),
      };
    },
    schedules: schedules(),
    rejection: { action: /^Propose$/ },
  },
  {
    id: "u",
    name: "recorder-drops-empty-reports",
    part: "recorder",
    what: "The refinement mapping leaves out of msgs every 1b that reports no vote.",
    recorder: recorderSeeing((v) => Object.create(v, { sent: { get: () => v.sent.filter((m) => !(m.msg.type === "1b" && m.msg.mbal === -1)) } }) as ClusterView),
    schedules: schedules(),
    rejection: { action: /^Phase1b$/, differs: /^msgs/ },
  },
  {
    id: "v",
    name: "recorder-skips-restart",
    part: "recorder",
    what: "The recorder writes no line for a Restart step.",
    recorder: (write, options) => {
      const rec = new TraceRecorder(write, options);
      return { init: (v, o) => rec.init(v, o), step: (a, n, t, v) => (a.name === "Restart" ? undefined : rec.step(a, n, t, v)), event: (e, t) => rec.event(e, t) };
    },
    schedules: schedules(crashy),
    equivalent:
      "Restart is UNCHANGED vars and every acceptor variable is persisted before it is revealed, so a trace without the Restart steps is the same behaviour up to stuttering.",
  },
];

/** The step functions of the mutant named `name` (for tests that need a run the engine must reject). */
export function mutant(name: string): PaxosSteps {
  const m = MUTANTS.find((x) => x.name === name);
  if (m?.steps === undefined) throw new Error(`no mutant of the step functions named '${name}'`);
  return m.steps;
}

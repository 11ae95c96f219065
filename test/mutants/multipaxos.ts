/**
 * Mutants of Multi-Paxos and the replicated store: realistic bugs, each a
 * small alternative to one step function of `src/multipaxos`, run through the
 * real handlers and the simulated cluster (`SmrSimulation` takes a step
 * table). Every one must be killed:
 *
 * - `engine`: the TLA+ engine rejects the run's trace against
 *   spec/MultiPaxos.tla, at the expected action (and conjunct, or differing
 *   variable);
 * - `linearizability`: the clients' history has no linearization (a bug of
 *   the state machine or of the replies, which the spec does not model);
 * - `progress`: under the same faults, the real code answers every request
 *   and the mutant does not (a bug that costs liveness, not safety).
 *
 * A mutant nothing can kill carries a one-line proof that it is equivalent
 * to the real code, and every run tried must accept it.
 */
import fc from "fast-check";
import {
  adopt,
  allAcceptors,
  answerCatchUp,
  configOf,
  initialHistory,
  execute,
  installSnapshot,
  learn,
  MULTIPAXOS_STEPS,
  phase1b,
  phase2a,
  phase2b,
  quorumOf,
  restart,
  safeValue,
  SlotLog,
} from "../../src/multipaxos/index.js";
import type { Batch, Configuration, Effect, MultiPaxosSteps, Slot, Vote } from "../../src/multipaxos/index.js";
import type { Reconfiguration, SmrOptions } from "../../src/cluster/index.js";
import { SortedMap } from "../../src/lib/sortedMap.js";
import { applyOp } from "../../src/smr/kv.js";
import type { KvResult, KvState } from "../../src/smr/kv.js";

/** Options of one run; the seed is always given. */
export type SmrRunOptions = Partial<SmrOptions> & { seed: string };

/** How a mutant is killed. */
export type Kill =
  | { readonly by: "engine"; readonly action: RegExp; readonly conjunct?: RegExp; readonly differs?: RegExp }
  | { readonly by: "linearizability" }
  | { readonly by: "progress" }
  | { readonly by: "equivalent"; readonly proof: string };

/** One mutant of the replicated store. */
export interface SmrMutant {
  /** Short id: `m1`, `m2`, ... */
  readonly id: string;
  readonly name: string;
  readonly part: "acceptor" | "leader" | "replica" | "state machine" | "persistence order" | "quorum arithmetic";
  /** The bug, in one sentence. */
  readonly what: string;
  readonly steps: MultiPaxosSteps;
  /** Runs that make the bug likely to show. */
  readonly schedules: fc.Arbitrary<SmrRunOptions>;
  readonly kill: Kill;
}

/** The shape of the random runs, tuned per mutant. */
interface Shape {
  proposers?: fc.Arbitrary<number>;
  replicas?: fc.Arbitrary<number>;
  loss?: fc.Arbitrary<number>;
  duplicate?: fc.Arbitrary<number>;
  crash?: fc.Arbitrary<number>;
  crashInStep?: fc.Arbitrary<number>;
  leaderCrash?: fc.Arbitrary<number>;
  leaderTimeout?: fc.Arbitrary<number>;
  window?: fc.Arbitrary<number>;
  retryAfter?: fc.Arbitrary<number>;
  snapshotEvery?: fc.Arbitrary<number>;
  requestsPerClient?: fc.Arbitrary<number>;
  reconfigure?: fc.Arbitrary<readonly Reconfiguration[]>;
  maxSteps?: number;
}

/** Random runs of the replicated store: 3 acceptors, 1-3 proposers, 2-3 replicas, 2-3 clients, some loss. */
export function smrSchedules(shape: Shape = {}): fc.Arbitrary<SmrRunOptions> {
  return fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 }).map(String),
    acceptors: fc.constant(3),
    proposers: shape.proposers ?? fc.integer({ min: 1, max: 3 }),
    replicas: shape.replicas ?? fc.integer({ min: 2, max: 3 }),
    clients: fc.integer({ min: 2, max: 3 }),
    requestsPerClient: shape.requestsPerClient ?? fc.integer({ min: 3, max: 5 }),
    keys: fc.integer({ min: 1, max: 2 }),
    window: shape.window ?? fc.integer({ min: 1, max: 4 }),
    batch: fc.integer({ min: 1, max: 2 }),
    snapshotEvery: shape.snapshotEvery ?? fc.integer({ min: 2, max: 6 }),
    loss: shape.loss ?? fc.double({ min: 0, max: 0.2, noNaN: true }),
    duplicate: shape.duplicate ?? fc.double({ min: 0, max: 0.1, noNaN: true }),
    crash: shape.crash ?? fc.constant(0),
    crashInStep: shape.crashInStep ?? fc.constant(0),
    leaderCrash: shape.leaderCrash ?? fc.constant(0),
    leaderTimeout: shape.leaderTimeout ?? fc.constant(60),
    downtime: fc.constant({ min: 5, max: 40 }),
    retryAfter: shape.retryAfter ?? fc.constant(120),
    reconfigure: shape.reconfigure ?? fc.constant([]),
    maxSteps: fc.constant(shape.maxSteps ?? 4000),
  });
}

/**
 * Leader changes: several proposers, crashes of every server and of the
 * leader in particular, and a leader check short enough (16 to 40, against
 * heartbeats every 15) that a delayed or lost heartbeat makes a follower
 * challenge a live leader: dueling ballots.
 */
const leaderChanges: Shape = {
  proposers: fc.integer({ min: 2, max: 3 }),
  crash: fc.double({ min: 0.003, max: 0.015, noNaN: true }),
  leaderCrash: fc.double({ min: 0.002, max: 0.01, noNaN: true }),
  leaderTimeout: fc.integer({ min: 16, max: 40 }),
};
/** Every acceptor replaced, one at a time, early in the run, with a window so that slots of two configurations are in flight. */
const replacing: Shape = {
  window: fc.integer({ min: 2, max: 4 }),
  requestsPerClient: fc.integer({ min: 5, max: 8 }),
  reconfigure: fc.constant([
    { at: 20, acceptors: ["a2", "a3", "a4"], quorum: { kind: "majority" } },
    { at: 50, acceptors: ["a3", "a4", "a5"], quorum: { kind: "majority" } },
    { at: 80, acceptors: ["a4", "a5", "a6"], quorum: { kind: "majority" } },
  ]),
};
/** Lossy runs with a window: replicas learn slots out of order and fall behind. */
const lossy: Shape = { loss: fc.double({ min: 0.1, max: 0.3, noNaN: true }), window: fc.integer({ min: 3, max: 6 }) };

/** Phase2a's conjunct on the value a quorum's reports allow, whichever part of it the engine names. */
const ALLOWED = /AllowedBy1b|R = \{\}|t\[3\] = v/;
/** Learn's conjunct that a quorum voted for the value in one ballot, whichever part of it the engine names. */
const CHOSEN = /ChosenIn|\[type \|-> "2b", acc \|-> a, bal \|-> b, slot \|-> s, val \|-> v\] \\in msgs/;

/** A step table with some step functions replaced. */
const steps = (patch: Partial<MultiPaxosSteps>): MultiPaxosSteps => ({ ...MULTIPAXOS_STEPS, ...patch });

/**
 * `voters` with one more acceptor of `config` that makes them a quorum, if one
 * does: a quorum test off by one, seen from outside the code it fools.
 */
function oneShort(voters: readonly string[], config: Configuration): string | null {
  const q = quorumOf(config);
  if (q.isQuorum(voters)) return null;
  return config.acceptors.find((a) => !voters.includes(a) && q.isQuorum([...voters, a])) ?? null;
}

/** A batch executed on the map with no sessions: a command decided in two slots takes effect twice. */
function executeForgetful(kv: KvState, batch: Batch): { state: KvState; results: KvResult[] } {
  let data = kv.data;
  const results: KvResult[] = [];
  for (const c of batch) {
    if (c.op.type === "reconfig") {
      results.push({ type: "ok" });
      continue;
    }
    const r = applyOp(data, c.op);
    data = r.data;
    results.push(r.result);
  }
  return { state: { data, sessions: kv.sessions }, results };
}

/** The replies of `execute`'s effects replaced by `results`, in order. */
function withResults(effects: readonly Effect[], results: readonly KvResult[]): Effect[] {
  let i = 0;
  return effects.map((e) => (e.kind === "send" && e.msg.type === "reply" ? { ...e, msg: { ...e.msg, result: results[i++]! } } : e));
}

export const SMR_MUTANTS: readonly SmrMutant[] = [
  {
    id: "m1",
    name: "replica-executes-out-of-order",
    part: "replica",
    what: "A replica whose next slot is not decided yet executes the lowest decided slot after the gap.",
    steps: steps({
      execute: (s, cfg) => {
        const real = execute(s, cfg);
        if (real !== null || s.decided.size === 0) return real;
        const slot = Math.min(...s.decided.keys());
        // executed as if it were the next slot: the log of executed values takes it in that place
        const moved = execute({ ...s, applied: slot, log: SlotLog.empty(slot) }, cfg);
        return moved && { ...moved, state: { ...moved.state, applied: s.applied + 1, log: s.log.append(s.applied, s.decided.get(slot)!) } };
      },
    }),
    schedules: smrSchedules(lossy),
    kill: { by: "engine", action: /^Execute$/, conjunct: /s = next\[r\]/ },
  },
  {
    id: "m2",
    name: "leader-ignores-reported-votes",
    part: "leader",
    what: "A new leader fills every slot below the highest reported one with the no-op, ignoring the votes the 1b messages report.",
    // Phase 2 proposes the recovered slots as if no 1b had reported a vote.
    steps: steps({ phase2a: (s, cfg) => phase2a({ ...s, promises: new Map([...s.promises.keys()].map((a) => [a, new Map()])) }, cfg) }),
    schedules: smrSchedules(leaderChanges),
    kill: { by: "engine", action: /^Phase2a$/, conjunct: ALLOWED },
  },
  {
    id: "m3",
    name: "leader-adopts-one-report-short",
    part: "quorum arithmetic",
    what: "A proposer takes the lead once the 1b reports of a quorum minus one acceptor arrived (an off-by-one in the quorum test).",
    steps: steps({
      adopt: (s, cfg) => {
        if (s.role !== "preparing") return null;
        const extra = oneShort([...s.promises.keys()], configOf(s.configs, s.decidedBelow, cfg.window));
        return adopt(extra === null ? s : { ...s, promises: new Map(s.promises).set(extra, new Map()) }, cfg);
      },
    }),
    schedules: smrSchedules({ loss: fc.double({ min: 0.2, max: 0.4, noNaN: true }), crash: fc.double({ min: 0.01, max: 0.03, noNaN: true }) }),
    // Phase2a finds no quorum all of whose members sent a 1b, or, where one did, that its reports do not allow the value.
    kill: { by: "engine", action: /^Phase2a$/, conjunct: new RegExp(`\\\\E m \\\\in S : m.acc = a|${ALLOWED.source}`) },
  },
  {
    id: "m4",
    name: "new-commands-in-recovered-slots",
    part: "leader",
    what: "A new leader puts new commands from the first undecided slot on, over the slots it must re-propose.",
    steps: steps({
      adopt: (s, cfg) => {
        const real = adopt(s, cfg);
        return real && { ...real, state: { ...real.state, nextSlot: s.decidedBelow } };
      },
    }),
    schedules: smrSchedules(leaderChanges),
    kill: { by: "engine", action: /^Phase2a$/, conjunct: /Sent2a/ },
  },
  {
    id: "m5",
    name: "1b-reports-only-first-slot",
    part: "acceptor",
    what: "An acceptor's 1b reports its vote in the slot the 1a starts from, not in the slots above it.",
    steps: steps({
      phase1b: (s, m) => {
        const real = phase1b(s, m);
        if (real === null) return null;
        const only = s.votes.get(m.slot);
        const votes = only === undefined ? new Map<Slot, Vote>() : new Map([[m.slot, only]]);
        return { ...real, effects: real.effects.map((e) => (e.kind === "send" && e.msg.type === "1b" ? { ...e, msg: { ...e.msg, votes } } : e)) };
      },
    }),
    schedules: smrSchedules(leaderChanges),
    kill: { by: "engine", action: /^Phase1b$/, differs: /msgs/ },
  },
  {
    id: "m6",
    name: "vote-below-promise",
    part: "acceptor",
    what: "An acceptor votes on any 2a, also one of a ballot below the one it promised (its promise stays).",
    steps: steps({
      phase2b: (s, m) => {
        const real = phase2b({ ...s, maxBal: Math.min(s.maxBal, m.bal) }, m);
        return real && { ...real, state: { ...real.state, maxBal: Math.max(s.maxBal, m.bal) } };
      },
    }),
    schedules: smrSchedules({ ...leaderChanges, proposers: fc.constant(3), duplicate: fc.double({ min: 0.1, max: 0.3, noNaN: true }) }),
    kill: { by: "engine", action: /^Phase2b$/, conjunct: /b >= maxBal\[a\]/ },
  },
  {
    id: "m7",
    name: "learn-without-quorum",
    part: "quorum arithmetic",
    what: "A replica learns a value once votes from a quorum minus one acceptor arrived (an off-by-one in the quorum test).",
    steps: steps({
      learn: (s, cfg) => {
        // Every tally counts one more vote than it has, when that vote would make a quorum.
        const tallies = SortedMap.of(
          [...s.tallies].map(([slot, tally]) => {
            const config = configOf(s.configs, slot, cfg.alpha);
            return [slot, tally.map((e) => ({ ...e, accs: ((x) => (x === null ? e.accs : [...e.accs, x]))(oneShort(e.accs, config)) }))] as const;
          }),
        );
        return learn({ ...s, tallies }, cfg);
      },
    }),
    schedules: smrSchedules(lossy),
    kill: { by: "engine", action: /^Learn$/, conjunct: CHOSEN },
  },
  {
    id: "m8",
    name: "learn-counts-votes-across-ballots",
    part: "quorum arithmetic",
    what: "A replica counts the votes for a value in a slot whatever their ballots, so votes of two ballots make a quorum.",
    steps: steps({
      learn: (s, cfg) => {
        // Merge each slot's tallies by value, across ballots.
        const tallies = SortedMap.of(
          [...s.tallies].map(([slot, tally]) => {
            const byValue = new Map<string, { val: Batch; accs: Set<string> }>();
            for (const { val, accs } of tally) {
              const k = JSON.stringify(val);
              const e = byValue.get(k) ?? { val, accs: new Set<string>() };
              for (const a of accs) e.accs.add(a);
              byValue.set(k, e);
            }
            return [slot, [...byValue.values()].map((e, i) => ({ bal: i, val: e.val, accs: [...e.accs] }))] as const;
          }),
        );
        const real = learn({ ...s, tallies }, cfg);
        return real && { ...real, state: { ...real.state, tallies: s.tallies.filter((slot) => real.state.tallies.has(slot)) } };
      },
    }),
    schedules: smrSchedules({ ...leaderChanges, loss: fc.double({ min: 0.15, max: 0.3, noNaN: true }) }),
    kill: { by: "engine", action: /^Learn$/, conjunct: CHOSEN },
  },
  {
    id: "m9",
    name: "installs-older-snapshot",
    part: "replica",
    what: "A replica installs any snapshot another replica sends, also one of a shorter prefix than it executed.",
    steps: steps({
      installSnapshot: (s, m) => {
        const real = installSnapshot(s, m);
        if (real !== null || m.snapshot === null || m.snapshot.through === s.applied || m.snapshot.through === 0) return real;
        return installSnapshot({ ...s, applied: 0 }, m);
      },
      answerCatchUp: (s, m) => answerCatchUp(s, { ...m, from: Math.min(m.from, Math.max(0, s.snapshot.through - 1)) }),
    }),
    schedules: smrSchedules({ ...lossy, snapshotEvery: fc.integer({ min: 1, max: 3 }), replicas: fc.constant(3) }),
    kill: { by: "engine", action: /^InstallSnapshot$/, conjunct: /n > next\[r\]/ },
  },
  {
    id: "m10",
    name: "retried-request-executed-twice",
    part: "state machine",
    what: "The state machine keeps no client sessions: a retried request that was decided in two slots takes effect twice.",
    steps: steps({
      execute: (s, cfg) => {
        const real = execute(s, cfg);
        if (real === null) return null;
        const done = executeForgetful(s.kv, s.decided.get(s.applied)!);
        const snapshot = real.state.snapshot === s.snapshot ? s.snapshot : { ...real.state.snapshot, kv: done.state };
        const effects = withResults(real.effects, done.results).map((e) => (e.kind === "persist" && e.record.role === "replica" ? { ...e, record: { ...e.record, snapshot } } : e));
        return { ...real, state: { ...real.state, kv: done.state, snapshot }, effects };
      },
    }),
    schedules: smrSchedules({
      ...lossy,
      proposers: fc.integer({ min: 2, max: 3 }),
      retryAfter: fc.integer({ min: 15, max: 40 }),
      requestsPerClient: fc.integer({ min: 5, max: 8 }),
    }),
    kill: { by: "linearizability" },
  },
  {
    id: "m11",
    name: "reply-before-execution",
    part: "replica",
    what: "A replica answers a command as soon as it learns its slot, with the result on the state it has executed so far, before the slots below are executed.",
    steps: steps({
      learn: (s, cfg) => {
        const real = learn(s, cfg);
        if (real === null) return null;
        const a = real.action;
        if (a?.name !== "Learn" || a.params.s === s.applied) return real;
        const slot = a.params.s;
        const v = real.state.decided.get(slot)!;
        let data = s.kv.data;
        const effects: Effect[] = [...real.effects];
        for (const c of v) {
          if (c.op.type === "reconfig") continue;
          const r = applyOp(data, c.op);
          data = r.data;
          effects.push({ kind: "send", to: c.client, msg: { type: "reply", replica: s.id, client: c.client, seq: c.seq, result: r.result } });
        }
        return { ...real, effects };
      },
    }),
    schedules: smrSchedules({ ...lossy, requestsPerClient: fc.integer({ min: 5, max: 8 }) }),
    kill: { by: "linearizability" },
  },
  {
    id: "m12",
    name: "acceptor-forgets-promise-on-restart",
    part: "persistence order",
    what: "An acceptor restarts from its votes only: a promise it made without voting since is lost.",
    steps: steps({
      restart: (id, log) =>
        restart(
          id,
          log.filter((r) => !(r.role === "acceptor" && r.kind === "promise")),
        ),
    }),
    schedules: smrSchedules({ ...leaderChanges, crash: fc.double({ min: 0.01, max: 0.03, noNaN: true }) }),
    kill: { by: "engine", action: /^Restart$/, differs: /maxBal/ },
  },
  {
    id: "m13",
    name: "vote-sent-before-persisted",
    part: "persistence order",
    what: "An acceptor sends its 2b before writing the vote to stable storage; a crash in between loses a vote the others saw.",
    steps: steps({
      phase2b: (s, m) => {
        const real = phase2b(s, m);
        if (real === null) return null;
        const sends = real.effects.filter((e) => e.kind === "send");
        return { ...real, effects: [...sends, ...real.effects.filter((e) => e.kind !== "send")] };
      },
    }),
    schedules: smrSchedules({ crash: fc.double({ min: 0.005, max: 0.02, noNaN: true }), crashInStep: fc.double({ min: 0.2, max: 0.5, noNaN: true }) }),
    kill: { by: "engine", action: /^Restart$/, differs: /maxVBal|maxVal/ },
  },
  {
    id: "m14",
    name: "leader-reuses-ballot-after-restart",
    part: "persistence order",
    what: "A proposer restarts without its highest ballot and starts over from its first one, which it may have used already.",
    steps: steps({ initProposer: (id, initial) => MULTIPAXOS_STEPS.initProposer(id, initial) }),
    schedules: smrSchedules({ proposers: fc.integer({ min: 1, max: 2 }), crash: fc.double({ min: 0.01, max: 0.03, noNaN: true }) }),
    kill: {
      by: "equivalent",
      proof:
        "an acceptor answers a 1a only above its promise, so a reused ballot gathers a quorum of 1b messages only if its first use gathered none, and then no 2a was sent in it: Phase2a's ~Sent2a(b, s) still holds (the proposer is preempted and moves on)",
    },
  },
  {
    id: "m15",
    name: "gap-not-filled",
    part: "leader",
    what: "A new leader re-proposes only the slots some acceptor reported a vote in, leaving the others empty instead of filling them with the no-op.",
    steps: steps({
      adopt: (s, cfg) => {
        const real = adopt(s, cfg);
        if (real === null) return null;
        return { ...real, state: { ...real.state, recovered: real.state.recovered.filter((slot) => safeValue(s.promises, slot) !== null) } };
      },
    }),
    schedules: smrSchedules({
      proposers: fc.integer({ min: 2, max: 3 }),
      loss: fc.double({ min: 0.3, max: 0.45, noNaN: true }),
      crash: fc.double({ min: 0.01, max: 0.03, noNaN: true }),
      window: fc.constant(6),
      requestsPerClient: fc.integer({ min: 6, max: 10 }),
      maxSteps: 30_000,
    }),
    kill: { by: "progress" },
  },
  {
    id: "m16",
    name: "old-quorum-for-new-slot",
    part: "replica",
    what: "A replica judges every slot by the initial configuration's quorums, as if no configuration change had been decided. Leaders send their 2a messages to the members of the slot's configuration only, so once every old acceptor is replaced no old quorum votes again, and the replica learns nothing more.",
    steps: steps({
      learn: (s, cfg) => {
        const step = learn({ ...s, configs: initialHistory(s.configs.initial) }, cfg);
        return step && { ...step, state: { ...step.state, configs: s.configs } };
      },
    }),
    schedules: smrSchedules(replacing),
    kill: { by: "progress" },
  },
  {
    id: "m17",
    name: "window-off-by-one",
    part: "leader",
    what: "A leader proposes one slot beyond its window, before the configuration of that slot is settled.",
    steps: steps({ phase2a: (s, cfg) => phase2a(s.recovered.length === 0 ? { ...s, decidedBelow: s.decidedBelow + 1 } : s, cfg) }),
    schedules: smrSchedules(replacing),
    kill: { by: "engine", action: /^Phase2a$/, conjunct: /Settled|Decided|ChosenIn|\\E Q \\in QuorumsOf/ },
  },
  {
    id: "m18",
    name: "removed-acceptor-counted",
    part: "quorum arithmetic",
    what: "A leader keeps sending its 2a messages to the acceptors a change removed, and a replica counts a slot's votes by their number against the slot's configuration, whoever cast them: a removed acceptor's vote stands in for a member's.",
    steps: steps({
      phase2a: (s, cfg) => {
        const step = phase2a(s, cfg);
        const sent = step?.effects.find((e) => e.kind === "send" && e.msg.type === "2a");
        if (step === null || sent === undefined || sent.kind !== "send") return step;
        const removed = allAcceptors(s.configs).filter((a) => !step.effects.some((e) => e.kind === "send" && e.to === a));
        return { ...step, effects: [...step.effects, ...removed.map((to): Effect => ({ ...sent, to }))] };
      },
      learn: (s, cfg) => {
        // every voter outside the slot's configuration stands in for a member that did not vote
        const counted = SortedMap.of(
          [...s.tallies].map(([slot, tally]) => {
            const members = configOf(s.configs, slot, cfg.alpha).acceptors;
            return [slot, tally.map((e) => ({ ...e, accs: standIns(e.accs, members) }))] as const;
          }),
        );
        const step = learn({ ...s, tallies: counted }, cfg);
        if (step === null) return null;
        const tallies = step.action?.name === "Learn" ? s.tallies.delete(step.action.params.s) : s.tallies;
        return { ...step, state: { ...step.state, tallies } };
      },
    }),
    schedules: smrSchedules({ ...replacing, loss: fc.double({ min: 0.1, max: 0.25, noNaN: true }) }),
    kill: { by: "engine", action: /^Learn$/, conjunct: CHOSEN },
  },
];

/** The voters that are members, and for each voter that is not, a member that did not vote in its place (as many as there are). */
function standIns(voters: Iterable<string>, members: readonly string[]): string[] {
  const out = [...voters].filter((a) => members.includes(a));
  const spare = members.filter((a) => !out.includes(a));
  for (const a of voters) if (!members.includes(a) && spare.length > 0) out.push(spare.shift()!);
  return out;
}

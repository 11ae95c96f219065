/**
 * The replica: a learner that also executes. It learns a slot's value when a
 * quorum of acceptors voted for it in one ballot ({@link learn}), executes
 * the decided slots strictly in slot order on the key-value state machine
 * ({@link execute}), and answers each command's client.
 *
 * Every `snapshotEvery` slots it writes a snapshot of its state machine to
 * stable storage and forgets the log below it. A replica that missed votes
 * (lost 2b messages), or restarts from its snapshot, catches up from another
 * replica: it asks for the decided slots from the first one it has not
 * executed, and gets them, preceded by a snapshot when the other replica has
 * already compacted that part of its log ({@link installSnapshot}).
 *
 * The log's configuration changes are part of what it executes: a replica
 * knows the configuration of slot `s` (which acceptors' votes decide it) once
 * it has executed every slot up to `s - alpha`, and only then counts the
 * votes of `s` ({@link learn}).
 *
 * A configuration also names its replicas. A replica added by a change hears
 * the votes of the slots its configuration rules (the leader's 2a messages
 * name the slot's replicas, and the acceptors send their votes there); finding
 * the slots before them missing, it catches up like any replica behind a gap:
 * a snapshot and the log after it from a replica of the newest configuration
 * it knows, then it learns, executes and answers clients. A replica a change
 * dropped hears no more votes: once it has executed what it had, nothing waits
 * behind a gap and it asks nobody for anything; no replica asks it for
 * anything once the drop is decided. Added again, it hears votes again, and
 * catches up like a new one.
 *
 * @module
 */
import { emptyKv, executeBatch } from "../smr/kv.js";
import { allAcceptors, configOf, initialHistory, newestConfig, quorumOf, withDecided } from "./configuration.js";
import type { Configuration, ConfigHistory } from "./configuration.js";
import type { KvState } from "../smr/kv.js";
import { SlotLog } from "./slotLog.js";
import { SortedMap } from "../lib/sortedMap.js";
import type { Ballot, Batch, Effect, Msg2b, MsgCatchUp, MsgDecisions, NodeId, Slot, Snapshot, StableRecord, Step } from "./types.js";

/** The votes of one ballot in one slot: the value voted for, and the acceptors that voted for it, in the order their votes came. */
export interface BallotVotes {
  readonly bal: Ballot;
  readonly val: Batch;
  readonly accs: readonly NodeId[];
}

/**
 * The votes seen for one undecided slot, by ballot, lowest first. Mostly one
 * ballot with a few acceptors: a short list, copied whole when a vote comes,
 * costs less than a map of sets.
 */
export type Tally = readonly BallotVotes[];

/** The tally of a slot with no vote yet. */
const NO_VOTES: Tally = Object.freeze([]);

/** A replica's state. */
export interface ReplicaState {
  readonly id: NodeId;
  /** The next slot to execute: every slot below it is executed. Spec: `Len(applied[r])`. */
  readonly applied: Slot;
  /** The state machine after executing every slot below `applied`. */
  readonly kv: KvState;
  /** Decided values not yet executed (slots at or above `applied`). Spec: part of `decided[r]`. */
  readonly decided: SortedMap<Batch>;
  /** Executed values kept for catching others up: slots from `snapshot.through` to `applied - 1` (sharing structure from one state to the next). */
  readonly log: SlotLog<Batch>;
  /** The last snapshot taken (or installed). */
  readonly snapshot: Snapshot;
  /** Votes for undecided slots. */
  readonly tallies: SortedMap<Tally>;
  /** Which other replica to ask next when catching up (round robin). */
  readonly askNext: number;
  /** Where the executed prefix stood at the last catch-up timer that found a gap (-1: none): a gap still there a period later was filled by no peer. */
  readonly gapAt: Slot;
  /** The configuration changes decided in the slots below `applied`. */
  readonly configs: ConfigHistory;
}

/** What a replica needs to know. The replicas it catches up from are those of the newest configuration it knows. */
export interface ReplicaConfig {
  /** Told, with each snapshot, how far the replica has executed: a new leader then need not recover the slots below. */
  readonly proposers: readonly NodeId[];
  /** The configuration of the first slots. */
  readonly initial: Configuration;
  /** Slots between a configuration change's own and the first it rules (the spec's `Alpha`, the leaders' window). */
  readonly alpha: number;
  /** A snapshot every so many executed slots. */
  readonly snapshotEvery: number;
  /** Time between checks for a gap to catch up on. */
  readonly catchUpEvery: number;
}

/**
 * `s` with the fields of `c` changed: a copy of `s` built field by field, in
 * one order, then `c` written over it. Every state of the role then has one
 * shape. Spreads (`{ ...s, x }`) make objects of several shapes, which the
 * JavaScript engine copies by a slow general path; on the paths that run for
 * every message that was a large part of the simulator's time. (For the same
 * reason callers pass `c` as a plain literal, not built with a spread.)
 */
export function updateReplica(s: ReplicaState, c: Partial<ReplicaState>): ReplicaState {
  return Object.assign(
    {
      id: s.id,
      applied: s.applied,
      kv: s.kv,
      decided: s.decided,
      log: s.log,
      snapshot: s.snapshot,
      tallies: s.tallies,
      askNext: s.askNext,
      gapAt: s.gapAt,
      configs: s.configs,
    },
    c,
  );
}

/** The snapshot of nothing executed: the empty map under the initial configuration. */
export function emptySnapshot(initial: Configuration): Snapshot {
  return { through: 0, kv: emptyKv(), configs: initialHistory(initial) };
}

/** A fresh replica, or one restarting from `snapshot`. */
export function initReplica(id: NodeId, snapshot: Snapshot): ReplicaState {
  return {
    id,
    applied: snapshot.through,
    kv: snapshot.kv,
    decided: SortedMap.empty(),
    log: SlotLog.empty(snapshot.through),
    snapshot,
    tallies: SortedMap.empty(),
    askNext: 0,
    gapAt: -1,
    configs: snapshot.configs,
  };
}

/**
 * @spec MultiPaxos.Recover
 *
 * The replica crashed and comes back from the snapshot on its stable
 * storage: the state machine after the snapshot's slots. What it executed
 * after the snapshot, and what it learned, is gone; it executes those slots
 * again as it learns them anew (by catching up from another replica).
 */
export function recover(id: NodeId, log: readonly StableRecord[], initial: Configuration): Step<ReplicaState> {
  const snapshot = storedSnapshot(log) ?? emptySnapshot(initial);
  return { state: initReplica(id, snapshot), effects: [], action: { name: "Recover", params: { r: id, n: snapshot.through } } };
}

/** The snapshot a replica restarts from: the last one on its stable storage, if any. */
export function storedSnapshot(log: readonly StableRecord[]): Snapshot | null {
  let snap: Snapshot | null = null;
  for (const r of log) {
    if (r.role !== "replica") throw new TypeError(`a replica cannot restart from a ${r.role}'s record`);
    snap = r.snapshot;
  }
  return snap;
}

/** Whether slot `slot` still needs learning. */
function undecided(s: ReplicaState, slot: Slot): boolean {
  return slot >= s.applied && !s.decided.has(slot);
}

/** A 2b: count the vote (once per acceptor, ballot and slot). Bookkeeping; the spec's Learn reads 2b messages from `msgs`. */
export function receive2b(s: ReplicaState, m: Msg2b): Step<ReplicaState> | null {
  if (!undecided(s, m.slot)) return null;
  const next = withVote(s.tallies.get(m.slot) ?? NO_VOTES, m);
  if (next === null) return null;
  return { state: updateReplica(s, { tallies: s.tallies.set(m.slot, next) }), effects: [] };
}

/** `tally` with the vote of `m` counted, or `null` if it already was (a duplicate 2b). */
function withVote(tally: Tally, m: Msg2b): Tally | null {
  const n = tally.length;
  let i = 0;
  while (i < n && tally[i]!.bal < m.bal) i++;
  // the ballot's entry gets the acceptor, or a new entry goes in at `i`
  const same = i < n && tally[i]!.bal === m.bal ? tally[i]! : null;
  if (same !== null && same.accs.includes(m.acc)) return null;
  const next: BallotVotes[] = [];
  for (let j = 0; j < i; j++) next.push(tally[j]!);
  next.push(same !== null ? { bal: m.bal, val: same.val, accs: [...same.accs, m.acc] } : { bal: m.bal, val: m.val, accs: [m.acc] });
  for (let j = same !== null ? i + 1 : i; j < n; j++) next.push(tally[j]!);
  return next;
}

/**
 * @spec MultiPaxos.Learn
 * @spec ReconfigMultiPaxos.Learn
 *
 * A quorum of acceptors voted for `v` in slot `s`, in one ballot: `v` is
 * chosen in `s`, and the replica learns it.
 *
 * Guards: the votes are those of a quorum of the slot's configuration, in one
 * ballot (as in single-decree Paxos: two quorums of one configuration
 * intersect and an acceptor votes once per slot and ballot); the slot is not
 * learned yet; the slot's configuration is known, every slot up to
 * `slot - alpha` being executed.
 */
export function learn(s: ReplicaState, cfg: ReplicaConfig): Step<ReplicaState> | null {
  const tallies = s.tallies;
  // in slot order, by index (this runs after every vote): the slots from `applied + alpha` on wait for their configuration
  for (let i = 0; i < tallies.size; i++) {
    const slot = tallies.keyAt(i);
    if (slot >= s.applied + cfg.alpha) break;
    const quorum = quorumOf(configOf(s.configs, slot, cfg.alpha));
    for (const { val, accs } of tallies.valueAt(i)) if (quorum.isQuorum(accs)) return learned(s, slot, val);
  }
  return null;
}

/** The Learn step of value `v` in slot `slot`. */
function learned(s: ReplicaState, slot: Slot, val: Batch): Step<ReplicaState> {
  return {
    state: updateReplica(s, { decided: s.decided.set(slot, val), tallies: s.tallies.delete(slot) }),
    effects: [],
    action: { name: "Learn", params: { r: s.id, s: slot, v: val } },
  };
}

/**
 * @spec MultiPaxos.Execute
 *
 * Execute the next slot: its commands, in order, on the state machine, each
 * client getting its result. A command already executed (a retried request
 * decided in two slots) is not executed again, and its client gets the first
 * result again.
 *
 * Guard: the slot right after the executed prefix is decided. Executing in
 * slot order, the same values, on a deterministic state machine, is what keeps
 * every replica's state the same.
 *
 * Effects: a reply to each command's client; every `snapshotEvery` slots, a
 * snapshot persisted (it replaces the earlier log on stable storage), and the
 * proposers told how far this replica has executed.
 */
export function execute(s: ReplicaState, cfg: ReplicaConfig): Step<ReplicaState> | null {
  const slot = s.applied;
  const val = s.decided.get(slot);
  if (val === undefined) return null;
  const effects: Effect[] = [];
  const done = executeBatch(s.kv, val);
  const kv = done.state;
  val.forEach((c, i) => effects.push({ kind: "send", to: c.client, msg: { type: "reply", replica: s.id, client: c.client, seq: c.seq, result: done.results[i]! } }));
  effects.push({ kind: "executed", slot, commands: val.length });
  const decided = s.decided.delete(slot);
  const applied = slot + 1;
  const configs = withDecided(s.configs, slot, val);
  let log = s.log.append(slot, val);
  let snapshot = s.snapshot;
  if (applied % cfg.snapshotEvery === 0) {
    snapshot = { through: applied, kv, configs };
    log = SlotLog.empty(applied);
    effects.unshift({ kind: "persist", record: { role: "replica", snapshot }, replaces: true });
    for (const p of cfg.proposers) effects.push({ kind: "send", to: p, msg: { type: "executed", replica: s.id, through: applied, configs } });
  }
  return { state: updateReplica(s, { applied, kv, decided, log, snapshot, configs }), effects, action: { name: "Execute", params: { r: s.id, s: slot } } };
}

/** Slots a replica asks the acceptors about at once, from its first unexecuted one. */
export const VOTE_QUERY_SLOTS = 64;

/**
 * The catch-up timer, when slots wait behind a gap (decided or partly voted
 * slots after the first unexecuted one): ask another replica of the newest configuration it knows (in turn) for what it
 * has executed from the gap on (a snapshot and the log after it, for a
 * replica far behind, a fresh one among them); when a whole period passed
 * with the gap where it was, also ask the acceptors for their votes in the
 * slots of the gap (for when every replica missed a slot's 2b messages). Set
 * the timer again. Not a spec step.
 */
export function catchUpTimer(s: ReplicaState, cfg: ReplicaConfig): Step<ReplicaState> {
  const others = newestConfig(s.configs).replicas.filter((r) => r !== s.id);
  const effects: Effect[] = [{ kind: "setTimer", timer: { type: "catchUp" }, after: cfg.catchUpEvery }];
  if (s.decided.size === 0 && s.tallies.size === 0) return { state: updateReplica(s, { gapAt: -1 }), effects };
  const to = others[s.askNext % Math.max(1, others.length)];
  if (to !== undefined) effects.push({ kind: "send", to, msg: { type: "catchup", replica: s.id, from: s.applied } });
  const state = updateReplica(s, { askNext: s.askNext + 1, gapAt: s.applied });
  if (s.gapAt !== s.applied) return { state, effects };
  const top = Math.max(s.applied, s.decided.lastKey() ?? -1, s.tallies.lastKey() ?? -1);
  const upto = Math.min(top + 1, s.applied + VOTE_QUERY_SLOTS);
  for (const a of allAcceptors(s.configs)) effects.push({ kind: "send", to: a, msg: { type: "votequery", replica: s.id, from: s.applied, upto } });
  return { state, effects };
}

/** Another replica asks for the decided slots from `from` on: send what this one has executed (a snapshot first if it compacted that part). Not a spec step. */
export function answerCatchUp(s: ReplicaState, m: MsgCatchUp): Step<ReplicaState> | null {
  if (m.from >= s.applied) return null;
  const snapshot = m.from < s.snapshot.through ? s.snapshot : null;
  const from = snapshot !== null ? snapshot.through : m.from;
  const values: Batch[] = [];
  for (let slot = from; slot < s.applied; slot++) values.push(s.log.get(slot)!);
  return { state: s, effects: [{ kind: "send", to: m.replica, msg: { type: "decisions", replica: s.id, snapshot, from, values } }] };
}

/**
 * @spec MultiPaxos.InstallSnapshot
 *
 * A snapshot from another replica, of a prefix longer than the executed one,
 * replaces the state machine and the executed prefix. It stands for the
 * decided prefix it covers: the other replica executed exactly those decided
 * values, in order, on the same deterministic state machine.
 *
 * Effects: persist the snapshot.
 */
export function installSnapshot(s: ReplicaState, m: MsgDecisions): Step<ReplicaState> | null {
  const snap = m.snapshot;
  if (snap === null || snap.through <= s.applied) return null;
  const decided = s.decided.filter((slot) => slot >= snap.through);
  const tallies = s.tallies.filter((slot) => slot >= snap.through);
  return {
    state: updateReplica(s, { applied: snap.through, kv: snap.kv, decided, tallies, log: SlotLog.empty(snap.through), snapshot: snap, configs: snap.configs }),
    effects: [{ kind: "persist", record: { role: "replica", snapshot: snap }, replaces: true }],
    action: { name: "InstallSnapshot", params: { r: s.id, n: snap.through } },
  };
}

/**
 * The first value of a catch-up answer this replica still needs: it learns it
 * (a value another replica executed was chosen, so the spec's Learn is
 * enabled for it). One slot per step; the handler repeats.
 */
export function learnFromPeer(s: ReplicaState, m: MsgDecisions): Step<ReplicaState> | null {
  for (let i = 0; i < m.values.length; i++) {
    const slot = m.from + i;
    if (undecided(s, slot)) return learned(s, slot, m.values[i]!);
  }
  return null;
}

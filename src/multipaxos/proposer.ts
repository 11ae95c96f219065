/**
 * The Multi-Paxos proposer, and the leader it becomes. Ballot `b` belongs to
 * proposer number `b mod P`.
 *
 * Leader election is by timeouts. A leader sends heartbeats to the other
 * proposers; a proposer that heard neither a heartbeat nor anything else from
 * a leader during one leader-check period runs phase 1 with the next ballot it
 * owns ({@link phase1a}). Once a quorum of acceptors joined
 * ({@link adopt}), it re-proposes, in every slot from the first one it does
 * not know to be decided, the value of the highest vote reported for it, or a
 * no-op where none was; then it proposes clients' commands in the slots after
 * ({@link phase2a}), at most `window` slots beyond the decided prefix at a
 * time (pipelining), at most `batch` commands per slot (batching). An acceptor
 * that has joined a higher ballot tells it so, and it stands down. Two
 * proposers that both believe they lead stay safe: acceptors vote in one
 * ballot at a time, and each ballot has one owner.
 *
 * Configurations. A configuration change decided in slot `i` takes effect in
 * slot `i + window` (the spec's `Alpha` is the window): the leader proposes in
 * slot `s` only while `s < decidedBelow + window`, so it knows the
 * configuration of `s` then, from the changes it saw decided (its own
 * proposals, and what replicas and other leaders tell it). It proposes in `s`
 * only with the promises of a quorum of `s`'s configuration; when the window
 * reaches a configuration whose acceptors have not joined its ballot, it
 * starts a new ballot ({@link phase1a}) among the acceptors of every
 * configuration in the window.
 *
 * Only the highest ballot it ever used is on stable storage; the rest is
 * volatile.
 *
 * @module
 */
import { AppendOnly } from "../lib/appendOnly.js";
import { VersionedMap } from "../lib/versionedMap.js";
import { SortedMap } from "../lib/sortedMap.js";
import type { Command } from "../smr/kv.js";
import { allAcceptors, configOf, initialHistory, mergeHistories, newestConfig, quorumOf, withDecided } from "./configuration.js";
import type { Configuration, ConfigHistory } from "./configuration.js";
import type { Ballot, Batch, Effect, Msg1b, Msg2b, MsgExecuted, MsgHeartbeat, MsgPreempted, MsgRequest, NodeId, Slot, Step, Vote } from "./types.js";

/** What a proposer is doing. */
export type ProposerRole = "follower" | "preparing" | "leading";

/**
 * A proposer's state. `highestBallot` is stable, and so is the decided prefix
 * as replicas last reported it (`decidedBelow` and the configurations
 * decided there, written with each report); the rest is lost in a crash. A
 * proposer that restarts knowing the decided prefix asks the acceptors about
 * the slots from there on only, and never proposes below it: which is what
 * lets the slots below a snapshot every replica holds be forgotten
 * (spec/CompactMultiPaxos.tla).
 */
export interface ProposerState {
  readonly id: NodeId;
  /** Highest ballot ever used (stable storage); -1 if none. */
  readonly highestBallot: Ballot;
  /** Highest ballot seen in any message: the next ballot is above it. */
  readonly seenBallot: Ballot;
  readonly role: ProposerRole;
  /** The ballot it prepares or leads; -1 as a follower that never tried. */
  readonly ballot: Ballot;
  /** 1b reports for `ballot`, by acceptor (while preparing). */
  readonly promises: ReadonlyMap<NodeId, ReadonlyMap<Slot, Vote>>;
  /** A leader was heard from during the current leader-check period. */
  readonly heardLeader: boolean;
  /** The proposer believed to lead, to which requests are forwarded. */
  readonly leader: NodeId | null;
  /** Every slot below it is known decided. */
  readonly decidedBelow: Slot;
  /** The decided prefix written on stable storage (at most `decidedBelow`). */
  readonly storedBelow: Slot;
  /** Slots at or above `decidedBelow` known decided. */
  readonly decided: ReadonlySet<Slot>;
  /** The next slot the leader fills with new commands. */
  readonly nextSlot: Slot;
  /** Slots a new leader must propose again, lowest first, with the value phase 1 allows (the no-op for a gap), computed when proposed. */
  readonly recovered: readonly Slot[];
  /** Values proposed in `ballot` and not yet known decided, by slot. */
  readonly proposals: SortedMap<Batch>;
  /** Proposals already pending at the last resend timer: the ones the next timer resends if still undecided. */
  readonly waiting: ReadonlySet<Slot>;
  /** 2b messages of `ballot` for the proposals, by slot: the acceptors that voted. */
  readonly acks: SortedMap<ReadonlySet<NodeId>>;
  /** Requests waiting for a slot, in arrival order. */
  readonly queue: AppendOnly<Command>;
  /**
   * By client, the request number of its command waiting in `queue` or
   * proposed in an undecided slot of `ballot` (the latest put there): a
   * retry of it that reaches the leader is not queued again. An index kept
   * beside the queue and the proposals so that a request costs one lookup
   * instead of a scan of both. It only spares duplicate proposals: a command
   * decided twice is executed once whatever the leader does.
   */
  readonly pending: VersionedMap<number>;
  /** The configuration changes known decided, every one below `decidedBelow` among them. */
  readonly configs: ConfigHistory;
}

/** What a proposer needs to know. */
export interface ProposerConfig {
  readonly proposers: readonly NodeId[];
  /** The configuration of the first slots. */
  readonly initial: Configuration;
  /** Slots in flight beyond the decided prefix (1: no pipelining); also how many slots after its own a configuration change takes effect. */
  readonly window: number;
  /** Commands per slot at most (1: no batching). */
  readonly batch: number;
  /** Length of a leader-check period; a random part of as much again is added by the host. */
  readonly leaderTimeout: number;
  /** Time between a leader's heartbeats (well below `leaderTimeout`). */
  readonly heartbeatEvery: number;
  /** Time between a leader's resends of the 2a messages of undecided slots. */
  readonly resendEvery: number;
}

/** A fresh proposer, or one restarting with its highest ballot and the decided prefix it had written down. */
export function initProposer(
  id: NodeId,
  initial: Configuration,
  highestBallot: Ballot = -1,
  known: { readonly decidedBelow: Slot; readonly configs: ConfigHistory } = { decidedBelow: 0, configs: initialHistory(initial) },
): ProposerState {
  return {
    id,
    highestBallot,
    seenBallot: highestBallot,
    role: "follower",
    ballot: -1,
    promises: new Map(),
    heardLeader: false,
    leader: null,
    decidedBelow: known.decidedBelow,
    storedBelow: known.decidedBelow,
    decided: new Set(),
    nextSlot: known.decidedBelow,
    recovered: [],
    proposals: SortedMap.empty(),
    waiting: new Set(),
    acks: SortedMap.empty(),
    queue: AppendOnly.empty(),
    pending: VersionedMap.empty(),
    configs: known.configs,
  };
}

/**
 * `s` with the fields of `c` changed, built field by field in one order (see
 * `updateReplica` in `replica.ts` for why).
 */
export function updateProposer(s: ProposerState, c: Partial<ProposerState>): ProposerState {
  return Object.assign(
    {
      id: s.id,
      highestBallot: s.highestBallot,
      seenBallot: s.seenBallot,
      role: s.role,
      ballot: s.ballot,
      promises: s.promises,
      heardLeader: s.heardLeader,
      leader: s.leader,
      decidedBelow: s.decidedBelow,
      storedBelow: s.storedBelow,
      decided: s.decided,
      nextSlot: s.nextSlot,
      recovered: s.recovered,
      proposals: s.proposals,
      waiting: s.waiting,
      acks: s.acks,
      queue: s.queue,
      pending: s.pending,
      configs: s.configs,
    },
    c,
  );
}

/** A leader (or a proposer preparing a ballot) becomes a follower: its ballot's proposals, their acknowledgements and its queue are dropped (clients retry what was queued). */
function standDown(s: ProposerState): ProposerState {
  return updateProposer(s, { role: "follower", recovered: [], proposals: SortedMap.empty(), acks: SortedMap.empty(), queue: AppendOnly.empty(), pending: VersionedMap.empty() });
}

/** The smallest ballot owned by this proposer above every ballot it has used or seen. */
export function nextBallot(s: ProposerState, cfg: ProposerConfig): Ballot {
  const P = cfg.proposers.length;
  const index = cfg.proposers.indexOf(s.id);
  if (index < 0) throw new RangeError(`${s.id} is not among the proposers`);
  const from = Math.max(s.highestBallot, s.seenBallot) + 1;
  return from + ((index - (from % P) + P) % P);
}

/**
 * The leader-check timer fired. A leader, or a proposer that heard from one
 * during the period, starts another period; one that heard nothing runs
 * phase 1 ({@link phase1a} follows as a duty). A leader that a decided change
 * dropped from the leaders stands down (clients retry what it had queued),
 * and one of those named takes over when its own check finds no leader. Not
 * a spec step.
 */
export function leaderCheck(s: ProposerState): Step<ProposerState> {
  if (s.role !== "follower" && !newestConfig(s.configs).leaders.includes(s.id)) return { state: standDown(updateProposer(s, { heardLeader: false, leader: null })), effects: [] };
  const state: ProposerState =
    s.role === "leading" || s.heardLeader ? updateProposer(s, { heardLeader: false }) : updateProposer(s, { role: "follower", heardLeader: false, leader: null });
  return { state, effects: [] };
}

/**
 * @spec MultiPaxos.Phase1a
 *
 * Start a ballot: the next one this proposer owns, above every ballot seen,
 * for every slot from the first one it does not know to be decided.
 *
 * Guard: it is a follower that heard from no leader in a whole check period,
 * and one of the leaders of the newest configuration it knows. Taking a
 * ballot it owns (the spec's `Owner[b] = p`) keeps two proposers from
 * proposing in one ballot.
 *
 * Effects: persist the ballot as used (a restart never reuses it); send the
 * 1a to every acceptor.
 */
export function phase1a(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null {
  if (s.role !== "follower" || s.heardLeader || s.leader !== null || !newestConfig(s.configs).leaders.includes(s.id)) return null;
  return startBallot(s, cfg);
}

/** The configurations of the slots a leader may propose in from `decidedBelow` on: those of its window. */
function windowConfigs(s: ProposerState, cfg: ProposerConfig): Configuration[] {
  const out: Configuration[] = [];
  for (let slot = s.decidedBelow; slot < s.decidedBelow + cfg.window; slot++) {
    const c = configOf(s.configs, slot, cfg.window);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** Writing what a proposer keeps on stable storage: its highest ballot, and the decided prefix with the configurations decided there. */
function persistKnown(highestBallot: Ballot, decidedBelow: Slot, configs: ConfigHistory): Effect {
  return { kind: "persist", record: { role: "proposer", highestBallot, decidedBelow, configs }, replaces: true };
}

/** Phase 1a with the next ballot this proposer owns, to the acceptors of every configuration it knows. */
function startBallot(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> {
  const b = nextBallot(s, cfg);
  const effects: Effect[] = [persistKnown(b, s.decidedBelow, s.configs)];
  const storedBelow = s.decidedBelow;
  for (const a of allAcceptors(s.configs)) effects.push({ kind: "send", to: a, msg: { type: "1a", from: s.id, bal: b, slot: s.decidedBelow } });
  return {
    state: updateProposer(s, {
      highestBallot: b,
      storedBelow,
      seenBallot: Math.max(s.seenBallot, b),
      role: "preparing",
      ballot: b,
      leader: null,
      promises: new Map(),
      recovered: [],
      proposals: SortedMap.empty(),
      acks: SortedMap.empty(),
      pending: withPending(VersionedMap.empty(), s.queue.toArray()),
    }),
    effects,
    action: { name: "Phase1a", params: { p: s.id, b, f: s.decidedBelow } },
  };
}

/** A 1b of the ballot being prepared: keep its report. Bookkeeping; the spec reads 1b messages from `msgs`. */
export function receive1b(s: ProposerState, m: Msg1b): Step<ProposerState> | null {
  if (s.role !== "preparing" || m.bal !== s.ballot) return null;
  return { state: updateProposer(s, { promises: new Map(s.promises).set(m.acc, m.votes) }), effects: [] };
}

/**
 * The value phase 2 must propose in slot `slot`, given a quorum's reports: the
 * value of the highest-ballot vote reported in that slot, or `null` if nobody
 * reported a vote there (then any value is safe).
 */
export function safeValue(promises: ReadonlyMap<NodeId, ReadonlyMap<Slot, Vote>>, slot: Slot): Batch | null {
  let best: Vote | null = null;
  for (const votes of promises.values()) {
    const v = votes.get(slot);
    if (v !== undefined && (best === null || v.bal > best.bal)) best = v;
  }
  return best === null ? null : best.val;
}

/**
 * A quorum joined the ballot: become its leader. Every slot from the first
 * one not known decided up to the highest slot any report mentions must be
 * proposed again in this ballot: with the reported value where there is one,
 * with the no-op where there is none (a gap). The proposals are made by
 * {@link phase2a}, one spec step per slot. Bookkeeping: the spec has no
 * leader state.
 *
 * Effects: start the heartbeat and the resend timers.
 */
export function adopt(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null {
  if (s.role !== "preparing") return null;
  const promisers = [...s.promises.keys()];
  if (!windowConfigs(s, cfg).every((c) => quorumOf(c).isQuorum(promisers))) return null;
  let top = s.decidedBelow - 1;
  for (const votes of s.promises.values()) for (const slot of votes.keys()) top = Math.max(top, slot);
  const recovered: Slot[] = [];
  for (let slot = s.decidedBelow; slot <= top; slot++) if (!s.decided.has(slot)) recovered.push(slot);
  return {
    state: updateProposer(s, { role: "leading", leader: s.id, nextSlot: Math.max(top + 1, s.decidedBelow), recovered, proposals: SortedMap.empty(), acks: SortedMap.empty() }),
    effects: [
      { kind: "setTimer", timer: { type: "heartbeat" }, after: 0 },
      { kind: "setTimer", timer: { type: "resend" }, after: cfg.resendEvery },
    ],
  };
}

/**
 * @spec MultiPaxos.Phase2a
 * @spec ReconfigMultiPaxos.Phase2a
 *
 * The leader of ballot `b` proposes a value in one slot: first, one by one,
 * the slots phase 1 recovered (the highest reported vote, or the no-op in a
 * gap); then the next free slot, with up to `batch` waiting commands, while
 * fewer than `window` slots beyond the decided prefix are undecided.
 *
 * Guards: it leads `b`, so a quorum joined `b` and its reports were read; one
 * 2a per slot and ballot (a slot is proposed once in a ballot, so acceptors
 * cannot vote for two values in one slot and ballot). The value in a slot
 * some acceptor of the quorum voted in is the one of the highest such vote:
 * as in single-decree Paxos, it is the only one that cannot contradict a value
 * chosen in a lower ballot. New commands go only to slots nobody reported.
 *
 * Effect: send the 2a to the acceptors of the slot's configuration, naming
 * its replicas (the acceptors send their votes to them).
 */
export function phase2a(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null {
  if (s.role !== "leading") return null;
  const first = s.recovered[0];
  // A slot recovered by phase 1 and decided since needs no proposal.
  if (first !== undefined && (first < s.decidedBelow || s.decided.has(first))) return { state: updateProposer(s, { recovered: s.recovered.slice(1) }), effects: [] };
  const slot = first ?? s.nextSlot;
  if (slot >= s.decidedBelow + cfg.window || (first === undefined && s.queue.length === 0)) return null;
  const config = configOf(s.configs, slot, cfg.window);
  const members = new Map([...s.promises].filter(([a]) => config.acceptors.includes(a)));
  // The window reached a configuration whose acceptors have not joined this ballot: phase 1 again, among them.
  if (!quorumOf(config).isQuorum(members.keys())) return startBallot(s, cfg);
  // A recovered slot gets the value phase 1 found for it; the next free slot, commands from the queue.
  let val: Batch;
  let { recovered, nextSlot, queue, pending } = s;
  if (first !== undefined) {
    val = safeValue(members, slot) ?? [];
    recovered = s.recovered.slice(1);
    pending = withPending(pending, val);
  } else {
    const { taken, rest } = s.queue.take(cfg.batch);
    val = taken;
    nextSlot = slot + 1;
    queue = rest;
  }
  const effects: Effect[] = config.acceptors.map((a) => ({ kind: "send", to: a, msg: { type: "2a", from: s.id, bal: s.ballot, slot, val, replicas: config.replicas } }));
  return {
    state: updateProposer(s, { recovered, nextSlot, queue, pending, proposals: s.proposals.set(slot, val), acks: s.acks.set(slot, new Set()) }),
    effects,
    action: { name: "Phase2a", params: { p: s.id, b: s.ballot, s: slot, v: val } },
  };
}

/** `pending` with the commands of `commands` in it, a client's later request number winning over an earlier one. */
function withPending(pending: VersionedMap<number>, commands: readonly Command[]): VersionedMap<number> {
  const edit = pending.edit();
  for (const c of commands) if (!((edit.get(c.client) ?? 0) >= c.seq)) edit.set(c.client, c.seq);
  return edit.done();
}

/** `pending` without the commands of a decided slot. */
function withoutPending(pending: VersionedMap<number>, commands: readonly Command[]): VersionedMap<number> {
  const edit = pending.edit();
  for (const c of commands) if (edit.get(c.client) === c.seq) edit.delete(c.client);
  return edit.done();
}

/** Slot `slot` is decided: the prefix known decided grows past it if it can. */
function markDecided(s: ProposerState, slot: Slot): Pick<ProposerState, "decided" | "decidedBelow"> {
  if (slot < s.decidedBelow || s.decided.has(slot)) return { decided: s.decided, decidedBelow: s.decidedBelow };
  const decided = new Set(s.decided).add(slot);
  let below = s.decidedBelow;
  while (decided.delete(below)) below++;
  return { decided, decidedBelow: below };
}

/**
 * A 2b for one of the leader's proposals: once a quorum voted for it, the slot
 * is decided, and the window moves on. Bookkeeping: replicas learn values
 * through the spec's Learn.
 */
export function receive2b(s: ProposerState, m: Msg2b, cfg: ProposerConfig): Step<ProposerState> | null {
  const acks = s.acks.get(m.slot);
  if (s.role !== "leading" || m.bal !== s.ballot || acks === undefined || acks.has(m.acc)) return null;
  const voters = new Set(acks).add(m.acc);
  if (!quorumOf(configOf(s.configs, m.slot, cfg.window)).isQuorum(voters)) return { state: updateProposer(s, { acks: s.acks.set(m.slot, voters) }), effects: [] };
  const val = s.proposals.get(m.slot) ?? [];
  const configs = withDecided(s.configs, m.slot, val);
  const { decided, decidedBelow } = markDecided(s, m.slot);
  return {
    state: updateProposer(s, { decided, decidedBelow, proposals: s.proposals.delete(m.slot), acks: s.acks.delete(m.slot), pending: withoutPending(s.pending, val), configs }),
    effects: [],
  };
}

/**
 * A client's request: a leader queues it, unless it is already waiting in the
 * queue or in an undecided slot (a retry that crossed the first attempt); a
 * follower forwards it to the leader it knows. A retry of a request already
 * decided is proposed again: its reply may have been lost, and the replicas
 * execute it once however often it is decided. Not a spec step.
 */
export function receiveRequest(s: ProposerState, m: MsgRequest): Step<ProposerState> | null {
  const c = m.command;
  if (s.role === "leading") {
    if (s.pending.get(c.client) === c.seq) return null;
    return { state: updateProposer(s, { queue: s.queue.push(c), pending: s.pending.set(c.client, c.seq) }), effects: [] };
  }
  if (s.leader !== null && s.leader !== s.id) return { state: s, effects: [{ kind: "send", to: s.leader, msg: m }] };
  return null;
}

/** An acceptor joined a higher ballot: stand down, and aim above it next time. Not a spec step. */
export function preempted(s: ProposerState, m: MsgPreempted): Step<ProposerState> | null {
  if (m.bal <= s.ballot && s.role !== "follower") return null;
  if (m.bal <= s.seenBallot && s.role === "follower") return null;
  return {
    state: standDown(updateProposer(s, { seenBallot: Math.max(s.seenBallot, m.bal), leader: null })),
    effects: [],
  };
}

/** A leader's heartbeat: a leader of a ballot at least as high as ours is alive. Not a spec step. */
export function receiveHeartbeat(s: ProposerState, m: MsgHeartbeat): Step<ProposerState> | null {
  if (m.bal < Math.max(s.ballot, s.seenBallot) || m.from === s.id) return null;
  const decidedBelow = Math.max(s.decidedBelow, m.decidedBelow);
  const decided = new Set([...s.decided].filter((x) => x >= decidedBelow));
  const base = updateProposer(s, { seenBallot: m.bal, heardLeader: true, leader: m.from, decidedBelow, decided, configs: mergeHistories(s.configs, m.configs) });
  if (s.role === "follower") return { state: base, effects: [] };
  return { state: standDown(base), effects: [] };
}

/**
 * A replica has executed every slot below `through`: those slots are
 * decided. Not a spec step. The decided prefix, if it moved past the one on
 * stable storage, is written there (with the ballot, which the record
 * replaces): a report comes with each replica's snapshot, so a leader that
 * learns of decisions first from its own 2b tallies still writes its prefix
 * down once per snapshot.
 */
export function receiveExecuted(s: ProposerState, m: MsgExecuted): Step<ProposerState> | null {
  if (m.through <= s.storedBelow) return null;
  const configs = mergeHistories(s.configs, m.configs);
  const moved = m.through > s.decidedBelow;
  const decidedBelow = moved ? m.through : s.decidedBelow;
  return {
    state: updateProposer(s, {
      decidedBelow,
      storedBelow: decidedBelow,
      decided: moved ? new Set([...s.decided].filter((x) => x >= decidedBelow)) : s.decided,
      nextSlot: moved ? Math.max(s.nextSlot, decidedBelow) : s.nextSlot,
      configs,
    }),
    effects: [persistKnown(s.highestBallot, decidedBelow, configs)],
  };
}

/** The heartbeat timer: a leader tells the other proposers it is alive, and sets the timer again. Not a spec step. */
export function heartbeat(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null {
  if (s.role !== "leading") return null;
  const effects: Effect[] = cfg.proposers
    .filter((p) => p !== s.id)
    .map((p) => ({ kind: "send", to: p, msg: { type: "heartbeat", from: s.id, bal: s.ballot, decidedBelow: s.decidedBelow, configs: s.configs } }));
  effects.push({ kind: "setTimer", timer: { type: "heartbeat" }, after: cfg.heartbeatEvery });
  return { state: s, effects };
}

/**
 * The resend timer: a leader sends again the 2a of every proposal that was
 * already pending at the previous timer and is still undecided (its messages
 * may have been lost), and sets the timer again. A resent 2a is the very
 * message sent before, so this is no new spec step.
 */
export function resend(s: ProposerState, cfg: ProposerConfig): Step<ProposerState> | null {
  if (s.role !== "leading") return null;
  const effects: Effect[] = [];
  for (const slot of s.waiting) {
    const val = s.proposals.get(slot);
    if (val === undefined) continue;
    const config = configOf(s.configs, slot, cfg.window);
    for (const a of config.acceptors) effects.push({ kind: "send", to: a, msg: { type: "2a", from: s.id, bal: s.ballot, slot, val, replicas: config.replicas } });
  }
  effects.push({ kind: "setTimer", timer: { type: "resend" }, after: cfg.resendEvery });
  return { state: updateProposer(s, { waiting: new Set(s.proposals.keys()) }), effects };
}

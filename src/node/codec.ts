/**
 * Multi-Paxos records and messages as bytes: the codec of stable storage
 * (`StableRecord`, for {@link NodeStorage}) and of the TCP transport
 * (`Message`). Both are JSON, UTF-8 encoded, so that a log record or a
 * message on the wire can be read by eye and by tools in any language.
 *
 * Most of the protocol's values are plain data already. Three are not:
 *
 * - a replica's key-value state (`KvState`) keeps its data and its client
 *   sessions in {@link VersionedMap}s, which JSON would write as `{}`:
 *   they become arrays of `[key, value]` pairs, sorted by key;
 * - a 1b message's votes are a `Map` from slot to vote: they become
 *   `[slot, vote]` pairs, in slot order;
 * - a configuration history is plain, but its configurations are objects
 *   whose identity the code uses as a cache key (`quorumOf`): decoding makes
 *   new ones, which behave the same.
 *
 * Every value is written field by field in a fixed order, so a value has
 * exactly one encoding: `encode(decode(encode(x)))` is `encode(x)` byte for
 * byte. Decoding checks every field, since bytes from a peer or from a disk
 * written by another version are input, not trusted data: a wrong shape is
 * a {@link CodecError} naming the path to the field, e.g.
 * `message.votes[2][1].bal: expected a whole number, got "x"`.
 *
 * The JSON forms are in docs/storage.md.
 *
 * @module
 */
import type { NodeId } from "../paxos/node.js";
import type { QuorumSpec } from "../paxos/quorum.js";
import type { ConfigHistory, Configuration } from "../multipaxos/configuration.js";
import type { Batch, Message, Snapshot, StableRecord, Vote } from "../multipaxos/types.js";
import type { Command, KvOp, KvResult, KvState, ReconfigOp, Session } from "../smr/kv.js";
import { VersionedMap } from "../lib/versionedMap.js";
import type { NodeStorage, RecordCodec } from "./storage.js";

/** Bytes that are not a value of the expected shape. The message is one line: where in the value, what was expected, what was found. */
export class CodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CodecError";
  }
}

/** A JSON value. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

// ---------------------------------------------------------------------------
// Reading JSON with checks. Each reader takes the value and the path to it.

/** A short description of a value found where another was expected. */
function found(v: unknown): string {
  if (v === undefined) return "nothing";
  const text = JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function expected(where: string, what: string, v: unknown): never {
  throw new CodecError(`${where}: expected ${what}, got ${found(v)}`);
}

/** The fields of an object. */
function object(v: unknown, where: string): Readonly<Record<string, unknown>> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) expected(where, "an object", v);
  return v as Record<string, unknown>;
}

function whole(v: unknown, where: string): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v)) expected(where, "a whole number", v);
  return v;
}

function text(v: unknown, where: string): string {
  if (typeof v !== "string") expected(where, "a string", v);
  return v;
}

function bool(v: unknown, where: string): boolean {
  if (typeof v !== "boolean") expected(where, "true or false", v);
  return v;
}

function list<T>(v: unknown, where: string, item: (x: unknown, where: string) => T): T[] {
  if (!Array.isArray(v)) expected(where, "an array", v);
  return (v as unknown[]).map((x, i) => item(x, `${where}[${i}]`));
}

function pair<A, B>(v: unknown, where: string, first: (x: unknown, where: string) => A, second: (x: unknown, where: string) => B): [A, B] {
  if (!Array.isArray(v) || v.length !== 2) expected(where, "a pair [key, value]", v);
  return [first((v as unknown[])[0], `${where}[0]`), second((v as unknown[])[1], `${where}[1]`)];
}

function nullable<T>(v: unknown, where: string, item: (x: unknown, where: string) => T): T | null {
  return v === null ? null : item(v, where);
}

/** The `type` field of an object, which must be one of `types`. */
function tag<T extends string>(o: Readonly<Record<string, unknown>>, key: string, where: string, types: readonly T[]): T {
  const t = o[key];
  if (typeof t !== "string" || !(types as readonly string[]).includes(t)) expected(`${where}.${key}`, `one of ${types.join(", ")}`, t);
  return t as T;
}

// ---------------------------------------------------------------------------
// The values, each in both directions.

function quorumToJson(q: QuorumSpec): Json {
  switch (q.kind) {
    case "majority":
      return { kind: "majority" };
    case "weighted":
      return { kind: "weighted", weights: [...q.weights] };
    case "explicit":
      return { kind: "explicit", sets: q.sets.map((s) => [...s]) };
  }
}

function quorumFromJson(v: unknown, where: string): QuorumSpec {
  const o = object(v, where);
  switch (tag(o, "kind", where, ["majority", "weighted", "explicit"])) {
    case "majority":
      return { kind: "majority" };
    case "weighted":
      return { kind: "weighted", weights: list(o["weights"], `${where}.weights`, whole) };
    case "explicit":
      return { kind: "explicit", sets: list(o["sets"], `${where}.sets`, (s, w) => list(s, w, text)) };
  }
}

function configurationToJson(c: Configuration): Json {
  return { name: c.name, acceptors: [...c.acceptors], quorum: quorumToJson(c.quorum), replicas: [...c.replicas], leaders: [...c.leaders] };
}

function configurationFromJson(v: unknown, where: string): Configuration {
  const o = object(v, where);
  return {
    name: text(o["name"], `${where}.name`),
    acceptors: list(o["acceptors"], `${where}.acceptors`, text),
    quorum: quorumFromJson(o["quorum"], `${where}.quorum`),
    replicas: list(o["replicas"], `${where}.replicas`, text),
    leaders: list(o["leaders"], `${where}.leaders`, text),
  };
}

/** A configuration history: `{initial, changes: [[slot, configuration], ...]}`. */
export function configHistoryToJson(h: ConfigHistory): Json {
  return { initial: configurationToJson(h.initial), changes: h.changes.map(([slot, c]) => [slot, configurationToJson(c)]) };
}

/** @throws CodecError when `v` is not a configuration history. */
export function configHistoryFromJson(v: unknown, where = "configs"): ConfigHistory {
  const o = object(v, where);
  return {
    initial: configurationFromJson(o["initial"], `${where}.initial`),
    changes: list(o["changes"], `${where}.changes`, (c, w) => pair(c, w, whole, configurationFromJson)),
  };
}

function opToJson(op: KvOp | ReconfigOp): Json {
  switch (op.type) {
    case "put":
      return { type: "put", key: op.key, value: op.value };
    case "get":
      return { type: "get", key: op.key };
    case "cas":
      return { type: "cas", key: op.key, expected: op.expected, value: op.value };
    case "append":
      return { type: "append", key: op.key, value: op.value };
    case "reconfig":
      return { type: "reconfig", config: configurationToJson(op.config), failed: [...op.failed] };
  }
}

function opFromJson(v: unknown, where: string): KvOp | ReconfigOp {
  const o = object(v, where);
  const key = (): string => text(o["key"], `${where}.key`);
  const value = (): string => text(o["value"], `${where}.value`);
  switch (tag(o, "type", where, ["put", "get", "cas", "append", "reconfig"])) {
    case "put":
      return { type: "put", key: key(), value: value() };
    case "get":
      return { type: "get", key: key() };
    case "cas":
      return { type: "cas", key: key(), expected: nullable(o["expected"], `${where}.expected`, text), value: value() };
    case "append":
      return { type: "append", key: key(), value: value() };
    case "reconfig":
      return { type: "reconfig", config: configurationFromJson(o["config"], `${where}.config`), failed: list(o["failed"], `${where}.failed`, text) };
  }
}

function commandToJson(c: Command): Json {
  return { client: c.client, seq: c.seq, op: opToJson(c.op) };
}

function commandFromJson(v: unknown, where: string): Command {
  const o = object(v, where);
  return { client: text(o["client"], `${where}.client`), seq: whole(o["seq"], `${where}.seq`), op: opFromJson(o["op"], `${where}.op`) };
}

function batchToJson(b: Batch): Json {
  return b.map(commandToJson);
}

function batchFromJson(v: unknown, where: string): Batch {
  return list(v, where, commandFromJson);
}

function voteToJson(v: Vote): Json {
  return { bal: v.bal, val: batchToJson(v.val) };
}

function voteFromJson(v: unknown, where: string): Vote {
  const o = object(v, where);
  return { bal: whole(o["bal"], `${where}.bal`), val: batchFromJson(o["val"], `${where}.val`) };
}

function resultToJson(r: KvResult): Json {
  switch (r.type) {
    case "ok":
      return { type: "ok" };
    case "value":
      return { type: "value", value: r.value };
    case "cas":
      return { type: "cas", swapped: r.swapped };
    case "refused":
      return { type: "refused", reason: r.reason };
  }
}

function resultFromJson(v: unknown, where: string): KvResult {
  const o = object(v, where);
  switch (tag(o, "type", where, ["ok", "value", "cas", "refused"])) {
    case "ok":
      return { type: "ok" };
    case "value":
      return { type: "value", value: nullable(o["value"], `${where}.value`, text) };
    case "cas":
      return { type: "cas", swapped: bool(o["swapped"], `${where}.swapped`) };
    case "refused":
      return { type: "refused", reason: text(o["reason"], `${where}.reason`) };
  }
}

/** A map's entries, sorted by key (its own order is the order keys were put in; sorted, two maps with the same entries write the same text). */
function sortedEntries<V>(m: ReadonlyMap<string, V>): [string, V][] {
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A map from keys to values, from `[key, value]` pairs; a key given twice is an error (no encoding writes it). */
function versionedMapFromJson<V>(v: unknown, where: string, value: (x: unknown, where: string) => V): VersionedMap<V> {
  const entries = list(v, where, (e, w) => pair(e, w, text, value));
  const m = VersionedMap.of(entries);
  if (m.size !== entries.length) throw new CodecError(`${where}: a key appears twice`);
  return m;
}

/** A key-value state: `{data: [[key, value], ...], sessions: [[client, {seq, result}], ...]}`, keys sorted. */
export function kvStateToJson(kv: KvState): Json {
  return {
    data: sortedEntries(kv.data),
    sessions: sortedEntries(kv.sessions).map(([client, s]) => [client, { seq: s.seq, result: resultToJson(s.result) }]),
  };
}

/** @throws CodecError when `v` is not a key-value state. */
export function kvStateFromJson(v: unknown, where = "kv"): KvState {
  const o = object(v, where);
  const session = (x: unknown, w: string): Session => {
    const s = object(x, w);
    return { seq: whole(s["seq"], `${w}.seq`), result: resultFromJson(s["result"], `${w}.result`) };
  };
  return { data: versionedMapFromJson(o["data"], `${where}.data`, text), sessions: versionedMapFromJson(o["sessions"], `${where}.sessions`, session) };
}

/** A replica's snapshot: `{through, kv, configs}`. */
export function snapshotToJson(s: Snapshot): Json {
  return { through: s.through, kv: kvStateToJson(s.kv), configs: configHistoryToJson(s.configs) };
}

/** @throws CodecError when `v` is not a snapshot. */
export function snapshotFromJson(v: unknown, where = "snapshot"): Snapshot {
  const o = object(v, where);
  return { through: whole(o["through"], `${where}.through`), kv: kvStateFromJson(o["kv"], `${where}.kv`), configs: configHistoryFromJson(o["configs"], `${where}.configs`) };
}

// ---------------------------------------------------------------------------
// Stable records.

/** A stable-storage record as JSON. */
export function stableRecordToJson(r: StableRecord): Json {
  switch (r.role) {
    case "acceptor":
      return r.kind === "promise" ? { role: "acceptor", kind: "promise", maxBal: r.maxBal } : { role: "acceptor", kind: "vote", slot: r.slot, vote: voteToJson(r.vote) };
    case "proposer":
      return r.decidedBelow === undefined || r.configs === undefined
        ? { role: "proposer", highestBallot: r.highestBallot }
        : { role: "proposer", highestBallot: r.highestBallot, decidedBelow: r.decidedBelow, configs: configHistoryToJson(r.configs) };
    case "replica":
      return { role: "replica", snapshot: snapshotToJson(r.snapshot) };
  }
}

/** @throws CodecError when `v` is not a stable-storage record. */
export function stableRecordFromJson(v: unknown, where = "record"): StableRecord {
  const o = object(v, where);
  switch (tag(o, "role", where, ["acceptor", "proposer", "replica"])) {
    case "acceptor":
      return tag(o, "kind", where, ["promise", "vote"]) === "promise"
        ? { role: "acceptor", kind: "promise", maxBal: whole(o["maxBal"], `${where}.maxBal`) }
        : { role: "acceptor", kind: "vote", slot: whole(o["slot"], `${where}.slot`), vote: voteFromJson(o["vote"], `${where}.vote`) };
    case "proposer":
      return o["decidedBelow"] === undefined
        ? { role: "proposer", highestBallot: whole(o["highestBallot"], `${where}.highestBallot`) }
        : {
            role: "proposer",
            highestBallot: whole(o["highestBallot"], `${where}.highestBallot`),
            decidedBelow: whole(o["decidedBelow"], `${where}.decidedBelow`),
            configs: configHistoryFromJson(o["configs"], `${where}.configs`),
          };
    case "replica":
      return { role: "replica", snapshot: snapshotFromJson(o["snapshot"], `${where}.snapshot`) };
  }
}

// ---------------------------------------------------------------------------
// Messages.

/** A message as JSON (for a transport that puts it inside an envelope of its own). */
export function messageToJson(m: Message): Json {
  switch (m.type) {
    case "1a":
      return { type: "1a", from: m.from, bal: m.bal, slot: m.slot };
    case "1b":
      return { type: "1b", acc: m.acc, bal: m.bal, from: m.from, votes: [...m.votes].sort(([a], [b]) => a - b).map(([slot, v]) => [slot, voteToJson(v)]) };
    case "2a":
      return { type: "2a", from: m.from, bal: m.bal, slot: m.slot, val: batchToJson(m.val), replicas: [...m.replicas] };
    case "2b":
      return { type: "2b", acc: m.acc, bal: m.bal, slot: m.slot, val: batchToJson(m.val) };
    case "preempted":
      return { type: "preempted", acc: m.acc, bal: m.bal };
    case "heartbeat":
      return { type: "heartbeat", from: m.from, bal: m.bal, decidedBelow: m.decidedBelow, configs: configHistoryToJson(m.configs) };
    case "executed":
      return { type: "executed", replica: m.replica, through: m.through, configs: configHistoryToJson(m.configs) };
    case "request":
      return { type: "request", command: commandToJson(m.command) };
    case "reply":
      return { type: "reply", replica: m.replica, client: m.client, seq: m.seq, result: resultToJson(m.result) };
    case "catchup":
      return { type: "catchup", replica: m.replica, from: m.from };
    case "decisions":
      return { type: "decisions", replica: m.replica, snapshot: m.snapshot === null ? null : snapshotToJson(m.snapshot), from: m.from, values: m.values.map(batchToJson) };
    case "votequery":
      return { type: "votequery", replica: m.replica, from: m.from, upto: m.upto };
  }
}

const MESSAGE_TYPES = ["1a", "1b", "2a", "2b", "preempted", "heartbeat", "executed", "request", "reply", "catchup", "decisions", "votequery"] as const;

/** @throws CodecError when `v` is not a message. */
export function messageFromJson(v: unknown, where = "message"): Message {
  const o = object(v, where);
  const node = (key: string): NodeId => text(o[key], `${where}.${key}`);
  const n = (key: string): number => whole(o[key], `${where}.${key}`);
  switch (tag(o, "type", where, MESSAGE_TYPES)) {
    case "1a":
      return { type: "1a", from: node("from"), bal: n("bal"), slot: n("slot") };
    case "1b": {
      const votes = list(o["votes"], `${where}.votes`, (e, w) => pair(e, w, whole, voteFromJson));
      return { type: "1b", acc: node("acc"), bal: n("bal"), from: n("from"), votes: new Map(votes) };
    }
    case "2a":
      return {
        type: "2a",
        from: node("from"),
        bal: n("bal"),
        slot: n("slot"),
        val: batchFromJson(o["val"], `${where}.val`),
        replicas: list(o["replicas"], `${where}.replicas`, text),
      };
    case "2b":
      return { type: "2b", acc: node("acc"), bal: n("bal"), slot: n("slot"), val: batchFromJson(o["val"], `${where}.val`) };
    case "preempted":
      return { type: "preempted", acc: node("acc"), bal: n("bal") };
    case "heartbeat":
      return { type: "heartbeat", from: node("from"), bal: n("bal"), decidedBelow: n("decidedBelow"), configs: configHistoryFromJson(o["configs"], `${where}.configs`) };
    case "executed":
      return { type: "executed", replica: node("replica"), through: n("through"), configs: configHistoryFromJson(o["configs"], `${where}.configs`) };
    case "request":
      return { type: "request", command: commandFromJson(o["command"], `${where}.command`) };
    case "reply":
      return { type: "reply", replica: node("replica"), client: node("client"), seq: n("seq"), result: resultFromJson(o["result"], `${where}.result`) };
    case "catchup":
      return { type: "catchup", replica: node("replica"), from: n("from") };
    case "decisions":
      return {
        type: "decisions",
        replica: node("replica"),
        snapshot: nullable(o["snapshot"], `${where}.snapshot`, snapshotFromJson),
        from: n("from"),
        values: list(o["values"], `${where}.values`, batchFromJson),
      };
    case "votequery":
      return { type: "votequery", replica: node("replica"), from: n("from"), upto: n("upto") };
  }
}

// ---------------------------------------------------------------------------
// The codecs.

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 JSON bytes of a JSON value. */
function jsonBytes(v: Json): Uint8Array {
  return utf8.encode(JSON.stringify(v));
}

/** The JSON value of UTF-8 bytes. @throws CodecError when they are not UTF-8 JSON. */
function parseBytes(bytes: Uint8Array, what: string): unknown {
  let source: string;
  try {
    source = strictUtf8.decode(bytes);
  } catch {
    throw new CodecError(`${what}: the bytes are not UTF-8 text`);
  }
  try {
    return JSON.parse(source) as unknown;
  } catch (e) {
    throw new CodecError(`${what}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Multi-Paxos stable-storage records as UTF-8 JSON: the codec a node's {@link NodeStorage} uses. */
export const stableRecordCodec: RecordCodec<StableRecord> = {
  encode: (r) => jsonBytes(stableRecordToJson(r)),
  decode: (bytes) => stableRecordFromJson(parseBytes(bytes, "record")),
};

/** Multi-Paxos messages as UTF-8 JSON, for the transport's frames. */
export const messageCodec: RecordCodec<Message> = {
  encode: (m) => jsonBytes(messageToJson(m)),
  decode: (bytes) => messageFromJson(parseBytes(bytes, "message")),
};

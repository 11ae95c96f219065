import { VersionedMap } from "../lib/versionedMap.js";
/** Bytes that are not a value of the expected shape. The message is one line: where in the value, what was expected, what was found. */
export class CodecError extends Error {
    constructor(message) {
        super(message);
        this.name = "CodecError";
    }
}
// ---------------------------------------------------------------------------
// Reading JSON with checks. Each reader takes the value and the path to it.
/** A short description of a value found where another was expected. */
function found(v) {
    if (v === undefined)
        return "nothing";
    const text = JSON.stringify(v);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function expected(where, what, v) {
    throw new CodecError(`${where}: expected ${what}, got ${found(v)}`);
}
/** The fields of an object. */
function object(v, where) {
    if (typeof v !== "object" || v === null || Array.isArray(v))
        expected(where, "an object", v);
    return v;
}
function whole(v, where) {
    if (typeof v !== "number" || !Number.isSafeInteger(v))
        expected(where, "a whole number", v);
    return v;
}
function text(v, where) {
    if (typeof v !== "string")
        expected(where, "a string", v);
    return v;
}
function bool(v, where) {
    if (typeof v !== "boolean")
        expected(where, "true or false", v);
    return v;
}
function list(v, where, item) {
    if (!Array.isArray(v))
        expected(where, "an array", v);
    return v.map((x, i) => item(x, `${where}[${i}]`));
}
function pair(v, where, first, second) {
    if (!Array.isArray(v) || v.length !== 2)
        expected(where, "a pair [key, value]", v);
    return [first(v[0], `${where}[0]`), second(v[1], `${where}[1]`)];
}
function nullable(v, where, item) {
    return v === null ? null : item(v, where);
}
/** The `type` field of an object, which must be one of `types`. */
function tag(o, key, where, types) {
    const t = o[key];
    if (typeof t !== "string" || !types.includes(t))
        expected(`${where}.${key}`, `one of ${types.join(", ")}`, t);
    return t;
}
// ---------------------------------------------------------------------------
// The values, each in both directions.
function quorumToJson(q) {
    switch (q.kind) {
        case "majority":
            return { kind: "majority" };
        case "weighted":
            return { kind: "weighted", weights: [...q.weights] };
        case "explicit":
            return { kind: "explicit", sets: q.sets.map((s) => [...s]) };
    }
}
function quorumFromJson(v, where) {
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
function configurationToJson(c) {
    return { name: c.name, acceptors: [...c.acceptors], quorum: quorumToJson(c.quorum), replicas: [...c.replicas], leaders: [...c.leaders] };
}
function configurationFromJson(v, where) {
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
export function configHistoryToJson(h) {
    return { initial: configurationToJson(h.initial), changes: h.changes.map(([slot, c]) => [slot, configurationToJson(c)]) };
}
/** @throws CodecError when `v` is not a configuration history. */
export function configHistoryFromJson(v, where = "configs") {
    const o = object(v, where);
    return {
        initial: configurationFromJson(o["initial"], `${where}.initial`),
        changes: list(o["changes"], `${where}.changes`, (c, w) => pair(c, w, whole, configurationFromJson)),
    };
}
function opToJson(op) {
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
function opFromJson(v, where) {
    const o = object(v, where);
    const key = () => text(o["key"], `${where}.key`);
    const value = () => text(o["value"], `${where}.value`);
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
function commandToJson(c) {
    return { client: c.client, seq: c.seq, op: opToJson(c.op) };
}
function commandFromJson(v, where) {
    const o = object(v, where);
    return { client: text(o["client"], `${where}.client`), seq: whole(o["seq"], `${where}.seq`), op: opFromJson(o["op"], `${where}.op`) };
}
function batchToJson(b) {
    return b.map(commandToJson);
}
function batchFromJson(v, where) {
    return list(v, where, commandFromJson);
}
function voteToJson(v) {
    return { bal: v.bal, val: batchToJson(v.val) };
}
function voteFromJson(v, where) {
    const o = object(v, where);
    return { bal: whole(o["bal"], `${where}.bal`), val: batchFromJson(o["val"], `${where}.val`) };
}
function resultToJson(r) {
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
function resultFromJson(v, where) {
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
function sortedEntries(m) {
    return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** A map from keys to values, from `[key, value]` pairs; a key given twice is an error (no encoding writes it). */
function versionedMapFromJson(v, where, value) {
    const entries = list(v, where, (e, w) => pair(e, w, text, value));
    const m = VersionedMap.of(entries);
    if (m.size !== entries.length)
        throw new CodecError(`${where}: a key appears twice`);
    return m;
}
/** A key-value state: `{data: [[key, value], ...], sessions: [[client, {seq, result}], ...]}`, keys sorted. */
export function kvStateToJson(kv) {
    return {
        data: sortedEntries(kv.data),
        sessions: sortedEntries(kv.sessions).map(([client, s]) => [client, { seq: s.seq, result: resultToJson(s.result) }]),
    };
}
/** @throws CodecError when `v` is not a key-value state. */
export function kvStateFromJson(v, where = "kv") {
    const o = object(v, where);
    const session = (x, w) => {
        const s = object(x, w);
        return { seq: whole(s["seq"], `${w}.seq`), result: resultFromJson(s["result"], `${w}.result`) };
    };
    return { data: versionedMapFromJson(o["data"], `${where}.data`, text), sessions: versionedMapFromJson(o["sessions"], `${where}.sessions`, session) };
}
/** A replica's snapshot: `{through, kv, configs}`. */
export function snapshotToJson(s) {
    return { through: s.through, kv: kvStateToJson(s.kv), configs: configHistoryToJson(s.configs) };
}
/** @throws CodecError when `v` is not a snapshot. */
export function snapshotFromJson(v, where = "snapshot") {
    const o = object(v, where);
    return { through: whole(o["through"], `${where}.through`), kv: kvStateFromJson(o["kv"], `${where}.kv`), configs: configHistoryFromJson(o["configs"], `${where}.configs`) };
}
// ---------------------------------------------------------------------------
// Stable records.
/** A stable-storage record as JSON. */
export function stableRecordToJson(r) {
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
export function stableRecordFromJson(v, where = "record") {
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
export function messageToJson(m) {
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
const MESSAGE_TYPES = ["1a", "1b", "2a", "2b", "preempted", "heartbeat", "executed", "request", "reply", "catchup", "decisions", "votequery"];
/** @throws CodecError when `v` is not a message. */
export function messageFromJson(v, where = "message") {
    const o = object(v, where);
    const node = (key) => text(o[key], `${where}.${key}`);
    const n = (key) => whole(o[key], `${where}.${key}`);
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
function jsonBytes(v) {
    return utf8.encode(JSON.stringify(v));
}
/** The JSON value of UTF-8 bytes. @throws CodecError when they are not UTF-8 JSON. */
function parseBytes(bytes, what) {
    let source;
    try {
        source = strictUtf8.decode(bytes);
    }
    catch {
        throw new CodecError(`${what}: the bytes are not UTF-8 text`);
    }
    try {
        return JSON.parse(source);
    }
    catch (e) {
        throw new CodecError(`${what}: not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
}
/** Multi-Paxos stable-storage records as UTF-8 JSON: the codec a node's {@link NodeStorage} uses. */
export const stableRecordCodec = {
    encode: (r) => jsonBytes(stableRecordToJson(r)),
    decode: (bytes) => stableRecordFromJson(parseBytes(bytes, "record")),
};
/** Multi-Paxos messages as UTF-8 JSON, for the transport's frames. */
export const messageCodec = {
    encode: (m) => jsonBytes(messageToJson(m)),
    decode: (bytes) => messageFromJson(parseBytes(bytes, "message")),
};
//# sourceMappingURL=codec.js.map
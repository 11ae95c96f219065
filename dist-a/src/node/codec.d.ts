import type { ConfigHistory } from "../multipaxos/configuration.js";
import type { Message, Snapshot, StableRecord } from "../multipaxos/types.js";
import type { KvState } from "../smr/kv.js";
import type { RecordCodec } from "./storage.js";
/** Bytes that are not a value of the expected shape. The message is one line: where in the value, what was expected, what was found. */
export declare class CodecError extends Error {
    constructor(message: string);
}
/** A JSON value. */
export type Json = null | boolean | number | string | readonly Json[] | {
    readonly [key: string]: Json;
};
/** A configuration history: `{initial, changes: [[slot, configuration], ...]}`. */
export declare function configHistoryToJson(h: ConfigHistory): Json;
/** @throws CodecError when `v` is not a configuration history. */
export declare function configHistoryFromJson(v: unknown, where?: string): ConfigHistory;
/** A key-value state: `{data: [[key, value], ...], sessions: [[client, {seq, result}], ...]}`, keys sorted. */
export declare function kvStateToJson(kv: KvState): Json;
/** @throws CodecError when `v` is not a key-value state. */
export declare function kvStateFromJson(v: unknown, where?: string): KvState;
/** A replica's snapshot: `{through, kv, configs}`. */
export declare function snapshotToJson(s: Snapshot): Json;
/** @throws CodecError when `v` is not a snapshot. */
export declare function snapshotFromJson(v: unknown, where?: string): Snapshot;
/** A stable-storage record as JSON. */
export declare function stableRecordToJson(r: StableRecord): Json;
/** @throws CodecError when `v` is not a stable-storage record. */
export declare function stableRecordFromJson(v: unknown, where?: string): StableRecord;
/** A message as JSON (for a transport that puts it inside an envelope of its own). */
export declare function messageToJson(m: Message): Json;
/** @throws CodecError when `v` is not a message. */
export declare function messageFromJson(v: unknown, where?: string): Message;
/** Multi-Paxos stable-storage records as UTF-8 JSON: the codec a node's {@link NodeStorage} uses. */
export declare const stableRecordCodec: RecordCodec<StableRecord>;
/** Multi-Paxos messages as UTF-8 JSON, for the transport's frames. */
export declare const messageCodec: RecordCodec<Message>;

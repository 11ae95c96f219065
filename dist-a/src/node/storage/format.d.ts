/**
 * Something on disk is not as the writer left it, or cannot have been left
 * that way by a crash: a checksum that fails with valid records after it, a
 * missing snapshot, a header of another format. The message is one line,
 * `<file>: byte <offset>: <what is wrong>`.
 */
export declare class StorageError extends Error {
    /** The file, as a path. */
    readonly file: string;
    /** The byte offset in it where the problem is. */
    readonly offset: number;
    /** What is wrong, without the place. */
    readonly problem: string;
    constructor(
    /** The file, as a path. */
    file: string, 
    /** The byte offset in it where the problem is. */
    offset: number, 
    /** What is wrong, without the place. */
    problem: string);
}
/** The format version this code writes and reads. */
export declare const FORMAT_VERSION = 1;
/** The kinds of file, by their header magic. */
export type FileKind = "log" | "snapshot";
/** Bytes in a file header. */
export declare const FILE_HEADER_BYTES = 24;
/** Bytes in a frame header, before the payload. */
export declare const FRAME_HEADER_BYTES = 36;
/** The largest payload a frame may hold (1 GiB): a larger length field is damage, not a record. */
export declare const MAX_PAYLOAD_BYTES: number;
/** The header of a file of kind `kind` that belongs to generation `generation`. */
export declare function encodeFileHeader(kind: FileKind, generation: number): Uint8Array;
/**
 * The generation in the header of `file`, which should be of kind `kind`.
 * @throws StorageError when the file is too short, of another kind or version, or its header's checksum fails.
 */
export declare function decodeFileHeader(file: string, bytes: Uint8Array, kind: FileKind): number;
/**
 * The frames of one batch, back to back in one buffer (so that the batch
 * goes to the file in one write): payload `i` as record `i` of
 * `payloads.length`, of batch `batch` in a file of generation `generation`.
 */
export declare function encodeBatch(payloads: readonly Uint8Array[], generation: number, batch: number): Uint8Array;
/** A frame read back: where it starts, its fields, and its payload (a view into the file's bytes). */
export interface Frame {
    readonly offset: number;
    readonly index: number;
    readonly count: number;
    readonly generation: number;
    readonly batch: number;
    readonly payload: Uint8Array;
    /** Where the next frame starts. */
    readonly end: number;
}
/** The frame at `at`, or why there is no intact frame there. `view` is a view of `bytes` (made once per file by a scan). */
export declare function readFrame(bytes: Uint8Array, at: number, view?: DataView<ArrayBufferLike>): Frame | {
    readonly damage: string;
};
/** A record read back: its payload, and where its frame starts (for error messages). */
export interface StoredPayload {
    readonly payload: Uint8Array;
    readonly offset: number;
}
/** What a scan of a log segment found. */
export interface ScannedLog {
    /** The generation in its header. */
    readonly generation: number;
    /** The records of every complete batch, oldest first. */
    readonly records: readonly StoredPayload[];
    /** The number of complete batches, which is the number the next batch gets. */
    readonly batches: number;
    /** Where the complete batches end: the length the file should have. */
    readonly end: number;
    /** When the file goes on past {@link ScannedLog.end}: that the rest is a torn tail (the last write, not all of it on disk), and what is wrong at its first damaged frame. */
    readonly torn: null | {
        readonly offset: number;
        readonly damage: string;
    };
}
/**
 * Reads a log segment: its header, then frames, batch after batch. The
 * records of the last batch are kept only if the batch is complete and
 * every frame of it intact; otherwise that batch is a torn tail, and
 * {@link ScannedLog.torn} says so and where it starts.
 *
 * How a torn tail is told from damage in the middle. The writer appends one
 * batch per write, and a crash can tear only the write under way, the last
 * one. So at the first frame that is not intact (at byte `x`, in the batch
 * numbered `k`), every later byte is searched for an intact frame of this
 * generation: one from batch `k` is a piece of the same torn write, but one
 * from a later batch proves that writes completed after the damaged one —
 * the damage is in the middle, and dropping everything from `x` on would
 * lose records that were made durable. That is a {@link StorageError}, and
 * the node refuses to start rather than serve a state that forgot them.
 *
 * @throws StorageError for a bad header, damage followed by a later batch, or intact frames out of order (which no crash can produce).
 */
export declare function scanLog(file: string, bytes: Uint8Array): ScannedLog;
/** What a snapshot file holds. */
export interface ScannedSnapshot {
    readonly generation: number;
    readonly records: readonly StoredPayload[];
}
/**
 * Reads a snapshot file: its header, then the frames of exactly one
 * complete batch. A snapshot is written whole and renamed into place, so no
 * crash leaves a partial one: any damage at all is a {@link StorageError}.
 */
export declare function scanSnapshot(file: string, bytes: Uint8Array): ScannedSnapshot;

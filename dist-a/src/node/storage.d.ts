import { StorageError } from "./storage/format.js";
export { StorageError } from "./storage/format.js";
/** How records become bytes and back. `decode(encode(r))` must be a record that behaves as `r` does. */
export interface RecordCodec<R> {
    encode(record: R): Uint8Array;
    /** @throws Error with a one-line message when the bytes are not a record. */
    decode(bytes: Uint8Array): R;
}
/** One record to write; `replaces` marks one that stands for every record before it (the shape of a `persist` effect). */
export interface StorageEntry<R> {
    readonly record: R;
    readonly replaces?: boolean;
}
/** What {@link NodeStorage.open} found on disk. */
export interface Recovered<R> {
    /** The records written before, oldest first: the last replacing record and everything after it. */
    readonly records: R[];
    /** A torn tail cut off the log: the file, where it now ends, and how many bytes were dropped; `null` when the log was intact. */
    readonly repaired: null | {
        readonly file: string;
        readonly offset: number;
        readonly droppedBytes: number;
    };
    /** Files (paths) left by a snapshot write that a crash interrupted, which recovery deleted (`*.tmp`, logs of earlier generations). */
    readonly removed: readonly string[];
}
/** Options of {@link NodeStorage.open}. */
export interface StorageOptions {
    /**
     * Whether to fsync (default true). Only a benchmark measuring what fsync
     * costs should turn it off: without it, an acknowledged write can be lost
     * when the machine crashes.
     */
    readonly fsync?: boolean;
}
/** Figures since the storage was opened. */
export interface StorageStats {
    /** Bytes written to files (frames, headers, snapshots). */
    readonly bytesWritten: number;
    /** fsync and fdatasync calls, on files and on the directory. */
    readonly fsyncs: number;
    /** Records written (superseded records of a batch are not written and not counted). */
    readonly records: number;
    /** Calls of {@link NodeStorage.write} with at least one record. */
    readonly batches: number;
    /** Batches written as a snapshot (a new generation). */
    readonly snapshots: number;
    /** The current generation. */
    readonly generation: number;
    /** The current log segment's length in bytes. */
    readonly logBytes: number;
}
/** The name of the snapshot file. */
export declare const SNAPSHOT_FILE = "snapshot";
/** The name of the log segment of generation `g`: `wal-00000003.log`. */
export declare function logFileName(g: number): string;
/**
 * A node's stable storage in one directory: a snapshot and an append-only
 * log segment after it. Open with {@link NodeStorage.open}; one instance per
 * directory, used by one process.
 */
export declare class NodeStorage<R> {
    /** The directory. */
    readonly dir: string;
    private readonly codec;
    private readonly fsync;
    /** The current generation. */
    private generation;
    /** The open log segment. */
    private fd;
    /** Its length: where the next batch goes. */
    private logBytes;
    /** The next batch's number in the log segment. */
    private nextBatch;
    /** Why the storage refuses writes (closed, or a write failed), or `null`. */
    private broken;
    private bytesWritten;
    private fsyncs;
    private records;
    private batches;
    private snapshots;
    private constructor();
    /**
     * Opens the storage in `dir` (made if it does not exist) and recovers what
     * it holds: the snapshot, then the log segment of its generation. Finishes
     * what a crash interrupted (deletes `.tmp` files and stale logs, creates
     * the log of the snapshot's generation if it is missing) and cuts a torn
     * tail off the log; it changes nothing on disk when it throws.
     *
     * @throws StorageError when the data cannot be trusted: damage in the middle of the log, a damaged snapshot, a log whose snapshot is missing, a record the codec cannot decode.
     */
    static open<R>(dir: string, codec: RecordCodec<R>, options?: StorageOptions): {
        storage: NodeStorage<R>;
        recovered: Recovered<R>;
    };
    /**
     * Makes the batch's records durable, in order, before returning: one write
     * and one fdatasync for a batch appended to the log (group commit), or a
     * new snapshot when the batch holds a replacing record (the module's doc
     * comment gives the steps). All or nothing across a crash. An empty batch
     * does nothing.
     *
     * @throws StorageError when the storage is closed or failed before, or the write fails now (then it fails for good: reopen to recover).
     */
    write(batch: readonly StorageEntry<R>[]): void;
    /**
     * As {@link write}, without blocking the caller while the disk works: an
     * appended batch is written and `fdatasync`ed by the thread pool, and
     * `done` is called once it is durable (or with the error, after which the
     * storage refuses writes, as after a failed {@link write}). A batch with a
     * replacing record is written as {@link write} writes it. One batch at a
     * time: call again only after `done`.
     */
    writeAsync(batch: readonly StorageEntry<R>[], done: (err: StorageError | null) => void): void;
    /** Appends one batch to the log segment: one write, one fdatasync. */
    private append;
    /** Writes the records as the snapshot of a new generation, and starts its empty log segment (steps 1 to 4 of the module's doc comment). */
    private snapshot;
    /** Writes a new file whole and fsyncs it. */
    private writeFileDurably;
    private syncDirectory;
    /** The current log segment's path. */
    private logPath;
    /** Closes the log segment; later writes throw. Closing twice does nothing. */
    close(): void;
    /** Figures since the storage was opened, for reports and benchmarks. */
    stats(): StorageStats;
}

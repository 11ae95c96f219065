/**
 * Stable storage for a node process: what a protocol node persists
 * survives a crash of the process or of the machine, and comes back, in
 * order, when the node restarts.
 *
 * A protocol node asks for writes with `persist` effects (see
 * `src/paxos/node.ts`): records appended to a log, where a record marked
 * `replaces` stands for everything before it (a replica's snapshot, a
 * proposer's highest ballot). {@link NodeStorage} keeps such a log in one
 * directory, for records of any type, through a {@link RecordCodec} that
 * turns a record into bytes and back (`src/node/codec.ts` has the one for
 * Multi-Paxos).
 *
 * ## Files
 *
 * ```
 * <dir>/snapshot            the last replacing record, and the records of its batch after it
 * <dir>/wal-00000003.log    the log segment of generation 3: the records written after snapshot 3
 * <dir>/snapshot.tmp        a snapshot being written (only during a write, or after a crash in one)
 * <dir>/wal-00000003.log.tmp  a log segment being created (likewise)
 * ```
 *
 * Every replacing write starts a new *generation*: a new snapshot, and a new
 * empty log segment after it. Generation 0 has no snapshot. The snapshot's
 * header and the log's header and file name carry the generation, so a log
 * names the snapshot it follows. The byte formats are in
 * `src/node/storage/format.ts` and docs/storage.md: a header with a magic
 * and version per file, and per record a frame with its length, a CRC-32C
 * checksum, and its place in its batch.
 *
 * ## Writing
 *
 * {@link NodeStorage.write} takes a batch of records (a step's persist
 * effects, or several steps' — group commit) and returns once they are
 * durable, so the host may then send the messages that reveal them.
 *
 * A batch without a replacing record is *appended*: its frames go to the
 * log segment in one `write`, then one `fdatasync`. A batch is all or
 * nothing: recovery drops a batch whose last frame is not intact.
 *
 * A batch with a replacing record is a *snapshot*: the records before the
 * last replacing one are superseded and never written; that record and the
 * ones after it in the batch become generation `g + 1` (the current one is
 * `g`), in these steps:
 *
 * 1. write `snapshot.tmp` (header of generation `g + 1`, the records as
 *    one batch), fsync it;
 * 2. rename `snapshot.tmp` to `snapshot` (replacing snapshot `g`, if any),
 *    fsync the directory — the commit point;
 * 3. write `wal-(g+1).log.tmp` (a header only), fsync it, rename it to
 *    `wal-(g+1).log`;
 * 4. delete `wal-g.log`, fsync the directory.
 *
 * ## Why a crash at any point recovers exactly the records written
 *
 * Recovery ({@link NodeStorage.open}) reads `snapshot` (generation `s`, or
 * `s = 0` and no records when there is none) and then the log of
 * generation `s`, if it is there; it deletes `*.tmp` files and logs of
 * generations below `s`, and it refuses to start when a log of a
 * generation above `s` exists (its snapshot is missing: the log's records
 * alone would be a state with the snapshot's history forgotten). Take a
 * crash at each point of a snapshot write, from generation `g`:
 *
 * - before step 1 ends: `snapshot.tmp` may be there, whole or partial; it is
 *   deleted, and recovery reads snapshot `g` and `wal-g.log`: the state
 *   before the batch, which `write` had not acknowledged.
 * - after the rename of step 2, before the directory's fsync: the rename
 *   may or may not have reached the disk. If not, as above. If it did,
 *   `snapshot` is generation `g + 1` and `wal-g.log` is a stale log
 *   (deleted), and there is no log `g + 1` yet (created empty): the state
 *   after the batch. Either is correct for a batch not yet acknowledged,
 *   and nothing in between is possible, since the rename is atomic.
 * - after step 2, before or during step 3: snapshot `g + 1`, no log
 *   `g + 1` or only its `.tmp` (deleted), stale `wal-g.log` (deleted):
 *   the state after the batch, with an empty log.
 * - after the rename of step 3, before step 4 ends: `wal-(g+1).log` (its
 *   header was fsynced before the rename, so it is whole if it is there
 *   at all) and possibly `wal-g.log`, stale: the state after the batch.
 * - after step 4: the state after the batch, and the log is ready for
 *   appends.
 *
 * A crash during an append leaves the log segment with a prefix of the
 * batch's bytes, in any order of blocks a disk may choose: recovery finds
 * the last batch incomplete or damaged, truncates the file where the batch
 * began, and gets the records of the batches before it — every
 * acknowledged batch, since a batch is acknowledged only after its
 * `fdatasync`. Damage anywhere else (an intact record of a later batch
 * follows it) cannot come from a crash, and is a {@link StorageError}.
 *
 * If a write or an fsync fails (a full disk, an I/O error), this storage
 * refuses all further writes: after a failed fsync, what the page cache
 * holds is not known to match the disk, and retrying could report as
 * durable a write that is lost. The node should exit; reopening recovers
 * what is on disk.
 *
 * One directory belongs to one storage: two processes must not open the
 * same directory at once (nothing here locks it). A process that plays
 * several roles, each with its own replacing records, gives each role its
 * own directory, since a replacing record supersedes everything before it.
 *
 * @module
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { encodeBatch, encodeFileHeader, FILE_HEADER_BYTES, scanLog, scanSnapshot, StorageError } from "./storage/format.js";
export { StorageError } from "./storage/format.js";
/** The name of the snapshot file. */
export const SNAPSHOT_FILE = "snapshot";
/** The suffix of a file being written, before its rename into place. */
const TMP = ".tmp";
/** The name of the log segment of generation `g`: `wal-00000003.log`. */
export function logFileName(g) {
    return `wal-${String(g).padStart(8, "0")}.log`;
}
const LOG_NAME = /^wal-(\d+)\.log$/;
/** Writes all of `bytes` at the end of the file open as `fd` (a write may take fewer bytes than asked). */
function writeAll(fd, bytes) {
    for (let at = 0; at < bytes.length;)
        at += fs.writeSync(fd, bytes, at, bytes.length - at);
}
/**
 * A node's stable storage in one directory: a snapshot and an append-only
 * log segment after it. Open with {@link NodeStorage.open}; one instance per
 * directory, used by one process.
 */
export class NodeStorage {
    dir;
    codec;
    fsync;
    generation;
    /** The open log segment. */
    fd;
    /** Its length: where the next batch goes. */
    logBytes;
    /** The next batch's number in the log segment. */
    nextBatch;
    /** Why the storage refuses writes (closed, or a write failed), or `null`. */
    broken = null;
    bytesWritten = 0;
    fsyncs = 0;
    records = 0;
    batches = 0;
    snapshots = 0;
    constructor(
    /** The directory. */
    dir, codec, fsync, 
    /** The current generation. */
    generation, log) {
        this.dir = dir;
        this.codec = codec;
        this.fsync = fsync;
        this.generation = generation;
        this.fd = log.fd;
        this.logBytes = log.bytes;
        this.nextBatch = log.batches;
    }
    /**
     * Opens the storage in `dir` (made if it does not exist) and recovers what
     * it holds: the snapshot, then the log segment of its generation. Finishes
     * what a crash interrupted (deletes `.tmp` files and stale logs, creates
     * the log of the snapshot's generation if it is missing) and cuts a torn
     * tail off the log; it changes nothing on disk when it throws.
     *
     * @throws StorageError when the data cannot be trusted: damage in the middle of the log, a damaged snapshot, a log whose snapshot is missing, a record the codec cannot decode.
     */
    static open(dir, codec, options = {}) {
        const fsync = options.fsync ?? true;
        if (!fs.existsSync(dir)) {
            fs.mkdirSync(dir, { recursive: true });
            if (fsync)
                syncDirectory(path.dirname(path.resolve(dir)));
        }
        const names = fs.readdirSync(dir);
        const where = (name) => path.join(dir, name);
        // Read and check everything first; change nothing until all of it is known to be sound.
        let generation = 0;
        const stored = [];
        if (names.includes(SNAPSHOT_FILE)) {
            const file = where(SNAPSHOT_FILE);
            const snap = scanSnapshot(file, fs.readFileSync(file));
            if (snap.generation === 0)
                throw new StorageError(file, 12, "a snapshot of generation 0 (generation 0 is the one before any snapshot)");
            generation = snap.generation;
            for (const p of snap.records)
                stored.push({ file, payload: p });
        }
        // Log segments by their names, as this code writes them (another spelling of a number is not one of ours).
        const logs = names.flatMap((name) => {
            const m = LOG_NAME.exec(name);
            return m !== null && name === logFileName(Number(m[1])) ? [{ name, generation: Number(m[1]) }] : [];
        });
        for (const log of logs) {
            if (log.generation > generation) {
                const has = names.includes(SNAPSHOT_FILE) ? `${SNAPSHOT_FILE} is of generation ${generation}` : `there is no ${SNAPSHOT_FILE}`;
                throw new StorageError(where(log.name), 12, `the log follows snapshot generation ${log.generation}, but ${has}: the snapshot is missing`);
            }
        }
        const removed = [
            ...names.filter((n) => n.endsWith(TMP) && (n === SNAPSHOT_FILE + TMP || LOG_NAME.test(n.slice(0, -TMP.length)))),
            ...logs.filter((l) => l.generation < generation).map((l) => l.name),
        ].map(where);
        const liveName = logFileName(generation);
        const live = logs.find((l) => l.generation === generation);
        const scan = live === undefined ? null : scanLog(where(live.name), fs.readFileSync(where(live.name)));
        if (scan !== null && live !== undefined) {
            if (scan.generation !== generation)
                throw new StorageError(where(live.name), 12, `the file is named for generation ${generation}, but its header says ${scan.generation}`);
            for (const p of scan.records)
                stored.push({ file: where(live.name), payload: p });
        }
        const records = stored.map(({ file, payload }) => {
            try {
                return codec.decode(payload.payload);
            }
            catch (e) {
                throw new StorageError(file, payload.offset, `the record's checksum is right but it does not decode: ${e instanceof Error ? e.message : String(e)}`);
            }
        });
        // Now finish what a crash interrupted, and repair a torn tail.
        let changedDirectory = false;
        for (const file of removed) {
            fs.rmSync(file, { force: true });
            changedDirectory = true;
        }
        let repaired = null;
        let fd;
        if (scan === null) {
            createLog(where(liveName), generation, fsync);
            changedDirectory = true;
            fd = fs.openSync(where(liveName), "a");
        }
        else {
            fd = fs.openSync(where(liveName), "a");
            if (scan.torn !== null) {
                const size = fs.fstatSync(fd).size;
                fs.ftruncateSync(fd, scan.end);
                if (fsync)
                    fs.fsyncSync(fd);
                repaired = { file: where(liveName), offset: scan.end, droppedBytes: size - scan.end };
            }
        }
        if (changedDirectory && fsync)
            syncDirectory(dir);
        const storage = new NodeStorage(dir, codec, fsync, generation, { fd, bytes: scan?.end ?? FILE_HEADER_BYTES, batches: scan?.batches ?? 0 });
        return { storage, recovered: { records, repaired, removed } };
    }
    /**
     * Makes the batch's records durable, in order, before returning: one write
     * and one fdatasync for a batch appended to the log (group commit), or a
     * new snapshot when the batch holds a replacing record (the module's doc
     * comment gives the steps). All or nothing across a crash. An empty batch
     * does nothing.
     *
     * @throws StorageError when the storage is closed or failed before, or the write fails now (then it fails for good: reopen to recover).
     */
    write(batch) {
        if (this.broken !== null)
            throw new StorageError(this.logPath(), this.logBytes, `storage refuses writes: ${this.broken}`);
        if (batch.length === 0)
            return;
        let last = -1;
        batch.forEach((e, i) => {
            if (e.replaces === true)
                last = i;
        });
        const kept = last < 0 ? batch : batch.slice(last);
        const payloads = kept.map((e) => this.codec.encode(e.record));
        try {
            if (last < 0)
                this.append(payloads);
            else
                this.snapshot(payloads);
        }
        catch (e) {
            this.broken = `a write failed at byte ${this.logBytes} of ${this.logPath()}: ${e instanceof Error ? e.message : String(e)}`;
            throw new StorageError(this.logPath(), this.logBytes, `write failed: ${e instanceof Error ? e.message : String(e)}`);
        }
        this.records += payloads.length;
        this.batches++;
    }
    /**
     * As {@link write}, without blocking the caller while the disk works: an
     * appended batch is written and `fdatasync`ed by the thread pool, and
     * `done` is called once it is durable (or with the error, after which the
     * storage refuses writes, as after a failed {@link write}). A batch with a
     * replacing record is written as {@link write} writes it. One batch at a
     * time: call again only after `done`.
     */
    writeAsync(batch, done) {
        const fail = (e) => {
            const message = e instanceof Error ? e.message : String(e);
            if (this.broken === null)
                this.broken = `a write failed at byte ${this.logBytes} of ${this.logPath()}: ${message}`;
            done(e instanceof StorageError ? e : new StorageError(this.logPath(), this.logBytes, `write failed: ${message}`));
        };
        if (this.broken !== null || batch.length === 0 || batch.some((e) => e.replaces === true)) {
            try {
                this.write(batch);
            }
            catch (e) {
                return void setImmediate(() => fail(e));
            }
            return void setImmediate(() => done(null));
        }
        const payloads = batch.map((e) => this.codec.encode(e.record));
        const bytes = encodeBatch(payloads, this.generation, this.nextBatch);
        const fd = this.fd;
        const at = this.logBytes;
        // The next batch's number and place are taken now: the caller waits for `done` before the next call.
        this.nextBatch++;
        this.logBytes += bytes.length;
        const synced = () => {
            this.bytesWritten += bytes.length;
            this.records += payloads.length;
            this.batches++;
            done(null);
        };
        const writeFrom = (offset) => {
            fs.write(fd, bytes, offset, bytes.length - offset, at + offset, (err, n) => {
                if (err !== null)
                    return fail(err);
                if (offset + n < bytes.length)
                    return writeFrom(offset + n);
                if (!this.fsync)
                    return synced();
                fs.fdatasync(fd, (e) => {
                    if (e !== null)
                        return fail(e);
                    this.fsyncs++;
                    synced();
                });
            });
        };
        writeFrom(0);
    }
    /** Appends one batch to the log segment: one write, one fdatasync. */
    append(payloads) {
        const bytes = encodeBatch(payloads, this.generation, this.nextBatch);
        try {
            writeAll(this.fd, bytes);
            if (this.fsync) {
                fs.fdatasyncSync(this.fd);
                this.fsyncs++;
            }
        }
        catch (e) {
            // Take the partial batch back off, so the file does not end in damage; the storage is failed anyway.
            try {
                fs.ftruncateSync(this.fd, this.logBytes);
            }
            catch {
                // Recovery will find the partial batch as a torn tail.
            }
            throw e;
        }
        this.bytesWritten += bytes.length;
        this.logBytes += bytes.length;
        this.nextBatch++;
    }
    /** Writes the records as the snapshot of a new generation, and starts its empty log segment (steps 1 to 4 of the module's doc comment). */
    snapshot(payloads) {
        const g = this.generation + 1;
        const header = encodeFileHeader("snapshot", g);
        const frames = encodeBatch(payloads, g, 0);
        const snapshot = new Uint8Array(header.length + frames.length);
        snapshot.set(header, 0);
        snapshot.set(frames, header.length);
        // 1. The new snapshot, whole and durable under a name recovery ignores.
        const tmp = path.join(this.dir, SNAPSHOT_FILE + TMP);
        this.writeFileDurably(tmp, snapshot);
        // 2. The commit point: the rename, made durable by the directory's fsync.
        fs.renameSync(tmp, path.join(this.dir, SNAPSHOT_FILE));
        this.syncDirectory();
        // 3. The new generation's empty log.
        const old = this.logPath();
        const log = path.join(this.dir, logFileName(g));
        this.writeFileDurably(log + TMP, encodeFileHeader("log", g));
        fs.renameSync(log + TMP, log);
        // 4. The old log is stale now; its deletion and the new log's name, durable together.
        fs.closeSync(this.fd);
        this.fd = fs.openSync(log, "a");
        fs.rmSync(old, { force: true });
        this.syncDirectory();
        this.generation = g;
        this.logBytes = FILE_HEADER_BYTES;
        this.nextBatch = 0;
        this.snapshots++;
    }
    /** Writes a new file whole and fsyncs it. */
    writeFileDurably(file, bytes) {
        const fd = fs.openSync(file, "w");
        try {
            writeAll(fd, bytes);
            if (this.fsync) {
                fs.fsyncSync(fd);
                this.fsyncs++;
            }
        }
        finally {
            fs.closeSync(fd);
        }
        this.bytesWritten += bytes.length;
    }
    syncDirectory() {
        if (!this.fsync)
            return;
        syncDirectory(this.dir);
        this.fsyncs++;
    }
    /** The current log segment's path. */
    logPath() {
        return path.join(this.dir, logFileName(this.generation));
    }
    /** Closes the log segment; later writes throw. Closing twice does nothing. */
    close() {
        this.broken = "it is closed";
        if (this.fd < 0)
            return;
        const fd = this.fd;
        this.fd = -1;
        try {
            fs.closeSync(fd);
        }
        catch {
            // A snapshot write that failed may have closed it already.
        }
    }
    /** Figures since the storage was opened, for reports and benchmarks. */
    stats() {
        return {
            bytesWritten: this.bytesWritten,
            fsyncs: this.fsyncs,
            records: this.records,
            batches: this.batches,
            snapshots: this.snapshots,
            generation: this.generation,
            logBytes: this.logBytes,
        };
    }
}
/** Creates the empty log segment of generation `g` at `file`: header written and fsynced under a temporary name, then renamed into place. */
function createLog(file, g, fsync) {
    const fd = fs.openSync(file + TMP, "w");
    try {
        writeAll(fd, encodeFileHeader("log", g));
        if (fsync)
            fs.fsyncSync(fd);
    }
    finally {
        fs.closeSync(fd);
    }
    fs.renameSync(file + TMP, file);
}
/**
 * Makes a directory's entries durable (a created, renamed or deleted file):
 * on Linux and macOS, by fsync of the directory itself. Windows cannot open
 * a directory for that, and its file system journals names itself.
 */
function syncDirectory(dir) {
    if (process.platform === "win32")
        return;
    const fd = fs.openSync(dir, "r");
    try {
        fs.fsyncSync(fd);
    }
    finally {
        fs.closeSync(fd);
    }
}
//# sourceMappingURL=storage.js.map
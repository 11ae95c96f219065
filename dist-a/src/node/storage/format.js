/**
 * The bytes of stable storage: the header that opens every file, the frame
 * around every record, and the scans that read them back and say what is
 * wrong when something is. Pure functions over byte arrays; the files
 * themselves are `src/node/storage.ts`'s business. docs/storage.md describes
 * the same layout for readers who want to write their own reader.
 *
 * All integers are little-endian. A file is a header followed by frames:
 *
 * ```
 * file header (24 bytes)
 *   0   8  magic: "PAXOSLOG" (a log segment) or "PAXOSNAP" (a snapshot)
 *   8   4  format version, 1
 *  12   8  generation: the snapshot this file belongs to (0: none yet)
 *  20   4  CRC-32C of bytes 0..19
 *
 * frame (36 bytes, then the payload)
 *   0   4  magic: "PXRC"
 *   4   4  CRC-32C of bytes 8 .. 36+n (the rest of the header and the payload)
 *   8   4  n, the payload's length in bytes
 *  12   4  the record's index in its batch, 0 .. count-1
 *  16   4  count, the number of records in its batch
 *  20   8  generation, the same as the file header's
 *  28   8  batch: the number of the write that wrote it, 0, 1, 2, ... in its file
 *  36   n  payload: the record, as the codec encoded it
 * ```
 *
 * Why each field is there:
 * - The magics let a reader (and the scan for later records, below) find
 *   frames without trusting a length field.
 * - The checksum catches a torn write (a record only partly on disk) and a
 *   flipped bit; it covers the length, so a damaged length is caught too.
 * - Index and count make a batch atomic: a batch whose last record is not on
 *   disk is incomplete, and recovery drops all of it.
 * - The generation tells this file's frames from stale ones of an earlier
 *   file that a file system may leave in the blocks past a file's end after a
 *   crash.
 * - The batch number says, for a valid frame found after a damaged one,
 *   whether it belongs to the same (last) write or to a later one — that is,
 *   whether the damage is a torn tail or a hole in the middle.
 *
 * @module
 */
import { crc32c } from "./crc32c.js";
/**
 * Something on disk is not as the writer left it, or cannot have been left
 * that way by a crash: a checksum that fails with valid records after it, a
 * missing snapshot, a header of another format. The message is one line,
 * `<file>: byte <offset>: <what is wrong>`.
 */
export class StorageError extends Error {
    file;
    offset;
    problem;
    constructor(
    /** The file, as a path. */
    file, 
    /** The byte offset in it where the problem is. */
    offset, 
    /** What is wrong, without the place. */
    problem) {
        super(`${file}: byte ${offset}: ${problem}`);
        this.file = file;
        this.offset = offset;
        this.problem = problem;
        this.name = "StorageError";
    }
}
/** The format version this code writes and reads. */
export const FORMAT_VERSION = 1;
const FILE_MAGIC = { log: "PAXOSLOG", snapshot: "PAXOSNAP" };
/** Bytes in a file header. */
export const FILE_HEADER_BYTES = 24;
/** The frame magic, "PXRC". */
const FRAME_MAGIC = [0x50, 0x58, 0x52, 0x43];
/** Bytes in a frame header, before the payload. */
export const FRAME_HEADER_BYTES = 36;
/** The largest payload a frame may hold (1 GiB): a larger length field is damage, not a record. */
export const MAX_PAYLOAD_BYTES = 2 ** 30;
/** Writes `n` (a whole number below 2^53) as 8 little-endian bytes. */
function setUint64(view, at, n) {
    view.setUint32(at, n % 2 ** 32, true);
    view.setUint32(at + 4, Math.floor(n / 2 ** 32), true);
}
/** Reads 8 little-endian bytes as a number (exact below 2^53). */
function getUint64(view, at) {
    return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}
function viewOf(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** The header of a file of kind `kind` that belongs to generation `generation`. */
export function encodeFileHeader(kind, generation) {
    const bytes = new Uint8Array(FILE_HEADER_BYTES);
    const view = viewOf(bytes);
    for (let i = 0; i < 8; i++)
        bytes[i] = FILE_MAGIC[kind].charCodeAt(i);
    view.setUint32(8, FORMAT_VERSION, true);
    setUint64(view, 12, generation);
    view.setUint32(20, crc32c(bytes, 0, 20), true);
    return bytes;
}
/**
 * The generation in the header of `file`, which should be of kind `kind`.
 * @throws StorageError when the file is too short, of another kind or version, or its header's checksum fails.
 */
export function decodeFileHeader(file, bytes, kind) {
    if (bytes.length < FILE_HEADER_BYTES)
        throw new StorageError(file, bytes.length, `the file ends inside its ${FILE_HEADER_BYTES}-byte header`);
    const view = viewOf(bytes);
    const magic = String.fromCharCode(...bytes.subarray(0, 8));
    if (magic !== FILE_MAGIC[kind])
        throw new StorageError(file, 0, `not a ${kind} file: its magic is ${JSON.stringify(magic)}, expected ${JSON.stringify(FILE_MAGIC[kind])}`);
    const stored = view.getUint32(20, true);
    const computed = crc32c(bytes, 0, 20);
    if (stored !== computed)
        throw new StorageError(file, 0, `file header checksum mismatch (stored ${hex(stored)}, computed ${hex(computed)})`);
    const version = view.getUint32(8, true);
    if (version !== FORMAT_VERSION)
        throw new StorageError(file, 8, `format version ${version}, but this program reads version ${FORMAT_VERSION}`);
    return getUint64(view, 12);
}
/** A number as `0x` and 8 hex digits. */
function hex(n) {
    return `0x${n.toString(16).padStart(8, "0")}`;
}
/**
 * The frames of one batch, back to back in one buffer (so that the batch
 * goes to the file in one write): payload `i` as record `i` of
 * `payloads.length`, of batch `batch` in a file of generation `generation`.
 */
export function encodeBatch(payloads, generation, batch) {
    let total = 0;
    for (const p of payloads) {
        if (p.length > MAX_PAYLOAD_BYTES)
            throw new RangeError(`a record of ${p.length} bytes is larger than the ${MAX_PAYLOAD_BYTES} a frame holds`);
        total += FRAME_HEADER_BYTES + p.length;
    }
    const bytes = new Uint8Array(total);
    const view = viewOf(bytes);
    let at = 0;
    payloads.forEach((p, i) => {
        bytes.set(FRAME_MAGIC, at);
        view.setUint32(at + 8, p.length, true);
        view.setUint32(at + 12, i, true);
        view.setUint32(at + 16, payloads.length, true);
        setUint64(view, at + 20, generation);
        setUint64(view, at + 28, batch);
        bytes.set(p, at + FRAME_HEADER_BYTES);
        view.setUint32(at + 4, crc32c(bytes, at + 8, at + FRAME_HEADER_BYTES + p.length), true);
        at += FRAME_HEADER_BYTES + p.length;
    });
    return bytes;
}
/** Whether the frame magic is at `at`. */
function magicAt(bytes, at) {
    return bytes[at] === FRAME_MAGIC[0] && bytes[at + 1] === FRAME_MAGIC[1] && bytes[at + 2] === FRAME_MAGIC[2] && bytes[at + 3] === FRAME_MAGIC[3];
}
/** The frame at `at`, or why there is no intact frame there. `view` is a view of `bytes` (made once per file by a scan). */
export function readFrame(bytes, at, view = viewOf(bytes)) {
    const left = bytes.length - at;
    if (left < FRAME_HEADER_BYTES)
        return { damage: `the file ends inside a record header (${left} of ${FRAME_HEADER_BYTES} bytes)` };
    if (!magicAt(bytes, at))
        return { damage: "no record starts here (its magic is wrong)" };
    const n = view.getUint32(at + 8, true);
    if (n > MAX_PAYLOAD_BYTES || FRAME_HEADER_BYTES + n > left) {
        // The length is checked by the checksum too; when it runs past the end, the checksum cannot even be computed.
        return { damage: `the record's length (${n} bytes) runs past the end of the file (${left - FRAME_HEADER_BYTES} bytes left)` };
    }
    const end = at + FRAME_HEADER_BYTES + n;
    const stored = view.getUint32(at + 4, true);
    const computed = crc32c(bytes, at + 8, end);
    if (stored !== computed)
        return { damage: `record checksum mismatch (stored ${hex(stored)}, computed ${hex(computed)})` };
    return {
        offset: at,
        index: view.getUint32(at + 12, true),
        count: view.getUint32(at + 16, true),
        generation: getUint64(view, at + 20),
        batch: getUint64(view, at + 28),
        payload: bytes.subarray(at + FRAME_HEADER_BYTES, end),
        end,
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
export function scanLog(file, bytes) {
    const generation = decodeFileHeader(file, bytes, "log");
    const view = viewOf(bytes);
    const records = [];
    /** The frames of the batch being read, until its last one is read. */
    let pending = [];
    let batches = 0;
    let end = FILE_HEADER_BYTES;
    let at = FILE_HEADER_BYTES;
    while (at < bytes.length) {
        const f = readFrame(bytes, at, view);
        if (!("payload" in f) || f.generation !== generation) {
            const damage = "damage" in f ? f.damage : `a record of generation ${f.generation} in a file of generation ${generation} (a stale block)`;
            refuseLaterBatch(file, bytes, at, generation, batches, damage);
            return { generation, records, batches, end, torn: { offset: end, damage: `at byte ${at}: ${damage}` } };
        }
        const expected = { batch: batches, index: pending.length, count: pending[0]?.count ?? f.count };
        if (f.batch !== expected.batch || f.index !== expected.index || f.count !== expected.count || f.count === 0) {
            throw new StorageError(file, at, `intact record out of order: record ${f.index} of ${f.count} in batch ${f.batch}, where record ${expected.index} of batch ${expected.batch} was expected`);
        }
        pending.push(f);
        at = f.end;
        if (f.index === f.count - 1) {
            for (const p of pending)
                records.push({ payload: p.payload, offset: p.offset });
            pending = [];
            batches++;
            end = at;
        }
    }
    const torn = pending.length === 0 ? null : { offset: end, damage: `the file ends inside batch ${batches} (${pending.length} of its ${pending[0].count} records)` };
    return { generation, records, batches, end, torn };
}
/**
 * Throws when an intact frame of a batch after `batch` follows the damaged
 * frame at `damagedAt`: the damage is not a torn tail. Frames are looked for
 * by their magic at every byte after the damage (a damaged length field
 * cannot be trusted to say where the next frame is).
 */
function refuseLaterBatch(file, bytes, damagedAt, generation, batch, damage) {
    const view = viewOf(bytes);
    for (let p = damagedAt + 1; p + FRAME_HEADER_BYTES <= bytes.length; p++) {
        if (!magicAt(bytes, p))
            continue;
        const f = readFrame(bytes, p, view);
        if (!("payload" in f) || f.generation !== generation)
            continue;
        if (f.batch > batch) {
            throw new StorageError(file, damagedAt, `${damage}, and an intact record of a later write follows at byte ${p}: refusing to start rather than lose it`);
        }
        p = f.end - 1;
    }
}
/**
 * Reads a snapshot file: its header, then the frames of exactly one
 * complete batch. A snapshot is written whole and renamed into place, so no
 * crash leaves a partial one: any damage at all is a {@link StorageError}.
 */
export function scanSnapshot(file, bytes) {
    const generation = decodeFileHeader(file, bytes, "snapshot");
    const records = [];
    let at = FILE_HEADER_BYTES;
    let count = 1;
    while (records.length < count) {
        const f = readFrame(bytes, at);
        if (!("payload" in f))
            throw new StorageError(file, at, `${f.damage} (a snapshot is written whole: this is not a torn write)`);
        if (records.length === 0)
            count = f.count;
        if (f.generation !== generation || f.batch !== 0 || f.index !== records.length || f.count !== count || count === 0) {
            throw new StorageError(file, at, `intact record out of order: record ${f.index} of ${f.count} in batch ${f.batch} of generation ${f.generation}`);
        }
        records.push({ payload: f.payload, offset: at });
        at = f.end;
    }
    if (at !== bytes.length)
        throw new StorageError(file, at, `${bytes.length - at} bytes follow the snapshot's last record`);
    return { generation, records };
}
//# sourceMappingURL=format.js.map
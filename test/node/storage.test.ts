/**
 * Stable storage with real files in a temporary directory: records come back
 * as written, a replacing record supersedes what came before, a torn tail is
 * cut off wherever the crash tore it, damage in the middle refuses to start,
 * a missing snapshot refuses to start, and a crash between any two steps of
 * a snapshot write recovers either the state before the batch or the state
 * after it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { logFileName, NodeStorage, SNAPSHOT_FILE, StorageError } from "../../src/node/storage.js";
import type { RecordCodec, StorageEntry } from "../../src/node/storage.js";
import { crc32c } from "../../src/node/storage/crc32c.js";
import { encodeBatch, encodeFileHeader, FILE_HEADER_BYTES, FRAME_HEADER_BYTES, scanLog } from "../../src/node/storage/format.js";
import { FC_SEED, LONG } from "../arbitraries.js";

/** A record of the tests: a number and some text, as JSON. */
interface Rec {
  readonly n: number;
  readonly text: string;
}

const codec: RecordCodec<Rec> = {
  encode: (r) => new TextEncoder().encode(JSON.stringify(r)),
  decode: (b) => {
    const v = JSON.parse(new TextDecoder().decode(b)) as unknown;
    if (typeof v !== "object" || v === null || typeof (v as Rec).n !== "number") throw new Error("not a test record");
    return v as Rec;
  },
};

const rec = (n: number, text = `record ${n}`): Rec => ({ n, text });

const root = fs.mkdtempSync(path.join(os.tmpdir(), "paxos-storage-test-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let dirs = 0;

/** A fresh directory path (not created). */
function freshDir(): string {
  return path.join(root, `d${++dirs}`);
}

/** Opens, writes the batches, closes; gives the log's length after each batch. */
function writeAll(dir: string, batches: readonly (readonly StorageEntry<Rec>[])[]): number[] {
  const { storage } = NodeStorage.open(dir, codec);
  const ends: number[] = [];
  for (const b of batches) {
    storage.write(b);
    ends.push(storage.stats().logBytes);
  }
  storage.close();
  return ends;
}

/** Opens and closes the storage: what it recovers. */
function reopen(dir: string): ReturnType<typeof NodeStorage.open<Rec>>["recovered"] {
  const { storage, recovered } = NodeStorage.open(dir, codec);
  storage.close();
  return recovered;
}

/** A copy of a directory's files. */
function copyDir(from: string): string {
  const to = freshDir();
  fs.cpSync(from, to, { recursive: true });
  return to;
}

/** The error `f` throws, which must be a StorageError. */
function storageError(f: () => unknown): StorageError {
  try {
    f();
  } catch (e) {
    if (e instanceof StorageError) return e;
    throw e;
  }
  throw new Error("expected a StorageError, but nothing was thrown");
}

/** The records a model of the storage holds after these batches: from the last replacing record on. */
function model(batches: readonly (readonly StorageEntry<Rec>[])[]): Rec[] {
  let out: Rec[] = [];
  for (const b of batches) for (const e of b) out = e.replaces === true ? [e.record] : [...out, e.record];
  return out;
}

const one = (r: Rec, replaces = false): StorageEntry<Rec>[] => [{ record: r, replaces }];

describe("CRC-32C", () => {
  it("gives the published check values", () => {
    // The standard check value, and the iSCSI test vectors (RFC 3720, B.4).
    expect(crc32c(new TextEncoder().encode("123456789"))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i))).toBe(0x113fdb5c);
  });

  it("agrees with the one-byte-at-a-time definition at every length and alignment, and continues a computation", () => {
    const bitwise = (b: Uint8Array): number => {
      let c = 0xffffffff;
      for (const x of b) {
        c ^= x;
        for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
      }
      return ~c >>> 0;
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(100), (bytes, k) => {
        const cut = Math.min(k, bytes.length);
        expect(crc32c(bytes)).toBe(bitwise(bytes));
        expect(crc32c(bytes, cut, bytes.length, crc32c(bytes, 0, cut))).toBe(bitwise(bytes));
      }),
      { seed: FC_SEED, numRuns: 200 },
    );
  });
});

describe("stable storage", () => {
  console.log(`fast-check seed ${FC_SEED} (set FC_SEED to replay)`);

  it("starts empty in an absent directory (and makes it) and in an empty one", () => {
    const dir = path.join(freshDir(), "nested", "a1");
    expect(reopen(dir)).toEqual({ records: [], repaired: null, removed: [] });
    expect(fs.readdirSync(dir)).toEqual([logFileName(0)]);
    expect(reopen(dir)).toEqual({ records: [], repaired: null, removed: [] });
    const empty = freshDir();
    fs.mkdirSync(empty);
    expect(reopen(empty).records).toEqual([]);
  });

  it("gives back the records written, oldest first, across reopenings", () => {
    const dir = freshDir();
    writeAll(dir, [one(rec(1)), [{ record: rec(2) }, { record: rec(3) }], []]);
    expect(reopen(dir).records).toEqual([rec(1), rec(2), rec(3)]);
    writeAll(dir, [one(rec(4))]);
    expect(reopen(dir)).toEqual({ records: [rec(1), rec(2), rec(3), rec(4)], repaired: null, removed: [] });
  });

  it("counts what it writes: one fdatasync per appended batch, four fsyncs per snapshot", () => {
    const { storage } = NodeStorage.open(freshDir(), codec);
    storage.write([{ record: rec(1) }, { record: rec(2) }, { record: rec(3) }]);
    const frames = (FRAME_HEADER_BYTES + codec.encode(rec(1)).length) * 3;
    expect(storage.stats()).toEqual({ bytesWritten: frames, fsyncs: 1, records: 3, batches: 1, snapshots: 0, generation: 0, logBytes: FILE_HEADER_BYTES + frames });
    storage.write(one(rec(4), true));
    expect(storage.stats()).toMatchObject({ fsyncs: 5, records: 4, batches: 2, snapshots: 1, generation: 1, logBytes: FILE_HEADER_BYTES });
    storage.close();
  });

  it("lets a replacing record supersede every record before it, in a new generation, and deletes the old log", () => {
    const dir = freshDir();
    writeAll(dir, [one(rec(1)), one(rec(2)), one(rec(3), true), one(rec(4))]);
    expect(fs.readdirSync(dir).sort()).toEqual([SNAPSHOT_FILE, logFileName(1)]);
    expect(reopen(dir).records).toEqual([rec(3), rec(4)]);
    // Within one batch: the records before the last replacing one are never written; those after it go into the snapshot.
    writeAll(dir, [[{ record: rec(5) }, { record: rec(6), replaces: true }, { record: rec(7) }, { record: rec(8), replaces: true }, { record: rec(9) }]]);
    expect(fs.readdirSync(dir).sort()).toEqual([SNAPSHOT_FILE, logFileName(2)]);
    expect(fs.statSync(path.join(dir, logFileName(2))).size).toBe(FILE_HEADER_BYTES);
    expect(reopen(dir).records).toEqual([rec(8), rec(9)]);
    writeAll(dir, [one(rec(10)), one(rec(11), true)]);
    expect(reopen(dir).records).toEqual([rec(11)]);
  });

  it("agrees with a model of the log over random batches, with replacing records, reopened at random points", () => {
    const entry = fc.record({ record: fc.record({ n: fc.integer(), text: fc.string({ maxLength: 40 }) }), replaces: fc.boolean() }, { requiredKeys: ["record"] });
    const plan = fc.array(fc.record({ batch: fc.array(entry, { maxLength: 6 }), reopen: fc.boolean() }), { maxLength: 12 });
    fc.assert(
      fc.property(plan, (steps) => {
        const dir = freshDir();
        let { storage } = NodeStorage.open(dir, codec);
        const done: StorageEntry<Rec>[][] = [];
        for (const s of steps) {
          storage.write(s.batch);
          done.push(s.batch);
          if (s.reopen) {
            storage.close();
            const again = NodeStorage.open(dir, codec);
            expect(again.recovered.records).toEqual(model(done));
            expect(again.recovered.repaired).toBeNull();
            storage = again.storage;
          }
        }
        storage.close();
        expect(reopen(dir).records).toEqual(model(done));
      }),
      { seed: FC_SEED, numRuns: LONG ? 200 : 25 },
    );
  });

  it("cuts a torn last record at every byte offset: the records before it come back, the repair is reported, and later writes append after them", () => {
    const base = freshDir();
    const ends = writeAll(base, [one(rec(1)), one(rec(2)), one(rec(3, "the last record, torn"))]);
    const start = ends[1]!;
    const end = ends[2]!;
    const log = logFileName(0);
    for (let cut = start; cut < end; cut++) {
      const dir = copyDir(base);
      fs.truncateSync(path.join(dir, log), cut);
      const r = reopen(dir);
      expect(r.records, `cut at byte ${cut}`).toEqual([rec(1), rec(2)]);
      expect(r.repaired, `cut at byte ${cut}`).toEqual(cut === start ? null : { file: path.join(dir, log), offset: start, droppedBytes: cut - start });
      expect(fs.statSync(path.join(dir, log)).size).toBe(start);
      writeAll(dir, [one(rec(4))]);
      expect(reopen(dir), `cut at byte ${cut}, then a write`).toEqual({ records: [rec(1), rec(2), rec(4)], repaired: null, removed: [] });
      fs.rmSync(dir, { recursive: true });
    }
  });

  it("drops the whole last batch when it is torn anywhere: a batch is all or nothing", () => {
    const base = freshDir();
    const ends = writeAll(base, [one(rec(1)), [{ record: rec(2) }, { record: rec(3) }, { record: rec(4) }]]);
    const log = logFileName(0);
    for (let cut = ends[0]! + 1; cut < ends[1]!; cut += 7) {
      const dir = copyDir(base);
      fs.truncateSync(path.join(dir, log), cut);
      const r = reopen(dir);
      expect(r.records, `cut at byte ${cut}`).toEqual([rec(1)]);
      expect(r.repaired?.offset).toBe(ends[0]);
    }
  });

  it("cuts a torn tail at a random point of random batches (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(1000), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (ns, where) => {
        const dir = freshDir();
        const batches = ns.map((b) => b.map((n) => ({ record: rec(n) })));
        const ends = writeAll(dir, batches);
        const cut = FILE_HEADER_BYTES + Math.floor(where * (ends[ends.length - 1]! - FILE_HEADER_BYTES));
        fs.truncateSync(path.join(dir, logFileName(0)), cut);
        const whole = ends.filter((e) => e <= cut).length;
        const r = reopen(dir);
        expect(r.records).toEqual(model(batches.slice(0, whole)));
        expect(r.repaired?.offset ?? cut).toBe(whole === 0 ? FILE_HEADER_BYTES : ends[whole - 1]);
      }),
      { seed: FC_SEED, numRuns: LONG ? 200 : 40 },
    );
  });

  it("finds a flipped bit in every byte of every record: in the last record it is a torn tail, cut off; before it, a StorageError naming the file and the record's offset", () => {
    const base = freshDir();
    const ends = writeAll(base, [one(rec(1)), one(rec(2)), one(rec(3)), one(rec(4))]);
    const starts = [FILE_HEADER_BYTES, ...ends.slice(0, -1)];
    const log = logFileName(0);
    const original = fs.readFileSync(path.join(base, log));
    const dir = freshDir();
    starts.forEach((start, i) => {
      const last = i === starts.length - 1;
      for (let at = start; at < ends[i]!; at++) {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.cpSync(base, dir, { recursive: true });
        const bytes = Buffer.from(original);
        bytes[at]! ^= 1 << (at % 8);
        fs.writeFileSync(path.join(dir, log), bytes);
        if (last) {
          const r = reopen(dir);
          expect(r.records, `flip at byte ${at}`).toEqual([rec(1), rec(2), rec(3)]);
          expect(r.repaired, `flip at byte ${at}`).toEqual({ file: path.join(dir, log), offset: start, droppedBytes: ends[i]! - start });
        } else {
          const e = storageError(() => reopen(dir));
          expect(e.file).toBe(path.join(dir, log));
          expect(e.offset, `flip at byte ${at}`).toBe(start);
          expect(e.message).toMatch(
            new RegExp(`^${escape(path.join(dir, log))}: byte ${start}: .*an intact record of a later write follows at byte ${ends[i]}: refusing to start`),
          );
          expect(e.message).not.toContain("\n");
          // Refusing changed nothing on disk.
          expect(fs.readFileSync(path.join(dir, log)).equals(bytes)).toBe(true);
        }
      }
    });
  });

  it("tells damage in the last batch (a torn write, cut off) from damage before it (refused), for every bit of every frame", () => {
    // The same rule, on the bytes alone, for all eight bits of every byte: two batches, the last of three records.
    const log = (b: readonly (readonly number[])[]): Uint8Array => {
      const parts = [
        Buffer.from(encodeFileHeader("log", 0)),
        ...b.map((ns, i) =>
          Buffer.from(
            encodeBatch(
              ns.map((n) => codec.encode(rec(n))),
              0,
              i,
            ),
          ),
        ),
      ];
      return new Uint8Array(Buffer.concat(parts));
    };
    const bytes = log([[1], [2, 3, 4]]);
    const firstEnd = log([[1]]).length;
    for (let at = FILE_HEADER_BYTES; at < bytes.length; at++) {
      for (let bit = 0; bit < 8; bit++) {
        const damaged = bytes.slice();
        damaged[at]! ^= 1 << bit;
        if (at < firstEnd) {
          expect(() => scanLog("wal", damaged), `flip of bit ${bit} at byte ${at}`).toThrow(new RegExp(`^wal: byte ${FILE_HEADER_BYTES}: `));
        } else {
          const s = scanLog("wal", damaged);
          expect(s.end, `flip of bit ${bit} at byte ${at}`).toBe(firstEnd);
          expect(s.records.length).toBe(1);
          expect(s.torn?.offset).toBe(firstEnd);
        }
      }
    }
  });

  it("cuts off a tail of zeros or of stale frames of an earlier generation, as a file system may leave after a crash", () => {
    for (const tail of [new Uint8Array(4096), encodeBatch([codec.encode(rec(99))], 7, 1)]) {
      const dir = freshDir();
      const ends = writeAll(dir, [one(rec(1)), one(rec(2))]);
      fs.appendFileSync(path.join(dir, logFileName(0)), tail);
      const r = reopen(dir);
      expect(r.records).toEqual([rec(1), rec(2)]);
      expect(r.repaired).toEqual({ file: path.join(dir, logFileName(0)), offset: ends[1], droppedBytes: tail.length });
    }
  });

  it("reopens cleanly after a repair, and keeps appending across several repairs", () => {
    const dir = freshDir();
    const log = path.join(dir, logFileName(0));
    let expected: Rec[] = [];
    for (let round = 0; round < 5; round++) {
      writeAll(dir, [one(rec(round)), one(rec(100 + round))]);
      expected = [...expected, rec(round)];
      fs.truncateSync(log, fs.statSync(log).size - 3);
      expect(reopen(dir).repaired).not.toBeNull();
      expect(reopen(dir)).toEqual({ records: expected, repaired: null, removed: [] });
    }
  });

  it("refuses a damaged file header, a damaged snapshot, a file of another format or version, and a record the codec cannot decode", () => {
    const dir = freshDir();
    writeAll(dir, [one(rec(1), true), one(rec(2))]);
    const snap = path.join(dir, SNAPSHOT_FILE);
    const log = path.join(dir, logFileName(1));
    const damaged = (file: string, at: number, change: (b: Buffer) => void): StorageError => {
      const copy = copyDir(dir);
      const target = path.join(copy, path.basename(file));
      const bytes = fs.readFileSync(target);
      change(bytes);
      fs.writeFileSync(target, bytes);
      const e = storageError(() => reopen(copy));
      expect(e.file).toBe(target);
      expect(e.offset).toBe(at);
      return e;
    };
    expect(damaged(log, 0, (b) => (b[13]! ^= 1)).message).toMatch(/file header checksum mismatch/);
    expect(damaged(log, 0, (b) => b.write("NOTALOG!", 0)).message).toMatch(/not a log file: its magic is "NOTALOG!"/);
    expect(damaged(snap, FILE_HEADER_BYTES, (b) => (b[b.length - 1]! ^= 0x80)).message).toMatch(
      /record checksum mismatch .*\(a snapshot is written whole: this is not a torn write\)$/,
    );
    const snapBytes = fs.readFileSync(snap);
    const longer = copyDir(dir);
    fs.writeFileSync(path.join(longer, SNAPSHOT_FILE), Buffer.concat([snapBytes, Buffer.from([0, 0])]));
    expect(storageError(() => reopen(longer)).message).toBe(`${path.join(longer, SNAPSHOT_FILE)}: byte ${snapBytes.length}: 2 bytes follow the snapshot's last record`);
    expect(
      damaged(log, 8, (b) => {
        b.writeUInt32LE(2, 8);
        b.writeUInt32LE(crc32c(b, 0, 20), 20);
      }).message,
    ).toMatch(/format version 2, but this program reads version 1/);
    // An intact record that is not one: the codec's complaint, with the place.
    const other = freshDir();
    const { storage } = NodeStorage.open(other, { encode: (s: string) => new TextEncoder().encode(s), decode: (b) => new TextDecoder().decode(b) });
    storage.write([{ record: "[1, 2]" }]);
    storage.close();
    const e = storageError(() => reopen(other));
    expect(e.message).toBe(`${path.join(other, logFileName(0))}: byte ${FILE_HEADER_BYTES}: the record's checksum is right but it does not decode: not a test record`);
  });

  it("refuses a log whose snapshot is missing, or older than the log", () => {
    const dir = freshDir();
    writeAll(dir, [one(rec(1)), one(rec(2), true), one(rec(3))]);
    const gen1 = fs.readFileSync(path.join(dir, SNAPSHOT_FILE));
    const missing = copyDir(dir);
    fs.rmSync(path.join(missing, SNAPSHOT_FILE));
    const e = storageError(() => reopen(missing));
    expect(e.message).toBe(`${path.join(missing, logFileName(1))}: byte 12: the log follows snapshot generation 1, but there is no snapshot: the snapshot is missing`);
    expect(fs.readdirSync(missing)).toEqual([logFileName(1)]);
    writeAll(dir, [one(rec(4), true)]);
    fs.writeFileSync(path.join(dir, SNAPSHOT_FILE), gen1);
    expect(storageError(() => reopen(dir)).message).toMatch(/wal-00000002\.log: byte 12: the log follows snapshot generation 2, but snapshot is of generation 1/);
  });

  describe("a crash between the steps of a snapshot write recovers the state before the batch or the state after it, and goes on", () => {
    // Generation 1 with a log record (before), and generation 2 after writing a replacing batch (after); a crash state is made of their files.
    const setup = (): { before: string; after: string } => {
      const before = freshDir();
      writeAll(before, [one(rec(1)), one(rec(2), true), one(rec(3))]);
      const after = copyDir(before);
      writeAll(after, [[{ record: rec(4), replaces: true }, { record: rec(5) }]]);
      return { before, after };
    };
    const beforeRecords = [rec(2), rec(3)];
    const afterRecords = [rec(4), rec(5)];
    const file = (dir: string, name: string): Buffer => fs.readFileSync(path.join(dir, name));

    /** Recovers the crash state in `dir`, checks it, then writes and reopens. */
    const recoverAndGoOn = (dir: string, expected: Rec[], removed: readonly string[]): void => {
      const r = reopen(dir);
      expect(r.records).toEqual(expected);
      expect([...r.removed].sort()).toEqual(removed.map((n) => path.join(dir, n)).sort());
      const g = expected === afterRecords ? 2 : 1;
      expect(fs.readdirSync(dir).sort()).toEqual([SNAPSHOT_FILE, logFileName(g)]);
      writeAll(dir, [one(rec(6))]);
      expect(reopen(dir)).toEqual({ records: [...expected, rec(6)], repaired: null, removed: [] });
    };

    it("during step 1 (snapshot.tmp partly or wholly written): the state before", () => {
      const { before, after } = setup();
      const whole = file(after, SNAPSHOT_FILE);
      for (const n of [0, 10, FILE_HEADER_BYTES, whole.length - 1, whole.length]) {
        const dir = copyDir(before);
        fs.writeFileSync(path.join(dir, "snapshot.tmp"), whole.subarray(0, n));
        recoverAndGoOn(dir, beforeRecords, ["snapshot.tmp"]);
      }
    });

    it("after the rename of step 2 (snapshot of the new generation, the old log, no new log): the state after", () => {
      const { before, after } = setup();
      const dir = copyDir(before);
      fs.writeFileSync(path.join(dir, SNAPSHOT_FILE), file(after, SNAPSHOT_FILE));
      recoverAndGoOn(dir, afterRecords, [logFileName(1)]);
    });

    it("during step 3 (the new log's .tmp partly written): the state after", () => {
      const { before, after } = setup();
      for (const n of [0, 5, FILE_HEADER_BYTES]) {
        const dir = copyDir(before);
        fs.writeFileSync(path.join(dir, SNAPSHOT_FILE), file(after, SNAPSHOT_FILE));
        fs.writeFileSync(path.join(dir, `${logFileName(2)}.tmp`), file(after, logFileName(2)).subarray(0, n));
        recoverAndGoOn(dir, afterRecords, [logFileName(1), `${logFileName(2)}.tmp`]);
      }
    });

    it("after the rename of step 3, before step 4 (both logs): the state after", () => {
      const { before, after } = setup();
      const dir = copyDir(after);
      fs.writeFileSync(path.join(dir, logFileName(1)), file(before, logFileName(1)));
      recoverAndGoOn(dir, afterRecords, [logFileName(1)]);
    });

    it("after step 4: the state after, with nothing to clean", () => {
      const { after } = setup();
      recoverAndGoOn(copyDir(after), afterRecords, []);
    });
  });

  it.skipIf(process.platform !== "linux")("fails for good when a write fails (a full disk), and reopening recovers the state before it", () => {
    const dir = freshDir();
    const { storage } = NodeStorage.open(dir, codec);
    storage.write(one(rec(1)));
    // The snapshot's temporary file turns out to be on a full device: its write fails with ENOSPC.
    fs.symlinkSync("/dev/full", path.join(dir, "snapshot.tmp"));
    const e = storageError(() => storage.write(one(rec(2), true)));
    expect(e.message).toMatch(/: byte \d+: write failed: ENOSPC/);
    expect(() => storage.write(one(rec(3)))).toThrow(/storage refuses writes: a write failed at byte \d+ of .*wal-00000000\.log: ENOSPC/);
    storage.close();
    expect(reopen(dir)).toEqual({ records: [rec(1)], repaired: null, removed: [path.join(dir, "snapshot.tmp")] });
    expect(fs.existsSync("/dev/full")).toBe(true);
  });

  it("refuses writes after close, and leaves files it does not know alone", () => {
    const dir = freshDir();
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "node.ndjson"), "{}\n");
    fs.writeFileSync(path.join(dir, "wal-7.log"), "not one of ours: its number is not spelled as the storage spells it");
    const { storage } = NodeStorage.open(dir, codec);
    storage.close();
    storage.close();
    expect(() => storage.write(one(rec(1)))).toThrow(/storage refuses writes: it is closed/);
    writeAll(dir, [one(rec(1), true)]);
    expect(fs.readdirSync(dir).sort()).toEqual(["node.ndjson", SNAPSHOT_FILE, "wal-7.log", logFileName(1)].sort());
  });
});

/** `s` with the characters that mean something in a regular expression escaped. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Stable storage benchmark: how fast a node can make its records durable.
 *
 * - Appends: records/s and MB/s for batches of 1, 10 and 100 records (an
 *   acceptor's vote for a one-command batch, encoded by the Multi-Paxos
 *   codec), with fsync on (one fdatasync per batch: group commit) and off.
 * - The cost of one fdatasync after a small append, and of one fsync of the
 *   directory: median and 99th percentile over many calls.
 * - A snapshot write (a replica's key-value state of 1,000 keys): write,
 *   fsync, rename, fsync the directory, start a new log segment.
 * - Recovery: opening a log of 100,000 records.
 *
 * The files go to a fresh directory under the system's temporary directory,
 * or under the directory given as the first argument (to measure another
 * disk). Prints figures; nothing here passes or fails.
 *
 * Run: `npm run build && node dist/bench/storage.js [dir]`.
 *
 * @module
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { stableRecordCodec } from "../src/node/codec.js";
import { NodeStorage } from "../src/node/storage.js";
import { VersionedMap } from "../src/lib/versionedMap.js";
/** An acceptor's vote in slot `slot` for a batch of one put, as a node writes it before its 2b. */
function vote(slot) {
    return { role: "acceptor", kind: "vote", slot, vote: { bal: 7, val: [{ client: "c12", seq: slot, op: { type: "put", key: `k${slot % 1000}`, value: `value-${slot}` } }] } };
}
/** The `q`-quantile of `xs` (sorted ascending), by the nearest rank. */
function quantile(sorted, q) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
function ms(x) {
    return x < 0.1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1);
}
function thousands(x) {
    return Math.round(x).toLocaleString("en-US");
}
/** Appends batches of `size` records for about `seconds` (at least `minBatches` batches); the rates. */
function appends(dir, size, fsync, seconds, minBatches) {
    fs.rmSync(dir, { recursive: true, force: true });
    const { storage } = NodeStorage.open(dir, stableRecordCodec, { fsync });
    let slot = 0;
    const t0 = performance.now();
    let batches = 0;
    for (; batches < minBatches || performance.now() - t0 < seconds * 1000; batches++) {
        const batch = [];
        for (let i = 0; i < size; i++)
            batch.push({ record: vote(slot++) });
        storage.write(batch);
    }
    const elapsed = (performance.now() - t0) / 1000;
    const s = storage.stats();
    storage.close();
    return { records: s.records, bytes: s.bytesWritten, seconds: elapsed };
}
/** Times `samples` calls of `f` after `warmup` unmeasured ones; milliseconds, sorted. */
function timings(samples, warmup, f) {
    for (let i = 0; i < warmup; i++)
        f();
    const out = [];
    for (let i = 0; i < samples; i++) {
        const t0 = performance.now();
        f();
        out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
}
function main() {
    const base = process.argv[2] ?? os.tmpdir();
    const root = fs.mkdtempSync(path.join(base, "paxos-storage-bench-"));
    try {
        const recordBytes = stableRecordCodec.encode(vote(123456)).length;
        console.log(`files under ${root}; a record is an acceptor's vote, ${recordBytes} bytes encoded, ${recordBytes + 36} bytes framed\n`);
        console.log("| batch | fsync | records/s | MB/s | batches/s | time per batch |");
        console.log("|---|---|---|---|---|---|");
        for (const fsync of [true, false]) {
            for (const size of [1, 10, 100]) {
                const r = appends(path.join(root, "appends"), size, fsync, fsync ? 2 : 1, fsync ? 50 : 1000);
                const batches = r.records / size;
                console.log(`| ${size} | ${fsync ? "on" : "off"} | ${thousands(r.records / r.seconds)} | ${(r.bytes / r.seconds / 1e6).toFixed(2)} | ${thousands(batches / r.seconds)} | ${ms((r.seconds * 1000) / batches)} ms |`);
            }
        }
        // One fdatasync after a small append; one fsync of the directory.
        const file = path.join(root, "fsync.bin");
        const fd = fs.openSync(file, "a");
        const small = new Uint8Array(recordBytes + 36).fill(7);
        const data = timings(1000, 20, () => {
            fs.writeSync(fd, small);
            fs.fdatasyncSync(fd);
        });
        fs.closeSync(fd);
        const dirFd = fs.openSync(root, "r");
        const dir = timings(300, 10, () => {
            fs.writeFileSync(path.join(root, "touch"), "x");
            fs.fsyncSync(dirFd);
        });
        fs.closeSync(dirFd);
        console.log("\n| operation | median | p99 | samples |");
        console.log("|---|---|---|---|");
        console.log(`| write of ${small.length} bytes + fdatasync | ${ms(quantile(data, 0.5))} ms | ${ms(quantile(data, 0.99))} ms | ${data.length} |`);
        console.log(`| create a file + fsync of the directory | ${ms(quantile(dir, 0.5))} ms | ${ms(quantile(dir, 0.99))} ms | ${dir.length} |`);
        // A snapshot of a replica's state: 1,000 keys, 20 client sessions.
        let data1000 = VersionedMap.empty();
        for (let k = 0; k < 1000; k++)
            data1000 = data1000.set(`k${k}`, `value-${k}-${"x".repeat(40)}`);
        let sessions = VersionedMap.empty();
        for (let c = 0; c < 20; c++)
            sessions = sessions.set(`c${c}`, { seq: 100 + c, result: { type: "ok" } });
        const snapshot = {
            role: "replica",
            snapshot: {
                through: 5000,
                kv: { data: data1000, sessions },
                configs: { initial: { name: "C1", acceptors: ["a1", "a2", "a3"], quorum: { kind: "majority" }, replicas: ["r1", "r2", "r3"], leaders: ["p1"] }, changes: [] },
            },
        };
        const snapBytes = stableRecordCodec.encode(snapshot).length;
        const snapDir = path.join(root, "snapshots");
        const { storage } = NodeStorage.open(snapDir, stableRecordCodec);
        const snaps = timings(100, 5, () => storage.write([{ record: snapshot, replaces: true }]));
        storage.close();
        console.log(`| snapshot of 1,000 keys (${thousands(snapBytes)} bytes): 2 file fsyncs, 2 directory fsyncs | ${ms(quantile(snaps, 0.5))} ms | ${ms(quantile(snaps, 0.99))} ms | ${snaps.length} |`);
        // Recovery of a long log.
        const recDir = path.join(root, "recovery");
        {
            const { storage: s } = NodeStorage.open(recDir, stableRecordCodec, { fsync: false });
            for (let b = 0; b < 1000; b++)
                s.write(Array.from({ length: 100 }, (_, i) => ({ record: vote(b * 100 + i) })));
            s.close();
        }
        const size = fs.statSync(path.join(recDir, "wal-00000000.log")).size;
        const t0 = performance.now();
        const { storage: again, recovered } = NodeStorage.open(recDir, stableRecordCodec);
        const took = (performance.now() - t0) / 1000;
        again.close();
        console.log(`\nRecovery: ${thousands(recovered.records.length)} records (${(size / 1e6).toFixed(1)} MB) read, checked and decoded in ${(took * 1000).toFixed(0)} ms: ${thousands(recovered.records.length / took)} records/s, ${(size / took / 1e6).toFixed(0)} MB/s.`);
    }
    finally {
        fs.rmSync(root, { recursive: true, force: true });
    }
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
    main();
//# sourceMappingURL=storage.js.map
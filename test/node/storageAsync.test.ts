/**
 * The non-blocking write of stable storage, as the node process uses it:
 * batches written one after another come back in order after a reopen,
 * mixed with snapshots, and a storage that failed refuses further writes.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { NodeStorage, StorageError } from "../../src/node/storage.js";
import type { RecordCodec, StorageEntry } from "../../src/node/storage.js";

interface Rec {
  readonly n: number;
}

const codec: RecordCodec<Rec> = {
  encode: (r) => new TextEncoder().encode(JSON.stringify(r)),
  decode: (b) => JSON.parse(new TextDecoder().decode(b)) as Rec,
};

function writeAsync(s: NodeStorage<Rec>, batch: readonly StorageEntry<Rec>[]): Promise<void> {
  return new Promise((done, fail) => s.writeAsync(batch, (err) => (err === null ? done() : fail(err))));
}

describe("stable storage, written without blocking", () => {
  it("gives back every batch in order after a reopen, across snapshots", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "paxos-storage-async-"));
    const { storage } = NodeStorage.open(dir, codec);
    const expected: Rec[] = [];
    for (let b = 0; b < 40; b++) {
      const snapshot = b % 13 === 12;
      const batch: StorageEntry<Rec>[] = Array.from({ length: 1 + (b % 5) }, (_, i) => ({ record: { n: b * 10 + i }, ...(snapshot && i === 0 ? { replaces: true } : {}) }));
      await writeAsync(storage, batch);
      if (snapshot) expected.length = 0;
      expected.push(...batch.map((e) => e.record));
    }
    expect(storage.stats().batches).toBe(40);
    storage.close();
    const again = NodeStorage.open(dir, codec);
    expect(again.recovered.records).toEqual(expected);
    expect(again.recovered.repaired).toBeNull();
    again.storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a closed storage refuses a write, through the callback", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "paxos-storage-async-"));
    const { storage } = NodeStorage.open(dir, codec);
    storage.close();
    await expect(writeAsync(storage, [{ record: { n: 1 } }])).rejects.toThrow(StorageError);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

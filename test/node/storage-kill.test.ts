/**
 * Stable storage under real process kills: a child process appends batches
 * of numbered records (every so often a replacing one, which starts a new
 * generation), printing each number once its write has returned; the test
 * kills it with SIGKILL at moments spread over its run, reopens the
 * directory, and checks that what comes back is exactly a prefix of what
 * the child wrote, whole batches only, holding every record it
 * acknowledged. Then a new child goes on from there, in the same directory.
 *
 * The child runs the built code (`dist/`, which `npm test` builds first).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { NodeStorage } from "../../src/node/storage.js";
import type { RecordCodec } from "../../src/node/storage.js";

/** Record `n`; a replacing one says it stands for every record up to `n`. */
interface Numbered {
  readonly n: number;
  readonly batch: number;
  readonly replaces: boolean;
}

const codec: RecordCodec<Numbered> = {
  encode: (r) => new TextEncoder().encode(JSON.stringify(r)),
  decode: (b) => JSON.parse(new TextDecoder().decode(b)) as Numbered,
};

const built = fileURLToPath(new URL("../../dist/src/node/storage.js", import.meta.url));

/**
 * The child: goes on from what it recovers, writing batch after batch of 1 to
 * 40 records (every 23rd batch starting with a replacing record), and prints
 * the last number of each batch once it is durable.
 */
const child = `
import { NodeStorage } from ${JSON.stringify(built)};
const codec = {
  encode: (r) => new TextEncoder().encode(JSON.stringify(r)),
  decode: (b) => JSON.parse(new TextDecoder().decode(b)),
};
const { storage, recovered } = NodeStorage.open(process.env.STORAGE_DIR, codec);
const last = recovered.records.at(-1);
let n = last === undefined ? 0 : last.n + 1;
let batch = last === undefined ? 0 : last.batch + 1;
for (;;) {
  const size = 1 + ((batch * 7) % 40);
  const entries = [];
  for (let i = 0; i < size; i++) {
    const replaces = batch % 23 === 22 && i === 0;
    entries.push({ record: { n, batch, replaces }, replaces });
    n++;
  }
  storage.write(entries);
  process.stdout.write(n - 1 + "\\n");
  batch++;
}
`;

const root = fs.mkdtempSync(path.join(os.tmpdir(), "paxos-storage-kill-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Runs the child until `afterMs` after its first acknowledgement, kills it; the highest number it acknowledged. */
function runAndKill(dir: string, afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--input-type=module", "-e", child], { env: { ...process.env, STORAGE_DIR: dir }, stdio: ["ignore", "pipe", "pipe"] });
    let acked = -1;
    let text = "";
    let errors = "";
    let timer: NodeJS.Timeout | undefined;
    p.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      text += chunk;
      const lines = text.split("\n");
      text = lines.pop()!;
      for (const l of lines) acked = Math.max(acked, Number(l));
      timer ??= setTimeout(() => p.kill("SIGKILL"), afterMs);
    });
    p.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
    p.on("error", reject);
    p.on("exit", (_code, signal) => {
      clearTimeout(timer);
      if (signal !== "SIGKILL") reject(new Error(`the writer exited by itself (${signal ?? _code}): ${errors.trim()}`));
      else resolve(acked);
    });
  });
}

describe("stable storage, with the writing process killed", () => {
  it("comes back after every SIGKILL with exactly the batches written, every acknowledged one among them", async () => {
    expect(fs.existsSync(built), `${built} is missing: run npm run build first`).toBe(true);
    const dir = path.join(root, "killed");
    let before = 0;
    for (const afterMs of [5, 30, 80, 10, 150, 45, 220, 60]) {
      const acked = await runAndKill(dir, afterMs);
      const { storage, recovered } = NodeStorage.open(dir, codec);
      storage.close();
      const rs = recovered.records;
      const where = `killed ${afterMs} ms after the first acknowledgement`;
      // The records form whole batches: from a replacing record (or from 0), consecutive numbers, each batch complete.
      expect(rs.length, where).toBeGreaterThan(0);
      const first = rs[0]!;
      expect(first.replaces || first.n === 0, where).toBe(true);
      rs.forEach((r, i) => {
        expect(r.n, where).toBe(first.n + i);
        expect(r.replaces, where).toBe(i === 0 && first.replaces);
      });
      const lastBatch = rs[rs.length - 1]!.batch;
      expect(rs.filter((r) => r.batch === lastBatch).length, `${where}: the last batch is whole`).toBe(1 + ((lastBatch * 7) % 40));
      // Nothing acknowledged is lost, and nothing from before this run is lost either.
      const top = rs[rs.length - 1]!.n;
      expect(top, where).toBeGreaterThanOrEqual(acked);
      expect(top, where).toBeGreaterThanOrEqual(before - 1);
      before = top + 1;
    }
  }, 120_000);
});

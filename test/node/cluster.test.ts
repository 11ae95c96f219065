import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { localCluster } from "../../src/node/config.js";
import type { ClusterConfig } from "../../src/node/config.js";
import { startNode } from "../../src/node/process.js";
import type { RunningNode } from "../../src/node/process.js";
import { KvClient } from "../../src/node/client.js";
import { checkPorts, endpointsOf, waitForLeader } from "../../src/node/local.js";
import { collectRun } from "../../src/node/collect.js";
import { validateNodeLogs } from "../../src/trace/merge.js";
import { specFile } from "../../src/cli/paths.js";
import { ListenError } from "../../src/node/transport.js";
import { StorageError } from "../../src/node/storage.js";
import { readdirSync, writeFileSync } from "node:fs";

/** A cluster of in-process nodes on free ports, each with its data directory. */
async function cluster(n: number): Promise<{ config: ClusterConfig; dir: string; start: (i: number) => Promise<RunningNode> }> {
  for (let attempt = 0; ; attempt++) {
    const base = 30_000 + Math.floor(Math.random() * 300) * 100;
    const config = localCluster(n, base, { timing: { leaderTimeout: 200, heartbeatEvery: 40, resendEvery: 100, retryAfter: 300, catchUpEvery: 100 } });
    try {
      await checkPorts(config);
    } catch (e) {
      if (attempt < 5) continue;
      throw e;
    }
    const dir = mkdtempSync(join(tmpdir(), "paxos-node-"));
    const start = (i: number): Promise<RunningNode> =>
      startNode({ config, self: config.nodes[i]!, dataDir: join(dir, config.nodes[i]!.id), seed: `t${i}`, requestTimeout: 2000, fsync: false });
    return { config, dir, start };
  }
}

const running: RunningNode[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});

async function http(url: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

describe("a cluster of real nodes over TCP", () => {
  it("elects a leader, serves reads and writes, survives a node's restart from its disk, and its logs validate against MultiPaxos.tla", async () => {
    const c = await cluster(3);
    for (let i = 0; i < 3; i++) running.push(await c.start(i));
    expect(await waitForLeader(c.config, 10_000)).not.toBeNull();
    const endpoints = endpointsOf(c.config);
    const client = new KvClient(endpoints, "t1", { deadline: 10_000 });
    expect(await client.run({ type: "put", key: "x", value: "1" })).toMatchObject({ ok: true, result: { type: "ok" } });
    expect(await client.run({ type: "append", key: "x", value: "2" })).toMatchObject({ ok: true });
    expect(await client.run({ type: "cas", key: "x", expected: "12", value: "3" })).toMatchObject({ ok: true, result: { type: "cas", swapped: true } });
    // Node n1 stops (its proposer may be the leader) and comes back from its data directory.
    await running[0]!.stop();
    expect(await client.run({ type: "put", key: "y", value: "while n1 is down" })).toMatchObject({ ok: true });
    running[0] = await c.start(0);
    const back = new KvClient([endpoints[0]!], "t2", { deadline: 10_000 });
    expect(await back.run({ type: "get", key: "x" })).toMatchObject({ ok: true, result: { type: "value", value: "3" } });
    expect(await back.run({ type: "get", key: "y" })).toMatchObject({ ok: true, result: { type: "value", value: "while n1 is down" } });
    // A retried request (same client, same number) is executed once: the append does not happen twice.
    const again = new KvClient(endpoints, "t3", { deadline: 10_000 });
    expect(await again.run({ type: "append", key: "z", value: "a" })).toMatchObject({ ok: true });
    const retry = new KvClient(endpoints.slice().reverse(), "t3", { deadline: 10_000 }, 0);
    expect(await retry.run({ type: "append", key: "z", value: "a" })).toMatchObject({ ok: true });
    expect(await back.run({ type: "get", key: "z" })).toMatchObject({ ok: true, result: { type: "value", value: "a" } });
    for (const r of running.splice(0)) await r.stop();
    const out = join(c.dir, "run");
    const got = collectRun(c.config, (node) => join(c.dir, node), out);
    expect(got.files).toHaveLength(12);
    expect(got.resends).toBeGreaterThanOrEqual(1);
    const v = await validateNodeLogs(
      got.files.map((file) => ({ file, text: readFileSync(file, "utf8") })),
      { specFile: specFile("MultiPaxos.tla"), invariants: [] },
    );
    expect(v.ok, JSON.stringify(v.verdict)).toBe(true);
  }, 60_000);

  it("answers the HTTP API's mistakes with their status, and 503 with Retry-After when no leader can be elected", async () => {
    const c = await cluster(3);
    running.push(await c.start(0));
    const e = endpointsOf(c.config)[0]!;
    // One node of three: no quorum, no leader.
    const none = await http(`${e}/kv/a`);
    expect(none.status).toBe(503);
    expect(none.headers.get("retry-after")).toBe("1");
    expect((await http(`${e}/nothing`)).status).toBe(404);
    expect((await http(`${e}/kv/a`, { method: "DELETE" })).status).toBe(405);
    expect((await http(`${e}/kv/a`, { headers: { "Client-Id": "bad id!", "Request-Seq": "1" } })).status).toBe(400);
    expect((await http(`${e}/kv/a`, { headers: { "Client-Id": "ok" } })).status).toBe(400);
    expect((await http(`${e}/kv/a/cas`, { method: "POST", body: "not json" })).body).toMatchObject({ error: expect.stringMatching(/JSON/) });
    const status = await http(`${e}/status`);
    expect(status.body).toMatchObject({ node: "n1", leader: null, roles: { acceptor: "a1", proposer: "p1", replica: "r1" } });
  }, 30_000);

  it("refuses to start on a port that is in use, with one line naming it", async () => {
    const c = await cluster(1);
    running.push(await c.start(0));
    // The same node again: its data directory is taken.
    await expect(c.start(0)).rejects.toThrow(/is in use by this process/);
    // Another node's data directory, on the first node's ports.
    const other = { ...c.config.nodes[0]!, id: "n9" };
    await expect(startNode({ config: c.config, self: other, dataDir: join(c.dir, "n9"), seed: "s", requestTimeout: 100, fsync: false })).rejects.toThrow(ListenError);
    await expect(startNode({ config: c.config, self: other, dataDir: join(c.dir, "n9"), seed: "s", requestTimeout: 100, fsync: false })).rejects.toThrow(
      /port \d+ on 127.0.0.1 is in use/,
    );
  });

  it("a node whose storage is damaged before its end refuses to start; a torn last record is cut off and the node serves again", async () => {
    const c = await cluster(1);
    running.push(await c.start(0));
    expect(await waitForLeader(c.config, 10_000)).toBe("p1");
    const client = new KvClient(endpointsOf(c.config), "w", { deadline: 5000 });
    for (let i = 0; i < 6; i++) expect(await client.run({ type: "put", key: `k${i}`, value: `${i}` })).toMatchObject({ ok: true });
    await running.pop()!.stop();
    const dir = join(c.dir, "n1", "a1", "storage");
    const wal = join(
      dir,
      readdirSync(dir).find((f) => f.endsWith(".log"))!,
    );
    const good = readFileSync(wal);
    // A torn tail, as a crash in the middle of a write leaves it: part of a record after the last whole one.
    // The node starts, and what it acknowledged is still there.
    writeFileSync(wal, Buffer.concat([good, good.subarray(good.length - 60, good.length - 20)]));
    running.push(await c.start(0));
    expect(await waitForLeader(c.config, 10_000)).toBe("p1");
    expect(await new KvClient(endpointsOf(c.config), "r", { deadline: 5000 }).run({ type: "get", key: "k5" })).toMatchObject({ ok: true, result: { value: "5" } });
    await running.pop()!.stop();
    // A flipped byte in the first record, with intact records after it: refused, naming the file and the offset.
    const now = readFileSync(wal);
    now[40] = now[40]! ^ 0xff;
    writeFileSync(wal, now);
    await expect(c.start(0)).rejects.toThrow(StorageError);
    await expect(c.start(0)).rejects.toThrow(/wal-\d+\.log: byte \d+: /);
  }, 30_000);
});

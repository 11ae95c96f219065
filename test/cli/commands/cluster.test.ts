import { describe, expect, it, vi } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../../../src/cli/args.js";
import type { Command } from "../../../src/cli/command.js";
import { command as node } from "../../../src/cli/commands/node.js";
import { command as cluster } from "../../../src/cli/commands/cluster.js";
import { command as kv } from "../../../src/cli/commands/kv.js";
import { command as chaos, parseDuration } from "../../../src/cli/commands/chaos.js";
import { localCluster, clusterConfigJson } from "../../../src/node/config.js";

async function capture(cmd: Command, argv: string[]): Promise<{ code: number; out: string }> {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const err = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const code = await cmd.run(argv);
    return { code, out: [...log.mock.calls, ...err.mock.calls].map((c) => c.join(" ")).join("\n") };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

function configFile(json: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "paxos-cli-cluster-"));
  const f = join(dir, "cluster.json");
  writeFileSync(f, JSON.stringify(json));
  return f;
}

describe("paxos node, cluster, kv and chaos: bad input is one line and exit 2", () => {
  it.each([
    [node, [], "--id is needed"],
    [node, ["--id", "n1"], "--config is needed"],
    [node, ["--id", "n1", "--config", "/nonexistent/cluster.json", "--data", "/tmp/x"], "/nonexistent/cluster.json: cannot read: no such file"],
    [node, ["--id", "n1", "--config", "c.json", "--data", "d", "--timeout", "0"], "option '--timeout' must be at least 1"],
    [cluster, ["sideways"], "unknown subcommand 'sideways'"],
    [cluster, [], "a subcommand is needed"],
    [cluster, ["status", "--dir", "/nonexistent/dir"], "no cluster in /nonexistent/dir"],
    [cluster, ["up", "--nodes", "0", "--dir", "/tmp/paxos-never-made"], "option '--nodes' must be from 1 to 16"],
    [kv, ["get", "k"], "--cluster is needed"],
    [kv, ["fetch", "k"], "a request is needed: get, put, cas or append, got 'fetch'"],
    [kv, ["put", "k"], "put takes a key and 1 value, got 0 after the key"],
    [kv, ["get", "k", "--cluster", "ftp://x"], "/ftp:\\/\\/x: cannot read/"],
    [kv, ["get", "k", "--cluster", "http://127.0.0.1:1", "--client", "no spaces"], "option '--client' must be 1 to 64 letters"],
    [chaos, ["--nemesis", "flood"], "option '--nemesis' takes kill, pause, partition"],
    [chaos, ["--duration", "soon"], "option '--duration' must be a duration such as 10s"],
    [chaos, ["--nodes", "12"], "option '--nodes' must be from 1 to 9"],
  ] as const)("%#: %j", async (cmd, argv, message) => {
    const run = cmd.run([...argv]);
    await expect(run).rejects.toThrow(UsageError);
    if (message.startsWith("/")) await expect(cmd.run([...argv])).rejects.toThrow(new RegExp(message.slice(1, -1)));
    else await expect(cmd.run([...argv])).rejects.toThrow(message);
  });

  it("refuses a configuration with duplicate ids or quorums that do not intersect, naming the field", async () => {
    const dup = configFile({
      nodes: [
        { id: "n1", port: 7001, acceptor: "a1", proposer: "p1", replica: "r1" },
        { id: "n1", port: 7002, acceptor: "a2" },
      ],
    });
    await expect(node.run(["--id", "n1", "--config", dup, "--data", "/tmp/x"])).rejects.toThrow(`${dup}: nodes[1].id: 'n1' is also nodes[0].id`);
    const split = configFile({ ...(clusterConfigJson(localCluster(2, 7100)) as object), quorum: { kind: "explicit", sets: [["a1"], ["a2"]] } });
    await expect(node.run(["--id", "n1", "--config", split, "--data", "/tmp/x"])).rejects.toThrow(`${split}: quorum:`);
  });

  it("refuses to bring a cluster up on a port in use, before starting anything", async () => {
    const server = createServer();
    const port = await new Promise<number>((done) => server.listen(0, "127.0.0.1", () => done((server.address() as { port: number }).port)));
    try {
      const dir = mkdtempSync(join(tmpdir(), "paxos-up-"));
      await expect(cluster.run(["up", "--dir", dir, "--nodes", "3", "--port", String(port - 1)])).rejects.toThrow(
        new RegExp(`port ${port} \\(n2's protocol port\\) on 127.0.0.1 is in use`),
      );
      expect(existsSync(join(dir, "pids.json"))).toBe(false);
    } finally {
      server.close();
    }
  });

  it("reads durations", () => {
    expect(parseDuration("d", "10s")).toBe(10_000);
    expect(parseDuration("d", "250ms")).toBe(250);
    expect(parseDuration("d", "2m")).toBe(120_000);
    expect(parseDuration("d", "1500")).toBe(1500);
  });

  it("collects a cluster's step files into per-node logs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paxos-collect-"));
    writeFileSync(join(dir, "cluster.json"), JSON.stringify(clusterConfigJson(localCluster(1, 7300))));
    const { code, out } = await capture(cluster, ["collect", "--dir", dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/4 per-node logs in .*run: 0 steps/);
    expect(JSON.parse(readFileSync(join(dir, "run", "a1.ndjson"), "utf8").split("\n")[0]!)).toMatchObject({ kind: "header", spec: "MultiPaxos", node: "a1" });
  });

  it("brings a cluster up, serves keys, and brings a killed node back from its disk with nothing lost", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paxos-up-"));
    const port = 33_000 + Math.floor(Math.random() * 200) * 10;
    try {
      const up = await capture(cluster, ["up", "--dir", dir, "--nodes", "3", "--port", String(port), "--seed", "4"]);
      expect(up.code, up.out).toBe(0);
      expect(up.out).toMatch(/cluster of 3 nodes .*leader p\d/);
      expect((await capture(kv, ["put", "x", "before", "--cluster", dir])).out).toBe("ok");
      const pids = JSON.parse(readFileSync(join(dir, "pids.json"), "utf8")) as Record<string, number>;
      process.kill(pids["n1"]!, "SIGKILL");
      expect((await capture(kv, ["append", "x", "+while-down", "--cluster", dir])).out).toBe("ok");
      const again = await capture(cluster, ["up", "--dir", dir]);
      expect(again.code, again.out).toBe(0);
      expect(again.out).toMatch(/starting n1 \(n2, n3 already running\)/);
      // n1 answers from its own replica, caught up.
      expect((await capture(kv, ["get", "x", "--cluster", `http://127.0.0.1:${port + 100}`])).out).toBe("before+while-down");
      expect((await capture(cluster, ["status", "--dir", dir])).out).not.toMatch(/not running/);
    } finally {
      // Only a cluster that came up is brought down (a failure to come up is the error to see).
      if (existsSync(join(dir, "pids.json"))) await capture(cluster, ["down", "--dir", dir]);
    }
  }, 60_000);
});

import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addressOf, ClusterConfigError, clusterConfigJson, localCluster, parseClusterConfig, readClusterConfig } from "../../src/node/config.js";
import { FrameReader, frame } from "../../src/node/transport.js";

const node = (i: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: `n${i}`,
  port: 7000 + i,
  http: 8000 + i,
  acceptor: `a${i}`,
  proposer: `p${i}`,
  replica: `r${i}`,
  ...extra,
});

describe("cluster configuration", () => {
  it("reads a configuration and writes it back the same", () => {
    const c = parseClusterConfig({ nodes: [node(1), node(2), node(3)], quorum: { kind: "weighted", weights: [2, 1, 1] }, batch: 4 }, "c.json");
    expect(c.nodes.map((n) => n.acceptor)).toEqual(["a1", "a2", "a3"]);
    expect(c.batch).toBe(4);
    expect(parseClusterConfig(clusterConfigJson(c), "again")).toEqual(c);
    expect(parseClusterConfig(clusterConfigJson(localCluster(5, 9000)), "local").nodes).toHaveLength(5);
  });

  it.each([
    [{ nodes: [node(1), node(1)] }, "c.json: nodes[1].id: 'n1' is also nodes[0].id"],
    [{ nodes: [node(1), node(2, { acceptor: "a1" })] }, "c.json: nodes[1].acceptor: 'a1' is also nodes[0].acceptor"],
    [{ nodes: [node(1), node(2, { port: 7001 })] }, "c.json: nodes[1].port: port 7001 is also nodes[0].port"],
    [{ nodes: [node(1), node(2)], quorum: { kind: "explicit", sets: [["a1"], ["a2"]] } }, "c.json: quorum: "],
    [{ nodes: [node(1), node(2), node(3)], quorum: { kind: "weighted", weights: [1, 1] } }, "c.json: quorum: weighted quorums need one weight per acceptor"],
    [{ nodes: [node(1)], timing: { heartbeatEvery: 500, leaderTimeout: 400 } }, "c.json: timing.heartbeatEvery: (500) must be below timing.leaderTimeout (400)"],
    [{ nodes: [node(1)], colour: "blue" }, "c.json: colour: unknown field"],
    [{ nodes: [] }, "c.json: nodes: must be a non-empty list"],
    [{ nodes: [{ id: "n1", port: 70000, acceptor: "a1", proposer: "p1", replica: "r1" }] }, "c.json: nodes[0].port: must be a whole number from 1 to 65535, got 70000"],
    [{ nodes: [{ id: "n1", port: 7001, acceptor: "a1", proposer: "p1" }] }, "c.json: nodes: no node is a replica"],
    [{ nodes: [node(1)], links: { n1: { n7: "127.0.0.1:9000" } } }, "c.json: links.n1.n7: is not a node"],
    [{ nodes: [node(1), node(2, { replica: null })] }, "c.json: nodes[1].http: a node that serves clients needs a replica"],
  ])("refuses %j with one line naming the field", (json, message) => {
    expect(() => parseClusterConfig(json, "c.json")).toThrow(ClusterConfigError);
    expect(() => parseClusterConfig(json, "c.json")).toThrow(message);
  });

  it("names two disjoint quorums of a system that does not intersect", () => {
    expect(() => parseClusterConfig({ nodes: [node(1), node(2)], quorum: { kind: "explicit", sets: [["a1"], ["a2"]] } }, "c.json")).toThrow(/a1.*a2|disjoint/);
  });

  it("reports a file that is missing or not JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "paxos-config-"));
    expect(() => readClusterConfig(join(dir, "none.json"))).toThrow(/none.json: cannot read: no such file/);
    writeFileSync(join(dir, "bad.json"), "{nodes: ");
    expect(() => readClusterConfig(join(dir, "bad.json"))).toThrow(/bad.json: not JSON/);
  });

  it("dials a peer through its link when one is given", () => {
    const c = parseClusterConfig({ nodes: [node(1), node(2)], links: { n1: { n2: "127.0.0.1:9999" } } }, "c.json");
    expect(addressOf(c, "n1", c.nodes[1]!)).toEqual({ host: "127.0.0.1", port: 9999 });
    expect(addressOf(c, "n2", c.nodes[0]!)).toEqual({ host: "127.0.0.1", port: 7001 });
  });
});

describe("frames", () => {
  it("splits a byte stream into the frames sent, however it is cut", () => {
    const payloads = ["a", "", "hello world", "x".repeat(70_000)].map((s) => Buffer.from(s));
    const stream = Buffer.concat(payloads.map(frame));
    for (const cut of [1, 3, 4, 5, 17, 1000, stream.length]) {
      const r = new FrameReader();
      const got: Buffer[] = [];
      for (let at = 0; at < stream.length; at += cut) got.push(...r.push(stream.subarray(at, at + cut)));
      expect(got.map((b) => b.toString())).toEqual(payloads.map((b) => b.toString()));
    }
  });

  it("refuses a length above the limit", () => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(0xffffffff, 0);
    expect(() => new FrameReader().push(head)).toThrow(/above the limit/);
  });
});

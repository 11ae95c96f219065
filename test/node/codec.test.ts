/**
 * The Multi-Paxos codec: every message and stable record of a simulated run
 * under faults (snapshots, catch-up, a configuration change) survives a round
 * trip, with one encoding per value; a decoded snapshot behaves as the
 * original does (same reads, same results of the same commands, same
 * configurations, the same replica after a restart from it); random values
 * round-trip too; and bytes of the wrong shape get one line naming the field.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { SmrSimulation } from "../../src/cluster/index.js";
import { CodecError, messageCodec, stableRecordCodec } from "../../src/node/codec.js";
import { NodeStorage } from "../../src/node/storage.js";
import { allAcceptors, configOf, quorumOf } from "../../src/multipaxos/configuration.js";
import type { ConfigHistory, Configuration } from "../../src/multipaxos/configuration.js";
import { replicaHandlers } from "../../src/multipaxos/handlers.js";
import type { Batch, Message, Snapshot, StableRecord } from "../../src/multipaxos/types.js";
import type { Command, KvOp, KvResult } from "../../src/smr/kv.js";
import { executeBatch } from "../../src/smr/kv.js";
import { PersistentMap } from "../../src/lib/persistentMap.js";
import { VersionedMap } from "../../src/lib/versionedMap.js";
import { FC_SEED, LONG } from "../arbitraries.js";

/**
 * A value as canonical JSON text: maps of every kind (Map, PersistentMap, VersionedMap,
 * the slot maps) as their entries sorted, sets sorted, object keys sorted.
 * Two values with the same canonical text hold the same data.
 */
function canonical(v: unknown): string {
  const norm = (x: unknown): unknown => {
    if (x instanceof Map || x instanceof PersistentMap || x instanceof VersionedMap)
      return { "#map": [...(x as Map<unknown, unknown>).entries()].map(([k, y]) => [norm(k), norm(y)]).sort(byText) };
    if (x instanceof Set) return { "#set": [...(x as Set<unknown>)].map(norm).sort(byText) };
    if (Array.isArray(x)) return x.map(norm);
    if (typeof x === "object" && x !== null) {
      if ("entries" in x && typeof x.entries === "function") return { "#map": [...(x.entries as () => Iterable<[unknown, unknown]>)()].map(([k, y]) => [norm(k), norm(y)]) };
      return Object.fromEntries(
        Object.keys(x)
          .sort()
          .map((k) => [k, norm((x as Record<string, unknown>)[k])]),
      );
    }
    return x;
  };
  return JSON.stringify(norm(v));
}

function byText(a: unknown, b: unknown): number {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A run with every kind of traffic: loss and crashes (so catch-up with snapshots), small snapshots, batches, a configuration change. */
function simulatedRun(): { sim: SmrSimulation; messages: Message[]; records: StableRecord[] } {
  const messages: Message[] = [];
  const records: StableRecord[] = [];
  const sim = new SmrSimulation(
    {
      seed: "codec2",
      clients: 4,
      requestsPerClient: 30,
      keys: 6,
      batch: 3,
      window: 4,
      snapshotEvery: 4,
      loss: 0.08,
      duplicate: 0.05,
      crash: 0.002,
      downtime: { min: 10, max: 80 },
      reconfigure: [{ at: 150, acceptors: ["a1", "a2", "a4"], quorum: { kind: "weighted", weights: [2, 1, 1] } }],
      maxSteps: 200_000,
    },
    {
      event: (e, _t, s) => {
        if (e.what === "deliver" || e.what === "drop") messages.push(e.msg);
        if (e.what === "crash") records.push(...s.stored(e.node));
      },
    },
  );
  sim.run();
  for (const id of [...sim.acceptorIds, ...sim.proposerIds, ...sim.replicaIds]) records.push(...sim.stored(id));
  return { sim, messages, records };
}

const run = simulatedRun();

/** Every snapshot of the run: in the replicas' records and in catch-up answers. */
const snapshots: Snapshot[] = [
  ...run.records.flatMap((r) => (r.role === "replica" ? [r.snapshot] : [])),
  ...run.messages.flatMap((m) => (m.type === "decisions" && m.snapshot !== null ? [m.snapshot] : [])),
];

const root = fs.mkdtempSync(path.join(os.tmpdir(), "paxos-codec-test-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the Multi-Paxos codec", () => {
  console.log(`fast-check seed ${FC_SEED} (set FC_SEED to replay)`);

  it("is given a run with every kind of message and record (the test's own check)", () => {
    const types = new Set(run.messages.map((m) => m.type));
    for (const t of ["1a", "1b", "2a", "2b", "heartbeat", "executed", "request", "reply", "catchup", "decisions", "votequery"]) expect(types, `no ${t} message`).toContain(t);
    expect(run.messages.some((m) => m.type === "1b" && m.votes.size > 0)).toBe(true);
    expect(run.messages.some((m) => m.type === "2a" && m.val.some((c) => c.op.type === "reconfig"))).toBe(true);
    expect(run.messages.some((m) => m.type === "decisions" && m.snapshot !== null)).toBe(true);
    expect(new Set(run.records.map((r) => (r.role === "acceptor" ? r.kind : r.role)))).toEqual(new Set(["promise", "vote", "proposer", "replica"]));
    expect(snapshots.some((s) => s.configs.changes.length > 0 && s.kv.sessions.size > 0 && s.kv.data.size > 0)).toBe(true);
  });

  it("round-trips every message of the run, with one encoding per message", () => {
    for (const m of run.messages) {
      const bytes = messageCodec.encode(m);
      const back = messageCodec.decode(bytes);
      expect(canonical(back)).toBe(canonical(m));
      expect(Buffer.from(messageCodec.encode(back)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("round-trips every stable record of the run, with one encoding per record", () => {
    for (const r of run.records) {
      const bytes = stableRecordCodec.encode(r);
      const back = stableRecordCodec.decode(bytes);
      expect(canonical(back)).toBe(canonical(r));
      expect(Buffer.from(stableRecordCodec.encode(back)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("decodes a snapshot that behaves as the original: reads, the results of the same commands, configurations, quorums", () => {
    for (const s of snapshots) {
      const d = (stableRecordCodec.decode(stableRecordCodec.encode({ role: "replica", snapshot: s })) as { snapshot: Snapshot }).snapshot;
      expect(d.through).toBe(s.through);
      // Reads.
      expect(d.kv.data.size).toBe(s.kv.data.size);
      expect(d.kv.sessions.size).toBe(s.kv.sessions.size);
      for (const [k, v] of s.kv.data) expect(d.kv.data.get(k)).toBe(v);
      for (const [c, session] of s.kv.sessions) expect(d.kv.sessions.get(c)).toEqual(session);
      expect(d.kv.data.has("no such key")).toBe(false);
      // The same commands give the same results and the same state: retries of each client's last request (answered from its session), new requests, a new client.
      const commands: Command[] = [];
      const keys = [...s.kv.data.keys(), "fresh"];
      for (const [client, session] of s.kv.sessions) {
        const key = keys[session.seq % keys.length]!;
        commands.push({ client, seq: session.seq, op: { type: "put", key, value: "retried" } });
        commands.push({ client, seq: session.seq + 1, op: { type: "append", key, value: `;${client}` } });
        commands.push({ client, seq: session.seq + 2, op: { type: "cas", key, expected: s.kv.data.get(key) ?? null, value: "swapped" } });
        commands.push({ client, seq: session.seq + 3, op: { type: "get", key } });
      }
      commands.push({ client: "c-new", seq: 1, op: { type: "get", key: "fresh" } });
      const a = executeBatch(s.kv, commands);
      const b = executeBatch(d.kv, commands);
      expect(b.results).toEqual(a.results);
      expect(canonical(b.state)).toBe(canonical(a.state));
      // Configurations and their quorums, slot by slot.
      expect(allAcceptors(d.configs)).toEqual(allAcceptors(s.configs));
      for (let slot = 0; slot < s.through + 12; slot++) {
        const [x, y] = [configOf(s.configs, slot, 4), configOf(d.configs, slot, 4)];
        expect(y).toEqual(x);
        const q = (c: Configuration): boolean[] => [c.acceptors.slice(0, 1), c.acceptors.slice(0, 2), c.acceptors.slice(1), c.acceptors].map((set) => quorumOf(c).isQuorum(set));
        expect(q(y)).toEqual(q(x));
      }
    }
  });

  it("restarts a replica from a decoded snapshot into the same state, which then executes the same slots with the same replies", () => {
    const sim = run.sim;
    const cfg = { replicas: sim.replicaIds, proposers: sim.proposerIds, initial: sim.configurations[0]!, alpha: 4, snapshotEvery: 4, catchUpEvery: 50 };
    const handlers = replicaHandlers("r9", cfg);
    for (const s of snapshots) {
      const record: StableRecord = { role: "replica", snapshot: s };
      const [a] = handlers.onRestart([record]);
      const [b] = handlers.onRestart([stableRecordCodec.decode(stableRecordCodec.encode(record))]);
      expect(canonical(b!.state)).toBe(canonical(a!.state));
      // Another replica's catch-up answer with two more slots: the same steps, the same effects.
      const clients = [...s.kv.sessions.keys()];
      const values: Batch[] = [
        clients.map((client) => ({ client, seq: s.kv.sessions.get(client)!.seq + 1, op: { type: "append", key: "k1", value: `;${client}` } })),
        clients.map((client) => ({ client, seq: s.kv.sessions.get(client)!.seq + 1, op: { type: "get", key: "k1" } })),
      ];
      const decisions: Message = { type: "decisions", replica: "r1", snapshot: null, from: s.through, values };
      const ra = handlers.onMessage(a!.state, "r1", decisions);
      const rb = handlers.onMessage(b!.state, "r1", decisions);
      expect(rb.length).toBe(ra.length);
      expect(rb.length).toBeGreaterThan(0);
      ra.forEach((step, i) => expect(canonical(rb[i])).toBe(canonical(step)));
    }
  });

  it("stores the run's records in a node's stable storage and reads them back", () => {
    const { storage } = NodeStorage.open(path.join(root, "records"), stableRecordCodec);
    const plain = run.records.filter((r) => r.role === "acceptor");
    storage.write(plain.map((record) => ({ record })));
    storage.close();
    const again = NodeStorage.open(path.join(root, "records"), stableRecordCodec);
    again.storage.close();
    expect(canonical(again.recovered.records)).toBe(canonical(plain));
  });

  it("round-trips random messages and records (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          messageArb.map((m) => ({ m })),
          recordArb.map((r) => ({ r })),
        ),
        (x) => {
          if ("m" in x) {
            const bytes = messageCodec.encode(x.m);
            expect(canonical(messageCodec.decode(bytes))).toBe(canonical(x.m));
            expect(Buffer.from(messageCodec.encode(messageCodec.decode(bytes))).equals(Buffer.from(bytes))).toBe(true);
          } else {
            const bytes = stableRecordCodec.encode(x.r);
            expect(canonical(stableRecordCodec.decode(bytes))).toBe(canonical(x.r));
          }
        },
      ),
      { seed: FC_SEED, numRuns: LONG ? 2000 : 300 },
    );
  });

  it("refuses bytes of the wrong shape with one line naming the field", () => {
    const decode = (text: string): string => {
      try {
        messageCodec.decode(new TextEncoder().encode(text));
      } catch (e) {
        expect(e).toBeInstanceOf(CodecError);
        expect((e as Error).message).not.toContain("\n");
        return (e as Error).message;
      }
      throw new Error(`decoded ${text}`);
    };
    expect(decode(`{"type":"1b","acc":"a1","bal":1,"from":0,"votes":[[0,{"bal":"x","val":[]}]]}`)).toBe('message.votes[0][1].bal: expected a whole number, got "x"');
    expect(decode(`{"type":"2a","from":"p1","bal":1,"slot":0,"val":[{"client":"c1","seq":1,"op":{"type":"delete","key":"k"}}]}`)).toBe(
      'message.val[0].op.type: expected one of put, get, cas, append, reconfig, got "delete"',
    );
    expect(decode(`{"type":"hello"}`)).toMatch(/^message\.type: expected one of 1a, 1b, 2a, .*, got "hello"$/);
    expect(decode(`{"type":"1a","from":"p1","bal":1.5,"slot":0}`)).toBe("message.bal: expected a whole number, got 1.5");
    expect(decode(`{"type":"1a","from":"p1","bal":1}`)).toBe("message.slot: expected a whole number, got nothing");
    expect(decode(`[1]`)).toBe("message: expected an object, got [1]");
    expect(decode(`{"type":"1a",`)).toMatch(/^message: not JSON \(/);
    expect(decode(`{"type":"decisions","replica":"r1","from":0,"values":[],"snapshot":{"through":1,"kv":{"data":[["k","a"],["k","b"]],"sessions":[]},"configs":{}}}`)).toBe(
      "message.snapshot.kv.data: a key appears twice",
    );
    expect(() => messageCodec.decode(Uint8Array.of(0x7b, 0xff, 0x7d))).toThrow("message: the bytes are not UTF-8 text");
    expect(() => stableRecordCodec.decode(new TextEncoder().encode(`{"role":"learner"}`))).toThrow('record.role: expected one of acceptor, proposer, replica, got "learner"');
  });
});

// Random values of every shape the codec knows.

const node = fc.constantFrom("a1", "a2", "a3", "p1", "r1", "c1", "c2", "o1");
const whole = fc.integer({ min: -1, max: 2 ** 40 });
const slot = fc.nat(10_000);
const str = fc.string({ maxLength: 8 });
const quorum = fc.oneof(
  fc.constant({ kind: "majority" } as const),
  fc.record({ kind: fc.constant("weighted" as const), weights: fc.array(fc.nat(5), { maxLength: 4 }) }),
  fc.record({ kind: fc.constant("explicit" as const), sets: fc.array(fc.array(node, { maxLength: 3 }), { maxLength: 3 }) }),
);
const configuration: fc.Arbitrary<Configuration> = fc.record({
  name: str,
  acceptors: fc.array(node, { maxLength: 4 }),
  quorum,
  replicas: fc.array(node, { maxLength: 3 }),
  leaders: fc.array(node, { maxLength: 3 }),
});
const history: fc.Arbitrary<ConfigHistory> = fc.record({ initial: configuration, changes: fc.array(fc.tuple(slot, configuration), { maxLength: 3 }) });
const op: fc.Arbitrary<KvOp | Command["op"]> = fc.oneof(
  fc.record({ type: fc.constant("put" as const), key: str, value: str }),
  fc.record({ type: fc.constant("get" as const), key: str }),
  fc.record({ type: fc.constant("cas" as const), key: str, expected: fc.option(str, { nil: null }), value: str }),
  fc.record({ type: fc.constant("append" as const), key: str, value: str }),
  fc.record({ type: fc.constant("reconfig" as const), config: configuration, failed: fc.array(node, { maxLength: 2 }) }),
);
const command: fc.Arbitrary<Command> = fc.record({ client: node, seq: fc.nat(1000), op });
const batch = fc.array(command, { maxLength: 3 });
const vote = fc.record({ bal: whole, val: batch });
const result: fc.Arbitrary<KvResult> = fc.oneof(
  fc.constant({ type: "ok" } as const),
  fc.record({ type: fc.constant("value" as const), value: fc.option(str, { nil: null }) }),
  fc.record({ type: fc.constant("cas" as const), swapped: fc.boolean() }),
  fc.record({ type: fc.constant("refused" as const), reason: str }),
);
const snapshot: fc.Arbitrary<Snapshot> = fc.record({
  through: slot,
  kv: fc.record({
    data: fc.array(fc.tuple(str, str), { maxLength: 6 }).map((e) => VersionedMap.of(e)),
    sessions: fc.array(fc.tuple(node, fc.record({ seq: fc.nat(100), result })), { maxLength: 4 }).map((e) => VersionedMap.of(e)),
  }),
  configs: history,
});
const messageArb: fc.Arbitrary<Message> = fc.oneof(
  fc.record({ type: fc.constant("1a" as const), from: node, bal: whole, slot }),
  fc.record({ type: fc.constant("1b" as const), acc: node, bal: whole, from: slot, votes: fc.array(fc.tuple(slot, vote), { maxLength: 4 }).map((e) => new Map(e)) }),
  fc.record({ type: fc.constant("2a" as const), from: node, bal: whole, slot, val: batch, replicas: fc.array(node, { maxLength: 3 }) }),
  fc.record({ type: fc.constant("2b" as const), acc: node, bal: whole, slot, val: batch }),
  fc.record({ type: fc.constant("preempted" as const), acc: node, bal: whole }),
  fc.record({ type: fc.constant("heartbeat" as const), from: node, bal: whole, decidedBelow: slot, configs: history }),
  fc.record({ type: fc.constant("executed" as const), replica: node, through: slot, configs: history }),
  fc.record({ type: fc.constant("request" as const), command }),
  fc.record({ type: fc.constant("reply" as const), replica: node, client: node, seq: fc.nat(), result }),
  fc.record({ type: fc.constant("catchup" as const), replica: node, from: slot }),
  fc.record({ type: fc.constant("decisions" as const), replica: node, snapshot: fc.option(snapshot, { nil: null }), from: slot, values: fc.array(batch, { maxLength: 3 }) }),
  fc.record({ type: fc.constant("votequery" as const), replica: node, from: slot, upto: slot }),
);
const recordArb: fc.Arbitrary<StableRecord> = fc.oneof(
  fc.record({ role: fc.constant("acceptor" as const), kind: fc.constant("promise" as const), maxBal: whole }),
  fc.record({ role: fc.constant("acceptor" as const), kind: fc.constant("vote" as const), slot, vote }),
  fc.record({ role: fc.constant("proposer" as const), highestBallot: whole }),
  fc.record({ role: fc.constant("replica" as const), snapshot }),
);

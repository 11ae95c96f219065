/**
 * One process of a real cluster, assembled: the host of its protocol nodes
 * (`host.ts`) with their stable storage on disk (`storage.ts`) and messages
 * encoded as JSON (`codec.ts`), and the HTTP gateway (`gateway.ts`) when the
 * configuration gives the node an HTTP port. This is what `paxos node` runs.
 *
 * Files under the data directory:
 *
 * | path                         | what                                                           |
 * |------------------------------|----------------------------------------------------------------|
 * | `<role id>/storage/`         | the node's stable storage: snapshot and write-ahead log (docs/storage.md) |
 * | `<role id>/incarnation`      | how many times the node started (a node that started before restarts from its storage) |
 * | `<role id>/steps.ndjson`     | its spec steps with Lamport clocks (`trace.ts`)                |
 * | `gateway/steps.ndjson`       | the gateway's steps: the clients' requests                     |
 *
 * @module
 */
import { join } from "node:path";
import type { StableRecord } from "../multipaxos/index.js";
import { messageCodec, stableRecordCodec } from "./codec.js";
import type { ClusterConfig, ClusterNode } from "./config.js";
import { Gateway } from "./gateway.js";
import { NodeHost } from "./host.js";
import type { HostLog, OpenStore } from "./host.js";
import { NodeStorage } from "./storage.js";
import { mkdirSync } from "node:fs";

/** Settings of one process. */
export interface ProcessOptions {
  readonly config: ClusterConfig;
  readonly self: ClusterNode;
  readonly dataDir: string;
  readonly seed: string;
  /** Milliseconds an HTTP request waits for its answer. */
  readonly requestTimeout: number;
  /** Whether writes are fsynced (off only to measure what fsync costs). */
  readonly fsync: boolean;
  readonly log?: HostLog;
}

/** A running process: its host and gateway. */
export interface RunningNode {
  readonly host: NodeHost;
  readonly gateway: Gateway | null;
  stop(): Promise<void>;
}

/** Opens a node's storage directory with the Multi-Paxos record codec. */
export function diskStore(fsync: boolean): OpenStore {
  return (dir) => {
    const { storage, recovered } = NodeStorage.open<StableRecord>(dir, stableRecordCodec, { fsync });
    const r = recovered.repaired;
    return {
      store: storage,
      records: recovered.records,
      repaired: r === null ? null : `${r.file}: a torn record at byte ${r.offset} was cut off (${r.droppedBytes} bytes)`,
    };
  };
}

/**
 * Starts the process: listens, recovers or starts its nodes, and serves HTTP.
 *
 * @throws ListenError when a port is taken; StorageError when stable storage is corrupt.
 */
export async function startNode(o: ProcessOptions): Promise<RunningNode> {
  mkdirSync(o.dataDir, { recursive: true });
  const host = new NodeHost({ config: o.config, self: o.self, dataDir: o.dataDir, seed: o.seed, codec: messageCodec, openStore: diskStore(o.fsync), ...(o.log === undefined ? {} : { log: o.log }) });
  let gateway: Gateway | null = null;
  try {
    if (o.self.http !== null) {
      mkdirSync(join(o.dataDir, "gateway"), { recursive: true });
      gateway = new Gateway(host, join(o.dataDir, "gateway", "steps.ndjson"), o.requestTimeout);
      await gateway.listen(o.self.host, o.self.http);
    }
    await host.start();
  } catch (e) {
    await gateway?.close();
    await host.stop();
    throw e;
  }
  return {
    host,
    gateway,
    stop: async () => {
      await gateway?.close();
      await host.stop();
    },
  };
}

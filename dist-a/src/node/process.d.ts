import type { ClusterConfig, ClusterNode } from "./config.js";
import { Gateway } from "./gateway.js";
import { NodeHost } from "./host.js";
import type { HostLog, OpenStore } from "./host.js";
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
    /** Called after the process's host stopped because stable storage failed. */
    readonly onFatal?: (err: Error) => void;
}
/** A running process: its host and gateway. */
export interface RunningNode {
    readonly host: NodeHost;
    readonly gateway: Gateway | null;
    stop(): Promise<void>;
}
/** Opens a node's storage directory with the Multi-Paxos record codec. */
export declare function diskStore(fsync: boolean): OpenStore;
/**
 * Starts the process: listens, recovers or starts its nodes, and serves HTTP.
 *
 * @throws ListenError when a port is taken; StorageError when stable storage is corrupt.
 */
export declare function startNode(o: ProcessOptions): Promise<RunningNode>;
/** A data directory that another live process is using. */
export declare class DataDirInUseError extends Error {
    constructor(message: string);
}
/**
 * Takes the data directory for this process (a `LOCK` file holding its pid),
 * so that two processes never write one node's storage; a lock left by a
 * process that is gone (killed) is taken over. Returns the release.
 *
 * @throws DataDirInUseError when a live process holds it.
 */
export declare function lockDataDir(dir: string): () => void;

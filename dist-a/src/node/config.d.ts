import type { Configuration, NodeId } from "../multipaxos/index.js";
import type { QuorumSpec } from "../paxos/quorum.js";
/** One process of the cluster. */
export interface ClusterNode {
    readonly id: string;
    readonly host: string;
    /** The port of the protocol's TCP listener. */
    readonly port: number;
    /** The port of the client HTTP API, if the node serves clients. */
    readonly http: number | null;
    readonly acceptor: NodeId | null;
    readonly proposer: NodeId | null;
    readonly replica: NodeId | null;
}
/** The protocol's timers, in milliseconds. */
export interface ClusterTiming {
    readonly leaderTimeout: number;
    readonly heartbeatEvery: number;
    readonly resendEvery: number;
    readonly retryAfter: number;
    readonly catchUpEvery: number;
}
/** A checked cluster configuration. */
export interface ClusterConfig {
    readonly nodes: readonly ClusterNode[];
    readonly quorum: QuorumSpec;
    /** Slots in flight beyond the decided prefix. */
    readonly window: number;
    /** Commands per slot at most. */
    readonly batch: number;
    readonly snapshotEvery: number;
    readonly timing: ClusterTiming;
    /** `links[from][to]`: the address `from` dials to reach `to`, when not `to`'s own. */
    readonly links: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
/** The defaults for what a configuration leaves out. */
export declare const DEFAULT_TIMING: ClusterTiming;
/** A cluster configuration that is malformed or unsafe; the message names the file and the field. */
export declare class ClusterConfigError extends Error {
    constructor(message: string);
}
/** The acceptors, proposers and replicas, in the order of the nodes. */
export declare function rolesOf(c: ClusterConfig): {
    acceptors: NodeId[];
    proposers: NodeId[];
    replicas: NodeId[];
};
/** The configuration of the replicated log's first slots: every acceptor with the cluster's quorum system, every replica, every proposer as a leader. */
export declare function initialConfiguration(c: ClusterConfig): Configuration;
/** The node (process) that hosts protocol node `id`, if any. */
export declare function hostOf(c: ClusterConfig, id: NodeId): ClusterNode | undefined;
/** The address node `from` dials to reach node `to`. */
export declare function addressOf(c: ClusterConfig, from: string, to: ClusterNode): {
    host: string;
    port: number;
};
/**
 * Checks a parsed JSON value as a cluster configuration. `where` names its
 * source (a file) in messages.
 *
 * @throws ClusterConfigError for anything malformed, duplicated or unsafe.
 */
export declare function parseClusterConfig(json: unknown, where: string): ClusterConfig;
/** A local cluster of `n` nodes, each playing every role, on ports from `basePort` (protocol) and `basePort + 100` (HTTP). */
export declare function localCluster(n: number, basePort: number, settings?: Partial<Pick<ClusterConfig, "window" | "batch" | "snapshotEvery" | "timing">>): ClusterConfig;
/** A configuration as the JSON its file holds. */
export declare function clusterConfigJson(c: ClusterConfig): unknown;
/**
 * Reads and checks the configuration file at `path`.
 *
 * @throws ClusterConfigError when it cannot be read, is not JSON, or is not a valid configuration.
 */
export declare function readClusterConfig(path: string): ClusterConfig;

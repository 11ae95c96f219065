import type { ClusterConfig, ClusterNode } from "./config.js";
/** The files of the cluster in `dir`. */
export declare function clusterFiles(dir: string): {
    config: string;
    pids: string;
    data: (node: string) => string;
    log: (node: string) => string;
};
/** The script of the `paxos` command (built). */
export declare function paxosMain(): string;
/** A port that cannot be listened on, found before any process starts. */
export declare class PortInUseError extends Error {
    constructor(message: string);
}
/** Whether `port` on `host` can be listened on now. */
export declare function portFree(host: string, port: number): Promise<boolean>;
/** Checks every port the configuration listens on. @throws PortInUseError naming the first that is taken. */
export declare function checkPorts(c: ClusterConfig): Promise<void>;
/** Starts the process of node `node` of the cluster in `dir`; returns its pid. Its output goes to `logs/<node>.log`. */
export declare function spawnNode(dir: string, node: ClusterNode, seed: string, options: {
    detached: boolean;
    extra?: readonly string[];
}): number;
/** The processes recorded for the cluster in `dir`. */
export declare function readPids(dir: string): Record<string, number>;
/** Records the processes of the cluster in `dir`. */
export declare function writePids(dir: string, pids: Readonly<Record<string, number>>): void;
/** Whether process `pid` is alive (one that exists but is not ours to signal counts as alive). */
export declare function alive(pid: number): boolean;
/** Writes the configuration of a new cluster into `dir` (which must not hold a running one). */
export declare function writeConfig(dir: string, c: ClusterConfig): void;
/** Reads the configuration of the cluster in `dir`. */
export declare function configOf(dir: string): ClusterConfig;
/** The HTTP endpoints of the nodes that serve clients. */
export declare function endpointsOf(c: ClusterConfig): string[];
/** What a node's `/status` says, or `null` if it does not answer. */
export interface NodeStatus {
    readonly node: string;
    readonly leader: string | null;
    readonly ballot: number | null;
    readonly executed: number | null;
}
/** Asks a node for its status. */
export declare function statusOf(endpoint: string, timeout?: number): Promise<NodeStatus | null>;
/**
 * Waits until a majority of the nodes that serve clients name the same leader;
 * `progress` gets a line about each round. Returns the leader, or `null` at
 * the deadline.
 */
export declare function waitForLeader(c: ClusterConfig, deadlineMs: number, progress?: (line: string) => void): Promise<string | null>;
/** Stops the processes of the cluster in `dir`: SIGTERM, then SIGKILL after `graceMs`. Returns the nodes stopped. */
export declare function stopProcesses(dir: string, graceMs?: number): Promise<string[]>;
/** Stops the processes given by node (a paused one is resumed first): SIGTERM, then SIGKILL after `graceMs`. Returns the nodes that were running. */
export declare function stopPids(pids: Readonly<Record<string, number>>, graceMs?: number): Promise<string[]>;

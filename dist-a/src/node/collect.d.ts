import type { ClusterConfig } from "./config.js";
/** What {@link collectRun} wrote. */
export interface Collected {
    /** The logs written, one per node (its header alone if it took no step). */
    readonly files: readonly string[];
    readonly steps: number;
    readonly commands: number;
    readonly slots: number;
    readonly ballots: number;
    /** Request steps marked as resends. */
    readonly resends: number;
    /** Lines left out: cut short by a crash. */
    readonly torn: number;
}
/** The step files of a cluster's data directories: each protocol node's, and each gateway's (a node that never ran has none). */
export declare function stepFiles(c: ClusterConfig, dataOf: (node: string) => string): {
    node: string;
    file: string;
}[];
/** Writes the per-node logs of the run whose nodes' data directories `dataOf` gives into `outDir`. */
export declare function collectRun(c: ClusterConfig, dataOf: (node: string) => string, outDir: string, seed?: string): Collected;

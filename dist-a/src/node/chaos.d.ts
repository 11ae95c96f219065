import type { LinearizabilityResult, Operation } from "../check/linearizability.js";
import type { Collected } from "./collect.js";
/** The faults the nemesis may cause. */
export type NemesisKind = "kill" | "pause" | "partition";
/** What a chaos run does. */
export interface ChaosOptions {
    readonly nodes: number;
    readonly clients: number;
    /** Milliseconds of workload under faults. */
    readonly duration: number;
    readonly nemesis: readonly NemesisKind[];
    readonly seed: string;
    /** Keys `k1 .. kK`. */
    readonly keys: number;
    /** Mean milliseconds between a fault's start and its end, and between faults. */
    readonly faultEvery: number;
    /** The first of the ports used (protocol, HTTP, then the proxies). */
    readonly basePort: number;
    /** Commands per slot at most. */
    readonly batch: number;
    /** The cluster's directory (default: a fresh temporary one, removed after a run that passes). */
    readonly dir?: string;
    /** Whether to validate the merged logs against the spec. */
    readonly validate: boolean;
    /** Reports progress lines. */
    readonly progress?: (line: string) => void;
}
/** A fault as the nemesis caused it. */
export interface FaultEvent {
    readonly kind: NemesisKind;
    readonly nodes: readonly string[];
    /** Milliseconds from the start of the workload. */
    readonly start: number;
    end: number | null;
}
/** What a chaos run found. */
export interface ChaosReport {
    readonly seed: string;
    readonly dir: string;
    readonly nodes: number;
    readonly clients: number;
    readonly duration: number;
    readonly leader: string | null;
    readonly faults: readonly FaultEvent[];
    /** Operations: issued, acknowledged (answered), unknown (not answered: may have taken effect). */
    readonly operations: {
        readonly issued: number;
        readonly acknowledged: number;
        readonly unknown: number;
        readonly finalReads: number;
    };
    /** Acknowledged operations per second, in buckets of {@link BUCKET} ms. */
    readonly throughput: readonly number[];
    readonly latency: {
        readonly p50: number;
        readonly p99: number;
        readonly max: number;
    };
    readonly linearizable: LinearizabilityResult;
    readonly collected: Collected | null;
    readonly validation: {
        readonly ok: boolean;
        readonly steps: number;
        readonly seconds: number;
        readonly message: string;
    } | null;
    readonly ok: boolean;
    /** Why the run could not be carried out (no leader elected), when it could not. */
    readonly error?: string;
    readonly history: readonly Operation[];
}
/** The width of a throughput bucket, in milliseconds. */
export declare const BUCKET = 500;
/** Runs the chaos test. */
export declare function runChaos(o: ChaosOptions): Promise<ChaosReport>;
/** Writes the report's files into `dir`: report.json, history.ndjson, timeline.svg. */
export declare function writeChaosReport(r: ChaosReport, dir: string, svg: string, historyNdjson: string): void;
/** Removes a run's directory (after a run that passed, when it was a temporary one). */
export declare function removeRun(dir: string): void;

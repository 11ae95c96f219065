/**
 * The library entry point `paxos-tla`: the protocols as pure step functions,
 * the simulators that drive them, the trace recorders and validators, and the
 * linearizability checker. The TLA+ engine is `paxos-tla/tla`.
 *
 * ```ts
 * import { cluster, trace } from "paxos-tla";
 * const run = cluster.simulateSmr({ seed: "1", loss: 0.1 });
 * ```
 *
 * Each part is a namespace, because the two protocols name their steps alike
 * (`paxos.phase1b`, `multipaxos.phase1b`).
 *
 * @module
 */
export * as paxos from "./paxos/index.js";
export * as multipaxos from "./multipaxos/index.js";
export * as sim from "./sim/index.js";
export * as cluster from "./cluster/index.js";
export * as trace from "./trace/index.js";
export * as kv from "./smr/kv.js";
export * as linearizability from "./check/linearizability.js";
export * as history from "./check/history.js";
export { validateTraceSource, validateTraceFile, SMR_INVARIANTS, DEFAULT_INVARIANTS } from "./trace/validate.js";
export { SmrTraceRecorder } from "./trace/smrRecorder.js";

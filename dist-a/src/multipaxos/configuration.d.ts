/**
 * Which acceptors decide which slot: the configurations of the log, as
 * spec/ReconfigMultiPaxos.tla defines them. A configuration change is a
 * command of the log; decided in slot `i`, it takes effect in slot
 * `i + alpha`. The configuration of slot `s` (the spec's `CfgOf[s]`) is the
 * one installed by the last change decided in a slot `i` with
 * `i + alpha <= s`, or the initial one. Leaders and replicas learn the
 * changes as they learn the decided values, and `alpha` is the leader's
 * window: it proposes in slot `s` only once every slot up to `s - alpha` is
 * decided, so `CfgOf[s]` is known and final by then.
 *
 * @module
 */
import { QuorumSystem } from "../paxos/quorum.js";
import type { Configuration } from "../smr/kv.js";
import type { Batch, NodeId, Slot } from "./types.js";
export type { Configuration } from "../smr/kv.js";
/** The changes decided so far, by the slot they were decided in, and the configuration before any. */
export interface ConfigHistory {
    readonly initial: Configuration;
    /** `[slot, configuration]`, by slot: the last change decided in that slot. */
    readonly changes: readonly (readonly [Slot, Configuration])[];
}
/** A history with no change yet. */
export declare function initialHistory(initial: Configuration): ConfigHistory;
/**
 * @spec ReconfigMultiPaxos.CfgOf
 *
 * The configuration of slot `slot` (the spec's `CfgOf[slot]`): the last change
 * decided in a slot `i` with `i + alpha <= slot`, or the initial one. Final
 * only once every such slot is known decided: a leader proposes in `slot` only
 * then (its window is `alpha`, the spec's `Settled`), and a replica counts the
 * votes of `slot` only once it has executed every slot up to `slot - alpha`.
 */
export declare function configOf(h: ConfigHistory, slot: Slot, alpha: number): Configuration;
/**
 * @spec ReconfigMultiPaxos.LastChange
 *
 * The configuration batch `v` installs: that of its last change the state
 * machine accepts, if it has one (the spec's `LastChange`; a refused change is
 * a command whose `ChangeTo` is `None`).
 */
export declare function changeIn(v: Batch): Configuration | null;
/** The history with slot `slot` known decided with value `v`. */
export declare function withDecided(h: ConfigHistory, slot: Slot, v: Batch): ConfigHistory;
/** Both histories' changes (they agree where they overlap: a slot is decided once). */
export declare function mergeHistories(a: ConfigHistory, b: ConfigHistory): ConfigHistory;
/** The newest configuration the history knows: the one the last change decided installs (in force `alpha` slots later), or the initial one. */
export declare function newestConfig(h: ConfigHistory): Configuration;
/** Every acceptor of every configuration the history knows. */
export declare function allAcceptors(h: ConfigHistory): NodeId[];
/** The quorum system of a configuration (built once per configuration object). */
export declare function quorumOf(c: Configuration): QuorumSystem;

/**
 * The refinement mapping: from the implementation's state to the values of the
 * spec's variables. Written once, here, and used by the recorder; traces carry
 * its output, so what the engine checks against spec/Paxos.tla is exactly this
 * function of the running system.
 *
 * | spec variable | implementation                                                        |
 * |---------------|-----------------------------------------------------------------------|
 * | `proposed`    | the values of the clients that have submitted (client `submitted`)     |
 * | `maxBal[a]`   | acceptor `a`'s CURRENT in-memory `maxBal` (not its stable copy)        |
 * | `maxVBal[a]`  | acceptor `a`'s in-memory `maxVBal`                                    |
 * | `maxVal[a]`   | acceptor `a`'s in-memory `maxVal`, `null` shown as the model value `None` |
 * | `msgs`        | every 1a/1b/2a/2b message ever sent, as a spec record (routing fields dropped) |
 * | `learned[l]`  | learner `l`'s learned values                                          |
 *
 * Mapping the in-memory values (rather than what is on disk) is deliberate:
 * an acceptor that forgot a promise across a restart then shows a Restart step
 * in which `maxBal` decreases, which the spec forbids.
 *
 * @module
 */
import type { Ballot, NodeId, ProtocolMessage, Value } from "../paxos/index.js";
import type { ClusterView } from "../cluster/index.js";
import type { ItfRecord } from "./itf.js";
/** The spec's `None`: a model value that is not a Value. */
export declare const NONE = "None";
/** A message as the spec sees it (field order as in the spec's records). */
export type SpecMessage = {
    readonly type: "1a";
    readonly bal: Ballot;
} | {
    readonly type: "1b";
    readonly acc: NodeId;
    readonly bal: Ballot;
    readonly mbal: Ballot;
    readonly mval: Value;
} | {
    readonly type: "2a";
    readonly bal: Ballot;
    readonly val: Value;
} | {
    readonly type: "2b";
    readonly acc: NodeId;
    readonly bal: Ballot;
    readonly val: Value;
};
/** The spec variables' values. Sets are sorted canonically; functions are keyed by node. */
export interface SpecState {
    readonly proposed: readonly Value[];
    readonly maxBal: Readonly<Record<NodeId, Ballot>>;
    readonly maxVBal: Readonly<Record<NodeId, Ballot>>;
    readonly maxVal: Readonly<Record<NodeId, Value>>;
    readonly msgs: readonly SpecMessage[];
    readonly learned: Readonly<Record<NodeId, readonly Value[]>>;
}
/** The spec record of an implementation message: the same fields, minus routing (`from`), `null` as `None`. */
export declare function specMessage(m: ProtocolMessage): SpecMessage;
/**
 * The mapping, evaluated incrementally: `msgs` only grows, so each call folds
 * in the messages sent since the previous call instead of rebuilding the set.
 * One instance follows one run.
 */
export declare class RefinementMapping {
    private seen;
    private readonly keys;
    private readonly msgs;
    /** The JSON text of each element of `msgs`, in the same (canonical) order. */
    private readonly msgTexts;
    private msgsText;
    /** The spec variables for the cluster's current state. */
    state(view: ClusterView): SpecState;
    /**
     * The spec state in its ITF encoding as JSON text: exactly
     * `JSON.stringify(encodeState(this.state(view)))`, but the text of `msgs`
     * (which only grows) is kept between calls instead of being rebuilt.
     */
    stateJson(view: ClusterView): string;
    private foldSent;
    private variables;
}
/** The mapping of one state, from scratch. */
export declare function refine(view: ClusterView): SpecState;
/** The spec state in the ITF encoding: a record with one field per variable. */
export declare function encodeState(s: SpecState): ItfRecord;

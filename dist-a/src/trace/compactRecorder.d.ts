/**
 * Events-mode traces of the replicated store against
 * `spec/CompactMultiPaxos.tla`, the Multi-Paxos whose state stays bounded as
 * the log grows: for runs of any length, whose validation must cost the same
 * per step at the end as at the start.
 *
 * A step is the implementation's action with its parameters, as for
 * `MultiPaxos.tla` ({@link SmrTraceRecorder}), with two differences:
 *
 * - A command is the pair `<<client, request number>>` (the spec's session
 *   tables are per client), and `Request` names the client.
 * - The recorder adds `Compact(n)` steps: the spec forgets everything about
 *   the slots below `n` (votes, 2a and 2b messages, older snapshots). No node
 *   takes that step; the recorder takes it for the run once nothing that can
 *   still happen needs those slots, which it knows from the nodes' states:
 *   - every replica's snapshot on stable storage covers `n` slots, so no
 *     replica executes, learns or restarts below `n` any more;
 *   - no proposer can still propose below `n`: `n` is at most each
 *     proposer's `decidedBelow` (a new leader asks from there) and the one
 *     on its stable storage (a restarted proposer starts from there), its
 *     outstanding and recovered proposals, and its next slot;
 *   - no 2a message for a slot below `n` can still arrive: none was sent
 *     within the longest message delay (a copy arrives within it or never).
 *   It compacts once `n` is at least `every` slots past the last point
 *   (the replicas' snapshot interval by default).
 *
 * Runs with configuration changes are traced against
 * `ReconfigMultiPaxos.tla` only; this recorder refuses them.
 *
 * @module
 */
import type { SmrObserver, SmrSimulation } from "../cluster/multipaxos.js";
import type { NodeId, SpecAction } from "../multipaxos/index.js";
/** Records a replicated-store run against CompactMultiPaxos.tla, in events mode. */
export declare class CompactTraceRecorder implements SmrObserver {
    private readonly options;
    private sim;
    private readonly steps;
    /** The compaction point the trace has reached. */
    private low;
    /** Slot counts some replica reached by executing, from `low` on: the snapshots the spec keeps. */
    private readonly reached;
    /** The 2a messages sent lately, as (time, slot), oldest first; `seen`: how much of `sim.sent` was read. */
    private readonly recent2a;
    private seen;
    private maxSlot;
    private maxSeq;
    private every;
    private maxDelay;
    /** Compactions taken. */
    compactions: number;
    /** @param every compact once the point can move at least this many slots (default: the replicas' snapshot interval). */
    constructor(options?: {
        readonly every?: number;
    });
    init(sim: SmrSimulation): void;
    step(action: SpecAction, node: NodeId, time: number): void;
    /** The action's parameters as the compact spec names them. */
    private params;
    /** Takes a Compact step if the run no longer needs the slots below some new point (see the module comment). */
    private compactIfPossible;
    /** The trace: header, then one line per step. */
    lines(): string[];
}

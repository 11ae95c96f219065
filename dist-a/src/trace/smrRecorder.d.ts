/**
 * Traces of the replicated store against `spec/MultiPaxos.tla`: the
 * refinement mapping from a simulated cluster of `src/multipaxos` to the
 * spec's variables, and a recorder that writes a run as `paxos-tla-trace/1`
 * lines: in state mode every step carries the spec state after it; in events
 * mode a step is its action and parameters only, and the validator finds the
 * states the spec allows.
 *
 * | spec variable   | implementation                                                    |
 * |-----------------|-------------------------------------------------------------------|
 * | `requests`      | the commands clients issued (their Request steps)                  |
 * | `maxBal[a]`     | acceptor `a`'s in-memory `maxBal`                                  |
 * | `maxVBal[a][s]`, `maxVal[a][s]` | acceptor `a`'s vote in slot `s`, if any (-1 and `None` if not) |
 * | `msgs`          | every 1a/1b/2a/2b message ever sent, as a spec record              |
 * | `decided[r][s]` | replica `r`'s learned, not yet executed value of slot `s`          |
 * | `next[r]`       | replica `r`'s `applied`: how many slots it executed                |
 * | `applied[r]`    | the commands `r` executed, in order (followed from its steps)       |
 * | `reached`       | every (slots executed, commands executed) pair a replica reached   |
 *
 * A command is named `client.seq` in the spec; a batch is the tuple of its
 * commands' names. The constants (`Slot`, `Ballot`, `Command`) are known
 * only when the run is over, so the recorder keeps the run and writes its
 * lines at the end ({@link SmrTraceRecorder.lines}).
 *
 * @module
 */
import type { SmrObserver, SmrOptions, SmrSimulation } from "../cluster/multipaxos.js";
import type { NodeId, SpecAction } from "../multipaxos/index.js";
import type { TraceMode } from "./format.js";
import type { ItfValue } from "./itf.js";
/** Records a replicated-store run; {@link lines} gives the trace once the run is over. */
export declare class SmrTraceRecorder implements SmrObserver {
    readonly mode: TraceMode;
    /** @param mode "state" (default): steps carry the spec state; "events": action and parameters only. */
    constructor(mode?: TraceMode);
    private sim;
    private readonly moments;
    private readonly requests;
    private readonly msgKeys;
    private readonly msgs;
    private seen;
    private readonly reachedKeys;
    private readonly reached;
    /** Per replica: the commands executed, and the values it learned and has not executed. */
    private readonly applied;
    private readonly learned;
    /** The commands executed after each number of slots (a snapshot of n slots stands for this). */
    private readonly prefixes;
    private maxSlot;
    private maxBallot;
    init(sim: SmrSimulation): void;
    step(action: SpecAction, node: NodeId, time: number): void;
    private addReached;
    private moment;
    /** The trace: header, initial state, one line per step. */
    lines(): string[];
}
/** The `cluster` field of a replicated-store trace's header: the run's options, for people and reproduction. */
export declare function clusterSummary(o: SmrOptions): Record<string, number>;
/** An action's parameters as the spec names them (batches as tuples of command names). */
export declare function actionParams(a: SpecAction): Record<string, ItfValue>;

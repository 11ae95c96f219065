/**
 * The picture of a replicated log: slots across, replicas down. Each cell
 * says what one replica holds of one slot at the end of a run:
 *
 * - **compacted**: executed, and covered by the replica's snapshot (its log
 *   entry is gone; the snapshot stands for it);
 * - **executed**: executed, still in the log (kept to catch others up);
 * - **learned**: decided and known to the replica, waiting behind a slot it
 *   has not learned yet;
 * - **missing**: nothing known.
 *
 * A strip above the grid gives each slot's ballot (the ballot of the 2a that
 * got it decided, coloured by its leader) and how many commands it carries
 * (`·` for the no-op a new leader fills a gap with). A leader change shows as
 * a change of colour; a replica that fell behind shows as a short row. When
 * the configuration changed during the run, a second strip gives the
 * configuration that served each slot.
 *
 * {@link SmrLogRecorder} collects the picture's data while the run goes;
 * {@link renderSmrLogSvg} draws it. The output depends only on the data, so
 * the same run always gives the same bytes.
 *
 * @module
 */
import type { SmrObserver, SmrSimulation } from "../cluster/multipaxos.js";
import type { Ballot, NodeId, Slot, SpecAction } from "../multipaxos/index.js";
/** What one replica holds of one slot. */
export type CellState = "compacted" | "executed" | "learned" | "missing";
/** The data of the picture. */
export interface SmrLogPicture {
    readonly title: string;
    readonly replicas: readonly NodeId[];
    readonly proposers: readonly NodeId[];
    /** Slots 0 .. slots-1 are drawn. */
    readonly slots: number;
    /** Per slot: the ballot whose 2a got it decided and its leader, and the number of commands (absent if never decided). */
    readonly decidedBy: ReadonlyMap<Slot, {
        readonly ballot: Ballot;
        readonly leader: NodeId;
        readonly commands: number;
    }>;
    /** Per replica, per slot. */
    readonly cells: ReadonlyMap<NodeId, readonly CellState[]>;
    /**
     * When the configuration changed during the run: the configurations (name
     * and acceptors), and per slot the index of the one that served it, as the
     * decided changes and the window make it (the spec's `CfgOf`).
     */
    readonly configurations?: {
        readonly names: readonly (readonly [string, readonly NodeId[]])[];
        readonly bySlot: readonly number[];
    };
}
/** Collects a run's log picture (observe the run with it, then call {@link picture}). */
export declare class SmrLogRecorder implements SmrObserver {
    private sim;
    /** The latest 2a per slot, ballot and value, to find which one a Learn learned. */
    private readonly proposals;
    private readonly decidedBy;
    /** The configuration changes learned, as the replicas learned them. */
    private history;
    init(sim: SmrSimulation): void;
    step(action: SpecAction): void;
    /** The picture of the run as it stands. */
    picture(title: string): SmrLogPicture;
}
/** Renders the picture as an SVG document (UTF-8 text, ending in a newline). */
export declare function renderSmrLogSvg(p: SmrLogPicture): string;

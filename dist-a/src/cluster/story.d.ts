/**
 * A run told as a short story: who proposed what, which ballots were tried
 * and by whom, which acceptors promised and voted, what the faults were, and
 * when each learner learned what. An observer of the simulator; it keeps only
 * the lines it will print.
 *
 * Consecutive steps of one kind in one ballot (say, four acceptors promising
 * ballot 2) are told as one line, so the story of a five-acceptor run fits on
 * a screen.
 *
 * @module
 */
import type { SpecAction } from "../paxos/index.js";
import type { ClusterView, SimEvent, SimulationObserver } from "./simulation.js";
/** One line of the story, at a simulated time. */
export interface StoryLine {
    readonly time: number;
    readonly text: string;
}
/** Collects the story of a run (pass it as, or alongside, the simulation's observer). */
export declare class StoryTeller implements SimulationObserver {
    private readonly lines;
    private pending;
    private lost;
    private duplicated;
    step(action: SpecAction, node: string, time: number, view: ClusterView): void;
    event(event: SimEvent, time: number): void;
    /** The story so far, one line each, with the losses and duplicates summed up at the end. */
    story(): StoryLine[];
    private say;
    private group;
    private flush;
}
/** Several observers as one, each told everything in order. */
export declare function observeAll(...observers: readonly SimulationObserver[]): SimulationObserver;

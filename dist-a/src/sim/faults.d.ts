/**
 * The fault model of a simulated run: the network's delays, losses and
 * duplicates, partitions, crashes and restarts, and the step budget. Every
 * field has a default; {@link checkFaults} checks ranges.
 *
 * @module
 */
/** A closed interval of simulated time. */
export interface TimeRange {
    readonly min: number;
    readonly max: number;
}
/** A crash at a fixed time: `node` goes down at `at` for `downFor` (`Infinity`: for good, a permanent failure). */
export interface ScheduledCrash {
    readonly node: string;
    readonly at: number;
    readonly downFor: number;
}
/** Everything about the network, the crashes and the budget of a run. */
export interface FaultOptions {
    /** The seed; the same seed and options reproduce the same run byte for byte. */
    readonly seed: string;
    /** Message delay, drawn uniformly from this range. Random delays also reorder messages. */
    readonly delay: TimeRange;
    /** Probability that a sent message is lost. */
    readonly loss: number;
    /** Probability that a sent message is also delivered a second time (with its own delay). */
    readonly duplicate: number;
    /** Probability, at each scheduler step, that a random node that can crash and is up crashes. */
    readonly crash: number;
    /**
     * Probability that a step of a node that can crash, with two effects or
     * more, is cut short by a crash: the node carries out its effects up to a
     * point drawn at random and dies there. What it wrote to stable storage
     * before that point survives; the messages it would have sent after it are
     * lost. This is what makes the order of a step's effects matter: a node
     * must persist what a message reveals before it sends the message.
     */
    readonly crashInStep: number;
    /**
     * Probability, at each scheduler step, that a node that leads (as its
     * protocol tells from its state) crashes: failures aimed at the leader,
     * which is what a replicated log is slowest to recover from.
     */
    readonly leaderCrash: number;
    /** Crashes at fixed times, besides the random ones. */
    readonly scheduledCrashes: readonly ScheduledCrash[];
    /** How long a crashed node stays down. */
    readonly downtime: TimeRange;
    /** Probability, at each scheduler step with no partition in force, that the network splits in two. */
    readonly partition: number;
    /** How long a partition lasts before it heals. */
    readonly partitionDuration: TimeRange;
    /** Scheduler steps (delivered messages, timers, crashes, ...) before the run gives up. */
    readonly maxSteps: number;
}
/** The defaults: no faults at all, delays of 1 to 5, 20,000 steps. */
export declare const DEFAULT_FAULTS: FaultOptions;
/** Options out of range; the message names the option. */
export declare class SimulationOptionsError extends Error {
    constructor(message: string);
}
/** Throws a {@link SimulationOptionsError} unless `n` is a whole number in `[min, max]`. */
export declare function checkCount(name: string, n: number, min: number, max: number): void;
/** Checks every range of the fault model. */
export declare function checkFaults(o: FaultOptions): void;

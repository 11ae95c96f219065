/**
 * The parameters an experiment can vary or fix, how each is written on the
 * command line, and how each maps onto a protocol's simulation options
 * ({@link SimulationOptions} for single-decree Paxos, {@link SmrOptions} for
 * the replicated log).
 *
 * Every value is read from text and written back in one canonical text form,
 * the same form the command line takes, so that a CSV cell can be pasted back
 * into `--vary` or `--set`. Quorum systems are the one value that contains a
 * list of its own: because `,` separates the values of a `--vary` axis, the
 * items inside a quorum are separated by `;` (`weights:3;1;1;1`,
 * `sets:a1+a2;a2+a3;a1+a3`). In `--set`, where there is only one value, `,`
 * is accepted as well.
 *
 * @module
 */
import type { QuorumSpec } from "../paxos/index.js";
import type { SimulationOptions, SmrOptions, TimeRange } from "../cluster/index.js";
/** A malformed experiment description (unknown parameter, bad value, empty list); one sentence for people. */
export declare class ExperimentError extends Error {
    constructor(message: string);
}
/** A parameter value as parsed: a number, an on/off switch, a time range or a quorum system. */
export type ParameterValue = number | boolean | TimeRange | QuorumSpec;
/** Simulation options being assembled for one point (a mutable partial). */
export type OptionsDraft<O> = {
    -readonly [K in keyof O]?: O[K];
};
/** How one parameter is read, written, and applied to the simulation options `O`. */
export interface ParameterDefinition<O> {
    /** The name as written on the command line and in CSV headers. */
    readonly name: string;
    /** What the parameter means, in a few words (used in help, plot axes and the guide). */
    readonly meaning: string;
    /** The accepted forms, e.g. `a probability from 0 to 1`. */
    readonly form: string;
    /** Whether values are numbers, so that plots can place them on a numeric scale. */
    readonly numeric: boolean;
    /** Reads one value; `inList` says it came from a `--vary` list (quorum items then use `;`). */
    parse(text: string, inList: boolean): ParameterValue;
    /** Puts the value into the options of a point. */
    apply(draft: OptionsDraft<O>, value: ParameterValue): void;
    /** The value in force in resolved options, in canonical text form. */
    read(options: O): string;
}
/** Reads a quorum system: `majority`, `weights:W;W;...` or `sets:a1+a2;a2+a3;...` (`,` also allowed outside lists). */
export declare function parseQuorum(text: string, inList: boolean): QuorumSpec;
/** The parameters of single-decree Paxos runs, in the order of their CSV columns. */
export declare const PAXOS_PARAMETERS: readonly ParameterDefinition<SimulationOptions>[];
/** The parameters of replicated-log (Multi-Paxos) runs, in the order of their CSV columns. */
export declare const MULTIPAXOS_PARAMETERS: readonly ParameterDefinition<SmrOptions>[];

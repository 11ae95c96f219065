/**
 * Named experiments. A preset is a list of command-line arguments put before
 * the user's own, so any of its choices can be added to (`--set`) or
 * overridden (`--runs`, `--seed`, `--steps`); the same parameter may not be
 * varied by both.
 *
 * @module
 */
/** A named experiment: what it compares and the arguments that make it. */
export interface Preset {
    readonly name: string;
    /** One sentence: what the experiment shows. */
    readonly description: string;
    readonly args: readonly string[];
}
/** The presets, by name. */
export declare const PRESETS: Readonly<Record<string, Preset>>;

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
export const PRESETS: Readonly<Record<string, Preset>> = {
  dueling: {
    name: "dueling",
    description:
      "dueling proposers: 1, 2 and 3 proposers with and without exponential backoff, on a slow network (delays 5..40, comparable to the retry timeout of 25..50), 5 acceptors, 100 runs, a budget of 5000 steps",
    args: ["--vary", "proposers=1,2,3", "--vary", "backoff=off,on", "--set", "delay=5..40", "--set", "acceptors=5", "--runs", "100", "--steps", "5000"],
  },
};

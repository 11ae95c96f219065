/**
 * Parameter sweeps: a plan (axes to vary, parameters to fix, runs per point,
 * a base seed) expands into the cartesian product of its axes; every point
 * runs the simulator once per seed.
 *
 * Seeds: run `i` (from 1) of every point uses the seed `<base>.<i>`. The same
 * seeds at every point (common random numbers) mean that two points differ
 * only by their parameters, not by luck of the draw, which sharpens
 * comparisons between points; and the same base seed reproduces every run,
 * so the same plan gives byte-identical outputs.
 *
 * @module
 */
import { QuorumSystemError } from "../paxos/index.js";
import { resolveOptions, simulate, Simulation, SimulationOptionsError } from "../cluster/index.js";
import type { SimulationOptions, SimulationResult } from "../cluster/index.js";
import { ExperimentError, parameterNamed, PARAMETER_NAMES, PARAMETERS } from "./parameters.js";
import type { OptionsDraft, ParameterName, ParameterValue } from "./parameters.js";

/** One varied parameter and its values, in the order given. */
export interface Axis {
  readonly parameter: ParameterName;
  readonly values: readonly ParameterValue[];
  /** The values in canonical text form, same order. */
  readonly labels: readonly string[];
}

/** One parameter fixed for the whole experiment. */
export interface Setting {
  readonly parameter: ParameterName;
  readonly value: ParameterValue;
  readonly label: string;
}

/** Everything an experiment depends on. */
export interface ExperimentPlan {
  readonly axes: readonly Axis[];
  readonly settings: readonly Setting[];
  /** Runs per point, at least 1. */
  readonly runs: number;
  /** The base seed from which every run's seed is derived. */
  readonly seed: string;
}

/** One combination of axis values, with the simulation options it stands for. */
export interface Point {
  /** Position in the sweep, from 1; the first axis varies slowest. */
  readonly index: number;
  /** Index into each axis's values, in axis order. */
  readonly coordinates: readonly number[];
  /** Every parameter's value in force at this point, in canonical text form. */
  readonly parameters: Readonly<Record<ParameterName, string>>;
  /** The resolved options (defaults filled in), without a seed. */
  readonly options: SimulationOptions;
}

/** The figures kept from one run. */
export interface RunRecord {
  /** Run number within its point, from 1. */
  readonly run: number;
  readonly seed: string;
  readonly result: SimulationResult;
}

/** A point and its runs, in run order. */
export interface PointRuns {
  readonly point: Point;
  readonly runs: readonly RunRecord[];
}

/** The seed of run `run` (from 1) at every point of an experiment with base seed `base`. */
export function runSeed(base: string, run: number): string {
  return `${base}.${run}`;
}

/** Splits `name=rest` into its two parts, or throws naming the flag. */
function nameAndValue(flag: string, text: string): [ParameterName, string] {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new ExperimentError(`${flag} needs NAME=${flag === "--vary" ? "V1,V2,..." : "VALUE"}, got '${text}'`);
  return [parameterNamed(text.slice(0, eq)).name, text.slice(eq + 1)];
}

/** Reads one `--vary` argument: `name=v1,v2,...` (at least one value, no value twice). */
export function parseAxis(text: string): Axis {
  const [parameter, list] = nameAndValue("--vary", text);
  const def = PARAMETERS[parameter];
  if (list.trim() === "") throw new ExperimentError(`--vary ${parameter} has an empty list of values`);
  const raw = list.split(",").map((v) => v.trim());
  if (raw.some((v) => v === "")) throw new ExperimentError(`--vary ${parameter} has an empty value in '${list}'`);
  const values = raw.map((v) => def.parse(v, true));
  const labels = raw.map((v, i) => canonical(parameter, values[i]!, v));
  const seen = new Set<string>();
  for (const l of labels) {
    if (seen.has(l)) throw new ExperimentError(`--vary ${parameter} lists the value '${l}' twice`);
    seen.add(l);
  }
  return { parameter, values, labels };
}

/** Reads one `--set` argument: `name=value`. */
export function parseSetting(text: string): Setting {
  const [parameter, raw] = nameAndValue("--set", text);
  if (raw.trim() === "") throw new ExperimentError(`--set ${parameter} has an empty value`);
  const value = PARAMETERS[parameter].parse(raw.trim(), false);
  return { parameter, value, label: canonical(parameter, value, raw.trim()) };
}

/** The canonical text of a parsed value: what `read` would print once the value is applied. */
function canonical(parameter: ParameterName, value: ParameterValue, raw: string): string {
  const draft: OptionsDraft = {};
  PARAMETERS[parameter].apply(draft, value);
  try {
    return PARAMETERS[parameter].read(resolveOptions(draft));
  } catch (err) {
    // out of the simulator's range: reported with the point later
    if (!(err instanceof SimulationOptionsError || err instanceof QuorumSystemError)) throw err;
    return raw;
  }
}

/**
 * Builds a plan from command-line texts, checking that no parameter is varied
 * twice, set twice, or both varied and set, and that `runs` is at least 1.
 */
export function planExperiment(input: { readonly vary: readonly string[]; readonly set: readonly string[]; readonly runs: number; readonly seed: string }): ExperimentPlan {
  if (!Number.isSafeInteger(input.runs) || input.runs < 1) throw new ExperimentError(`runs must be a whole number of at least 1, got ${input.runs}`);
  if (input.vary.length === 0) throw new ExperimentError("give at least one axis to vary, e.g. --vary loss=0,0.1,0.2");
  const axes = input.vary.map(parseAxis);
  const settings = input.set.map(parseSetting);
  const used = new Map<ParameterName, string>();
  for (const [flag, parameter] of [...axes.map((a) => ["--vary", a.parameter] as const), ...settings.map((s) => ["--set", s.parameter] as const)]) {
    const before = used.get(parameter);
    if (before !== undefined) throw new ExperimentError(`${parameter} is given twice (${before} and ${flag}); vary it or set it, once`);
    used.set(parameter, flag);
  }
  return { axes, settings, runs: input.runs, seed: input.seed };
}

/** How many points the plan has: the product of its axes' lengths. */
export function pointCount(plan: ExperimentPlan): number {
  return plan.axes.reduce((n, a) => n * a.values.length, 1);
}

/** `loss=0.1, acceptors=5`: a point's coordinates for messages. */
function describePoint(plan: ExperimentPlan, coordinates: readonly number[]): string {
  return plan.axes.map((a, i) => `${a.parameter}=${a.labels[coordinates[i]!]}`).join(", ");
}

/**
 * The points of the plan, first axis slowest, each with resolved and checked
 * options. A point whose options the simulator refuses (out of range, or a
 * quorum system whose quorums do not intersect) is an {@link ExperimentError}
 * naming the point, raised before anything runs.
 */
export function expandPoints(plan: ExperimentPlan): Point[] {
  const points: Point[] = [];
  const total = pointCount(plan);
  for (let index = 0; index < total; index++) {
    const coordinates: number[] = [];
    let rest = index;
    for (let i = plan.axes.length - 1; i >= 0; i--) {
      const n = plan.axes[i]!.values.length;
      coordinates[i] = rest % n;
      rest = Math.floor(rest / n);
    }
    const draft: OptionsDraft = {};
    for (const s of plan.settings) PARAMETERS[s.parameter].apply(draft, s.value);
    plan.axes.forEach((a, i) => PARAMETERS[a.parameter].apply(draft, a.values[coordinates[i]!]!));
    if (draft.acceptors === undefined && draft.quorum?.kind === "weighted") draft.acceptors = draft.quorum.weights.length;
    let options: SimulationOptions;
    try {
      options = resolveOptions(draft);
      new Simulation(options); // checks the quorum system against the acceptors
    } catch (e) {
      if (e instanceof SimulationOptionsError || e instanceof QuorumSystemError) {
        const where = plan.axes.length > 0 ? ` at ${describePoint(plan, coordinates)}` : "";
        throw new ExperimentError(`${e.message}${where}`);
      }
      throw e;
    }
    const parameters = Object.fromEntries(PARAMETER_NAMES.map((name) => [name, PARAMETERS[name].read(options)])) as Record<ParameterName, string>;
    points.push({ index: index + 1, coordinates, parameters, options });
  }
  return points;
}

/**
 * Runs the whole plan, point after point, run after run, calling `progress`
 * after each run with the runs done and the total. Deterministic: the same
 * plan gives the same records.
 */
export function runExperiment(plan: ExperimentPlan, progress?: (done: number, total: number) => void): PointRuns[] {
  const points = expandPoints(plan);
  const total = points.length * plan.runs;
  let done = 0;
  return points.map((point) => {
    const runs: RunRecord[] = [];
    for (let run = 1; run <= plan.runs; run++) {
      const seed = runSeed(plan.seed, run);
      runs.push({ run, seed, result: simulate({ ...point.options, seed }) });
      progress?.(++done, total);
    }
    return { point, runs };
  });
}

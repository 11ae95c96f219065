/**
 * Parameter sweeps: a plan (a protocol, axes to vary, parameters to fix, runs
 * per point, a base seed) expands into the cartesian product of its axes; every point
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
import { ExperimentError } from "./parameters.js";
/** The seed of run `run` (from 1) at every point of an experiment with base seed `base`. */
export function runSeed(base, run) {
    return `${base}.${run}`;
}
/** The definition of the parameter `name` of `protocol`, or an {@link ExperimentError} listing the known names. */
export function parameterNamed(protocol, name) {
    const def = protocol.parameters.find((p) => p.name === name);
    if (def === undefined)
        throw new ExperimentError(`unknown parameter '${name}' of ${protocol.name}; known: ${protocol.parameters.map((p) => p.name).join(", ")}`);
    return def;
}
/** Splits `name=rest` into its two parts, or throws naming the flag. */
function nameAndValue(protocol, flag, text) {
    const eq = text.indexOf("=");
    if (eq <= 0)
        throw new ExperimentError(`${flag} needs NAME=${flag === "--vary" ? "V1,V2,..." : "VALUE"}, got '${text}'`);
    return [parameterNamed(protocol, text.slice(0, eq)), text.slice(eq + 1)];
}
/** Reads one `--vary` argument: `name=v1,v2,...` (at least one value, no value twice). */
export function parseAxis(protocol, text) {
    const [def, list] = nameAndValue(protocol, "--vary", text);
    const parameter = def.name;
    if (list.trim() === "")
        throw new ExperimentError(`--vary ${parameter} has an empty list of values`);
    const raw = list.split(",").map((v) => v.trim());
    if (raw.some((v) => v === ""))
        throw new ExperimentError(`--vary ${parameter} has an empty value in '${list}'`);
    const values = raw.map((v) => def.parse(v, true));
    const labels = raw.map((v, i) => canonical(protocol, def, values[i], v));
    const seen = new Set();
    for (const l of labels) {
        if (seen.has(l))
            throw new ExperimentError(`--vary ${parameter} lists the value '${l}' twice`);
        seen.add(l);
    }
    return { parameter, values, labels };
}
/** Reads one `--set` argument: `name=value`. */
export function parseSetting(protocol, text) {
    const [def, raw] = nameAndValue(protocol, "--set", text);
    if (raw.trim() === "")
        throw new ExperimentError(`--set ${def.name} has an empty value`);
    const value = def.parse(raw.trim(), false);
    return { parameter: def.name, value, label: canonical(protocol, def, value, raw.trim()) };
}
/** The canonical text of a parsed value: what `read` would print once the value is applied. */
function canonical(protocol, def, value, raw) {
    const draft = {};
    def.apply(draft, value);
    try {
        return def.read(protocol.resolve(draft));
    }
    catch (err) {
        // out of the simulator's range: reported with the point later
        if (!(err instanceof ExperimentError))
            throw err;
        return raw;
    }
}
/**
 * Builds a plan from command-line texts, checking that no parameter is varied
 * twice, set twice, or both varied and set, and that `runs` is at least 1.
 */
export function planExperiment(input) {
    if (!Number.isSafeInteger(input.runs) || input.runs < 1)
        throw new ExperimentError(`runs must be a whole number of at least 1, got ${input.runs}`);
    if (input.vary.length === 0)
        throw new ExperimentError("give at least one axis to vary, e.g. --vary loss=0,0.1,0.2");
    const axes = input.vary.map((v) => parseAxis(input.protocol, v));
    const settings = input.set.map((v) => parseSetting(input.protocol, v));
    const used = new Map();
    for (const [flag, parameter] of [...axes.map((a) => ["--vary", a.parameter]), ...settings.map((s) => ["--set", s.parameter])]) {
        const before = used.get(parameter);
        if (before !== undefined)
            throw new ExperimentError(`${parameter} is given twice (${before} and ${flag}); vary it or set it, once`);
        used.set(parameter, flag);
    }
    return { protocol: input.protocol, axes, settings, runs: input.runs, seed: input.seed };
}
/** How many points the plan has: the product of its axes' lengths. */
export function pointCount(plan) {
    return plan.axes.reduce((n, a) => n * a.values.length, 1);
}
/** `loss=0.1, acceptors=5`: a point's coordinates for messages. */
function describePoint(plan, coordinates) {
    return plan.axes.map((a, i) => `${a.parameter}=${a.labels[coordinates[i]]}`).join(", ");
}
/**
 * The points of the plan, first axis slowest, each with resolved and checked
 * options. A point whose options the simulator refuses (out of range, or a
 * quorum system whose quorums do not intersect) is an {@link ExperimentError}
 * naming the point, raised before anything runs.
 */
export function expandPoints(plan) {
    const { protocol } = plan;
    const points = [];
    const total = pointCount(plan);
    for (let index = 0; index < total; index++) {
        const coordinates = [];
        let rest = index;
        for (let i = plan.axes.length - 1; i >= 0; i--) {
            const n = plan.axes[i].values.length;
            coordinates[i] = rest % n;
            rest = Math.floor(rest / n);
        }
        const draft = {};
        for (const s of plan.settings)
            parameterNamed(protocol, s.parameter).apply(draft, s.value);
        plan.axes.forEach((a, i) => parameterNamed(protocol, a.parameter).apply(draft, a.values[coordinates[i]]));
        let options;
        try {
            options = protocol.resolve(draft);
        }
        catch (e) {
            if (e instanceof ExperimentError && plan.axes.length > 0)
                throw new ExperimentError(`${e.message} at ${describePoint(plan, coordinates)}`);
            throw e;
        }
        const parameters = Object.fromEntries(protocol.parameters.map((p) => [p.name, p.read(options)]));
        points.push({ index: index + 1, coordinates, parameters, options });
    }
    return points;
}
/**
 * Runs the whole plan, point after point, run after run, calling `progress`
 * after each run with the runs done and the total. Deterministic: the same
 * plan gives the same records.
 */
export function runExperiment(plan, progress) {
    const points = expandPoints(plan);
    const total = points.length * plan.runs;
    let done = 0;
    return points.map((point) => {
        const runs = [];
        for (let run = 1; run <= plan.runs; run++) {
            const seed = runSeed(plan.seed, run);
            runs.push({ run, seed, result: plan.protocol.run(point.options, seed) });
            progress?.(++done, total);
        }
        return { point, runs };
    });
}
//# sourceMappingURL=sweep.js.map
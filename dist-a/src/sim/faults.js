/**
 * The fault model of a simulated run: the network's delays, losses and
 * duplicates, partitions, crashes and restarts, and the step budget. Every
 * field has a default; {@link checkFaults} checks ranges.
 *
 * @module
 */
/** The defaults: no faults at all, delays of 1 to 5, 20,000 steps. */
export const DEFAULT_FAULTS = {
    seed: "1",
    delay: { min: 1, max: 5 },
    loss: 0,
    duplicate: 0,
    crash: 0,
    crashInStep: 0,
    leaderCrash: 0,
    scheduledCrashes: [],
    downtime: { min: 10, max: 60 },
    partition: 0,
    partitionDuration: { min: 20, max: 100 },
    maxSteps: 20_000,
};
/** Options out of range; the message names the option. */
export class SimulationOptionsError extends Error {
    constructor(message) {
        super(message);
        this.name = "SimulationOptionsError";
    }
}
/** Throws a {@link SimulationOptionsError} unless `n` is a whole number in `[min, max]`. */
export function checkCount(name, n, min, max) {
    if (!Number.isInteger(n) || n < min || n > max)
        throw new SimulationOptionsError(`${name} must be a whole number from ${min} to ${max}, got ${n}`);
}
/** Checks every range of the fault model. */
export function checkFaults(o) {
    const prob = (name, p) => {
        if (!(p >= 0 && p <= 1))
            throw new SimulationOptionsError(`${name} must be a probability between 0 and 1, got ${p}`);
    };
    const range = (name, r) => {
        if (!(r.min >= 0 && r.max >= r.min && Number.isFinite(r.max)))
            throw new SimulationOptionsError(`${name} must satisfy 0 <= min <= max, got ${r.min}..${r.max}`);
    };
    checkCount("maxSteps", o.maxSteps, 1, Number.MAX_SAFE_INTEGER);
    prob("loss", o.loss);
    prob("duplicate", o.duplicate);
    prob("crash", o.crash);
    prob("crashInStep", o.crashInStep);
    prob("leaderCrash", o.leaderCrash);
    prob("partition", o.partition);
    range("delay", o.delay);
    if (o.delay.min <= 0)
        throw new SimulationOptionsError(`delay must be positive, got min ${o.delay.min}`);
    range("downtime", o.downtime);
    for (const c of o.scheduledCrashes) {
        if (!(c.at >= 0 && c.downFor >= 0 && Number.isFinite(c.at) && (Number.isFinite(c.downFor) || c.downFor === Infinity)))
            throw new SimulationOptionsError(`scheduled crash of '${c.node}' needs a time and a downtime >= 0, got ${c.at} and ${c.downFor}`);
    }
    range("partitionDuration", o.partitionDuration);
}
//# sourceMappingURL=faults.js.map
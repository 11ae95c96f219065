/**
 * Checks one model of the corpus and prints one JSON line on stdout: how the
 * run ended, the figures, and the engine's message. Run as a child process by
 * the corpus runner (`node one.js model.cfg module.tla`), so that a model that
 * runs too long can be stopped.
 *
 * @module
 */
import { TlaError } from "../errors.js";
import { checkModel } from "../check/bfs.js";
import { loadModel } from "../model.js";
async function main(cfg, module) {
    let warnings = [];
    try {
        const model = await loadModel(cfg, module);
        warnings = model.warnings;
        const r = checkModel(model, {});
        const lasso = r.counterexample.some((s) => Object.keys(s.vars).length === 0 && /^(Back to state|Stuttering)/.test(s.action));
        return {
            outcome: r.outcome,
            statesGenerated: r.statesGenerated,
            distinctStates: r.distinctStates,
            depth: r.depth,
            ...(r.message !== undefined ? { message: r.message } : {}),
            ...(r.outcome === "property" ? { liveness: lasso || /^Temporal property/.test(r.message ?? "") } : {}),
            warnings,
        };
    }
    catch (err) {
        const none = { statesGenerated: 0, distinctStates: 0, depth: 0, warnings };
        if (err instanceof TlaError)
            return { outcome: err.kind, message: err.format(), ...none };
        return { outcome: "crash", message: err instanceof Error ? err.message : String(err), ...none };
    }
}
const [cfg, module] = process.argv.slice(2);
if (cfg === undefined || module === undefined) {
    console.error("usage: one.js <model.cfg> <module.tla>");
    process.exitCode = 2;
}
else {
    const result = await main(cfg, module);
    process.stdout.write(JSON.stringify(result) + "\n");
}
//# sourceMappingURL=one.js.map
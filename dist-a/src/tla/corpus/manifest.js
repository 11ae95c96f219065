/**
 * The models of a checkout of the public TLA+ Examples repository worth
 * running the engine on: every model whose `manifest.json` records an
 * exhaustive search by TLC of at most a given time that ended in success or
 * in a violation, with TLC's figures where the manifest records them.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
export const TLC_RESULTS = ["success", "safety failure", "liveness failure"];
/** `00:01:05` -> 65; `unknown` -> NaN. */
export function runtimeSeconds(runtime) {
    const parts = runtime.split(":").map(Number);
    return parts.reduce((acc, p) => acc * 60 + p, 0);
}
/**
 * The models under `examples/specifications/*\/manifest.json` that TLC checked
 * by exhaustive search in a recorded time of at most `maxSeconds`, ending in
 * success, a safety failure or a liveness failure; sorted by name. Models whose
 * result or run time is `unknown` are left out.
 */
export function corpusModels(examples, maxSeconds = 60) {
    const specs = path.join(examples, "specifications");
    if (!existsSync(specs))
        throw new Error(`no folder 'specifications' in ${examples}: is it a checkout of the TLA+ Examples?`);
    const models = [];
    for (const folder of readdirSync(specs).sort()) {
        const file = path.join(specs, folder, "manifest.json");
        if (!existsSync(file))
            continue;
        let manifest;
        try {
            manifest = JSON.parse(readFileSync(file, "utf8"));
        }
        catch (e) {
            throw new Error(`${file}: not a readable manifest (${e instanceof Error ? e.message : String(e)})`);
        }
        for (const mod of manifest.modules ?? []) {
            for (const m of mod.models ?? []) {
                if (m.mode !== "exhaustive search" || m.runtime === undefined)
                    continue;
                const result = TLC_RESULTS.find((r) => r === m.result);
                if (result === undefined)
                    continue;
                const seconds = runtimeSeconds(m.runtime);
                if (!Number.isFinite(seconds) || seconds > maxSeconds)
                    continue;
                const cfg = path.join(examples, m.path);
                models.push({
                    name: path
                        .relative(specs, cfg)
                        .replace(/\.cfg$/, "")
                        .split(path.sep)
                        .join("/"),
                    cfg,
                    module: path.join(examples, mod.path),
                    tlc: {
                        result,
                        seconds,
                        ...(m.distinctStates !== undefined ? { distinctStates: m.distinctStates } : {}),
                        ...(m.stateDepth !== undefined ? { depth: m.stateDepth } : {}),
                        ...(m.totalStates !== undefined ? { statesGenerated: m.totalStates } : {}),
                    },
                });
            }
        }
    }
    return models.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
//# sourceMappingURL=manifest.js.map
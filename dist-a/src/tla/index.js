/**
 * The library entry point `paxos-tla/tla`: the in-process TLA+ engine. Load
 * a model from its `.cfg` (and `.tla`), check it, or validate a behaviour
 * against a specification step by step.
 *
 * ```ts
 * import { loadModel, checkModel } from "paxos-tla/tla";
 * const result = checkModel(await loadModel("spec/MCPaxosTiny.cfg"));
 * // The same search on two worker threads (each loads the model from the files):
 * const same = await checkModelParallel(await loadModel("spec/MCPaxosTiny.cfg"), { cfg: "spec/MCPaxosTiny.cfg" }, { workers: 2 });
 * ```
 *
 * @module
 */
export { loadModel, buildModel, Model } from "./model.js";
export { checkModel } from "./check/bfs.js";
export { checkModelParallel } from "./check/parallel.js";
export { validateTrace, formatVerdict, TraceValidator } from "./trace/validate.js";
export { TlaError } from "./errors.js";
//# sourceMappingURL=index.js.map
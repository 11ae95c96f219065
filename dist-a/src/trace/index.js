/**
 * Traces: the refinement mapping, the recorder, the reader, and the ITF
 * value encoding they share.
 *
 * @module
 */
export * from "./format.js";
export * from "./itf.js";
export * from "./refinement.js";
export * from "./recorder.js";
export * from "./reader.js";
//# sourceMappingURL=index.js.map
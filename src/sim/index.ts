/**
 * The deterministic simulator: {@link simulate} runs one seeded execution of
 * the protocol under the faults its options describe.
 *
 * @module
 */
export * from "./options.js";
export * from "./simulator.js";
export { Random } from "./random.js";
export * from "./story.js";

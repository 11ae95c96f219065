/**
 * A simulated Paxos cluster: {@link simulate} runs one seeded execution of
 * the protocol of `src/paxos` in the simulator of `src/sim`, under the faults
 * its options describe, and tells its figures; {@link StoryTeller} tells it as
 * a story.
 *
 * @module
 */
export * from "./options.js";
export * from "./simulation.js";
export * from "./story.js";
export * from "./multipaxos.js";
export { SimulationOptionsError } from "../sim/index.js";
//# sourceMappingURL=index.js.map
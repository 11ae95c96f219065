/**
 * The deterministic simulator: a {@link Simulator} drives nodes that follow
 * the node interface (`src/paxos/node.ts`) through a faulty network, with
 * crashes and restarts, all drawn from one seed. It knows no protocol.
 *
 * @module
 */
export * from "./faults.js";
export * from "./driver.js";
export { Random } from "./random.js";
//# sourceMappingURL=index.js.map
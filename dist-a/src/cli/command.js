/**
 * The contract every `paxos` subcommand fulfils.
 *
 * @module
 */
export {};
//# sourceMappingURL=command.js.map
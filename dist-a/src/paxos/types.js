/**
 * The vocabulary of the protocol: node names, ballots, values, the messages
 * nodes exchange, and the effects a step asks its host to carry out.
 *
 * Every step function in `src/paxos` has the shape
 * `(state, input) -> { state, effects, action? }`: it changes nothing in
 * place, does no I/O, reads no clock and draws no random number. The host (the
 * simulator, or a real transport) interprets the effects in the order given:
 * a write to stable storage that precedes a send must be durable before the
 * message leaves.
 *
 * @module
 */
/** Whether a message is one of the spec's four (and so belongs in `msgs`). */
export function isProtocolMessage(m) {
    return m.type === "1a" || m.type === "1b" || m.type === "2a" || m.type === "2b";
}
/**
 * The proposer that owns ballot `b` among `proposers`: number `b mod P`. This
 * is the spec's `Owner` function; every ballot belongs to exactly one proposer,
 * so two proposers never send different 2a messages for the same ballot.
 */
export function ballotOwner(proposers, b) {
    const owner = proposers[b % proposers.length];
    if (owner === undefined)
        throw new RangeError(`ballot ${b} has no owner among ${proposers.length} proposers`);
    return owner;
}
//# sourceMappingURL=types.js.map
/** Whether a message is one of the spec's four. */
export function isProtocolMessage(m) {
    return m.type === "1a" || m.type === "1b" || m.type === "2a" || m.type === "2b";
}
/** The spec's name of a command. */
export function commandId(c) {
    return `${c.client}.${c.seq}`;
}
/** The proposer that owns ballot `b` among `proposers`: number `b mod P`. */
export function ballotOwner(proposers, b) {
    const owner = proposers[b % proposers.length];
    if (owner === undefined)
        throw new RangeError(`ballot ${b} has no owner among ${proposers.length} proposers`);
    return owner;
}
//# sourceMappingURL=types.js.map
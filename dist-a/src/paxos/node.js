/**
 * The node interface: how a host drives a protocol node.
 *
 * A node is a pure state machine, in the spirit of etcd raft's `Step` and
 * Stateright's actors. Its host — the simulator, or a process with sockets,
 * timers and a disk — owns everything else: time, the network, stable
 * storage, crashes. The host calls one handler per input, and the handler
 * answers with a {@link Reaction}: the steps the node took, in order, each with
 * the node's state after it and the effects it asks the host to carry out.
 *
 * | input                         | handler                 |
 * |-------------------------------|-------------------------|
 * | the node's first start        | {@link NodeHandlers.start} |
 * | a message arrives             | {@link NodeHandlers.onMessage} |
 * | a timer the node set fires    | {@link NodeHandlers.onTimer} |
 * | the node comes back after a crash, with the records it had persisted | {@link NodeHandlers.onRestart} |
 *
 * Three effects are the host's to carry out: {@link Send}, {@link Persist} and
 * {@link SetTimer}. A protocol may add effects of its own (a value learned, a
 * reply to a client); the host hands those to whoever watches the node. The
 * host carries out a step's effects in the order given, so a write to stable
 * storage listed before a send is durable before the message leaves.
 *
 * Nothing here names a host: the same handlers run in the simulator and over
 * real sockets.
 *
 * @module
 */
/** The reaction of one step, or of none when `step` is `null` (the input changed nothing). */
export function reaction(step) {
    return step === null ? [] : [step];
}
/**
 * Runs `first`, then lets `duties` take every step the new state enables,
 * one after another until it returns `null`. This is how a message that
 * completes a quorum goes on to the action the quorum enables.
 */
export function andThen(from, first, duties) {
    const steps = first === null ? [] : [first];
    for (let s = first?.state ?? from, next = duties(s); next !== null; s = next.state, next = duties(s))
        steps.push(next);
    return steps;
}
//# sourceMappingURL=node.js.map
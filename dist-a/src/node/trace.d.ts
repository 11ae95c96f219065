import type { NodeId, SpecAction } from "../multipaxos/index.js";
/** The log of one node (a protocol node, or a gateway that issues clients' requests). */
export declare class NodeTrace {
    readonly path: string;
    readonly node: string;
    private fd;
    private i;
    private last;
    /** Highest clock received since the last step, by sender. */
    private recv;
    private constructor();
    /** Opens the log at `path`, going on after the steps it has (a torn last line, from a crash mid-write, is cut off). */
    static open(path: string, node: string): NodeTrace;
    /** The clock of the node's last step: what a message it sends now carries. */
    get clock(): number;
    /**
     * A message sent at clock `clock` by `node` was received. The clock moves
     * up at once, not at the next step: a message the node passes on before
     * its next step (a request forwarded to the leader) carries what it
     * received, so the order by clocks sees the request before the leader's
     * proposal of it.
     */
    received(ref: {
        readonly node: NodeId;
        readonly clock: number;
    }): void;
    /** The line of a step taken now (to be written by {@link write} once what it persisted is durable). */
    step(action: SpecAction): string;
    /** Appends a line now. */
    write(line: string): void;
    close(): void;
}

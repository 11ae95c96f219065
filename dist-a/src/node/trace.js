/**
 * A node's own log of its spec steps, for validating a real run: one line
 * per step, in the per-node format of `docs/conformance.md` (section 5), each
 * with the node's Lamport clock and the sends it received since its last
 * step (`recv`, the latest clock of each sender: a receive happened after
 * every step of the sender up to that clock).
 *
 * The clock is Lamport's: a receive raises it to the clock the message
 * carries, if that is higher; a step adds one; a message carries the clock
 * of its sender when it is sent. A node that restarts reads its
 * last clock and step number back from the file and goes on from there, so
 * its log stays one increasing sequence across crashes.
 *
 * The file holds steps only (`steps.ndjson`): the header, with the run's
 * constants (its commands, slots and ballots), can be written only when the
 * run is over, by `paxos cluster collect`, which turns a cluster's files into
 * logs `paxos validate` takes.
 *
 * @module
 */
import { closeSync, existsSync, openSync, readFileSync, truncateSync, writeSync } from "node:fs";
import { actionParams } from "../trace/smrRecorder.js";
/** The log of one node (a protocol node, or a gateway that issues clients' requests). */
export class NodeTrace {
    path;
    node;
    fd;
    i;
    last;
    /** Highest clock received since the last step, by sender. */
    recv = new Map();
    constructor(path, node, fd, i, clock) {
        this.path = path;
        this.node = node;
        this.fd = fd;
        this.i = i;
        this.last = clock;
    }
    /** Opens the log at `path`, going on after the steps it has (a torn last line, from a crash mid-write, is cut off). */
    static open(path, node) {
        let i = 0;
        let clock = 0;
        if (existsSync(path)) {
            const text = readFileSync(path, "utf8");
            const end = text.lastIndexOf("\n") + 1;
            if (end < text.length)
                truncateSync(path, Buffer.byteLength(text.slice(0, end), "utf8"));
            const lines = text
                .slice(0, end)
                .split("\n")
                .filter((l) => l !== "");
            const lastLine = lines[lines.length - 1];
            if (lastLine !== undefined) {
                const step = JSON.parse(lastLine);
                i = step.i;
                clock = step.clock;
            }
        }
        return new NodeTrace(path, node, openSync(path, "a"), i, clock);
    }
    /** The clock of the node's last step: what a message it sends now carries. */
    get clock() {
        return this.last;
    }
    /**
     * A message sent at clock `clock` by `node` was received. The clock moves
     * up at once, not at the next step: a message the node passes on before
     * its next step (a request forwarded to the leader) carries what it
     * received, so the order by clocks sees the request before the leader's
     * proposal of it.
     */
    received(ref) {
        const before = this.recv.get(ref.node);
        if (before === undefined || ref.clock > before)
            this.recv.set(ref.node, ref.clock);
        this.last = Math.max(this.last, ref.clock);
    }
    /** The line of a step taken now (to be written by {@link write} once what it persisted is durable). */
    step(action) {
        this.last += 1;
        const recv = [...this.recv].map(([node, c]) => ({ node, clock: c }));
        this.recv.clear();
        return JSON.stringify({
            kind: "step",
            i: ++this.i,
            action: action.name,
            params: actionParams(action),
            node: this.node,
            clock: this.last,
            ...(recv.length === 0 ? {} : { recv }),
            time: Date.now(),
        });
    }
    /** Appends a line now. */
    write(line) {
        writeSync(this.fd, `${line}\n`);
    }
    close() {
        if (this.fd >= 0)
            closeSync(this.fd);
        this.fd = -1;
    }
}
//# sourceMappingURL=trace.js.map
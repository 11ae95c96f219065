/**
 * The leader's queue of requests waiting for a slot, as an immutable value
 * that costs O(1) to extend. A queue is a window `[start, end)` onto an array
 * that only ever grows at its end: extending the newest queue appends to the
 * shared array in place (no older queue can see the new element, since each
 * reads only its own window); extending an older one copies its window. The
 * array is compacted when most of it lies before every window.
 *
 * @module
 */
import type { Command } from "../smr/kv.js";
/** An immutable queue of commands. */
export declare class CommandQueue {
    private readonly items;
    private readonly start;
    private readonly end;
    private constructor();
    /** The empty queue. */
    static empty(): CommandQueue;
    /** A queue of the given commands, first first. */
    static of(commands: readonly Command[]): CommandQueue;
    /** How many commands wait. */
    get length(): number;
    /** The queue with `c` added at the back. */
    push(c: Command): CommandQueue;
    /** The first `n` commands (fewer if fewer wait), and the queue without them. */
    take(n: number): {
        readonly taken: readonly Command[];
        readonly rest: CommandQueue;
    };
    /** Whether some waiting command satisfies `p`. */
    some(p: (c: Command) => boolean): boolean;
    /** The waiting commands, first first. */
    toArray(): Command[];
}

/** An immutable queue of commands. */
export class CommandQueue {
    items;
    start;
    end;
    constructor(items, start, end) {
        this.items = items;
        this.start = start;
        this.end = end;
    }
    /** The empty queue. */
    static empty() {
        return new CommandQueue([], 0, 0);
    }
    /** A queue of the given commands, first first. */
    static of(commands) {
        return new CommandQueue([...commands], 0, commands.length);
    }
    /** How many commands wait. */
    get length() {
        return this.end - this.start;
    }
    /** The queue with `c` added at the back. */
    push(c) {
        if (this.end === this.items.length) {
            this.items.push(c);
            return new CommandQueue(this.items, this.start, this.end + 1);
        }
        const copy = this.items.slice(this.start, this.end);
        copy.push(c);
        return new CommandQueue(copy, 0, copy.length);
    }
    /** The first `n` commands (fewer if fewer wait), and the queue without them. */
    take(n) {
        const k = Math.min(n, this.length);
        const taken = this.items.slice(this.start, this.start + k);
        const start = this.start + k;
        // Compact when most of the array is behind us.
        const rest = start > 1024 && start * 2 > this.items.length ? CommandQueue.of(this.items.slice(start, this.end)) : new CommandQueue(this.items, start, this.end);
        return { taken, rest };
    }
    /** Whether some waiting command satisfies `p`. */
    some(p) {
        for (let i = this.start; i < this.end; i++)
            if (p(this.items[i]))
                return true;
        return false;
    }
    /** The waiting commands, first first. */
    toArray() {
        return this.items.slice(this.start, this.end);
    }
}
//# sourceMappingURL=queue.js.map
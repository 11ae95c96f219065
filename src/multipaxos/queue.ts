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
export class CommandQueue {
  private constructor(
    private readonly items: Command[],
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The empty queue. */
  static empty(): CommandQueue {
    return new CommandQueue([], 0, 0);
  }

  /** A queue of the given commands, first first. */
  static of(commands: readonly Command[]): CommandQueue {
    return new CommandQueue([...commands], 0, commands.length);
  }

  /** How many commands wait. */
  get length(): number {
    return this.end - this.start;
  }

  /** The queue with `c` added at the back. */
  push(c: Command): CommandQueue {
    if (this.end === this.items.length) {
      this.items.push(c);
      return new CommandQueue(this.items, this.start, this.end + 1);
    }
    const copy = this.items.slice(this.start, this.end);
    copy.push(c);
    return new CommandQueue(copy, 0, copy.length);
  }

  /** The first `n` commands (fewer if fewer wait), and the queue without them. */
  take(n: number): { readonly taken: readonly Command[]; readonly rest: CommandQueue } {
    const k = Math.min(n, this.length);
    const taken = this.items.slice(this.start, this.start + k);
    const start = this.start + k;
    // Compact when most of the array is behind us.
    const rest = start > 1024 && start * 2 > this.items.length ? CommandQueue.of(this.items.slice(start, this.end)) : new CommandQueue(this.items, start, this.end);
    return { taken, rest };
  }

  /** Whether some waiting command satisfies `p`. */
  some(p: (c: Command) => boolean): boolean {
    for (let i = this.start; i < this.end; i++) if (p(this.items[i]!)) return true;
    return false;
  }

  /** The waiting commands, first first. */
  toArray(): Command[] {
    return this.items.slice(this.start, this.end);
  }
}

/**
 * A replica's log of executed values: the values of the consecutive slots
 * from `first` on, as an immutable value that costs O(1) to extend. Like the
 * leader's {@link CommandQueue}, a log is a window onto an array that only
 * grows at its end: extending the newest log appends to the shared array in
 * place (no older log sees the new value, each reading only its own window);
 * extending an older one copies its window first.
 *
 * @module
 */
import type { CommandQueue } from "./queue.js";
import type { Slot } from "./types.js";

/** An immutable log of the values of slots `first` to `end - 1`. */
export class SlotLog<V> {
  private constructor(
    private readonly items: V[],
    /** The first slot of the log. */
    readonly first: Slot,
    private readonly length: number,
  ) {}

  /** The empty log that starts at slot `first`. */
  static empty<V>(first: Slot): SlotLog<V> {
    return new SlotLog<V>([], first, 0);
  }

  /** The slot after the last one in the log: the next one to append. */
  get end(): Slot {
    return this.first + this.length;
  }

  /** The value of `slot`, if the log has it. */
  get(slot: Slot): V | undefined {
    const i = slot - this.first;
    return i >= 0 && i < this.length ? this.items[i] : undefined;
  }

  /**
   * The log with `value` as the value of slot `slot`, its next slot.
   *
   * @throws RangeError when `slot` is not the log's next slot.
   */
  append(slot: Slot, value: V): SlotLog<V> {
    if (slot !== this.end) throw new RangeError(`slot ${slot} appended to a log of slots ${this.first} to ${this.end - 1}`);
    if (this.length === this.items.length) {
      this.items.push(value);
      return new SlotLog(this.items, this.first, this.length + 1);
    }
    const copy = this.items.slice(0, this.length);
    copy.push(value);
    return new SlotLog(copy, this.first, copy.length);
  }
}

/**
 * A replica's log of executed values: the values of the consecutive slots
 * from `first` on, as an immutable value that costs O(1) to extend (an
 * {@link AppendOnly} sequence of them).
 *
 * @module
 */
import { AppendOnly } from "../lib/appendOnly.js";
import type { Slot } from "./types.js";

/** An immutable log of the values of slots `first` to `end - 1`. */
export class SlotLog<V> {
  private constructor(
    private readonly values: AppendOnly<V>,
    /** The first slot of the log. */
    readonly first: Slot,
  ) {}

  /** The empty log that starts at slot `first`. */
  static empty<V>(first: Slot): SlotLog<V> {
    return new SlotLog<V>(AppendOnly.empty(), first);
  }

  /** The slot after the last one in the log: the next one to append. */
  get end(): Slot {
    return this.first + this.values.length;
  }

  /** The value of `slot`, if the log has it. */
  get(slot: Slot): V | undefined {
    return this.values.at(slot - this.first);
  }

  /**
   * The log with `value` as the value of slot `slot`, its next slot.
   *
   * @throws RangeError when `slot` is not the log's next slot.
   */
  append(slot: Slot, value: V): SlotLog<V> {
    if (slot !== this.end) throw new RangeError(`slot ${slot} appended to a log of slots ${this.first} to ${this.end - 1}`);
    return new SlotLog(this.values.push(value), this.first);
  }
}

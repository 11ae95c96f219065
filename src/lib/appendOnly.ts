/**
 * An immutable sequence that costs O(1) to extend at its end and to shorten
 * at its start: a window `[start, end)` onto an array that only ever grows at
 * its end. Extending the newest sequence appends to the shared array in place
 * (no older sequence can see the new element, since each reads only its own
 * window); extending an older one copies its window. The array is compacted
 * when most of it lies before the window.
 *
 * The leader's queue of requests waiting for a slot, and a replica's log of
 * executed values, are kept in these.
 *
 * @module
 */

/** An immutable sequence of `T`s. */
export class AppendOnly<T> {
  private constructor(
    private readonly items: T[],
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The empty sequence. */
  static empty<T>(): AppendOnly<T> {
    return new AppendOnly<T>([], 0, 0);
  }

  /** The sequence of the given elements, first first. */
  static of<T>(elements: readonly T[]): AppendOnly<T> {
    return new AppendOnly([...elements], 0, elements.length);
  }

  /** How many elements it has. */
  get length(): number {
    return this.end - this.start;
  }

  /** Element number `i` (from 0), if there is one. */
  at(i: number): T | undefined {
    return i >= 0 && i < this.length ? this.items[this.start + i] : undefined;
  }

  /** The sequence with `x` added at the end. */
  push(x: T): AppendOnly<T> {
    if (this.end === this.items.length) {
      this.items.push(x);
      return new AppendOnly(this.items, this.start, this.end + 1);
    }
    const copy = this.items.slice(this.start, this.end);
    copy.push(x);
    return new AppendOnly(copy, 0, copy.length);
  }

  /** The first `n` elements (fewer if there are fewer), and the sequence without them. */
  take(n: number): { readonly taken: readonly T[]; readonly rest: AppendOnly<T> } {
    const k = Math.min(n, this.length);
    const taken = this.items.slice(this.start, this.start + k);
    const start = this.start + k;
    // Compact when most of the array is behind us.
    const rest =
      start > 1024 && start * 2 > this.items.length ? new AppendOnly(this.items.slice(start, this.end), 0, this.end - start) : new AppendOnly(this.items, start, this.end);
    return { taken, rest };
  }

  /** The elements, first first. */
  toArray(): T[] {
    return this.items.slice(this.start, this.end);
  }
}

/**
 * An immutable map from slots to values whose update costs no more than a
 * few hundred steps however long the log: the slots are grouped in chunks of
 * {@link CHUNK}, and an update copies the directory of chunks and the one
 * chunk it changes, sharing the rest with the map before it. An acceptor's
 * votes (one per slot, over the whole log) are kept in one.
 *
 * @module
 */

/** Slots per chunk. */
const CHUNK = 256;

/** An immutable map from slot numbers to values. */
export class SlotMap<V> {
  private constructor(
    private readonly chunks: ReadonlyMap<number, ReadonlyMap<number, V>>,
    /** How many slots have a value. */
    readonly size: number,
  ) {}

  /** The empty map. */
  static empty<V>(): SlotMap<V> {
    return new SlotMap(new Map(), 0);
  }

  /** A map holding the given entries. */
  static of<V>(entries: Iterable<readonly [number, V]>): SlotMap<V> {
    let m = SlotMap.empty<V>();
    for (const [k, v] of entries) m = m.set(k, v);
    return m;
  }

  /** The value of `slot`, if any. */
  get(slot: number): V | undefined {
    return this.chunks.get(Math.floor(slot / CHUNK))?.get(slot);
  }

  /** The map with `slot` mapped to `value`. */
  set(slot: number, value: V): SlotMap<V> {
    const c = Math.floor(slot / CHUNK);
    const old = this.chunks.get(c);
    const chunk = new Map(old ?? []).set(slot, value);
    return new SlotMap(new Map(this.chunks).set(c, chunk), this.size + (old?.has(slot) === true ? 0 : 1));
  }

  /** The entries with a slot at or above `from`, in slot order. */
  *from(from: number): IterableIterator<[number, V]> {
    for (const c of [...this.chunks.keys()].sort((a, b) => a - b)) {
      if ((c + 1) * CHUNK <= from) continue;
      for (const e of [...this.chunks.get(c)!].sort(([a], [b]) => a - b)) if (e[0] >= from) yield e;
    }
  }

  /** Every entry, in slot order. */
  entries(): IterableIterator<[number, V]> {
    return this.from(0);
  }

  /** The slots that have a value, in order. */
  *keys(): IterableIterator<number> {
    for (const [k] of this.from(0)) yield k;
  }

  [Symbol.iterator](): IterableIterator<[number, V]> {
    return this.from(0);
  }
}

/**
 * An immutable map from slots to values whose update costs a few small
 * copies however long the log: the slots are grouped in chunks of
 * {@link CHUNK}, each chunk an array, and the chunks are kept in a
 * {@link PersistentMap} by chunk number. An update copies the one chunk it
 * changes and the few trie nodes above it, sharing the rest with the map
 * before it. An acceptor's votes (one per slot, over the whole log) are kept
 * in one.
 *
 * @module
 */
import { PersistentMap } from "../lib/persistentMap.js";

/** Slots per chunk. */
const CHUNK = 32;

/** One chunk: the values of slots `c * CHUNK` to `c * CHUNK + CHUNK - 1`, `undefined` where there is none. */
type Chunk<V> = readonly (V | undefined)[];

/** An immutable map from slot numbers (whole numbers from 0) to values. */
export class SlotMap<V> {
  private constructor(
    private readonly chunks: PersistentMap<Chunk<V>, number>,
    /** How many slots have a value. */
    readonly size: number,
  ) {}

  /** The empty map. */
  static empty<V>(): SlotMap<V> {
    return new SlotMap(PersistentMap.empty(), 0);
  }

  /** A map holding the given entries. */
  static of<V>(entries: Iterable<readonly [number, V]>): SlotMap<V> {
    let m = SlotMap.empty<V>();
    for (const [k, v] of entries) m = m.set(k, v);
    return m;
  }

  /** The value of `slot`, if any. */
  get(slot: number): V | undefined {
    return this.chunks.get(Math.floor(slot / CHUNK))?.[slot % CHUNK];
  }

  /** The map with `slot` mapped to `value`. */
  set(slot: number, value: V): SlotMap<V> {
    if (!(Number.isSafeInteger(slot) && slot >= 0)) throw new RangeError(`a slot is a whole number from 0, got ${slot}`);
    const key = Math.floor(slot / CHUNK);
    const old = this.chunks.get(key);
    const chunk = old === undefined ? new Array<V | undefined>(CHUNK).fill(undefined) : old.slice();
    const i = slot % CHUNK;
    const added = chunk[i] === undefined ? 1 : 0;
    chunk[i] = value;
    return new SlotMap(this.chunks.set(key, chunk), this.size + added);
  }

  /** The entries with a slot at or above `from`, in slot order. */
  *from(from: number): IterableIterator<[number, V]> {
    const numbers = [...this.chunks.keys()].sort((a, b) => a - b);
    for (const c of numbers) {
      if ((c + 1) * CHUNK <= from) continue;
      const chunk = this.chunks.get(c)!;
      for (let i = 0; i < CHUNK; i++) {
        const v = chunk[i];
        if (v !== undefined && c * CHUNK + i >= from) yield [c * CHUNK + i, v];
      }
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

/** An immutable map from slot numbers (whole numbers from 0) to values. */
export declare class SlotMap<V> {
    private readonly chunks;
    /** How many slots have a value. */
    readonly size: number;
    private constructor();
    /** The empty map. */
    static empty<V>(): SlotMap<V>;
    /** A map holding the given entries. */
    static of<V>(entries: Iterable<readonly [number, V]>): SlotMap<V>;
    /** The value of `slot`, if any. */
    get(slot: number): V | undefined;
    /** The map with `slot` mapped to `value`. */
    set(slot: number, value: V): SlotMap<V>;
    /** The entries with a slot at or above `from`, in slot order. */
    from(from: number): IterableIterator<[number, V]>;
    /** Every entry, in slot order. */
    entries(): IterableIterator<[number, V]>;
    /** The slots that have a value, in order. */
    keys(): IterableIterator<number>;
    [Symbol.iterator](): IterableIterator<[number, V]>;
}

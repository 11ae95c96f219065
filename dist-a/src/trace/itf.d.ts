/**
 * Values in the ITF encoding (the Informal Trace Format of Apalache and
 * Quint), as trace lines carry them: sets `{"#set": [...]}`, functions
 * `{"#map": [[k, v], ...]}`, tuples `{"#tup": [...]}`, records as plain JSON
 * objects, integers as JSON numbers (or `{"#bigint": "..."}` beyond 2^53),
 * strings and model values as JSON strings, Booleans as JSON Booleans.
 *
 * Set elements and map entries are written in one canonical order
 * ({@link compareItf}), so the same run gives the same bytes.
 *
 * @module
 */
/** A value in the ITF encoding. */
export type ItfValue = number | string | boolean | {
    readonly "#set": readonly ItfValue[];
} | {
    readonly "#map": readonly (readonly [ItfValue, ItfValue])[];
} | {
    readonly "#tup": readonly ItfValue[];
} | {
    readonly "#bigint": string;
} | ItfRecord;
/** A record: a plain JSON object whose keys do not start with `#`. */
export interface ItfRecord {
    readonly [field: string]: ItfValue;
}
/** An integer: a JSON number when it is safe, else `{"#bigint": "..."}`. */
export declare function itfInt(n: number | bigint): ItfValue;
/** A set, its elements sorted canonically and duplicates removed. */
export declare function itfSet(elements: Iterable<ItfValue>): ItfValue;
/** A function, its entries sorted canonically by key. */
export declare function itfMap(entries: Iterable<readonly [ItfValue, ItfValue]>): ItfValue;
/** A tuple. */
export declare function itfTuple(elements: readonly ItfValue[]): ItfValue;
/**
 * The canonical order: Booleans (false first), then integers by value, then
 * strings by UTF-16 code units, then records, sets, functions, tuples. Records
 * compare by their `type` field first when both have one (so messages group by
 * type), then by their sorted field names, then by field values in that order;
 * sets, functions and tuples element by element.
 */
export declare function compareItf(a: ItfValue, b: ItfValue): number;

/**
 * Reading ITF-encoded values for labels: `{"#set": [...]}`, `{"#tup": [...]}`,
 * `{"#map": [[k, v], ...]}`, `{"#bigint": "12"}`, records as objects, model
 * values as strings.
 *
 * @module
 */
import type { Json } from "./traceInput.js";
/** The elements of an ITF set or tuple, or undefined when `v` is neither. */
export declare function itfElements(v: Json | undefined): readonly Json[] | undefined;
/** The fields of an ITF record (a plain object without a `#` key), or undefined. */
export declare function itfRecord(v: Json | undefined): {
    readonly [key: string]: Json;
} | undefined;
/**
 * A canonical text for a value, equal for equal values (object keys sorted,
 * set elements sorted, `#bigint` read as a number): used to match ballots and
 * values across trace lines.
 */
export declare function itfKey(v: Json | undefined): string;
/** A short human-readable text for a value: `2`, `v1`, `{a1, a2}`, `<<1, v1>>`, `[bal |-> 1]`. */
export declare function itfText(v: Json | undefined): string;

/**
 * ITF values (the Informal Trace Format of Apalache and Quint) to and from
 * engine values.
 *
 * The encoding: `{"#set": [...]}` is a set, `{"#map": [[k, v], ...]}` a
 * function, `{"#tup": [...]}` (or a bare JSON array) a tuple or sequence,
 * `{"#bigint": "..."}` an integer of any size, a plain JSON object a record,
 * a JSON number an integer, a JSON boolean a boolean, and a JSON string either
 * a model value (when it names one of the model values in play) or a TLA+
 * string.
 *
 * @module
 */
import { type Value } from "../values/value.js";
/**
 * Input that does not describe a trace: a malformed value, an unknown
 * variable, a step without a state. The message says where (`where`).
 */
export declare class TraceInputError extends Error {
    constructor(message: string);
}
/**
 * The engine value an ITF value denotes. Strings naming a member of
 * `modelValues` become that model value; other strings stay strings.
 * Throws {@link TraceInputError}, naming `where` (e.g. `run.ndjson:14: msgs`)
 * and the path inside the value, when the JSON is not ITF.
 */
export declare function fromItf(json: unknown, modelValues: ReadonlySet<string>, where?: string): Value;
/**
 * The ITF encoding of a value: sets with their elements, and functions with
 * their entries, sorted canonically (Booleans, integers by value, strings,
 * then composite values by their JSON text), so that equal values always give
 * the same bytes. Model values become their names.
 */
export declare function toItf(v: Value): unknown;

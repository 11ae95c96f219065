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
import { FN_RECORD, FN_SEQ, ModelValue, TAG_FN, TAG_LAZYFN, TAG_LAZYSET, TAG_MV, TAG_SET, fnOf, normInt, recordOf, setOf, tupleOf } from "../values/value.js";
/**
 * Input that does not describe a trace: a malformed value, an unknown
 * variable, a step without a state. The message says where (`where`).
 */
export class TraceInputError extends Error {
    constructor(message) {
        super(message);
        this.name = "TraceInputError";
    }
}
function kindOfJson(json) {
    if (json === null)
        return "null";
    if (Array.isArray(json))
        return "an array";
    if (typeof json === "object")
        return "an object";
    return `the ${typeof json} ${JSON.stringify(json)}`;
}
function bad(where, message) {
    throw new TraceInputError(where ? `${where}: ${message}` : message);
}
/**
 * The engine value an ITF value denotes. Strings naming a member of
 * `modelValues` become that model value; other strings stay strings.
 * Throws {@link TraceInputError}, naming `where` (e.g. `run.ndjson:14: msgs`)
 * and the path inside the value, when the JSON is not ITF.
 */
export function fromItf(json, modelValues, where) {
    // A first pass builds no paths (most values are well formed, and a path per element is garbage);
    // a malformed value is decoded again with them, for the message.
    let paths = false;
    const go = (j, at) => {
        switch (typeof j) {
            case "boolean":
                return j;
            case "number":
                if (!Number.isInteger(j))
                    bad(at, `${j} is not an integer (TLA+ values here are integers; use {"#bigint": "..."} for large ones)`);
                if (!Number.isSafeInteger(j))
                    bad(at, `${j} is too large to be exact as a JSON number; write it as {"#bigint": "${BigInt(j)}"}`);
                return j;
            case "string":
                return modelValues.has(j) ? ModelValue.of(j) : j;
            case "object": {
                if (j === null)
                    return bad(at, "null is not an ITF value");
                if (Array.isArray(j))
                    return tupleOf(j.map((x, i) => go(x, paths ? `${at}[${i}]` : "")));
                const o = j;
                const keys = Object.keys(o);
                const tagged = keys.filter((k) => k.startsWith("#"));
                if (tagged.length > 0) {
                    if (keys.length !== 1)
                        return bad(at, `an ITF ${tagged[0]} object must have no other key, found ${keys.join(", ")}`);
                    const tag = keys[0];
                    const body = o[tag];
                    switch (tag) {
                        case "#set":
                            if (!Array.isArray(body))
                                return bad(at, `"#set" must hold an array, got ${kindOfJson(body)}`);
                            return setOf(body.map((x, i) => go(x, paths ? `${at}{${i}}` : "")));
                        case "#tup":
                            if (!Array.isArray(body))
                                return bad(at, `"#tup" must hold an array, got ${kindOfJson(body)}`);
                            return tupleOf(body.map((x, i) => go(x, paths ? `${at}[${i}]` : "")));
                        case "#bigint":
                            if (typeof body !== "string" || !/^-?\d+$/.test(body))
                                return bad(at, `"#bigint" must hold a string of decimal digits, got ${kindOfJson(body)}`);
                            return normInt(BigInt(body));
                        case "#map": {
                            if (!Array.isArray(body))
                                return bad(at, `"#map" must hold an array of [key, value] pairs, got ${kindOfJson(body)}`);
                            const ks = [];
                            const vs = [];
                            const seen = new Map();
                            body.forEach((pair, i) => {
                                if (!Array.isArray(pair) || pair.length !== 2)
                                    bad(`${at}#map[${i}]`, `a map entry must be a [key, value] pair, got ${kindOfJson(pair)}`);
                                const k = go(pair[0], `${at}#map[${i}][0]`);
                                ks.push(k);
                                vs.push(go(pair[1], `${at}#map[${i}][1]`));
                                const key = JSON.stringify(toItf(k));
                                if (seen.has(key))
                                    bad(`${at}#map[${i}]`, `the key ${key} appears twice in one map`);
                                seen.set(key, i);
                            });
                            return fnOf(ks, vs);
                        }
                        default:
                            return bad(at, `unknown ITF tag ${JSON.stringify(tag)} (expected #set, #map, #tup or #bigint)`);
                    }
                }
                return recordOf(keys, keys.map((k) => go(o[k], !paths ? "" : at === "" ? k : `${at}.${k}`)));
            }
            default:
                return bad(at, `${kindOfJson(j)} is not an ITF value`);
        }
    };
    try {
        return go(json, "");
    }
    catch (err) {
        if (!(err instanceof TraceInputError))
            throw err;
        paths = true;
        return go(json, where ?? "");
    }
}
function itfRank(j) {
    if (typeof j === "boolean")
        return 0;
    if (typeof j === "number" || (typeof j === "object" && j !== null && "#bigint" in j))
        return 1;
    if (typeof j === "string")
        return 2;
    return 3;
}
/** The canonical order of ITF values: Booleans, integers by value, strings, then composite values by their JSON text. */
function compareItfValues(a, b) {
    const ra = itfRank(a);
    const rb = itfRank(b);
    if (ra !== rb)
        return ra - rb;
    if (ra === 1) {
        const x = typeof a === "number" ? BigInt(a) : BigInt(a["#bigint"]);
        const y = typeof b === "number" ? BigInt(b) : BigInt(b["#bigint"]);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    const x = ra === 2 ? a : JSON.stringify(a);
    const y = ra === 2 ? b : JSON.stringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
/**
 * The ITF encoding of a value: sets with their elements, and functions with
 * their entries, sorted canonically (Booleans, integers by value, strings,
 * then composite values by their JSON text), so that equal values always give
 * the same bytes. Model values become their names.
 */
export function toItf(v) {
    switch (typeof v) {
        case "boolean":
            return v;
        case "number":
            return v;
        case "bigint":
            return { "#bigint": v.toString() };
        case "string":
            return v;
        default:
            break; // a composite value: by its tag, below
    }
    switch (v.tag) {
        case TAG_MV:
            return v.name;
        case TAG_SET:
        case TAG_LAZYSET: {
            const elems = v.tag === TAG_SET ? v.elems : v.enumerate().elems;
            const out = elems.map(toItf);
            return { "#set": out.sort(compareItfValues) };
        }
        case TAG_FN:
        case TAG_LAZYFN: {
            const f = v.tag === TAG_FN ? v : v.materialise();
            if (f.kind === FN_SEQ)
                return { "#tup": f.vals.map(toItf) };
            if (f.kind === FN_RECORD) {
                const o = {};
                const names = f.keys.slice().sort();
                for (const n of names)
                    o[n] = toItf(f.vals[f.keys.indexOf(n)]);
                return o;
            }
            const entries = f.keys.map((k, i) => [toItf(k), toItf(f.vals[i])]);
            entries.sort((a, b) => compareItfValues(a[0], b[0]));
            return { "#map": entries };
        }
    }
}
//# sourceMappingURL=itf.js.map
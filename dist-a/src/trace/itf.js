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
/** An integer: a JSON number when it is safe, else `{"#bigint": "..."}`. */
export function itfInt(n) {
    if (typeof n === "bigint")
        return Number.isSafeInteger(Number(n)) && BigInt(Number(n)) === n ? Number(n) : { "#bigint": n.toString() };
    if (!Number.isInteger(n))
        throw new RangeError(`ITF integers must be whole numbers, got ${n}`);
    return Number.isSafeInteger(n) ? n : { "#bigint": BigInt(n).toString() };
}
/** A set, its elements sorted canonically and duplicates removed. */
export function itfSet(elements) {
    const sorted = [...elements].sort(compareItf);
    const out = [];
    for (const e of sorted)
        if (out.length === 0 || compareItf(out[out.length - 1], e) !== 0)
            out.push(e);
    return { "#set": out };
}
/** A function, its entries sorted canonically by key. */
export function itfMap(entries) {
    return { "#map": [...entries].sort((x, y) => compareItf(x[0], y[0])) };
}
/** A tuple. */
export function itfTuple(elements) {
    return { "#tup": [...elements] };
}
function rank(v) {
    if (typeof v === "boolean")
        return 0;
    if (typeof v === "number")
        return 1;
    if (typeof v === "string")
        return 3;
    if ("#bigint" in v)
        return 1;
    if ("#set" in v)
        return 5;
    if ("#map" in v)
        return 6;
    if ("#tup" in v)
        return 7;
    return 4; // record
}
function bigOf(v) {
    return typeof v === "number" ? BigInt(v) : BigInt(v["#bigint"]);
}
function compareLists(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const c = compareItf(a[i], b[i]);
        if (c !== 0)
            return c;
    }
    return a.length - b.length;
}
/**
 * The canonical order: Booleans (false first), then integers by value, then
 * strings by UTF-16 code units, then records, sets, functions, tuples. Records
 * compare by their `type` field first when both have one (so messages group by
 * type), then by their sorted field names, then by field values in that order;
 * sets, functions and tuples element by element.
 */
export function compareItf(a, b) {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb)
        return ra - rb;
    if (typeof a === "boolean")
        return Number(a) - Number(b);
    if (ra === 1) {
        if (typeof a === "number" && typeof b === "number")
            return a - b;
        const x = bigOf(a);
        const y = bigOf(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (typeof a === "string") {
        const s = b;
        return a < s ? -1 : a > s ? 1 : 0;
    }
    const oa = a;
    const ob = b;
    if (ra === 5)
        return compareLists(oa["#set"], ob["#set"]);
    if (ra === 7)
        return compareLists(oa["#tup"], ob["#tup"]);
    if (ra === 6) {
        const ma = oa["#map"];
        const mb = ob["#map"];
        return compareLists(ma.flat(), mb.flat());
    }
    const ta = oa["type"];
    const tb = ob["type"];
    if (ta !== undefined && tb !== undefined) {
        const t = compareItf(ta, tb);
        if (t !== 0)
            return t;
    }
    const ka = Object.keys(oa).sort();
    const kb = Object.keys(ob).sort();
    const c = compareLists(ka, kb);
    if (c !== 0)
        return c;
    for (const k of ka) {
        const d = compareItf(oa[k], ob[k]);
        if (d !== 0)
            return d;
    }
    return 0;
}
//# sourceMappingURL=itf.js.map
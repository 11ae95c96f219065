function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** The elements of an ITF set or tuple, or undefined when `v` is neither. */
export function itfElements(v) {
    if (Array.isArray(v))
        return v;
    if (!isObject(v))
        return undefined;
    const set = v["#set"] ?? v["#tup"];
    return Array.isArray(set) ? set : undefined;
}
/** The fields of an ITF record (a plain object without a `#` key), or undefined. */
export function itfRecord(v) {
    if (!isObject(v))
        return undefined;
    for (const k of Object.keys(v))
        if (k.startsWith("#"))
            return undefined;
    return v;
}
/**
 * A canonical text for a value, equal for equal values (object keys sorted,
 * set elements sorted, `#bigint` read as a number): used to match ballots and
 * values across trace lines.
 */
export function itfKey(v) {
    if (v === undefined)
        return "undefined";
    if (v === null || typeof v !== "object")
        return JSON.stringify(v);
    if (Array.isArray(v))
        return `[${v.map(itfKey).join(",")}]`;
    const o = v;
    if (typeof o["#bigint"] === "string")
        return o["#bigint"];
    if (Array.isArray(o["#set"]))
        return `{${o["#set"].map(itfKey).sort().join(",")}}`;
    if (Array.isArray(o["#tup"]))
        return `<${o["#tup"].map(itfKey).join(",")}>`;
    const keys = Object.keys(o).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${itfKey(o[k])}`).join(",")}}`;
}
/** A short human-readable text for a value: `2`, `v1`, `{a1, a2}`, `<<1, v1>>`, `[bal |-> 1]`. */
export function itfText(v) {
    if (v === undefined)
        return "?";
    if (v === null)
        return "null";
    if (typeof v === "string")
        return v;
    if (typeof v === "boolean")
        return v ? "TRUE" : "FALSE";
    if (typeof v === "number")
        return String(v);
    if (Array.isArray(v))
        return `<<${v.map(itfText).join(", ")}>>`;
    const o = v;
    if (typeof o["#bigint"] === "string")
        return o["#bigint"];
    if (Array.isArray(o["#set"]))
        return `{${o["#set"].map(itfText).join(", ")}}`;
    if (Array.isArray(o["#tup"]))
        return `<<${o["#tup"].map(itfText).join(", ")}>>`;
    if (Array.isArray(o["#map"])) {
        const pairs = o["#map"].map((p) => {
            const kv = Array.isArray(p) ? p : [];
            return `${itfText(kv[0])} :> ${itfText(kv[1])}`;
        });
        return pairs.length === 0 ? "<<>>" : `(${pairs.join(" @@ ")})`;
    }
    if (typeof o["#unserializable"] === "string")
        return o["#unserializable"];
    const keys = Object.keys(o);
    return `[${keys.map((k) => `${k} |-> ${itfText(o[k])}`).join(", ")}]`;
}
//# sourceMappingURL=itfValue.js.map
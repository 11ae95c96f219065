/**
 * Prints values as TLA+ text the way TLC prints them in traces:
 * `<<1, 2>>`, `{a, b}`, `[a |-> 1]`, `(a1 :> 1 @@ a2 :> 2)`, `"str"`, `TRUE`.
 *
 * @module
 */
import { rethrowUnlessTla } from "../errors.js";
import { FN_RECORD, FN_SEQ, TAG_FN, TAG_LAZYFN, TAG_LAZYSET, TAG_MV, TAG_SET, setErrorPrinter } from "./value.js";
/** Escapes a string the way TLC does and wraps it in double quotes. */
function quoteString(s) {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        switch (c) {
            case '"':
                out += '\\"';
                break;
            case "\\":
                out += "\\\\";
                break;
            case "\t":
                out += "\\t";
                break;
            case "\n":
                out += "\\n";
                break;
            case "\f":
                out += "\\f";
                break;
            case "\r":
                out += "\\r";
                break;
            default:
                out += c;
        }
    }
    return out + '"';
}
/** The TLA+ text of a value, as TLC prints it. */
export function printValue(v) {
    switch (typeof v) {
        case "boolean":
            return v ? "TRUE" : "FALSE";
        case "number":
        case "bigint":
            return String(v);
        case "string":
            return quoteString(v);
        default:
            break; // a composite value: by its tag, below
    }
    switch (v.tag) {
        case TAG_MV:
            return v.name;
        case TAG_SET:
            return "{" + v.elems.map(printValue).join(", ") + "}";
        case TAG_LAZYSET:
            return v.show(printValue);
        case TAG_LAZYFN:
            try {
                return printValue(v.materialise());
            }
            catch (err) {
                rethrowUnlessTla(err);
                return "<function>";
            }
        case TAG_FN: {
            if (v.kind === FN_SEQ)
                return "<<" + v.vals.map(printValue).join(", ") + ">>";
            if (v.kind === FN_RECORD) {
                return "[" + v.keys.map((k, i) => `${k} |-> ${printValue(v.vals[i])}`).join(", ") + "]";
            }
            return "(" + v.keys.map((k, i) => `${printValue(k)} :> ${printValue(v.vals[i])}`).join(" @@ ") + ")";
        }
    }
}
setErrorPrinter(printValue);
//# sourceMappingURL=print.js.map
/**
 * The community module SVG, natively: records that describe SVG elements
 * (`[name |-> "rect", attrs |-> [...], children |-> <<...>>, innerText |-> ""]`),
 * the shapes built from them, their text as SVG, and writing that text to a
 * file, as the module's definitions and TLC's implementation of
 * `SVGElemToString` give them. Specifications use them to draw a state
 * (typically in an ALIAS, which the engine does not evaluate).
 *
 * @module
 */
import { fnIndex, fnOf, recordOf, tupleOf, valueError } from "../values/value.js";
import * as B from "./builtins.js";
import { effectOp, fileName, fn, op, refused, writeText } from "./communityOperators.js";
/** `SVGElem(name, attrs, children, innerText)`: the record describing one element. */
function elem(name, attrs, children, innerText) {
    return recordOf(["name", "attrs", "children", "innerText"], [name, attrs, children, innerText]);
}
/**
 * The module's LOCAL `Merge(r1, r2)`: a function on both domains, taking
 * `r1`'s value where both define one (the element's own attributes, such as
 * `x` and `y`, win over those passed in).
 */
function merge(own, given) {
    const g = fn(given, "the attributes of an SVG element");
    const keys = [...own.keys];
    const vals = [...own.vals];
    for (let i = 0; i < g.keys.length; i++) {
        if (fnIndex(own, g.keys[i]) >= 0)
            continue;
        keys.push(g.keys[i]);
        vals.push(g.vals[i]);
    }
    return fnOf(keys, vals);
}
/** An element whose own attributes are numbers written with ToString, as the shapes of the module have them. */
function shape(name, attrNames, nums, attrs, innerText = "") {
    const own = fnOf(attrNames, nums.map((n) => B.toStringOp(n)));
    return elem(name, merge(own, attrs), tupleOf([]), innerText);
}
/** A field of a record, with an error naming what it is for. */
function field(r, name, what) {
    const i = fnIndex(r, name);
    if (i < 0)
        throw valueError(`${what} has no field ${name}`);
    return r.vals[i];
}
/**
 * `SVGElemToString(e)`: the element as SVG text, as TLC writes it: the
 * attributes in the record's order, `_` in their names written `-`, each
 * value single-quoted; the inner text (with `<<` and `>>` escaped), then the
 * children (a sequence, or any function's values in order), then the closing tag.
 */
export function svgText(e) {
    const r = fn(e, "an SVG element");
    const name = field(r, "name", "an SVG element");
    if (typeof name !== "string")
        throw valueError(`the name of an SVG element must be a string, got ${B.describe(name)}`);
    const attrs = fn(field(r, "attrs", "an SVG element"), "the attributes of an SVG element");
    let attrText = "";
    for (let i = 0; i < attrs.keys.length; i++) {
        const k = attrs.keys[i];
        const v = attrs.vals[i];
        if (typeof k !== "string" || typeof v !== "string")
            throw valueError(`an SVG attribute must be a string with a string value, got ${B.describe(k)} |-> ${B.describe(v)}`);
        attrText += ` ${k.replaceAll("_", "-")}='${v}'`;
    }
    const children = fn(field(r, "children", "an SVG element"), "the children of an SVG element")
        .vals.map(svgText)
        .join("");
    const inner = field(r, "innerText", "an SVG element");
    if (typeof inner !== "string")
        throw valueError(`the innerText of an SVG element must be a string, got ${B.describe(inner)}`);
    return `<${name}${attrText}>${inner.replaceAll("<<", "&lt;&lt;").replaceAll(">>", "&gt;&gt;")}${children}</${name}>`;
}
/** IOUtils' `zeroPadN(n, width)`: ToString(n) with zeros in front up to `width` characters. */
function zeroPad(n, width) {
    const s = B.toStringOp(n);
    const w = Number(B.int(width, "the width of zeroPadN"));
    return "0".repeat(Math.max(0, w - s.length)) + s;
}
/** A number of an SVG computation, as a JavaScript number. */
function num(v, what) {
    return Number(B.int(v, what));
}
export const svgModule = {
    extends: [],
    ops: [
        op("SVGElem", 4, ([n, a, c, t]) => elem(n, a, c, t)),
        op("Line", 5, ([x1, y1, x2, y2, a]) => shape("line", ["x1", "y1", "x2", "y2"], [x1, y1, x2, y2], a)),
        op("Circle", 4, ([cx, cy, r, a]) => shape("circle", ["cx", "cy", "r"], [cx, cy, r], a)),
        op("Rect", 5, ([x, y, w, h, a]) => shape("rect", ["x", "y", "width", "height"], [x, y, w, h], a)),
        op("Text", 4, ([x, y, text, a]) => shape("text", ["x", "y"], [x, y], a, text)),
        op("Image", 6, ([x, y, w, h, href, a]) => {
            const own = fnOf(["xlink:href", "x", "y", "width", "height"], [href, B.toStringOp(x), B.toStringOp(y), B.toStringOp(w), B.toStringOp(h)]);
            return elem("image", merge(own, a), tupleOf([]), "");
        }),
        op("Group", 2, ([children, a]) => elem("g", a, children, "")),
        op("Svg", 2, ([children, a]) => elem("svg", a, children, "")),
        op("SVGDoc", 6, ([children, x, y, w, h, a]) => {
            const viewBox = [x, y, w, h].map((v) => B.toStringOp(v)).join(" ");
            const own = fnOf(["xmlns:xlink", "xmlns", "viewBox"], ["http://www.w3.org/1999/xlink", "http://www.w3.org/2000/svg", viewBox]);
            return elem("svg", merge(own, a), tupleOf([children]), "");
        }),
        op("SVGElemToString", 1, ([e]) => svgText(e)),
        // The n-th of m points on the circle of radius r around (cx, cy), each
        // coordinate truncated towards zero, as TLC computes it.
        op("NodeOfRingNetwork", 5, ([cx, cy, r, n, m]) => {
            const angle = ((2 * Math.PI) / num(m, "the number of nodes")) * num(n, "the node");
            const radius = num(r, "the radius");
            return recordOf(["x", "y"], [Math.trunc(num(cx, "cx") + radius * Math.cos(angle)), Math.trunc(num(cy, "cy") + radius * Math.sin(angle))]);
        }),
        op("PointOnLine", 3, ([from, to, segment]) => {
            const f = fn(from, "the first point");
            const t = fn(to, "the second point");
            const at = (k) => B.plus(field(f, k, "the first point"), B.div(B.minus(field(t, k, "the second point"), field(f, k, "the first point")), segment));
            return recordOf(["x", "y"], [at("x"), at("y")]);
        }),
        refused("NodesOfDirectedMultiGraph", 3, "it lays out a graph with the layout algorithms of a Java library"),
        // Writes the element's text to the file prefix + frame number (three digits at least) + ".svg".
        effectOp("SVGSerialize", 3, ([svg, prefix, frame]) => {
            const file = `${fileName(prefix, "the frame name prefix of SVGSerialize")}${zeroPad(frame, 3)}.svg`;
            writeText(file, svgText(svg), "SVGSerialize");
            return recordOf(["exitValue", "stdout", "stderr"], [0, "", ""]);
        }),
    ],
};
//# sourceMappingURL=svgModule.js.map
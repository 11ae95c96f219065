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
import { type Value } from "../values/value.js";
import { type NativeModule } from "./communityOperators.js";
/**
 * `SVGElemToString(e)`: the element as SVG text, as TLC writes it: the
 * attributes in the record's order, `_` in their names written `-`, each
 * value single-quoted; the inner text (with `<<` and `>>` escaped), then the
 * children (a sequence, or any function's values in order), then the closing tag.
 */
export declare function svgText(e: Value): string;
export declare const svgModule: NativeModule;

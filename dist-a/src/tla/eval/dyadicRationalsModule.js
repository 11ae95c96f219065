/**
 * The community module DyadicRationals, natively: fractions as records
 * `[num |-> n, den |-> d]`, with the module's `Zero`, `One`, `Add`, `Half`,
 * `IsDyadicRational` and `PrettyPrint`. Results are reduced by the greatest
 * common divisor as TLC reduces them (its implementation of the module's
 * LOCAL `Reduce`, for which gcd(0, d) = d, so a zero numerator reduces to
 * `Zero`). `Add` works as the module writes it: it takes the larger
 * denominator as the common one, which is right for dyadic rationals (whose
 * denominators are powers of 2).
 *
 * @module
 */
import { equals, fnIndex, normInt, recordOf, valueError } from "../values/value.js";
import * as B from "./builtins.js";
import { fn, op } from "./communityOperators.js";
const rational = (num, den) => recordOf(["num", "den"], [normInt(num), normInt(den)]);
const ZERO = rational(0n, 1n);
const ONE = rational(1n, 1n);
/** The numerator and denominator of a fraction. */
function parts(p, what) {
    const r = fn(p, what);
    const get = (k) => {
        const i = fnIndex(r, k);
        if (i < 0)
            throw valueError(`${what} has no field ${k}, so it is not a fraction [num |-> n, den |-> d]`);
        return BigInt(B.int(r.vals[i], `the field ${k} of ${what}`));
    };
    return { num: get("num"), den: get("den") };
}
function gcd(a, b) {
    let x = a < 0n ? -a : a;
    let y = b < 0n ? -b : b;
    while (y !== 0n)
        [x, y] = [y, x % y];
    return x;
}
/** TLA+'s `\div`: division rounded towards minus infinity. */
function div(a, b) {
    const q = a / b;
    return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
/** The module's `Reduce`: divided by the greatest common divisor, unless that is 1 (the fraction is then returned as it is). */
function reduce(p, num, den) {
    const g = gcd(num, den);
    if (g === 1n || g === 0n)
        return p;
    return rational(num / g, den / g);
}
function add(p, q) {
    if (equals(p, ZERO))
        return q;
    const a = parts(p, "the first argument of Add");
    const b = parts(q, "the second argument of Add");
    const lcn = a.den > b.den ? a.den : b.den;
    const num = b.num * div(lcn, b.den) + a.num * div(lcn, a.den);
    return reduce(rational(num, lcn), num, lcn);
}
export const dyadicRationalsModule = {
    extends: [],
    ops: [
        // Some power 2^i with 0 <= i <= den equals the denominator.
        op("IsDyadicRational", 1, ([r]) => {
            const { den } = parts(r, "the argument of IsDyadicRational");
            return den >= 1n && (den & (den - 1n)) === 0n;
        }),
        op("Zero", 0, () => ZERO),
        op("One", 0, () => ONE),
        op("Add", 2, ([p, q]) => add(p, q)),
        op("Half", 1, ([p]) => {
            const { num, den } = parts(p, "the argument of Half");
            return reduce(rational(num, den * 2n), num, den * 2n);
        }),
        op("PrettyPrint", 1, ([p]) => {
            if (equals(p, ZERO))
                return "0";
            if (equals(p, ONE))
                return "1";
            const { num, den } = parts(p, "the argument of PrettyPrint");
            return `${num}/${den}`;
        }),
    ],
};
//# sourceMappingURL=dyadicRationalsModule.js.map
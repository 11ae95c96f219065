/**
 * The operators of the standard modules (Naturals, Integers, Sequences,
 * FiniteSets, TLC, Bags) and of the core language, as functions on values.
 * Which operator is which, and how an application of each compiles, is the
 * registry in `builtinOperators.ts`; operators taking operator arguments
 * (SelectSeq, SortSeq, BagOfAll) and the lazy ones (`=>`) are compiled there.
 *
 * Every failure throws a located-later {@link TlaError} of kind "error"; the
 * evaluator adds the source location of the application.
 *
 * @module
 */
import { EMPTY_FN, FN_SEQ, FnSetSet, IntervalSet, SeqSet, SubsetSet, TAG_FN, TAG_LAZYFN, TAG_LAZYSET, TAG_SET, equals, fnDomain, fnIndex, fnOf, isSet, kindName, member, normInt, printShort, setFromSorted, setIntersect, UnionSet, BigUnionSet, IntersectionSet, DifferenceSet, setMinus, setOf, setUnion, toFn, toSet, tupleOf, valueError, compareKeys, } from "../values/value.js";
import { printValue } from "../values/print.js";
/** Integer check with a clear message. */
export function int(v, what) {
    if (typeof v === "number" || typeof v === "bigint")
        return v;
    throw valueError(`${what} must be an integer, got ${kindName(v)} ${printShort(v)}`);
}
/** Boolean check with a clear message. */
export function bool(v, what) {
    if (typeof v === "boolean")
        return v;
    throw valueError(`${what} must be a boolean, got ${kindName(v)} ${printShort(v)}`);
}
/** A sequence (function on 1..n) check. */
export function seq(v, what) {
    if (typeof v === "object") {
        if (v.tag === TAG_FN && v.kind === FN_SEQ)
            return v.vals;
        if (v.tag === TAG_LAZYFN) {
            const f = v.materialise();
            if (f.kind === FN_SEQ)
                return f.vals;
        }
    }
    throw valueError(`${what} must be a sequence, got ${kindName(v)} ${printShort(v)}`);
}
/** A set check (finite or lazy). */
export function set(v, what) {
    if (isSet(v))
        return v;
    throw valueError(`${what} must be a set, got ${kindName(v)} ${printShort(v)}`);
}
function big(v) {
    return typeof v === "bigint" ? v : BigInt(v);
}
/** `a + b`. */
export function plus(a, b) {
    if (typeof a === "number" && typeof b === "number") {
        const r = a + b;
        return Number.isSafeInteger(r) ? r : normInt(BigInt(a) + BigInt(b));
    }
    return normInt(big(int(a, "the first argument of +")) + big(int(b, "the second argument of +")));
}
/** `a - b`. */
export function minus(a, b) {
    if (typeof a === "number" && typeof b === "number") {
        const r = a - b;
        return Number.isSafeInteger(r) ? r : normInt(BigInt(a) - BigInt(b));
    }
    return normInt(big(int(a, "the first argument of -")) - big(int(b, "the second argument of -")));
}
/** `a * b`. */
export function times(a, b) {
    if (typeof a === "number" && typeof b === "number") {
        const r = a * b;
        return Number.isSafeInteger(r) ? r : normInt(BigInt(a) * BigInt(b));
    }
    return normInt(big(int(a, "the first argument of *")) * big(int(b, "the second argument of *")));
}
/** `a \div b`: integer division rounding toward negative infinity, as TLC. */
export function div(a, b) {
    const x = int(a, "the first argument of \\div");
    const y = int(b, "the second argument of \\div");
    if (y === 0 || y === 0n)
        throw valueError("division by zero in \\div");
    if (typeof x === "number" && typeof y === "number")
        return Math.floor(x / y);
    const X = big(x);
    const Y = big(y);
    let q = X / Y;
    if (X % Y !== 0n && X < 0n !== Y < 0n)
        q -= 1n;
    return normInt(q);
}
/** `a % b`: the remainder in 0..b-1; TLC requires b > 0. */
export function mod(a, b) {
    const x = int(a, "the first argument of %");
    const y = int(b, "the second argument of %");
    if (y <= 0)
        throw valueError(`the second argument of % must be positive, got ${String(y)}`);
    if (typeof x === "number" && typeof y === "number") {
        const r = x % y;
        return r < 0 ? r + y : r;
    }
    const Y = big(y);
    const r = big(x) % Y;
    return normInt(r < 0n ? r + Y : r);
}
/** `a ^ b`. */
export function pow(a, b) {
    const x = int(a, "the base of ^");
    const y = int(b, "the exponent of ^");
    if (y < 0)
        throw valueError(`the exponent of ^ must not be negative, got ${String(y)}`);
    if (x === 0 && y === 0)
        throw valueError("0 ^ 0 is undefined");
    if (typeof x === "number" && typeof y === "number") {
        const r = x ** y;
        if (Number.isSafeInteger(r))
            return r;
    }
    return normInt(big(x) ** big(y));
}
/** Unary minus. */
export function neg(a) {
    if (typeof a === "number")
        return a === 0 ? 0 : -a;
    return normInt(-big(int(a, "the argument of unary -")));
}
/** Integer comparison `a < b` (op: -1 for <, etc. via the comparator). */
export function intCompare(a, b, op) {
    if (typeof a === "number" && typeof b === "number")
        return a < b ? -1 : a > b ? 1 : 0;
    const x = big(int(a, `the first argument of ${op}`));
    const y = big(int(b, `the second argument of ${op}`));
    return x < y ? -1 : x > y ? 1 : 0;
}
/** `a .. b`. */
export function interval(a, b) {
    const lo = int(a, "the lower bound of ..");
    const hi = int(b, "the upper bound of ..");
    if (typeof lo !== "number" || typeof hi !== "number")
        throw valueError("interval bounds beyond 2^53 are not supported");
    return new IntervalSet(lo, hi);
}
/** `a \cup b`: a finite set when both sides are, else a lazy union (membership without enumeration). */
export function cup(a, b) {
    const A = set(a, "the first argument of \\cup");
    const B = set(b, "the second argument of \\cup");
    if (A.tag === TAG_SET && B.tag === TAG_SET)
        return setUnion(A, B);
    return new UnionSet(A, B);
}
/** `a \cap b`: a finite set when both sides are, else a lazy intersection. */
export function cap(a, b) {
    const A = set(a, "the first argument of \\cap");
    const B = set(b, "the second argument of \\cap");
    if (A.tag === TAG_SET && B.tag === TAG_SET)
        return setIntersect(A, B);
    return new IntersectionSet(A, B);
}
/** `a \ b`: a finite set when both sides are, else a lazy difference. */
export function setminus(a, b) {
    const A = set(a, "the first argument of \\");
    const B = set(b, "the second argument of \\");
    if (A.tag === TAG_SET && B.tag === TAG_SET)
        return setMinus(A, B);
    return new DifferenceSet(A, B);
}
/** `a \subseteq b`. */
export function subseteq(a, b) {
    const A = set(a, "the first argument of \\subseteq");
    const B = set(b, "the second argument of \\subseteq");
    if (A.tag === TAG_LAZYSET && !A.finite) {
        if (B.tag === TAG_LAZYSET && !B.finite)
            return equals(A, B) || (A.show(String) === "Nat" && B.show(String) === "Int");
        return false;
    }
    for (const e of toSet(A).elems)
        if (!member(e, B))
            return false;
    return true;
}
/** `UNION S`. */
export function union(a) {
    const sets = toSet(set(a, "the argument of UNION")).elems.map((s) => set(s, "each element of UNION's argument"));
    // A part kept symbolic (a function set, say) stays so: membership asks each part.
    if (sets.some((s) => s.tag === TAG_LAZYSET))
        return new BigUnionSet(sets);
    const parts = [];
    for (const s of sets)
        for (const e of toSet(s).elems)
            parts.push(e);
    return setOf(parts);
}
/** `SUBSET S`. */
export function subset(a) {
    return new SubsetSet(set(a, "the argument of SUBSET"));
}
/** `DOMAIN f`. */
export function domain(f) {
    if (typeof f === "object") {
        if (f.tag === TAG_FN)
            return fnDomain(f);
        if (f.tag === TAG_LAZYFN)
            return f.domain;
    }
    throw valueError(`DOMAIN applied to ${kindName(f)} ${printShort(f)}, which is not a function`);
}
/** `[S -> T]`. */
export function fnSet(s, t) {
    return new FnSetSet(set(s, "the domain of [S -> T]"), set(t, "the range of [S -> T]"));
}
/** `Cardinality(S)`. */
export function cardinality(s) {
    const S = set(s, "the argument of Cardinality");
    if (S.tag === TAG_SET)
        return S.elems.length;
    if (!S.finite)
        throw valueError(`Cardinality of the infinite set ${printShort(S)}`);
    return S.size();
}
/** `IsFiniteSet(S)`. */
export function isFiniteSet(s) {
    const S = set(s, "the argument of IsFiniteSet");
    return S.tag === TAG_SET || S.finite;
}
/** `Seq(S)`. */
export function seqSet(s) {
    return new SeqSet(set(s, "the argument of Seq"));
}
/** `Len(s)`. */
export function len(s) {
    return seq(s, "the argument of Len").length;
}
/** `Head(s)`. */
export function head(s) {
    const v = seq(s, "the argument of Head");
    if (v.length === 0)
        throw valueError("Head of the empty sequence");
    return v[0];
}
/** `Tail(s)`. */
export function tail(s) {
    const v = seq(s, "the argument of Tail");
    if (v.length === 0)
        throw valueError("Tail of the empty sequence");
    return tupleOf(v.slice(1));
}
/** `Append(s, e)`. */
export function append(s, e) {
    const v = seq(s, "the first argument of Append");
    const out = v.slice();
    out.push(e);
    return tupleOf(out);
}
/** `s \o t`. */
export function concat(s, t) {
    if (typeof s === "string" && typeof t === "string")
        return s + t;
    const a = seq(s, "the first argument of \\o");
    const b = seq(t, "the second argument of \\o");
    if (b.length === 0)
        return s;
    if (a.length === 0)
        return t;
    return tupleOf(a.concat(b));
}
/** `SubSeq(s, m, n)`. */
export function subSeq(s, m, n) {
    const lo = Number(int(m, "the second argument of SubSeq"));
    const hi = Number(int(n, "the third argument of SubSeq"));
    if (typeof s === "string") {
        if (hi < lo)
            return "";
        if (lo < 1 || hi > s.length)
            throw valueError(`SubSeq(${printShort(s)}, ${lo}, ${hi}) is out of range`);
        return s.slice(lo - 1, hi);
    }
    const v = seq(s, "the first argument of SubSeq");
    if (hi < lo)
        return EMPTY_FN;
    if (lo < 1 || hi > v.length)
        throw valueError(`SubSeq(${printShort(s)}, ${lo}, ${hi}) is out of range`);
    return tupleOf(v.slice(lo - 1, hi));
}
/** `a :> b`. */
export function mapsTo(a, b) {
    return fnOf([a], [b]);
}
/**
 * `f @@ g`: f's values win where domains overlap. Both key arrays are
 * sorted, so one merge of the two gives the result's keys in order.
 */
export function compose(f, g) {
    const F = toFn(f);
    const G = toFn(g);
    const fk = F.keys;
    const gk = G.keys;
    if (gk.length === 0)
        return F;
    if (fk.length === 0)
        return G;
    const keys = [];
    const vals = [];
    let i = 0;
    let j = 0;
    while (i < fk.length && j < gk.length) {
        const c = compareKeys(fk[i], gk[j]);
        if (c <= 0) {
            keys.push(fk[i]);
            vals.push(F.vals[i++]);
            if (c === 0)
                j++;
        }
        else {
            keys.push(gk[j]);
            vals.push(G.vals[j++]);
        }
    }
    for (; i < fk.length; i++)
        (keys.push(fk[i]), vals.push(F.vals[i]));
    for (; j < gk.length; j++)
        (keys.push(gk[j]), vals.push(G.vals[j]));
    return fnOf(keys, vals);
}
/** `Permutations(S)`: all bijections of S onto itself. */
export function permutations(s) {
    const elems = toSet(set(s, "the argument of Permutations")).elems;
    const out = [];
    const n = elems.length;
    const used = new Array(n).fill(false);
    const cur = [];
    const rec = () => {
        if (cur.length === n) {
            out.push(fnOf(elems, cur.slice()));
            return;
        }
        for (let i = 0; i < n; i++) {
            if (used[i])
                continue;
            used[i] = true;
            cur.push(elems[i]);
            rec();
            cur.pop();
            used[i] = false;
        }
    };
    rec();
    return setOf(out);
}
/** `ToString(v)`. */
export function toStringOp(v) {
    return printValue(v);
}
// Bags: a bag is a function from elements to positive integers.
/** `EmptyBag`. */
export const emptyBag = EMPTY_FN;
/** `IsABag(B)`. */
export function isABag(b) {
    if (typeof b !== "object" || (b.tag !== TAG_FN && b.tag !== TAG_LAZYFN))
        return false;
    return toFn(b).vals.every((v) => typeof v === "number" && v > 0);
}
/** `BagToSet(B)`. */
export function bagToSet(b) {
    return setFromSorted(toFn(b).kind === FN_SEQ ? toSet(fnDomain(toFn(b))).elems : toSet(fnDomain(toFn(b))).elems);
}
/** `SetToBag(S)`. */
export function setToBag(s) {
    const e = toSet(set(s, "the argument of SetToBag")).elems;
    return fnOf(e, e.map(() => 1));
}
/** `BagIn(e, B)`. */
export function bagIn(e, b) {
    return fnIndex(toFn(b), e) >= 0;
}
/** `CopiesIn(e, B)`. */
export function copiesIn(e, b) {
    const f = toFn(b);
    const i = fnIndex(f, e);
    return i < 0 ? 0 : f.vals[i];
}
/** `B1 (+) B2`. */
export function bagAdd(a, b) {
    const A = toFn(a);
    const B = toFn(b);
    const keys = A.keys.slice();
    const vals = A.vals.slice();
    for (let i = 0; i < B.keys.length; i++) {
        const j = fnIndex(A, B.keys[i]);
        if (j >= 0)
            vals[j] = plus(vals[j], B.vals[i]);
        else {
            keys.push(B.keys[i]);
            vals.push(B.vals[i]);
        }
    }
    return fnOf(keys, vals);
}
/** `B1 (-) B2`. */
export function bagSub(a, b) {
    const A = toFn(a);
    const B = toFn(b);
    const keys = [];
    const vals = [];
    for (let i = 0; i < A.keys.length; i++) {
        const j = fnIndex(B, A.keys[i]);
        const n = j >= 0 ? minus(A.vals[i], B.vals[j]) : A.vals[i];
        if (typeof n === "number" ? n > 0 : n > 0n) {
            keys.push(A.keys[i]);
            vals.push(n);
        }
    }
    return fnOf(keys, vals);
}
/** `BagUnion(S)`. */
export function bagUnion(s) {
    let acc = EMPTY_FN;
    for (const b of toSet(set(s, "the argument of BagUnion")).elems)
        acc = bagAdd(acc, b);
    return acc;
}
/** `B1 \sqsubseteq B2`. */
export function subBagEq(a, b) {
    const A = toFn(a);
    const B = toFn(b);
    for (let i = 0; i < A.keys.length; i++) {
        const j = fnIndex(B, A.keys[i]);
        if (j < 0 || intCompare(A.vals[i], B.vals[j], "\\sqsubseteq") > 0)
            return false;
    }
    return true;
}
/** `SubBag(B)`: the set of all sub-bags. */
export function subBag(b) {
    const B = toFn(b);
    const out = [];
    const cur = [];
    const keys = [];
    const rec = (i) => {
        if (i === B.keys.length) {
            out.push(fnOf(keys.slice(), cur.slice()));
            return;
        }
        rec(i + 1);
        const n = Number(B.vals[i]);
        for (let c = 1; c <= n; c++) {
            keys.push(B.keys[i]);
            cur.push(c);
            rec(i + 1);
            keys.pop();
            cur.pop();
        }
    };
    rec(0);
    return setOf(out);
}
/** `BagCardinality(B)`. */
export function bagCardinality(b) {
    let n = 0;
    for (const v of toFn(b).vals)
        n = plus(n, v);
    return n;
}
/** Sorts a copy of the sequence with a strict "less than" test (stable, as TLC's SortSeq). */
export function sortSeq(s, less) {
    const v = seq(s, "the first argument of SortSeq").slice();
    v.sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
    return tupleOf(v);
}
/** `the integer 3`, `the set {1, 2}`: a value described for error messages. */
export function describe(v) {
    return `${kindName(v)} ${printShort(v)}`;
}
//# sourceMappingURL=builtins.js.map
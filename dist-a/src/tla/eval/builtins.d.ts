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
import { type LazySet, type SetValue, type Value } from "../values/value.js";
/** Integer check with a clear message. */
export declare function int(v: Value, what: string): number | bigint;
/** Boolean check with a clear message. */
export declare function bool(v: Value, what: string): boolean;
/** A sequence (function on 1..n) check. */
export declare function seq(v: Value, what: string): readonly Value[];
/** A set check (finite or lazy). */
export declare function set(v: Value, what: string): SetValue | LazySet;
/** `a + b`. */
export declare function plus(a: Value, b: Value): Value;
/** `a - b`. */
export declare function minus(a: Value, b: Value): Value;
/** `a * b`. */
export declare function times(a: Value, b: Value): Value;
/** `a \div b`: integer division rounding toward negative infinity, as TLC. */
export declare function div(a: Value, b: Value): Value;
/** `a % b`: the remainder in 0..b-1; TLC requires b > 0. */
export declare function mod(a: Value, b: Value): Value;
/** `a ^ b`. */
export declare function pow(a: Value, b: Value): Value;
/** Unary minus. */
export declare function neg(a: Value): Value;
/** Integer comparison `a < b` (op: -1 for <, etc. via the comparator). */
export declare function intCompare(a: Value, b: Value, op: string): number;
/** `a .. b`. */
export declare function interval(a: Value, b: Value): Value;
/** `a \cup b`: a finite set when both sides are, else a lazy union (membership without enumeration). */
export declare function cup(a: Value, b: Value): Value;
/** `a \cap b`: a finite set when both sides are, else a lazy intersection. */
export declare function cap(a: Value, b: Value): Value;
/** `a \ b`: a finite set when both sides are, else a lazy difference. */
export declare function setminus(a: Value, b: Value): Value;
/** `a \subseteq b`. */
export declare function subseteq(a: Value, b: Value): boolean;
/** `UNION S`. */
export declare function union(a: Value): Value;
/** `SUBSET S`. */
export declare function subset(a: Value): Value;
/** `DOMAIN f`. */
export declare function domain(f: Value): Value;
/** `[S -> T]`. */
export declare function fnSet(s: Value, t: Value): Value;
/** `Cardinality(S)`. */
export declare function cardinality(s: Value): Value;
/** `IsFiniteSet(S)`. */
export declare function isFiniteSet(s: Value): Value;
/** `Seq(S)`. */
export declare function seqSet(s: Value): Value;
/** `Len(s)`. */
export declare function len(s: Value): Value;
/** `Head(s)`. */
export declare function head(s: Value): Value;
/** `Tail(s)`. */
export declare function tail(s: Value): Value;
/** `Append(s, e)`. */
export declare function append(s: Value, e: Value): Value;
/** `s \o t`. */
export declare function concat(s: Value, t: Value): Value;
/** `SubSeq(s, m, n)`. */
export declare function subSeq(s: Value, m: Value, n: Value): Value;
/** `a :> b`. */
export declare function mapsTo(a: Value, b: Value): Value;
/**
 * `f @@ g`: f's values win where domains overlap. Both key arrays are
 * sorted, so one merge of the two gives the result's keys in order.
 */
export declare function compose(f: Value, g: Value): Value;
/** `Permutations(S)`: all bijections of S onto itself. */
export declare function permutations(s: Value): Value;
/** `ToString(v)`. */
export declare function toStringOp(v: Value): Value;
/** `EmptyBag`. */
export declare const emptyBag: Value;
/** `IsABag(B)`. */
export declare function isABag(b: Value): Value;
/** `BagToSet(B)`. */
export declare function bagToSet(b: Value): Value;
/** `SetToBag(S)`. */
export declare function setToBag(s: Value): Value;
/** `BagIn(e, B)`. */
export declare function bagIn(e: Value, b: Value): Value;
/** `CopiesIn(e, B)`. */
export declare function copiesIn(e: Value, b: Value): Value;
/** `B1 (+) B2`. */
export declare function bagAdd(a: Value, b: Value): Value;
/** `B1 (-) B2`. */
export declare function bagSub(a: Value, b: Value): Value;
/** `BagUnion(S)`. */
export declare function bagUnion(s: Value): Value;
/** `B1 \sqsubseteq B2`. */
export declare function subBagEq(a: Value, b: Value): Value;
/** `SubBag(B)`: the set of all sub-bags. */
export declare function subBag(b: Value): Value;
/** `BagCardinality(B)`. */
export declare function bagCardinality(b: Value): Value;
/** Sorts a copy of the sequence with a strict "less than" test (stable, as TLC's SortSeq). */
export declare function sortSeq(s: Value, less: (a: Value, b: Value) => boolean): Value;
/** `the integer 3`, `the set {1, 2}`: a value described for error messages. */
export declare function describe(v: Value): string;

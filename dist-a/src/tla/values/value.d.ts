/**
 * TLA+ values as the engine represents them, with the total order, equality
 * and 64-bit fingerprints the model checker relies on.
 *
 * Representation, chosen for speed:
 * - booleans are JS booleans, integers are JS numbers while they are safe
 *   integers and `bigint` beyond (never a `bigint` that fits a safe number),
 *   strings are JS strings;
 * - model values are interned {@link ModelValue} objects (compare with `===`);
 * - finite sets are {@link SetValue}s whose elements are sorted and
 *   deduplicated under {@link compare};
 * - every function (records, tuples and sequences included) is an
 *   {@link FnValue} with sorted keys, so that `<<1, 2>>` and
 *   `[i \in 1..2 |-> i]` are the same value;
 * - sets that are infinite or costly to build (`Nat`, `SUBSET S`, `[S -> T]`,
 *   `Seq(S)`, intervals, record sets, products) are {@link LazySet}s that
 *   answer membership directly and are materialised only when enumerated;
 * - functions over infinite domains (recursive function definitions) are
 *   {@link LazyFn}s.
 *
 * The order follows TLC's: values of one kind compare as TLC compares them
 * (sets by cardinality, then element by element; functions by domain size,
 * then domain, then values; strings and model values by their text). Record
 * fields are ordered by {@link fieldRank}, TLC's order of first appearance of
 * the field name. TLC refuses to compare values of different kinds (except
 * model values, which come first); this engine orders kinds instead.
 *
 * @module
 */
import { TlaError } from "../errors.js";
import { PersistentMap } from "../../lib/persistentMap.js";
/** Any TLA+ value. */
export type Value = boolean | number | bigint | string | ModelValue | SetValue | FnValue | LazySet | LazyFn;
/** Discriminant of the object kinds of {@link Value}. */
export declare const TAG_MV = 1;
/** Tag of {@link SetValue}. */
export declare const TAG_SET = 2;
/** Tag of {@link FnValue}. */
export declare const TAG_FN = 3;
/** Tag of {@link LazySet}. */
export declare const TAG_LAZYSET = 4;
/** Tag of {@link LazyFn}. */
export declare const TAG_LAZYFN = 5;
/** An error raised while computing with values; the evaluator adds the source location. */
export declare function valueError(message: string): TlaError;
/**
 * A 64-bit fingerprint as two 32-bit halves. The hashing functions write
 * their result into one that the caller owns (and may reuse), so that
 * hashing allocates nothing and keeps no state between calls.
 */
export interface Fingerprint {
    /** High half. */
    h1: number;
    /** Low half. */
    h2: number;
}
/** A fingerprint to write into. */
export declare function newFingerprint(): Fingerprint;
/**
 * Computes the fingerprint of `v` into `out`. Composite values cache theirs.
 * Equal values have equal fingerprints, whatever their construction.
 */
export declare function hashValue(v: Value, out: Fingerprint): void;
/** Fingerprint of a state (an array of variable values) into `out`. */
export declare function hashState(vals: readonly Value[], out: Fingerprint): void;
/**
 * A renaming of some model values, for hashing values as if renamed without
 * building the renamed values: model value `m` with `index.get(m) = i` hashes
 * as the fingerprint `h1[i]`, `h2[i]`. With the fingerprints of a permutation's
 * images, {@link hashRenamed} gives exactly the fingerprint of the permuted
 * value. `epoch` identifies the set of renamed model values, for the marks
 * that sets and functions keep of whether they mention any of them.
 */
export interface Renaming {
    readonly epoch: number;
    readonly index: ReadonlyMap<ModelValue, number>;
    readonly h1: Int32Array;
    readonly h2: Int32Array;
    /**
     * When positive, identifies the current `h1`, `h2` among the renamings of
     * one symmetry (a candidate permutation), and sets and functions keep their
     * fingerprint under it beside their signatures of epoch `cacheEpoch` (see
     * {@link signaturesOf}): the parts a state shares with its parent, when the
     * same permutation is tried again, are not hashed again.
     */
    cacheKey?: number;
    cacheEpoch?: number;
}
/** A new epoch for a {@link Renaming} (positive, never given twice in a process). */
export declare function newRenamingEpoch(): number;
/**
 * Whether `v` mentions a model value the renaming renames; remembered on
 * sets and functions (`sym` holds the epoch times 2, plus 1 when it does).
 */
export declare function mentionsRenamed(v: Value, r: Renaming): boolean;
/**
 * The fingerprint `v` has once its model values are renamed by `r`, into
 * `out`, without building the renamed value. When `r` maps model values one
 * to one (a permutation), this is `hashValue` of the permuted value. Parts
 * of `v` that mention no renamed model value use their cached fingerprints.
 */
export declare function hashRenamed(v: Value, r: Renaming, out: Fingerprint): void;
/**
 * The renamings under which symmetry reduction computes signatures: renaming
 * `i` (of `n`) maps renamed model value `i` to one mark ("self") and every
 * other renamed model value `j` to a mark of its own set. They are the same
 * for every state, so the fingerprints of a value under all `n` of them can
 * be computed together and kept on the value ({@link signaturesOf}).
 */
export interface SignatureRenamings {
    /** Which model values are renamed (its `h1`, `h2` are not used). */
    readonly renaming: Renaming;
    readonly n: number;
    /** Identifies these renamings among others, for the fingerprints kept on values (a positive integer). */
    readonly epoch: number;
    /** For each renamed model value `j`, its fingerprints under the `n` renamings, as `h1, h2` pairs. */
    readonly mv: readonly Int32Array[];
}
/**
 * The fingerprints of `v` under each of the `n` signature renamings of `s`,
 * as `h1, h2` pairs (`2n` numbers; `[2i]`, `[2i + 1]` is what
 * {@link hashRenamed} gives under renaming `i`); or null when `v` mentions no
 * renamed model value, its fingerprint under all of them then being its own,
 * written into `out`. Sets and functions keep theirs (followed by the
 * epoch, and by a fingerprint under a candidate renaming, see
 * {@link Renaming.cacheKey}): a successor state
 * shares most of its parts with the state it came from, whose parts' were
 * computed already, so a state's signatures cost little more than hashing
 * its new parts, where computing them separately costs one pass over the
 * whole state per renamed model value.
 */
export declare function signaturesOf(v: Value, s: SignatureRenamings, out: Fingerprint): Int32Array | null;
/**
 * {@link hashState} of the state under each signature renaming of `s` (see
 * {@link signaturesOf}): fingerprint `i` into `sig1[i]`, `sig2[i]`.
 */
export declare function stateSignatures(vals: readonly Value[], s: SignatureRenamings, sig1: Int32Array, sig2: Int32Array, out: Fingerprint): void;
/** {@link hashState} of the state renamed by `r`, into `out` (see {@link hashRenamed}). */
export declare function hashStateRenamed(vals: readonly Value[], r: Renaming, out: Fingerprint): void;
/** A model value (a constant bound in the .cfg to a fresh, uninterpreted value). Interned by name. */
export declare class ModelValue {
    readonly name: string;
    readonly tag = 1;
    readonly h1: number;
    readonly h2: number;
    /** The renaming epoch {@link renIndex} is for (see {@link renamedIndex}). */
    renEpoch: number;
    /** Its index in that renaming, -1 when not renamed. */
    renIndex: number;
    private constructor();
    private static readonly table;
    /** The model value with this name (the same object each time). */
    static of(name: string): ModelValue;
}
/** A finite set: elements sorted by {@link compare}, without duplicates. Never mutate `elems`. */
export declare class SetValue {
    readonly elems: readonly Value[];
    readonly tag = 2;
    h1: number;
    h2: number;
    hashed: boolean;
    /** Whether it mentions a renamed model value, for the renaming of one epoch (see {@link mentionsRenamed}); 0: not known. */
    sym: number;
    /** The sums of the elements' fingerprints (see {@link hashSet}), kept so that a set one element larger is hashed in one addition. */
    sum1: number;
    sum2: number;
    /** Its fingerprints under a symmetry's signature renamings (see {@link signaturesOf}). */
    sigs: Int32Array | undefined;
    /** Membership lookups so far; a hash index is built once a large set is searched often. */
    lookups: number;
    /**
     * Elements by the first half of their fingerprint, built lazily for large
     * sets. It is persistent and passed on, one entry added, to the set
     * {@link setAdd} makes: a set grown by one element at a time (a protocol's
     * `msgs' = msgs \cup {m}`) would otherwise rebuild its index at every
     * version that is searched a few times.
     */
    index: SetIndex | undefined;
    /** Use {@link setOf} or {@link setFromSorted}; this constructor trusts its argument. */
    constructor(elems: readonly Value[]);
}
/** A set's membership index: its elements by the first half of their fingerprint. */
type SetIndex = PersistentMap<readonly Value[], number>;
/** The empty set. */
export declare const EMPTY_SET: SetValue;
/** A set of arbitrary elements (sorts and deduplicates; may reorder `elems` in place). */
export declare function setOf(elems: Value[]): SetValue;
/** A set from elements already sorted and deduplicated. */
export declare function setFromSorted(elems: readonly Value[]): SetValue;
/** `s \cup {v}`. */
export declare function setAdd(s: SetValue, v: Value): SetValue;
/** `a \cup b` of finite sets. */
export declare function setUnion(a: SetValue, b: SetValue): SetValue;
/** `a \cap b` of finite sets. */
export declare function setIntersect(a: SetValue, b: SetValue): SetValue;
/** `a \ b` of finite sets. */
export declare function setMinus(a: SetValue, b: SetValue): SetValue;
/** Keys are exactly 1..n (tuples, sequences, and the empty function). */
export declare const FN_SEQ = 1;
/** Keys are all strings (records). */
export declare const FN_RECORD = 2;
/**
 * A function with a finite domain: `keys` sorted (strings by {@link fieldRank}),
 * `vals[i]` the image of `keys[i]`. Never mutate the arrays.
 */
export declare class FnValue {
    readonly keys: readonly Value[];
    readonly vals: readonly Value[];
    readonly kind: number;
    readonly tag = 3;
    h1: number;
    h2: number;
    hashed: boolean;
    /** Whether it mentions a renamed model value, for the renaming of one epoch (see {@link mentionsRenamed}); 0: not known. */
    sym: number;
    /** Its fingerprints under a symmetry's signature renamings (see {@link signaturesOf}). */
    sigs: Int32Array | undefined;
    /** Trusts its arguments; use {@link fnOf}, {@link tupleOf} or {@link recordOf}. */
    constructor(keys: readonly Value[], vals: readonly Value[], kind: number);
}
/** The empty function, which is also the empty sequence `<<>>`. */
export declare const EMPTY_FN: FnValue;
/** The tuple (sequence) `<<vals...>>`. */
export declare function tupleOf(vals: readonly Value[]): FnValue;
/** Registers identifiers in order of first appearance (the root module's text first), fixing {@link fieldRank}. */
export declare function registerFieldNames(names: Iterable<string>): void;
/** The order of function keys: strings by field rank, everything else by {@link compare}. */
export declare function compareKeys(a: Value, b: Value): number;
/**
 * The function mapping `keys[i]` to `vals[i]`. Keys must be distinct. The arrays
 * are sorted together when needed (and then copied).
 */
export declare function fnOf(keys: readonly Value[], vals: readonly Value[]): FnValue;
/** The record `[names[i] |-> vals[i]]` (names distinct, any order). */
export declare function recordOf(names: readonly string[], vals: readonly Value[]): FnValue;
/** Index of key `k` in the function's domain, or -1. */
export declare function fnIndex(f: FnValue, k: Value): number;
/** `f` with the value at position `i` replaced (EXCEPT). */
export declare function fnWithIndex(f: FnValue, i: number, v: Value): FnValue;
/** The domain of a finite function, as a set. */
export declare function fnDomain(f: FnValue): SetValue | LazySet;
/**
 * A set kept symbolic: membership is answered directly; `enumerate` builds the
 * finite set (and throws for infinite ones).
 */
export declare abstract class LazySet {
    readonly tag = 4;
    private cache;
    /** Whether the set is finite. */
    abstract readonly finite: boolean;
    /** Membership test without enumerating. */
    abstract contains(v: Value): boolean;
    /** Builds the elements; only called for finite sets. */
    protected abstract build(): SetValue;
    /** TLA+ text of the set, as TLC prints it. */
    abstract show(print: (v: Value) => string): string;
    /** Number of elements (may avoid enumerating). */
    size(): number;
    /** The set's elements as a {@link SetValue} (cached). */
    enumerate(): SetValue;
}
/** `lo..hi`. */
export declare class IntervalSet extends LazySet {
    readonly lo: number;
    readonly hi: number;
    readonly finite = true;
    constructor(lo: number, hi: number);
    contains(v: Value): boolean;
    size(): number;
    protected build(): SetValue;
    show(): string;
}
/** `Nat`, `Int`, `STRING`. */
export declare class InfiniteSet extends LazySet {
    readonly name: "Nat" | "Int" | "STRING";
    readonly finite = false;
    constructor(name: "Nat" | "Int" | "STRING");
    contains(v: Value): boolean;
    protected build(): SetValue;
    show(): string;
}
/** The set `Nat`. */
export declare const NAT: InfiniteSet;
/** The set `Int`. */
export declare const INT: InfiniteSet;
/** The set `STRING`. */
export declare const STRING_SET: InfiniteSet;
/** `BOOLEAN`. */
export declare const BOOLEAN_SET: SetValue;
/** Whether `v` is a set (finite or lazy). */
export declare function isSet(v: Value): v is SetValue | LazySet;
/** The elements of a set value, enumerated; throws for non-sets and infinite sets. */
export declare function toSet(v: Value): SetValue;
/** `SUBSET base`. */
export declare class SubsetSet extends LazySet {
    readonly base: SetValue | LazySet;
    readonly finite: boolean;
    constructor(base: SetValue | LazySet);
    contains(v: Value): boolean;
    size(): number;
    protected build(): SetValue;
    show(print: (v: Value) => string): string;
}
/** `[domain -> range]`. */
export declare class FnSetSet extends LazySet {
    readonly domain: SetValue | LazySet;
    readonly range: SetValue | LazySet;
    readonly finite: boolean;
    constructor(domain: SetValue | LazySet, range: SetValue | LazySet);
    contains(v: Value): boolean;
    size(): number;
    protected build(): SetValue;
    show(print: (v: Value) => string): string;
}
/** `[a : S, b : T]`. */
export declare class RecordSetSet extends LazySet {
    readonly names: readonly string[];
    readonly sets: readonly (SetValue | LazySet)[];
    readonly finite: boolean;
    constructor(names: readonly string[], sets: readonly (SetValue | LazySet)[]);
    contains(v: Value): boolean;
    size(): number;
    protected build(): SetValue;
    show(print: (v: Value) => string): string;
}
/** `S1 \X S2 \X ...`. */
export declare class ProductSet extends LazySet {
    readonly sets: readonly (SetValue | LazySet)[];
    readonly finite: boolean;
    constructor(sets: readonly (SetValue | LazySet)[]);
    contains(v: Value): boolean;
    size(): number;
    protected build(): SetValue;
    show(print: (v: Value) => string): string;
}
/** `Seq(S)`: infinite unless S is empty. */
export declare class SeqSet extends LazySet {
    readonly base: SetValue | LazySet;
    readonly finite: boolean;
    constructor(base: SetValue | LazySet);
    contains(v: Value): boolean;
    protected build(): SetValue;
    show(print: (v: Value) => string): string;
}
/**
 * `UNION S` where some element of `S` is kept symbolic (`UNION {[1..n -> C] :
 * n \in 0..M}`, the batches of at most M commands): membership asks each
 * part, so a value is found in a union of large function sets without
 * enumerating them; the elements are built only when asked for.
 */
export declare class BigUnionSet extends LazySet {
    readonly parts: readonly (SetValue | LazySet)[];
    readonly finite: boolean;
    constructor(parts: readonly (SetValue | LazySet)[]);
    contains(v: Value): boolean;
    protected build(): SetValue;
    show(print: (v: Value) => string): string;
}
/**
 * `A \cup B` where one side is lazy: membership asks both sides; the
 * elements are built only when enumerated.
 */
export declare class UnionSet extends LazySet {
    readonly a: SetValue | LazySet;
    readonly b: SetValue | LazySet;
    readonly finite: boolean;
    constructor(a: SetValue | LazySet, b: SetValue | LazySet);
    contains(v: Value): boolean;
    protected build(): SetValue;
    show(print: (v: Value) => string): string;
}
/** `A \cap B` where one side is lazy: finite when either side is. */
export declare class IntersectionSet extends LazySet {
    readonly a: SetValue | LazySet;
    readonly b: SetValue | LazySet;
    readonly finite: boolean;
    constructor(a: SetValue | LazySet, b: SetValue | LazySet);
    contains(v: Value): boolean;
    protected build(): SetValue;
    show(print: (v: Value) => string): string;
}
/** `A \ B` where one side is lazy: finite when `A` is. */
export declare class DifferenceSet extends LazySet {
    readonly a: SetValue | LazySet;
    readonly b: SetValue | LazySet;
    readonly finite: boolean;
    constructor(a: SetValue | LazySet, b: SetValue | LazySet);
    contains(v: Value): boolean;
    protected build(): SetValue;
    show(print: (v: Value) => string): string;
}
/** A set given by a membership predicate only (e.g. `{x \in Nat : P}`); cannot be enumerated. */
export declare class PredicateSet extends LazySet {
    readonly text: string;
    readonly test: (v: Value) => boolean;
    readonly finite = false;
    constructor(text: string, test: (v: Value) => boolean);
    contains(v: Value): boolean;
    protected build(): SetValue;
    show(): string;
}
/** A function over a possibly infinite domain, computed on demand (recursive function definitions). */
export declare class LazyFn {
    readonly domain: SetValue | LazySet;
    private readonly compute;
    readonly tag = 5;
    private cache;
    /**
     * The values computed so far, for arguments that are not objects: in an
     * array by offset when the domain is a small interval `lo..hi` (the
     * recursive definitions `F[i \in 0..n] == ...`), else in a map made when
     * first needed.
     */
    private memo;
    private readonly byOffset;
    private readonly lo;
    constructor(domain: SetValue | LazySet, compute: (arg: Value) => Value);
    /** Applies the function (error when `arg` is outside the domain). */
    apply(arg: Value): Value;
    /** The function as a finite {@link FnValue} (error for infinite domains). */
    materialise(): FnValue;
}
/** `v \in s` for any set value; throws when `s` is not a set. */
export declare function member(v: Value, s: Value): boolean;
/** Total order on values, compatible with TLC's order within each kind. */
export declare function compare(a: Value, b: Value): number;
/** The finite function behind a function value. */
export declare function toFn(v: Value): FnValue;
/** Value equality (`=`), independent of how the values were built. */
export declare function equals(a: Value, b: Value): boolean;
/** A word for the kind of a value, for error messages. */
export declare function kindName(v: Value): string;
/** Installs the printer used in error messages (set by the printing module). */
export declare function setErrorPrinter(p: (v: Value) => string): void;
/** The value as TLA+ text, shortened for error messages. */
export declare function printShort(v: Value): string;
/** Normalises an integer result: a safe number when it fits, a bigint otherwise. */
export declare function normInt(b: bigint): number | bigint;
export {};

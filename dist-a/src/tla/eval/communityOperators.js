/**
 * Native implementations of operators of the TLA+ community modules
 * (Functions, Folds, FiniteSetsExt, SequencesExt, BagsExt, UndirectedGraphs,
 * Bitwise, IOUtils, Json)
 * and the operators of TLAPS, written from the modules' definitions (SVG,
 * Graphs and DyadicRationals have files of their own, which use the helpers
 * exported here). The
 * registry of built-in operators (`builtinOperators.ts`) turns each entry
 * into an operator: value arguments are evaluated first, operator arguments
 * are passed as functions of values.
 *
 * Folds over a set visit its elements in the engine's order of values; for
 * an operator that is not commutative and associative, TLC may fold in
 * another order.
 *
 * The proof libraries (FiniteSetTheorems, NaturalsInduction, ...) hold
 * theorems and definitions used in proofs: they are provided as modules that
 * extend what the originals extend and define nothing more; a definition
 * of theirs used in an expression is an unknown operator.
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { EMPTY_SET, TAG_MV, equals, fnIndex, fnOf, isSet, member, normInt, recordOf, setOf, toFn, toSet, tupleOf, valueError, } from "../values/value.js";
import * as B from "./builtins.js";
export const op = (name, arity, fn, ops) => ({ name, arity, fn, ...(ops ? { ops } : {}) });
/** An operator with an effect (see {@link NativeOperator.effect}). */
export const effectOp = (name, arity, fn) => ({ name, arity, fn, effect: true });
/** An operator the engine refuses when it is evaluated (a specification may mention it on a path it never takes). */
export const refused = (name, arity, why) => effectOp(name, arity, () => {
    throw valueError(`${name} is not supported: ${why}`);
});
/** `1..n` as the keys of a function: whether it is a sequence. */
function isSequence(f) {
    for (let i = 0; i < f.keys.length; i++)
        if (f.keys[i] !== i + 1)
            return false;
    return true;
}
/**
 * A value as JSON, as the Json module writes it: a record (a function whose
 * keys are all strings) is an object; a sequence, a tuple and a set are arrays
 * (a set in the engine's order of values); another function is an object whose
 * keys are the printed keys; a model value is its name, a string.
 */
export function toJson(v) {
    if (typeof v === "boolean" || typeof v === "string")
        return v;
    if (typeof v === "number")
        return v;
    if (typeof v === "bigint") {
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
            throw valueError(`the number ${v} is too large for JSON`);
        return Number(v);
    }
    if (v.tag === TAG_MV)
        return v.name;
    if (isSet(v))
        return toSet(v).elems.map(toJson);
    // A function, finite or computed on demand.
    const f = toFn(v);
    if (f.keys.length > 0 && isSequence(f))
        return f.vals.map(toJson);
    const out = {};
    for (let i = 0; i < f.keys.length; i++) {
        const k = f.keys[i];
        out[typeof k === "string" ? k : B.toStringOp(k)] = toJson(f.vals[i]);
    }
    return out;
}
/** A JSON value as a TLA+ value: an object is a record, an array a tuple, a number an integer. */
export function fromJson(j, where) {
    if (typeof j === "boolean" || typeof j === "string")
        return j;
    if (typeof j === "number") {
        if (!Number.isInteger(j))
            throw valueError(`${where}: the number ${j} is not an integer`);
        return j;
    }
    if (Array.isArray(j))
        return tupleOf(j.map((x) => fromJson(x, where)));
    if (j !== null && typeof j === "object") {
        const keys = Object.keys(j).sort();
        return recordOf(keys, keys.map((k) => fromJson(j[k], where)));
    }
    throw valueError(`${where}: null has no TLA+ value`);
}
export function fileName(v, what) {
    if (typeof v !== "string")
        throw valueError(`${what} must be a file name (a string), got ${B.describe(v)}`);
    return v;
}
function readText(file, what) {
    try {
        return readFileSync(file, "utf8");
    }
    catch (err) {
        throw valueError(`${what}: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
}
export function writeText(file, text, what) {
    try {
        writeFileSync(file, text);
    }
    catch (err) {
        throw valueError(`${what}: cannot write ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return true;
}
function parseJson(text, where) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw valueError(`${where}: ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** The process environment as a record, its variables in order of name (IOUtils' IOEnv). */
function environment() {
    const names = Object.keys(process.env)
        .filter((n) => process.env[n] !== undefined)
        .sort();
    return recordOf(names, names.map((n) => process.env[n]));
}
/** A truth-valued operator argument applied. */
function holds(f, ...args) {
    return B.bool(f(...args), "the operator argument");
}
export function elems(s, what) {
    return toSet(B.set(s, what)).elems;
}
export function fn(f, what) {
    if (typeof f !== "object" || (f.tag !== 3 && f.tag !== 5))
        throw valueError(`${what} must be a function, got ${B.describe(f)}`);
    return toFn(f);
}
function index(i, what) {
    const n = B.int(i, what);
    return typeof n === "bigint" ? Number(n) : n;
}
/** The image of a function: `{f[x] : x \in DOMAIN f}`. */
function range(f) {
    return setOf(fn(f, "the argument of Range").vals.slice());
}
/** Whether a function is injective. */
function injective(f) {
    return setOf(f.vals.slice()).elems.length === f.vals.length;
}
/** Every function from `s` to `t`, as key and value arrays (s finite and small). */
function* functions(s, t) {
    const n = s.length;
    const idx = new Array(n).fill(0);
    if (n > 0 && t.length === 0)
        return;
    for (;;) {
        yield idx.map((i) => t[i]);
        let k = n - 1;
        while (k >= 0 && idx[k] === t.length - 1)
            idx[k--] = 0;
        if (k < 0)
            return;
        idx[k]++;
    }
}
function functionSet(S, T, keep) {
    const s = elems(S, "the first argument");
    const t = elems(T, "the second argument");
    const out = [];
    for (const vals of functions(s, t))
        if (keep(vals, t))
            out.push(fnOf(s, vals));
    return setOf(out);
}
const isInjection = (vals) => setOf(vals.slice()).elems.length === vals.length;
const isSurjection = (vals, t) => setOf(vals.slice()).elems.length === t.length;
/** Folds `op` over `xs`, starting from `base`. */
function fold(xs, base, f) {
    let acc = base;
    for (const x of xs)
        acc = f(x, acc);
    return acc;
}
function sum(xs) {
    let acc = 0;
    for (const x of xs)
        acc = B.plus(acc, x);
    return acc;
}
function product(xs) {
    let acc = 1;
    for (const x of xs)
        acc = B.times(acc, x);
    return acc;
}
function seqOf(v, what) {
    return B.seq(v, what);
}
function extreme(S, what, sign) {
    const xs = elems(S, what);
    if (xs.length === 0)
        throw valueError(`${what}: the set is empty`);
    let best = xs[0];
    for (const x of xs)
        if (sign * B.intCompare(x, best, what) > 0)
            best = x;
    return best;
}
function isPrefix(s, t) {
    return s.length <= t.length && s.every((x, i) => equals(x, t[i]));
}
function kSubsets(xs, k) {
    const out = [];
    const pick = [];
    const go = (from) => {
        if (pick.length === k) {
            out.push(setOf(pick.slice()));
            return;
        }
        for (let i = from; i <= xs.length - (k - pick.length); i++) {
            pick.push(xs[i]);
            go(i + 1);
            pick.pop();
        }
    };
    if (k >= 0 && k <= xs.length)
        go(0);
    return out;
}
/** The edges of an undirected graph `[node |-> N, edge |-> E]` (edges are sets of one or two nodes). */
function graph(G) {
    const g = fn(G, "the graph");
    const get = (name) => {
        const i = fnIndex(g, name);
        if (i < 0)
            throw valueError(`the graph has no field ${name}`);
        return elems(g.vals[i], `the field ${name} of the graph`);
    };
    return { nodes: get("node"), edges: get("edge") };
}
/** The connected components of an undirected graph. */
function components(G) {
    const { nodes, edges } = graph(G);
    const parent = new Map();
    const at = (v) => nodes.findIndex((n) => equals(n, v));
    const find = (i) => {
        let r = i;
        while (parent.has(r))
            r = parent.get(r);
        return r;
    };
    for (const e of edges) {
        const ends = elems(e, "an edge").map(at);
        for (const j of ends.slice(1)) {
            const a = find(ends[0]);
            const b = find(j);
            if (a >= 0 && b >= 0 && a !== b)
                parent.set(b, a);
        }
    }
    const groups = new Map();
    nodes.forEach((n, i) => {
        const r = find(i);
        const g = groups.get(r) ?? [];
        g.push(n);
        groups.set(r, g);
    });
    return [...groups.values()].map((g) => setOf(g));
}
function isUndirectedGraph(G) {
    const { nodes, edges } = graph(G);
    const N = setOf(nodes.slice());
    return edges.every((e) => {
        const ends = elems(e, "an edge");
        return ends.length >= 1 && ends.length <= 2 && ends.every((x) => member(x, N));
    });
}
/** A natural number argument of a Bitwise operator, as a bigint. */
function natural(v, what) {
    const n = B.int(v, what);
    if (n < 0)
        throw valueError(`${what} must be a natural number, got ${n}`);
    return BigInt(n);
}
/** A Bitwise operator on two natural numbers. */
function bitwise(name, f) {
    return op(name, 2, ([a, b]) => normInt(f(natural(a, `the left side of ${name}`), natural(b, `the right side of ${name}`))));
}
/** The modules and their operators. */
export const nativeModules = {
    // Reading the environment and converting strings; the engine runs no
    // processes and does not read TLC's binary serialization.
    IOUtils: {
        extends: [],
        ops: [
            op("IOEnv", 0, () => environment()),
            op("atoi", 1, ([s]) => {
                if (typeof s !== "string" || !/^\s*[+-]?\d+\s*$/.test(s))
                    throw valueError(`atoi: ${B.describe(s)} is not a decimal number`);
                return normInt(BigInt(s.trim()));
            }),
            refused("IOExec", 1, "the engine does not run processes"),
            refused("IOEnvExec", 2, "the engine does not run processes"),
            refused("IOExecTemplate", 2, "the engine does not run processes"),
            refused("IOEnvExecTemplate", 3, "the engine does not run processes"),
            refused("IOSerialize", 3, "TLC's binary serialization is not read or written"),
            refused("IODeserialize", 2, "TLC's binary serialization is not read or written"),
        ],
    },
    // JSON: conversion to strings, and files of JSON (one value) or of
    // newline-delimited JSON (one value a line), read and written relative to
    // the working directory, as TLC does.
    Json: {
        extends: [],
        ops: [
            op("ToJson", 1, ([v]) => JSON.stringify(toJson(v))),
            op("ToJsonArray", 1, ([v]) => JSON.stringify(toJson(tupleOf(B.seq(v, "the argument of ToJsonArray"))))),
            op("ToJsonObject", 1, ([v]) => {
                const j = toJson(v);
                if (j === null || typeof j !== "object" || Array.isArray(j))
                    throw valueError(`ToJsonObject: ${B.describe(v)} is not a record`);
                return JSON.stringify(j);
            }),
            effectOp("JsonSerialize", 2, ([f, v]) => writeText(fileName(f, "the first argument of JsonSerialize"), JSON.stringify(toJson(v)) + "\n", "JsonSerialize")),
            effectOp("ndJsonSerialize", 2, ([f, v]) => writeText(fileName(f, "the first argument of ndJsonSerialize"), B.seq(v, "the second argument of ndJsonSerialize")
                .map((x) => JSON.stringify(toJson(x)) + "\n")
                .join(""), "ndJsonSerialize")),
            effectOp("JsonDeserialize", 1, ([f]) => {
                const file = fileName(f, "the argument of JsonDeserialize");
                return fromJson(parseJson(readText(file, "JsonDeserialize"), file), file);
            }),
            effectOp("ndJsonDeserialize", 1, ([f]) => {
                const file = fileName(f, "the argument of ndJsonDeserialize");
                const lines = readText(file, "ndJsonDeserialize").split("\n");
                const out = [];
                lines.forEach((line, i) => {
                    if (line.trim() !== "")
                        out.push(fromJson(parseJson(line, `${file}:${i + 1}`), `${file}:${i + 1}`));
                });
                return tupleOf(out);
            }),
        ],
    },
    // Bitwise operations on natural numbers. Not(a) is left out.
    Bitwise: {
        extends: ["Naturals"],
        ops: [
            bitwise("&", (a, b) => a & b),
            bitwise("|", (a, b) => a | b),
            bitwise("^^", (a, b) => a ^ b),
            op("shiftR", 2, ([n, pos]) => normInt(natural(n, "the number shifted by shiftR") >> natural(pos, "the shift of shiftR"))),
        ],
    },
    Folds: {
        extends: [],
        ops: [
            op("MapThenFoldSet", 5, ([base, S], [f, g]) => {
                // `choose` picks the next element; the engine's order is used (see the module comment).
                let acc = base;
                for (const x of elems(S, "the set of MapThenFoldSet"))
                    acc = f(g(x), acc);
                return acc;
            }, { 0: 2, 2: 1, 3: 1 }),
        ],
    },
    Functions: {
        extends: ["Integers", "Folds"],
        ops: [
            op("Restrict", 2, ([f, S]) => {
                const g = fn(f, "the first argument of Restrict");
                const keys = elems(S, "the second argument of Restrict");
                return fnOf(keys, keys.map((k) => {
                    const i = fnIndex(g, k);
                    if (i < 0)
                        throw valueError(`Restrict: ${B.describe(k)} is not in the domain of the function`);
                    return g.vals[i];
                }));
            }),
            op("RestrictDomain", 2, ([f], [t]) => {
                const g = fn(f, "the first argument of RestrictDomain");
                const ks = g.keys.filter((k) => holds(t, k));
                return fnOf(ks, ks.map((k) => g.vals[fnIndex(g, k)]));
            }, { 1: 1 }),
            op("RestrictValues", 2, ([f], [t]) => {
                const g = fn(f, "the first argument of RestrictValues");
                const ks = g.keys.filter((_, i) => holds(t, g.vals[i]));
                return fnOf(ks, ks.map((k) => g.vals[fnIndex(g, k)]));
            }, { 1: 1 }),
            op("IsRestriction", 2, ([a, b]) => {
                const n = fn(a, "the first argument of IsRestriction");
                const w = fn(b, "the second argument of IsRestriction");
                return n.keys.every((k, i) => {
                    const j = fnIndex(w, k);
                    return j >= 0 && equals(w.vals[j], n.vals[i]);
                });
            }),
            op("Range", 1, ([f]) => range(f)),
            op("Pointwise", 3, ([f, g], [t]) => {
                const a = fn(f, "the first argument of Pointwise");
                const b = fn(g, "the second argument of Pointwise");
                return fnOf(a.keys, a.keys.map((k, i) => {
                    const j = fnIndex(b, k);
                    if (j < 0)
                        throw valueError(`Pointwise: ${B.describe(k)} is not in the domain of the second function`);
                    return t(a.vals[i], b.vals[j]);
                }));
            }, { 2: 2 }),
            op("Inverse", 3, ([f, S, T]) => {
                const g = fn(f, "the first argument of Inverse");
                const s = elems(S, "the second argument of Inverse");
                const t = elems(T, "the third argument of Inverse");
                if (s.length === 0)
                    return fnOf([], []);
                return fnOf(t, t.map((y) => {
                    // CHOOSE x \in S : S # {} => f[x] = y; with no such x, the engine's least element of S
                    const x = s.find((c) => {
                        const i = fnIndex(g, c);
                        return i >= 0 && equals(g.vals[i], y);
                    });
                    return x ?? s[0];
                }));
            }),
            op("AntiFunction", 1, ([f]) => {
                const g = fn(f, "the argument of AntiFunction");
                if (!injective(g))
                    throw valueError("AntiFunction: the function is not injective");
                return fnOf(g.vals, g.keys);
            }),
            op("IsInjective", 1, ([f]) => injective(fn(f, "the argument of IsInjective"))),
            op("Injection", 2, ([S, T]) => functionSet(S, T, isInjection)),
            op("Surjection", 2, ([S, T]) => functionSet(S, T, isSurjection)),
            op("Bijection", 2, ([S, T]) => functionSet(S, T, (v, t) => isInjection(v) && isSurjection(v, t))),
            op("ExistsInjection", 2, ([S, T]) => elems(S, "the first argument of ExistsInjection").length <= elems(T, "the second argument of ExistsInjection").length),
            op("ExistsSurjection", 2, ([S, T]) => {
                const s = elems(S, "the first argument of ExistsSurjection").length;
                const t = elems(T, "the second argument of ExistsSurjection").length;
                return s >= t && (t > 0 || s === 0);
            }),
            op("ExistsBijection", 2, ([S, T]) => elems(S, "the first argument of ExistsBijection").length === elems(T, "the second argument of ExistsBijection").length),
            op("FoldFunction", 3, ([base, f], [g]) => {
                const h = fn(f, "the third argument of FoldFunction");
                return fold(h.vals, base, g);
            }, { 0: 2 }),
            op("FoldFunctionOnSet", 4, ([base, f, S], [g]) => {
                const h = fn(f, "the third argument of FoldFunctionOnSet");
                const vals = elems(S, "the fourth argument of FoldFunctionOnSet").map((k) => {
                    const i = fnIndex(h, k);
                    if (i < 0)
                        throw valueError(`FoldFunctionOnSet: ${B.describe(k)} is not in the domain of the function`);
                    return h.vals[i];
                });
                return fold(vals, base, g);
            }, { 0: 2 }),
            op("SumFunction", 1, ([f]) => sum(fn(f, "the argument of SumFunction").vals)),
            op("SumFunctionOnSet", 2, ([f, S]) => {
                const h = fn(f, "the first argument of SumFunctionOnSet");
                return sum(elems(S, "the second argument of SumFunctionOnSet").map((k) => {
                    const i = fnIndex(h, k);
                    if (i < 0)
                        throw valueError(`SumFunctionOnSet: ${B.describe(k)} is not in the domain of the function`);
                    return h.vals[i];
                }));
            }),
        ],
    },
    FiniteSetsExt: {
        extends: ["Integers", "FiniteSets", "Folds", "Functions"],
        ops: [
            op("FoldSet", 3, ([base, S], [f]) => fold(elems(S, "the set of FoldSet"), base, f), { 0: 2 }),
            op("SumSet", 1, ([S]) => sum(elems(S, "the argument of SumSet"))),
            op("ProductSet", 1, ([S]) => product(elems(S, "the argument of ProductSet"))),
            op("ReduceSet", 3, ([S, acc], [f]) => fold(elems(S, "the set of ReduceSet"), acc, f), { 0: 2 }),
            op("MapThenSumSet", 2, ([S], [f]) => sum(elems(S, "the set of MapThenSumSet").map((x) => f(x))), { 0: 1 }),
            op("FlattenSet", 1, ([S]) => B.union(S)),
            op("SymDiff", 2, ([a, b]) => B.cup(B.setminus(a, b), B.setminus(b, a))),
            op("Quantify", 2, ([S], [p]) => elems(S, "the set of Quantify").filter((x) => holds(p, x)).length, { 1: 1 }),
            op("kSubset", 2, ([k, S]) => setOf(kSubsets(elems(S, "the set of kSubset"), index(k, "the first argument of kSubset")))),
            op("Max", 1, ([S]) => extreme(S, "Max", 1)),
            op("Min", 1, ([S]) => extreme(S, "Min", -1)),
            op("Choices", 1, ([Sets]) => {
                const sets = elems(Sets, "the argument of Choices");
                const out = [];
                for (const vals of functions(sets, sets.flatMap((s) => elems(s, "a member of the argument of Choices")))) {
                    if (vals.every((v, i) => member(v, sets[i])))
                        out.push(fnOf(sets, vals));
                }
                return setOf(out);
            }),
            op("ChooseUnique", 2, ([S], [p]) => {
                const xs = elems(S, "the set of ChooseUnique").filter((x) => holds(p, x));
                if (xs.length !== 1)
                    throw valueError(`ChooseUnique: ${xs.length} elements satisfy the predicate, not exactly one`);
                return xs[0];
            }, { 1: 1 }),
        ],
    },
    SequencesExt: {
        extends: ["Sequences", "Naturals", "FiniteSets", "FiniteSetsExt", "Folds", "Functions", "Bags", "TLC"],
        ops: [
            op("ToSet", 1, ([s]) => range(s)),
            op("SetToSeq", 1, ([S]) => tupleOf(elems(S, "the argument of SetToSeq"))),
            op("SetToSortSeq", 2, ([S], [less]) => B.sortSeq(tupleOf(elems(S, "the set of SetToSortSeq")), (a, b) => holds(less, a, b)), { 1: 2 }),
            op("Contains", 2, ([s, e]) => seqOf(s, "the first argument of Contains").some((x) => equals(x, e))),
            op("IsSorted", 2, ([s], [less]) => {
                const xs = seqOf(s, "the first argument of IsSorted");
                return xs.every((x, i) => i === 0 || holds(less, xs[i - 1], x) || equals(xs[i - 1], x));
            }, { 1: 2 }),
            op("Reverse", 1, ([s]) => tupleOf(seqOf(s, "the argument of Reverse").slice().reverse())),
            op("Remove", 2, ([s, e]) => tupleOf(seqOf(s, "the first argument of Remove").filter((x) => !equals(x, e)))),
            op("ReplaceAll", 3, ([s, a, b]) => tupleOf(seqOf(s, "the first argument of ReplaceAll").map((x) => (equals(x, a) ? b : x)))),
            op("InsertAt", 3, ([s, i, e]) => {
                const xs = seqOf(s, "the first argument of InsertAt");
                const k = index(i, "the position of InsertAt");
                if (k < 1 || k > xs.length + 1)
                    throw valueError(`InsertAt: position ${k} is outside 1..${xs.length + 1}`);
                return tupleOf([...xs.slice(0, k - 1), e, ...xs.slice(k - 1)]);
            }),
            op("ReplaceAt", 3, ([s, i, e]) => {
                const xs = seqOf(s, "the first argument of ReplaceAt");
                const k = index(i, "the position of ReplaceAt");
                if (k < 1 || k > xs.length)
                    throw valueError(`ReplaceAt: position ${k} is outside 1..${xs.length}`);
                return tupleOf(xs.map((x, j) => (j === k - 1 ? e : x)));
            }),
            op("RemoveAt", 2, ([s, i]) => {
                const xs = seqOf(s, "the first argument of RemoveAt");
                const k = index(i, "the position of RemoveAt");
                if (k < 1 || k > xs.length)
                    throw valueError(`RemoveAt: position ${k} is outside 1..${xs.length}`);
                return tupleOf(xs.filter((_, j) => j !== k - 1));
            }),
            op("RemoveFirst", 2, ([s, e]) => {
                const xs = seqOf(s, "the first argument of RemoveFirst");
                const k = xs.findIndex((x) => equals(x, e));
                return k < 0 ? s : tupleOf(xs.filter((_, j) => j !== k));
            }),
            op("Cons", 2, ([e, s]) => tupleOf([e, ...seqOf(s, "the second argument of Cons")])),
            op("Snoc", 2, ([s, e]) => tupleOf([...seqOf(s, "the first argument of Snoc"), e])),
            op("Front", 1, ([s]) => {
                const xs = seqOf(s, "the argument of Front");
                if (xs.length === 0)
                    throw valueError("Front of the empty sequence");
                return tupleOf(xs.slice(0, -1));
            }),
            op("Last", 1, ([s]) => {
                const xs = seqOf(s, "the argument of Last");
                if (xs.length === 0)
                    throw valueError("Last of the empty sequence");
                return xs[xs.length - 1];
            }),
            op("IsPrefix", 2, ([s, t]) => isPrefix(seqOf(s, "the first argument of IsPrefix"), seqOf(t, "the second argument of IsPrefix"))),
            op("IsStrictPrefix", 2, ([s, t]) => {
                const a = seqOf(s, "the first argument of IsStrictPrefix");
                const b = seqOf(t, "the second argument of IsStrictPrefix");
                return a.length < b.length && isPrefix(a, b);
            }),
            op("IsSuffix", 2, ([s, t]) => {
                const a = seqOf(s, "the first argument of IsSuffix").slice().reverse();
                return isPrefix(a, seqOf(t, "the second argument of IsSuffix").slice().reverse());
            }),
            op("IsStrictSuffix", 2, ([s, t]) => {
                const a = seqOf(s, "the first argument of IsStrictSuffix").slice().reverse();
                const b = seqOf(t, "the second argument of IsStrictSuffix").slice().reverse();
                return a.length < b.length && isPrefix(a, b);
            }),
            op("Prefixes", 1, ([s]) => {
                const xs = seqOf(s, "the argument of Prefixes");
                return setOf(xs.map((_, i) => tupleOf(xs.slice(0, i + 1))).concat([tupleOf([])]));
            }),
            op("Suffixes", 1, ([s]) => {
                const xs = seqOf(s, "the argument of Suffixes");
                return setOf(xs.map((_, i) => tupleOf(xs.slice(i))).concat([tupleOf([])]));
            }),
            op("LongestCommonPrefix", 1, ([S]) => {
                const seqs = elems(S, "the argument of LongestCommonPrefix").map((s) => seqOf(s, "a member of the argument of LongestCommonPrefix"));
                if (seqs.length === 0)
                    return tupleOf([]);
                let n = Math.min(...seqs.map((s) => s.length));
                for (let i = 0; i < n; i++) {
                    if (!seqs.every((s) => equals(s[i], seqs[0][i]))) {
                        n = i;
                        break;
                    }
                }
                return tupleOf(seqs[0].slice(0, n));
            }),
            op("FoldSeq", 3, ([base, s], [f]) => fold(seqOf(s, "the sequence of FoldSeq"), base, f), { 0: 2 }),
            op("FoldLeft", 3, ([base, s], [f]) => {
                let acc = base;
                for (const x of seqOf(s, "the sequence of FoldLeft"))
                    acc = f(acc, x);
                return acc;
            }, { 0: 2 }),
            op("FoldRight", 3, ([s, base], [f]) => {
                let acc = base;
                const xs = seqOf(s, "the sequence of FoldRight");
                for (let i = xs.length - 1; i >= 0; i--)
                    acc = f(xs[i], acc);
                return acc;
            }, { 0: 2 }),
            op("FlattenSeq", 1, ([ss]) => tupleOf(seqOf(ss, "the argument of FlattenSeq").flatMap((s) => seqOf(s, "a member of the argument of FlattenSeq")))),
            op("Zip", 2, ([s, t]) => {
                const a = seqOf(s, "the first argument of Zip");
                const b = seqOf(t, "the second argument of Zip");
                if (a.length !== b.length)
                    throw valueError(`Zip: the sequences have lengths ${a.length} and ${b.length}`);
                return tupleOf(a.map((x, i) => tupleOf([x, b[i]])));
            }),
            op("SeqOf", 2, ([S, n]) => boundedSeqs(S, index(n, "the bound of SeqOf"))),
            op("BoundedSeq", 2, ([S, n]) => boundedSeqs(S, index(n, "the bound of BoundedSeq"))),
            op("TupleOf", 2, ([S, n]) => {
                const k = index(n, "the length of TupleOf");
                const xs = elems(S, "the set of TupleOf");
                const keys = Array.from({ length: k }, (_, i) => i + 1);
                return setOf([...functions(keys, xs)].map((vals) => tupleOf(vals)));
            }),
            op("SelectInSeq", 2, ([s], [t]) => {
                const k = seqOf(s, "the sequence of SelectInSeq").findIndex((x) => holds(t, x));
                return k + 1;
            }, { 1: 1 }),
            op("SelectLastInSeq", 2, ([s], [t]) => {
                const xs = seqOf(s, "the sequence of SelectLastInSeq");
                for (let i = xs.length - 1; i >= 0; i--)
                    if (holds(t, xs[i]))
                        return i + 1;
                return 0;
            }, { 1: 1 }),
            op("ToBag", 1, ([s]) => {
                const xs = seqOf(s, "the argument of ToBag");
                const set = setOf(xs.slice());
                return fnOf(set.elems, set.elems.map((e) => xs.filter((x) => equals(x, e)).length));
            }),
        ],
    },
    BagsExt: {
        extends: [],
        ops: [
            op("BagAdd", 2, ([b, x]) => B.bagAdd(b, fnOf([x], [1]))),
            op("BagRemove", 2, ([b, x]) => B.bagSub(b, fnOf([x], [1]))),
            op("BagRemoveAll", 2, ([b, x]) => {
                const f = fn(b, "the bag of BagRemoveAll");
                const ks = f.keys.filter((k) => !equals(k, x));
                return fnOf(ks, ks.map((k) => f.vals[fnIndex(f, k)]));
            }),
            op("FoldBag", 3, ([base, b], [f]) => {
                const g = fn(b, "the bag of FoldBag");
                let acc = base;
                g.keys.forEach((k, i) => {
                    for (let n = 0; n < index(g.vals[i], "a count of the bag"); n++)
                        acc = f(k, acc);
                });
                return acc;
            }, { 0: 2 }),
            op("SumBag", 1, ([b]) => {
                const g = fn(b, "the argument of SumBag");
                return sum(g.keys.map((k, i) => B.times(k, g.vals[i])));
            }),
            op("ProductBag", 1, ([b]) => {
                const g = fn(b, "the argument of ProductBag");
                return product(g.keys.map((k, i) => B.pow(k, g.vals[i])));
            }),
        ],
    },
    UndirectedGraphs: {
        extends: [],
        ops: [
            op("IsUndirectedGraph", 1, ([G]) => isUndirectedGraph(G)),
            op("IsLoopFreeUndirectedGraph", 1, ([G]) => isUndirectedGraph(G) && graph(G).edges.every((e) => elems(e, "an edge").length === 2)),
            op("ConnectedComponents", 1, ([G]) => setOf(components(G))),
            op("AreConnectedIn", 3, ([m, n, G]) => components(G).some((c) => member(m, c) && member(n, c))),
            op("IsStronglyConnected", 1, ([G]) => components(G).length <= 1),
            op("UndirectedGraphs", 1, ([S]) => {
                const nodes = elems(S, "the argument of UndirectedGraphs");
                const pairs = kSubsets(nodes, 2);
                const out = [];
                for (const edges of toSet(B.subset(setOf(pairs))).elems)
                    out.push(fnOf(["edge", "node"], [edges, setOf(nodes.slice())]));
                return setOf(out);
            }),
        ],
    },
};
function boundedSeqs(S, n) {
    const xs = elems(S, "the set of sequences");
    const out = [];
    for (let k = 0; k <= n; k++) {
        const keys = Array.from({ length: k }, (_, i) => i + 1);
        for (const vals of functions(keys, xs))
            out.push(tupleOf(vals));
    }
    return out.length === 0 ? EMPTY_SET : setOf(out);
}
/** The backend pragmas of TLAPS (`ZenonT(30)`, `SMT`, `PTL`, ...): in a specification they are proof hints, and each is TRUE. */
const tlapsPragmas = [
    ...["SimpleArithmetic", "SMT", "CVC3", "CVC4", "Yices", "veriT", "Zipper", "Z3", "Spass", "LS4", "PTL", "Zenon", "Isa", "IsaWithSetExtensionality"].map((n) => [
        n,
        0,
    ]),
    ...["SlowZenon", "SlowerZenon", "VerySlowZenon", "SlowestZenon", "Auto", "SlowAuto", "SlowerAuto", "SlowestAuto", "Force", "SlowForce", "SlowerForce", "SlowestForce"].map((n) => [n, 0]),
    ...[
        "SimplifyAndSolve",
        "SlowSimplifyAndSolve",
        "SlowerSimplifyAndSolve",
        "SlowestSimplifyAndSolve",
        "Simplification",
        "SlowSimplification",
        "SlowerSimplification",
        "SlowestSimplification",
    ].map((n) => [n, 0]),
    ...[
        "Blast",
        "SlowBlast",
        "SlowerBlast",
        "SlowestBlast",
        "AutoBlast",
        "AllProvers",
        "AllSMT",
        "AllIsa",
        "ExpandENABLED",
        "ExpandCdot",
        "AutoUSE",
        "Lambdify",
        "ENABLEDaxioms",
        "LevelComparison",
        "Trivial",
        "PropositionalTemporalLogic",
    ].map((n) => [n, 0]),
    ...["SMTT", "CVC3T", "CVC4T", "YicesT", "veriTT", "ZipperT", "Z3T", "SpassT", "LS4T", "ZenonT", "IsaT", "IsaM", "AllProversT", "AllSMTT", "AllIsaT"].map((n) => [n, 1]),
    ["IsaMT", 2],
];
/** TLAPS: every pragma is TRUE; `EnabledWrapper` and `CdotWrapper` take an operator and are TRUE too. */
export const tlapsModule = {
    extends: [],
    ops: [...tlapsPragmas.map(([name, arity]) => op(name, arity, () => true)), op("EnabledWrapper", 1, () => true, { 0: 1 }), op("CdotWrapper", 1, () => true, { 0: 1 })],
};
/** The proof libraries: what each extends; they define nothing the engine evaluates. */
export const proofLibraries = {
    NaturalsInduction: ["Integers"],
    WellFoundedInduction: ["NaturalsInduction"],
    FiniteSetTheorems: ["FiniteSets", "Integers", "Functions", "WellFoundedInduction"],
    SequenceTheorems: ["Sequences", "Functions"],
    FunctionTheorems: ["Functions"],
    SequencesExtTheorems: ["SequencesExt"],
    FiniteSetsExtTheorems: ["FiniteSetsExt"],
    FoldsTheorems: ["Folds"],
    BagsTheorems: ["Bags"],
};
//# sourceMappingURL=communityOperators.js.map
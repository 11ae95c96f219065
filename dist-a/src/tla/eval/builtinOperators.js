/**
 * The registry of built-in operators: those of the core language that are
 * ordinary operators (`=`, `\in`, `\cup`, `SUBSET`, ...) and those of the
 * standard modules. Each entry gives the operator's name (as the AST spells
 * it), its number of arguments, the standard module that defines it (none
 * for the core language) and how an application of it compiles.
 *
 * The standard modules themselves, the operators each makes visible, and
 * the module that defines an operator are all read from here: the loader,
 * the compiler and the model configuration ask this module, and nothing
 * else lists them.
 *
 * Constructs with a syntax of their own (`/\`, `\/`, quantifiers, EXCEPT,
 * ...) are compiled in `expressions.ts`, and in actions in `actions.ts`.
 *
 * @module
 */
import { TlaError } from "../errors.js";
import { isMainThread } from "node:worker_threads";
import { INT, NAT, equals, fnOf, member, printShort, recordOf, toFn, toSet, tupleOf } from "../values/value.js";
import { printValue } from "../values/print.js";
import * as B from "./builtins.js";
import { nativeModules as communityModules, proofLibraries, tlapsModule } from "./communityOperators.js";
import { dyadicRationalsModule } from "./dyadicRationalsModule.js";
import { graphsModule } from "./graphsModule.js";
import { svgModule } from "./svgModule.js";
import { vectorClocksModule } from "./vectorClocksModule.js";
/** Every community module the engine provides natively. */
const nativeModules = {
    ...communityModules,
    SVG: svgModule,
    Graphs: graphsModule,
    DyadicRationals: dyadicRationalsModule,
    VectorClocks: vectorClocksModule,
};
import { use } from "./cache.js";
import { nextRandom } from "./random.js";
import { combine, fail, implication, lit, locate } from "./compiled.js";
/**
 * The standard modules the engine provides (never read from files), each with
 * the standard modules it extends. Randomization is accepted but defines
 * nothing the engine evaluates, TLCExt only `Trace` (refused when evaluated);
 * TLAPS defines its proof pragmas.
 */
const coreModuleTable = {
    Naturals: [],
    Integers: ["Naturals"],
    Sequences: ["Naturals"],
    FiniteSets: ["Naturals", "Sequences"],
    TLC: ["Naturals", "Sequences", "FiniteSets"],
    TLCExt: [],
    Bags: ["Naturals"],
    TLAPS: [],
    Randomization: [],
};
/**
 * The community modules and proof libraries the engine provides natively
 * (see `communityOperators.ts`), with the modules each extends. Unlike the
 * standard modules, a file of the same name found beside the specification
 * (or in a library folder) is read instead.
 */
const libraryModuleTable = {
    ...Object.fromEntries(Object.entries(nativeModules).map(([name, m]) => [name, m.extends])),
    ...proofLibraries,
};
const standardModuleTable = { ...coreModuleTable, ...libraryModuleTable };
/** Standard modules of TLA+ outside the supported subset, with the error that names them. */
export const unsupportedStandardModules = {
    Reals: "the standard module Reals (real numbers) is not supported",
    RealTime: "the standard module RealTime (real numbers) is not supported",
};
/** An operator strict in its one argument, with the errors it raises located at the application. */
function strict1(f) {
    return (a) => strictC1(f, a.arg(0), a.loc);
}
/** {@link strict1} for an operator of two arguments. */
function strict2(f) {
    return (a) => strictC2(f, a.arg(0), a.arg(1), a.loc);
}
/** The compiled application of a one-argument function of values (errors located at `loc`). */
function strictC1(f, ac, loc) {
    const a = use(ac);
    return combine((ctx) => {
        const x = a(ctx);
        try {
            return f(x);
        }
        catch (err) {
            throw locate(err, loc);
        }
    }, [ac]);
}
/** {@link strictC1} for a function of two values. */
export function strictC2(f, ac, bc, loc) {
    const a = use(ac);
    const b = use(bc);
    return combine((ctx) => {
        const x = a(ctx);
        const y = b(ctx);
        try {
            return f(x, y);
        }
        catch (err) {
            throw locate(err, loc);
        }
    }, [ac, bc]);
}
/**
 * An operator with an effect or a result that depends on more than its
 * arguments (Print, Assert, RandomElement, TLCGet): never folded into a
 * constant, never cached where it is written. `body` gets its compiled
 * arguments. Two kinds, as TLC's levels have them: `"constant"` operators
 * (Print, RandomElement) read no state, so a definition without parameters
 * made of them is constant-level and evaluated once per model; `"state"`
 * operators read something that belongs to the state being evaluated or to
 * the evaluator (`TLCGet`: the state's level, the evaluator's registers;
 * `TLCSet` writes a register) and are evaluated wherever they are met.
 */
function effect(arity, level, body) {
    return (a) => {
        const cs = Array.from({ length: arity }, (_, i) => a.arg(i));
        return combine(body(cs.map(use), a.loc), cs, Infinity, level === "state", true);
    };
}
/** `=` and `#`: equality of values, without the call overhead of {@link strict2} (they are everywhere). */
function equality(negated) {
    return (args) => {
        const ac = args.arg(0);
        const bc = args.arg(1);
        const a = use(ac);
        const b = use(bc);
        const ev = negated
            ? (ctx) => {
                const x = a(ctx);
                const y = b(ctx);
                return !(x === y || equals(x, y));
            }
            : (ctx) => {
                const x = a(ctx);
                const y = b(ctx);
                return x === y || equals(x, y);
            };
        return combine(ev, [ac, bc]);
    };
}
/** `P => Q` as an expression: Q is evaluated only when P holds. */
function implies(args) {
    const ac = args.arg(0);
    const bc = args.arg(1);
    const b = use(bc);
    const loc = args.loc;
    const rhs = (ctx) => {
        const y = b(ctx);
        if (typeof y !== "boolean")
            return fail(loc, `the right side of => must be a boolean, got ${B.describe(y)}`);
        return y;
    };
    return combine(implication(use(ac), loc, () => true, rhs), [ac, bc]);
}
function subSeq(args) {
    const cs = [args.arg(0), args.arg(1), args.arg(2)];
    const [a, b, c] = cs.map(use);
    const loc = args.loc;
    return combine((ctx) => {
        const x = a(ctx);
        const y = b(ctx);
        const z = c(ctx);
        try {
            return B.subSeq(x, y, z);
        }
        catch (err) {
            throw locate(err, loc);
        }
    }, cs);
}
function selectSeq(args) {
    const sc = args.arg(0);
    const s = use(sc);
    const op = args.op(1, 1);
    return combine((ctx) => {
        const v = B.seq(s(ctx), "the first argument of SelectSeq");
        return tupleOf(v.filter((x) => op.call(ctx, [x]) === true));
    }, [sc, op.c]);
}
function sortSeq(args) {
    const sc = args.arg(0);
    const s = use(sc);
    const op = args.op(1, 2);
    return combine((ctx) => B.sortSeq(s(ctx), (x, y) => op.call(ctx, [x, y]) === true), [sc, op.c]);
}
function bagOfAll(args) {
    const op = args.op(0, 1);
    const bc = args.arg(1);
    const b = use(bc);
    return combine((ctx) => {
        const bag = toFn(b(ctx));
        let acc = B.emptyBag;
        for (let i = 0; i < bag.keys.length; i++)
            acc = B.bagAdd(acc, fnOf([op.call(ctx, [bag.keys[i]])], [bag.vals[i]]));
        return acc;
    }, [op.c, bc]);
}
const print = effect(2, "constant", ([a, b]) => (ctx) => {
    const x = a(ctx);
    const y = b(ctx);
    process.stdout.write(`${printValue(x)}  ${printValue(y)}\n`);
    return y;
});
const printT = effect(1, "constant", ([a]) => (ctx) => {
    process.stdout.write(`${printValue(a(ctx))}\n`);
    return true;
});
const assert = effect(2, "constant", ([a, b], loc) => (ctx) => {
    const x = a(ctx);
    if (x === true)
        return true;
    const m = b(ctx);
    return fail(loc, `assertion failed: ${typeof m === "string" ? m : printValue(m)}`);
});
/**
 * The Java system properties `TLCGet("-Dname")` reads in TLC that the engine
 * answers: the switch that enables action composition `\\cdot`, which the
 * engine always supports.
 */
const SYSTEM_PROPERTIES = new Map([["tlc2.tool.impl.Tool.cdot", "true"]]);
/**
 * `TLCGet("config")`: how the search runs, in the fields of TLC's record that
 * the engine can state: breadth-first, by one worker. Worker threads (where the
 * count differs) refuse it.
 */
const SEARCH_CONFIG = recordOf(["mode", "worker"], ["bfs", 1]);
/** The fields of `TLCGet("stats")`, each also readable as `TLCGet("field")` (TLC's older form). */
const STATS_FIELDS = ["diameter", "distinct", "generated", "queue", "duration"];
/**
 * `TLCGet(x)`: the level of the current state, a system property, the search's
 * configuration, or register x (a number) set by TLCSet.
 */
const tlcGet = effect(1, "state", ([a], loc) => (ctx) => {
    const k = a(ctx);
    if (k === "level")
        return ctx.level;
    if (typeof k === "number") {
        const v = ctx.registers.get(k);
        if (v === undefined)
            return fail(loc, `TLCGet(${k}): register ${k} has not been set by TLCSet`);
        return v;
    }
    if (k === "stats" || (typeof k === "string" && STATS_FIELDS.includes(k))) {
        const stats = ctx.stats;
        if (stats === undefined)
            return fail(loc, `TLCGet(${printShort(k)}) is supported only in a POSTCONDITION, once the search has ended (the engine does not give the figures of a search under way)`);
        return k === "stats" ? stats : toFn(stats).vals[toFn(stats).keys.indexOf(k)];
    }
    if (k === "config") {
        if (!isMainThread)
            return fail(loc, `TLCGet("config") is not supported with worker threads`);
        return SEARCH_CONFIG;
    }
    if (typeof k === "string" && k.startsWith("-D")) {
        const v = SYSTEM_PROPERTIES.get(k.slice(2));
        if (v !== undefined)
            return v;
        return fail(loc, `TLCGet(${printShort(k)}): the engine knows only the property ${[...SYSTEM_PROPERTIES.keys()].map((p) => `-D${p}`).join(", ")}`);
    }
    return fail(loc, `TLCGet(${printShort(k)}) is not supported (only "level", "config", "stats" in a POSTCONDITION, "-Dtlc2.tool.impl.Tool.cdot" and registers set by TLCSet)`);
});
/** `TLCSet(i, v)`: sets register i (a number) of this evaluator to v; TRUE. TLC's other uses (`"exit"`, ...) are refused. */
const tlcSet = effect(2, "state", ([a, b], loc) => (ctx) => {
    const k = a(ctx);
    if (typeof k !== "number")
        return fail(loc, `TLCSet(${printShort(k)}, ...) is not supported (only registers: TLCSet(i, v) with i a number)`);
    ctx.registers.set(k, b(ctx));
    return true;
});
/** TLCExt's `Trace`: the behaviour leading to the current state, which evaluation does not know. */
const trace = effect(0, "state", (_, loc) => () => fail(loc, "Trace (TLCExt) is not supported: the behaviour leading to a state is not known while evaluating it"));
/**
 * `RandomElement(S)`: an element of the finite set S, drawn from a seeded
 * generator (random.ts). Constant-level, as in TLC, but never folded or
 * cached where it is written: each evaluation draws again. A definition
 * without parameters that uses it is evaluated once (cache.ts).
 */
const randomElement = effect(1, "constant", ([a], loc) => (ctx) => {
    const s = a(ctx);
    try {
        const elems = toSet(B.set(s, "the argument of RandomElement")).elems;
        if (elems.length === 0)
            return fail(loc, "RandomElement of the empty set");
        return elems[nextRandom() % elems.length];
    }
    catch (err) {
        throw locate(err, loc);
    }
});
/** `JavaTime`: the time in seconds; constant-level like RandomElement (a definition made of it is evaluated once). */
const javaTime = () => ({ ev: () => Math.floor(Date.now() / 1000), vars: false, minSlot: Infinity, impure: true, free: [] });
/** An operator outside the supported subset. */
const unsupported = (reason) => ({ unsupported: reason });
/** A native operator of a community module as a registry entry: value arguments evaluated first, operator arguments as functions. */
function nativeEntry(n) {
    const impl = (a) => {
        const opAt = n.ops ?? {};
        const valueArgs = [];
        const opArgs = [];
        for (let i = 0; i < n.arity; i++) {
            const arity = opAt[i];
            if (arity === undefined)
                valueArgs.push(a.arg(i));
            else
                opArgs.push(a.op(i, arity));
        }
        const evs = valueArgs.map(use);
        const loc = a.loc;
        return combine((ctx) => {
            const vals = evs.map((e) => e(ctx));
            const calls = opArgs.map((o) => (...xs) => o.call(ctx, xs));
            try {
                return n.fn(vals, calls);
            }
            catch (err) {
                throw locate(err, loc);
            }
        }, [...valueArgs, ...opArgs.map((o) => o.c)], Infinity, false, n.effect === true);
    };
    return [n.name, n.arity, impl];
}
/** The entries of each module, in the order the module's operators are made visible. */
const entries = {
    ...Object.fromEntries(Object.entries(nativeModules).map(([name, m]) => [name, m.ops.map(nativeEntry)])),
    ...Object.fromEntries(Object.keys(proofLibraries).map((name) => [name, []])),
    core: [
        ["=", 2, equality(false)],
        ["#", 2, equality(true)],
        ["\\in", 2, strict2((x, y) => member(x, y))],
        ["\\notin", 2, strict2((x, y) => !member(x, y))],
        ["~", 1, strict1((x) => !B.bool(x, "the argument of ~"))],
        ["=>", 2, implies],
        ["<=>", 2, strict2((x, y) => B.bool(x, "the left side of <=>") === B.bool(y, "the right side of <=>"))],
        ["\\cup", 2, strict2(B.cup)],
        ["\\cap", 2, strict2(B.cap)],
        ["\\", 2, strict2(B.setminus)],
        ["\\subseteq", 2, strict2(B.subseteq)],
        ["\\subset", 2, strict2((x, y) => B.subseteq(x, y) && !equals(x, y))],
        ["\\supseteq", 2, strict2((x, y) => B.subseteq(y, x))],
        ["\\supset", 2, strict2((x, y) => B.subseteq(y, x) && !equals(x, y))],
        ["SUBSET", 1, strict1(B.subset)],
        ["UNION", 1, strict1(B.union)],
        ["DOMAIN", 1, strict1(B.domain)],
    ],
    Naturals: [
        ["+", 2, strict2(B.plus)],
        ["-", 2, strict2(B.minus)],
        ["*", 2, strict2(B.times)],
        ["^", 2, strict2(B.pow)],
        ["<", 2, strict2((x, y) => B.intCompare(x, y, "<") < 0)],
        [">", 2, strict2((x, y) => B.intCompare(x, y, ">") > 0)],
        ["\\leq", 2, strict2((x, y) => B.intCompare(x, y, "<=") <= 0)],
        ["\\geq", 2, strict2((x, y) => B.intCompare(x, y, ">=") >= 0)],
        ["%", 2, strict2(B.mod)],
        ["\\div", 2, strict2(B.div)],
        ["..", 2, strict2(B.interval)],
        ["Nat", 0, () => lit(NAT)],
    ],
    Integers: [
        ["-.", 1, strict1(B.neg)],
        ["Int", 0, () => lit(INT)],
    ],
    Sequences: [
        ["Seq", 1, strict1(B.seqSet)],
        ["Len", 1, strict1(B.len)],
        ["Head", 1, strict1(B.head)],
        ["Tail", 1, strict1(B.tail)],
        ["Append", 2, strict2(B.append)],
        ["\\o", 2, strict2(B.concat)],
        ["SubSeq", 3, subSeq],
        ["SelectSeq", 2, selectSeq],
    ],
    FiniteSets: [
        ["IsFiniteSet", 1, strict1(B.isFiniteSet)],
        ["Cardinality", 1, strict1(B.cardinality)],
    ],
    TLC: [
        [":>", 2, strict2(B.mapsTo)],
        ["@@", 2, strict2(B.compose)],
        ["Permutations", 1, strict1(B.permutations)],
        ["SortSeq", 2, sortSeq],
        ["Print", 2, print],
        ["PrintT", 1, printT],
        ["Assert", 2, assert],
        ["ToString", 1, strict1(B.toStringOp)],
        ["TLCGet", 1, tlcGet],
        ["TLCSet", 2, tlcSet],
        ["JavaTime", 0, javaTime],
        ["TLCEval", 1, (a) => a.arg(0)],
        ["RandomElement", 1, randomElement],
        ["Any", 0, unsupported("Any is not supported (the engine is deterministic)")],
    ],
    TLCExt: [["Trace", 0, trace]],
    Bags: [
        ["IsABag", 1, strict1(B.isABag)],
        ["BagToSet", 1, strict1(B.bagToSet)],
        ["SetToBag", 1, strict1(B.setToBag)],
        ["BagIn", 2, strict2(B.bagIn)],
        ["EmptyBag", 0, () => lit(B.emptyBag)],
        ["\\oplus", 2, strict2(B.bagAdd)],
        ["\\ominus", 2, strict2(B.bagSub)],
        ["BagUnion", 1, strict1(B.bagUnion)],
        ["\\sqsubseteq", 2, strict2(B.subBagEq)],
        ["SubBag", 1, strict1(B.subBag)],
        ["BagOfAll", 2, bagOfAll],
        ["BagCardinality", 1, strict1(B.bagCardinality)],
        ["CopiesIn", 2, strict2(B.copiesIn)],
    ],
    TLAPS: tlapsModule.ops.map(nativeEntry),
    Randomization: [],
};
/** Every built-in operator by its key (see {@link BuiltinOperator.key}). */
const registry = (() => {
    const out = new Map();
    for (const [module, list] of Object.entries(entries)) {
        for (const [name, arity, impl] of list) {
            const key = out.has(name) ? `${module}!${name}` : name;
            out.set(key, { name, key, arity, module: module === "core" ? undefined : module, impl });
        }
    }
    return out;
})();
/** The registry entry of operator `name` of standard module `module`. */
function operatorOf(module, name) {
    const plain = registry.get(name);
    return plain !== undefined && plain.module === module ? plain : registry.get(`${module}!${name}`);
}
/** Compiles an application of the built-in operator with registry key `key` to `argc` arguments. */
export function compileBuiltin(key, argc, args) {
    const op = registry.get(key);
    if (!op)
        throw new TlaError(`the operator ${key} is not supported`, "semantic-error", args.loc);
    if (typeof op.impl !== "function")
        throw new TlaError(op.impl.unsupported, "semantic-error", args.loc);
    const k = op.arity;
    if (argc !== k)
        throw new TlaError(`${op.name} takes ${k} argument${k === 1 ? "" : "s"}, ${argc} given`, "semantic-error", args.loc);
    return op.impl(args);
}
/** Whether `name` is an operator of the core language that needs no module (`=`, `\in`, `SUBSET`, ...). */
export function isCoreOperator(name) {
    const op = registry.get(name);
    return op !== undefined && op.module === undefined;
}
/** Whether `name` is an operator of some standard module. */
export function isStandardOperator(name) {
    return registry.get(name)?.module !== undefined;
}
/** The names of the standard modules the engine provides. */
export const standardModuleNames = new Set(Object.keys(standardModuleTable));
/** Whether `name` is a standard module the engine provides. */
export function isStandardModule(name) {
    return standardModuleNames.has(name);
}
/** Whether `name` is a community module or proof library the engine provides, which a file of that name replaces. */
export function isLibraryModule(name) {
    return Object.hasOwn(libraryModuleTable, name);
}
/** The standard modules a standard module extends (undefined: not a standard module). */
export function standardModuleExtends(name) {
    return isStandardModule(name) ? standardModuleTable[name] : undefined;
}
/** The operators a standard module defines itself, not counting those of the modules it extends (undefined: not a standard module). */
export function standardModuleOps(name) {
    return isStandardModule(name) ? (entries[name] ?? []).map((e) => e[0]) : undefined;
}
/** The operators a standard module makes visible: its own, then those of the modules it extends. */
export function standardOps(name) {
    if (!isStandardModule(name))
        return [];
    const out = new Map();
    for (const [op] of entries[name] ?? [])
        out.set(op, operatorOf(name, op));
    for (const e of standardModuleTable[name] ?? [])
        for (const o of standardOps(e))
            out.set(o.name, o);
    return [...out.values()];
}
//# sourceMappingURL=builtinOperators.js.map
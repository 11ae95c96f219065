import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evalText } from "./evaluate.js";
import { FC_SEED, LONG } from "../../arbitraries.js";

/**
 * Differential testing of the evaluator: random expressions over integers,
 * finite sets of integers, booleans and sequences, each generated with the
 * value it must have (computed here, in TypeScript, by the definitions of
 * the standard modules), then evaluated by the engine and compared as TLC
 * prints them. Quantifiers, set filters and maps, LET, IF and CHOOSE bind
 * variables, and their bodies read the variables of the binders around them.
 */

/** An expression with the value it must have. */
interface Gen<T> {
  readonly text: string;
  readonly value: T;
}

/** The variables in scope, innermost last, with the value each is bound to in the case at hand. */
type Env = readonly { readonly name: string; readonly value: number }[];

/** An expression, as a function of the variables in scope. */
type Expr<T> = (env: Env) => Gen<T>;

const sortedUnique = (xs: readonly number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);
const floorDiv = (a: number, d: number): number => Math.floor(a / d);
const floorMod = (a: number, d: number): number => ((a % d) + d) % d;

/**
 * An expression may read the variables bound around it; its value is the
 * same function of their values. A binder evaluates its body once per value
 * of its variable, so the expression is a function of the environment.
 */
const literal = fc.integer({ min: -3, max: 6 }).map((n): Expr<number> => () => ({ text: n < 0 ? `(${n})` : `${n}`, value: n }));
const variable = fc.nat(3).map((i): Expr<number> => (env) => {
  const v = env.length === 0 ? undefined : env[env.length - 1 - (i % env.length)];
  return v === undefined ? { text: "0", value: 0 } : { text: v.name, value: v.value };
});
/** A small integer, for the ends of an interval (so that an interval stays small). */
const small = fc.integer({ min: -2, max: 7 }).map((n): Expr<number> => () => ({ text: n < 0 ? `(${n})` : `${n}`, value: n }));

let fresh = 0;
/** A bound variable's name, new at each binder so that nested binders do not shadow one another. */
const newName = (): string => `v${fresh++}`;

const { int, set, bool, seq } = fc.letrec<{ int: Expr<number>; set: Expr<number[]>; bool: Expr<boolean>; seq: Expr<number[]> }>((tie) => {
  const int = tie("int") as fc.Arbitrary<Expr<number>>;
  const set = tie("set") as fc.Arbitrary<Expr<number[]>>;
  const bool = tie("bool") as fc.Arbitrary<Expr<boolean>>;
  const seq = tie("seq") as fc.Arbitrary<Expr<number[]>>;
  /** A binder over `s`: the body is an expression of the new variable, evaluated for each element. */
  const over = <T>(body: fc.Arbitrary<Expr<T>>): fc.Arbitrary<[Expr<number[]>, Expr<T>]> => fc.tuple(set, body);
  return {
    int: fc.oneof(
      { depthSize: "small", maxDepth: 4, withCrossShrink: true },
      literal,
      variable,
      fc.tuple(int, int, fc.constantFrom("+", "-", "*")).map(([a, b, op]): Expr<number> => (env) => {
        const x = a(env);
        const y = b(env);
        return { text: `(${x.text} ${op} ${y.text})`, value: op === "+" ? x.value + y.value : op === "-" ? x.value - y.value : x.value * y.value };
      }),
      fc.tuple(int, fc.integer({ min: 1, max: 3 }), fc.boolean()).map(([a, d, div]): Expr<number> => (env) => {
        const x = a(env);
        return { text: `(${x.text} ${div ? "\\div" : "%"} ${d})`, value: div ? floorDiv(x.value, d) : floorMod(x.value, d) };
      }),
      fc.tuple(bool, int, int).map(([p, a, b]): Expr<number> => (env) => {
        const c = p(env);
        const x = a(env);
        const y = b(env);
        return { text: `(IF ${c.text} THEN ${x.text} ELSE ${y.text})`, value: c.value ? x.value : y.value };
      }),
      set.map((s): Expr<number> => (env) => {
        const g = s(env);
        return { text: `Cardinality(${g.text})`, value: g.value.length };
      }),
      seq.map((q): Expr<number> => (env) => {
        const g = q(env);
        return { text: `Len(${g.text})`, value: g.value.length };
      }),
      fc.tuple(seq, int).map(([q, a]): Expr<number> => (env) => {
        const g = q(env);
        const x = a(env);
        return { text: `Head(${g.text} \\o <<${x.text}>>)`, value: g.value.length > 0 ? g.value[0]! : x.value };
      }),
      // the least element, by a CHOOSE whose predicate quantifies over the same set
      fc.tuple(set, int).map(([s, a]): Expr<number> => (env) => {
        const g = s(env);
        const x = a(env);
        const all = sortedUnique([...g.value, x.value]);
        const m = newName();
        const n = newName();
        const within = `(${g.text} \\cup {${x.text}})`;
        return { text: `(CHOOSE ${m} \\in ${within} : \\A ${n} \\in ${within} : ${m} \\leq ${n})`, value: all[0]! };
      }),
      fc.tuple(int, int).map(([a, body]): Expr<number> => (env) => {
        const x = a(env);
        const name = newName();
        const b = body([...env, { name, value: x.value }]);
        return { text: `(LET ${name} == ${x.text} IN ${b.text})`, value: b.value };
      }),
    ),
    set: fc.oneof(
      { depthSize: "small", maxDepth: 4, withCrossShrink: true },
      fc.array(int, { maxLength: 3 }).map((xs): Expr<number[]> => (env) => {
        const gs = xs.map((x) => x(env));
        return { text: `{${gs.map((g) => g.text).join(", ")}}`, value: sortedUnique(gs.map((g) => g.value)) };
      }),
      fc.tuple(small, small).map(([a, b]): Expr<number[]> => (env) => {
        const x = a(env);
        const y = b(env);
        const v: number[] = [];
        for (let i = x.value; i <= y.value; i++) v.push(i);
        return { text: `(${x.text}..${y.text})`, value: v };
      }),
      fc.tuple(set, set, fc.constantFrom("\\cup", "\\cap", "\\")).map(([s, t, op]): Expr<number[]> => (env) => {
        const a = s(env);
        const b = t(env);
        const value = op === "\\cup" ? sortedUnique([...a.value, ...b.value]) : a.value.filter((x) => b.value.includes(x) === (op === "\\cap"));
        return { text: `(${a.text} ${op} ${b.text})`, value };
      }),
      over(bool).map(([s, p]): Expr<number[]> => (env) => {
        const g = s(env);
        const name = newName();
        const body = (x: number): Gen<boolean> => p([...env, { name, value: x }]);
        return { text: `{${name} \\in ${g.text} : ${body(0).text}}`, value: g.value.filter((x) => body(x).value) };
      }),
      over(int).map(([s, f]): Expr<number[]> => (env) => {
        const g = s(env);
        const name = newName();
        const body = (x: number): Gen<number> => f([...env, { name, value: x }]);
        return { text: `{${body(0).text} : ${name} \\in ${g.text}}`, value: sortedUnique(g.value.map((x) => body(x).value)) };
      }),
      seq.map((q): Expr<number[]> => (env) => {
        const g = q(env);
        const i = newName();
        return { text: `{(${g.text})[${i}] : ${i} \\in DOMAIN ${g.text}}`, value: sortedUnique(g.value) };
      }),
    ),
    bool: fc.oneof(
      { depthSize: "small", maxDepth: 4, withCrossShrink: true },
      fc.constantFrom<Expr<boolean>>(
        () => ({ text: "TRUE", value: true }),
        () => ({ text: "FALSE", value: false }),
      ),
      fc.tuple(int, int, fc.constantFrom("<", "=", "\\leq", "#")).map(([a, b, op]): Expr<boolean> => (env) => {
        const l = a(env);
        const r = b(env);
        const [x, y] = [l.value, r.value];
        const value = op === "<" ? x < y : op === "=" ? x === y : op === "\\leq" ? x <= y : x !== y;
        return { text: `(${l.text} ${op} ${r.text})`, value };
      }),
      fc.tuple(int, set, fc.boolean()).map(([a, s, inside]): Expr<boolean> => (env) => {
        const x = a(env);
        const g = s(env);
        return { text: `(${x.text} ${inside ? "\\in" : "\\notin"} ${g.text})`, value: g.value.includes(x.value) === inside };
      }),
      fc.tuple(set, set, fc.boolean()).map(([s, t, sub]): Expr<boolean> => (env) => {
        const a = s(env);
        const b = t(env);
        const value = sub ? a.value.every((x) => b.value.includes(x)) : a.value.length === b.value.length && a.value.every((x, i) => x === b.value[i]);
        return { text: `(${a.text} ${sub ? "\\subseteq" : "="} ${b.text})`, value };
      }),
      bool.map((p): Expr<boolean> => (env) => {
        const g = p(env);
        return { text: `~(${g.text})`, value: !g.value };
      }),
      fc.tuple(bool, bool, fc.constantFrom("/\\", "\\/", "=>", "<=>")).map(([p, q, op]): Expr<boolean> => (env) => {
        const a = p(env);
        const b = q(env);
        const value = op === "/\\" ? a.value && b.value : op === "\\/" ? a.value || b.value : op === "=>" ? !a.value || b.value : a.value === b.value;
        return { text: `(${a.text} ${op} ${b.text})`, value };
      }),
      fc.tuple(over(bool), fc.boolean()).map(([[s, p], all]): Expr<boolean> => (env) => {
        const g = s(env);
        const name = newName();
        const body = (x: number): Gen<boolean> => p([...env, { name, value: x }]);
        const value = all ? g.value.every((x) => body(x).value) : g.value.some((x) => body(x).value);
        return { text: `(${all ? "\\A" : "\\E"} ${name} \\in ${g.text} : ${body(0).text})`, value };
      }),
    ),
    seq: fc.oneof(
      { depthSize: "small", maxDepth: 4, withCrossShrink: true },
      fc.array(int, { maxLength: 3 }).map((xs): Expr<number[]> => (env) => {
        const gs = xs.map((x) => x(env));
        return { text: `<<${gs.map((g) => g.text).join(", ")}>>`, value: gs.map((g) => g.value) };
      }),
      fc.tuple(seq, int).map(([q, a]): Expr<number[]> => (env) => {
        const g = q(env);
        const x = a(env);
        return { text: `Append(${g.text}, ${x.text})`, value: [...g.value, x.value] };
      }),
      fc.tuple(seq, seq).map(([q, r]): Expr<number[]> => (env) => {
        const a = q(env);
        const b = r(env);
        return { text: `(${a.text} \\o ${b.text})`, value: [...a.value, ...b.value] };
      }),
      fc.tuple(seq, int).map(([q, a]): Expr<number[]> => (env) => {
        const g = q(env);
        const x = a(env);
        return { text: `Tail(<<${x.text}>> \\o ${g.text})`, value: g.value };
      }),
      // a function over 1..n is a sequence: [i \in 1..Len(q) |-> q[i] + k]
      fc.tuple(seq, int).map(([q, f]): Expr<number[]> => (env) => {
        const g = q(env);
        const i = newName();
        const body = (x: number): Gen<number> => f([...env, { name: i, value: x }]);
        return { text: `[${i} \\in 1..Len(${g.text}) |-> (${g.text})[${i}] + ${body(1).text}]`, value: g.value.map((x, k) => x + body(k + 1).value) };
      }),
    ),
  };
});

/** How TLC prints a value of the kind at hand. */
function printed(kind: "int" | "set" | "bool" | "seq", value: number | boolean | number[]): string {
  if (kind === "int") return String(value);
  if (kind === "bool") return value ? "TRUE" : "FALSE";
  const xs = value as number[];
  return kind === "set" ? `{${xs.join(", ")}}` : `<<${xs.join(", ")}>>`;
}

describe("the evaluator against values known in advance", () => {
  it("gives every random expression over integers, sets, booleans and sequences the value it must have", async () => {
    const kinds = ["int", "set", "bool", "seq"] as const;
    const any = fc.oneof(...kinds.map((k) => ({ int, set, bool, seq })[k].map((e) => ({ kind: k, e }))));
    await fc.assert(
      fc.asyncProperty(fc.array(any, { minLength: 1, maxLength: 6 }), async (cases) => {
        fresh = 0;
        const gens = cases.map((c) => ({ kind: c.kind, g: c.e([]) }));
        // One module per run, the expressions in one tuple: parsing is the slow part.
        // A set is compared as its elements written out (an interval prints as `a..b`, as TLC prints it).
        const text = `<<${gens.map((x) => (x.kind === "set" ? `{elem : elem \\in ${x.g.text}}` : x.g.text)).join(", ")}>>`;
        // Binders repeat their set in the text (CHOOSE names it twice), so a deep case can grow large; those are left out.
        fc.pre(text.length <= 4_000);
        const expected = `<<${gens.map((x) => printed(x.kind, x.g.value)).join(", ")}>>`;
        expect(await evalText(text)).toBe(expected);
      }),
      { seed: FC_SEED, numRuns: LONG ? 2_000 : 150 },
    );
  }, 300_000);
});

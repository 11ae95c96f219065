import { describe, expect, it } from "vitest";
import { TlaError } from "../../../src/tla/errors.js";
import { evalText, evalValue } from "./evaluate.js";

describe("evaluation of expressions", () => {
  it("sets: enumeration, union, filter, map, SUBSET, UNION, \\X", async () => {
    expect(await evalText("{3, 1, 2, 1}")).toBe("{1, 2, 3}");
    expect(await evalText("{1, 2} \\cup {2, 5}")).toBe("{1, 2, 5}");
    expect(await evalText("{1, 2, 3} \\ {2}")).toBe("{1, 3}");
    expect(await evalText("{1, 2, 3} \\cap {2, 3, 4}")).toBe("{2, 3}");
    expect(await evalText("{x \\in 1..6 : x % 2 = 0}")).toBe("{2, 4, 6}");
    expect(await evalText("{x * x : x \\in -2..2}")).toBe("{0, 1, 4}");
    expect(await evalText("{x + y : x \\in {1, 2}, y \\in {10, 20}}")).toBe("{11, 12, 21, 22}");
    expect(await evalText("SUBSET {1, 2}")).toBe("SUBSET {1, 2}");
    expect(await evalText("{s \\in SUBSET {1, 2} : TRUE}")).toBe("{{}, {1}, {2}, {1, 2}}");
    expect(await evalText("UNION {{1}, {2, 3}}")).toBe("{1, 2, 3}");
    expect(await evalText('Cardinality({1, 2} \\X {"a", "b", "c"})')).toBe("6");
    expect(await evalText('<<2, "a">> \\in {1, 2} \\X {"a"}')).toBe("TRUE");
    expect(await evalText("{1} \\subseteq {1, 2} /\\ ~({3} \\subseteq {1, 2})")).toBe("TRUE");
    expect(await evalText("Cardinality(SUBSET (1..10))")).toBe("1024");
    expect(await evalText('5 \\in Nat /\\ -5 \\notin Nat /\\ -5 \\in Int /\\ "x" \\in STRING')).toBe("TRUE");
  });

  it("x \\in DOMAIN f looks the key up in f, as f[x] does, for every kind of function", async () => {
    expect(await evalText('<<2 \\in DOMAIN <<5, 6>>, 3 \\in DOMAIN <<5, 6>>, 0 \\notin DOMAIN <<5, 6>>, "a" \\in DOMAIN <<5>>>>')).toBe("<<TRUE, FALSE, TRUE, FALSE>>");
    expect(await evalText('<<"a" \\in DOMAIN [a |-> 1], "b" \\in DOMAIN [a |-> 1], 1 \\in DOMAIN [a |-> 1]>>')).toBe("<<TRUE, FALSE, FALSE>>");
    expect(await evalText("<<{1} \\in DOMAIN [s \\in SUBSET {1, 2} |-> 0], {3} \\in DOMAIN [s \\in SUBSET {1, 2} |-> 0]>>")).toBe("<<TRUE, FALSE>>");
    expect(await evalText("<<1 \\in DOMAIN <<>>, 7 \\in DOMAIN F, -1 \\in DOMAIN F>>", "F[n \\in Nat] == n")).toBe("<<FALSE, TRUE, FALSE>>");
    await expect(evalText("1 \\in DOMAIN {1}")).rejects.toThrow(/DOMAIN applied to the set \{1\}, which is not a function/);
  });

  it("membership in a set filter tests the element alone, without building the set (as TLC)", async () => {
    // 2^64 candidates: only deciding {1} \in S and the condition for {1} is feasible.
    expect(await evalText("{1} \\in {s \\in SUBSET SUBSET (1..6) : Cardinality(s) = 1}")).toBe("FALSE");
    expect(await evalText("{{1}} \\in {s \\in SUBSET SUBSET (1..6) : Cardinality(s) = 1}")).toBe("TRUE");
    expect(await evalText("{{1}, {2}} \\notin Parts", "Parts == {s \\in SUBSET SUBSET (1..6) : Cardinality(s) = 1}")).toBe("TRUE");
    expect(await evalText("Mem({{3}}, Parts)", "Parts == {s \\in SUBSET SUBSET (1..6) : Cardinality(s) = 1}\nMem(x, S) == x \\in S")).toBe("TRUE");
    // The condition is not evaluated for the other elements (1 \div 0 would fail), nor for a non-member.
    expect(await evalText("1 \\in {x \\in {0, 1} : 1 \\div x = 1}")).toBe("TRUE");
    expect(await evalText("5 \\in {x \\in {0, 1} : 1 \\div x = 1}")).toBe("FALSE");
    await expect(evalText("0 \\in {x \\in {0, 1} : 1 \\div x = 1}")).rejects.toThrow(/division by zero|by 0/i);
  });

  it("equality is independent of construction", async () => {
    expect(await evalText("<<1, 2>> = [i \\in 1..2 |-> i]")).toBe("TRUE");
    expect(await evalText('[a |-> 1] = [x \\in {"a"} |-> 1]')).toBe("TRUE");
    expect(await evalText("1..3 = {3, 2, 1}")).toBe("TRUE");
    expect(await evalText("<<>> = [x \\in {} |-> 1]")).toBe("TRUE");
    expect(await evalText("{<<1, 2>>} = {[i \\in {1, 2} |-> i]}")).toBe("TRUE");
  });

  it("functions, records, EXCEPT with @ and nested paths", async () => {
    expect(await evalText("[x \\in {1, 2} |-> x * 10]")).toBe("<<10, 20>>");
    expect(await evalText("[x \\in {2, 3} |-> x * 10]")).toBe("(2 :> 20 @@ 3 :> 30)");
    expect(await evalText('[a |-> 1, b |-> "s"].b')).toBe('"s"');
    expect(await evalText("[f EXCEPT ![2] = @ + 1]", "f == <<1, 2, 3>>")).toBe("<<1, 3, 3>>");
    expect(await evalText("[r EXCEPT !.a[2] = 7, !.b = @ * 2]", "r == [a |-> <<1, 2>>, b |-> 5]")).toBe("[a |-> <<1, 7>>, b |-> 10]");
    expect(await evalText("[f EXCEPT ![1, 2] = 0][<<1, 2>>]", "f == [p \\in {1} \\X {2} |-> 9]")).toBe("0");
    expect(await evalText("DOMAIN [a |-> 1, b |-> 2]")).toBe('{"a", "b"}');
    expect(await evalText("[x \\in {1, 2}, y \\in {3} |-> x + y][2, 3]")).toBe("5");
    expect(await evalText('Cardinality([{1, 2} -> {"a", "b", "c"}])')).toBe("9");
    expect(await evalText("[a : {1, 2}, b : {TRUE}]")).toBe("[a : {1, 2}, b : {TRUE}]");
    expect(await evalText("Cardinality([a : {1, 2}, b : BOOLEAN])")).toBe("4");
    expect(await evalText("[a |-> 2, b |-> TRUE] \\in [a : 1..3, b : BOOLEAN]")).toBe("TRUE");
    expect(await evalText('(1 :> "x") @@ (2 :> "y") @@ (1 :> "z")')).toBe('<<"x", "y">>');
  });

  it("application outside the domain is a located error", async () => {
    const err = await evalValue("<<1, 2>>[3]").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TlaError);
    expect((err as TlaError).message).toMatch(/3 is not in the domain/);
    expect((err as TlaError).loc?.line).toBe(4);
  });

  it("unsupported constructs are located semantic errors", async () => {
    const err = (await evalValue("\\E x : x = 1").catch((e: unknown) => e)) as TlaError;
    expect(err).toBeInstanceOf(TlaError);
    expect(err.kind).toBe("semantic-error");
    expect(err.message).toMatch(/unbounded/);
    expect(err.loc?.line).toBe(4);
    const tmp = (await evalValue("<>TRUE").catch((e: unknown) => e)) as TlaError;
    expect(tmp.kind).toBe("semantic-error");
    expect(tmp.message).toMatch(/temporal/);
  });

  it("CHOOSE picks the first element in TLC's order", async () => {
    expect(await evalText("CHOOSE x \\in {3, 1, 2} : x > 1")).toBe("2");
    expect(await evalText('CHOOSE s \\in {"b", "a", "c"} : TRUE')).toBe('"a"');
    expect(await evalText("CHOOSE <<x, y>> \\in {1, 2} \\X {1, 2} : x # y")).toBe("<<1, 2>>");
    const err = await evalValue("CHOOSE x \\in {1} : x > 5").catch((e: unknown) => e);
    expect((err as TlaError).message).toMatch(/CHOOSE/);
  });

  it("CASE, IF, LET, quantifiers with tuple binders", async () => {
    expect(await evalText('CASE 1 > 2 -> "a" [] 2 > 1 -> "b"')).toBe('"b"');
    expect(await evalText('CASE 1 > 2 -> "a" [] OTHER -> "c"')).toBe('"c"');
    await expect(evalValue('CASE 1 > 2 -> "a"')).rejects.toThrow(/no CASE guard is true/);
    expect(await evalText("IF 1 < 2 THEN 10 ELSE 20")).toBe("10");
    expect(await evalText("LET y == 2 f[n \\in 1..3] == n * y IN f[3]")).toBe("6");
    expect(await evalText("\\A <<x, y>> \\in {<<1, 2>>, <<2, 3>>} : y = x + 1")).toBe("TRUE");
    expect(await evalText("\\E x \\in 1..3, y \\in 1..3 : x + y = 6")).toBe("TRUE");
    expect(await evalText("\\A x \\in {} : FALSE")).toBe("TRUE");
  });

  it("RECURSIVE operators, recursive functions, LAMBDA and operator arguments", async () => {
    expect(await evalText("Fact(5)", "RECURSIVE Fact(_)\nFact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)")).toBe("120");
    expect(await evalText("fib[10]", "fib[n \\in Nat] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]")).toBe("55");
    expect(await evalText("Sum(LAMBDA x, y : x + y, 3)", "Sum(Op(_, _), n) == Op(n, n)")).toBe("6");
    expect(await evalText("Twice(Inc, 1)", "Inc(x) == x + 1\nTwice(F(_), x) == F(F(x))")).toBe("3");
    expect(await evalText("SelectSeq(<<1, 2, 3, 4>>, LAMBDA x : x % 2 = 0)")).toBe("<<2, 4>>");
    expect(await evalText("SortSeq(<<3, 1, 2>>, LAMBDA a, b : a < b)")).toBe("<<1, 2, 3>>");
    expect(await evalText("Sz({1, 2, 3})", "RECURSIVE Sz(_)\nSz(S) == IF S = {} THEN 0 ELSE 1 + Sz(S \\ {CHOOSE x \\in S : TRUE})")).toBe("3");
  });

  it("integers: BigInt arithmetic, \\div and % on negatives as TLC", async () => {
    expect(await evalText("2^62 + 2^62")).toBe("9223372036854775808");
    expect(await evalText("9007199254740993 - 2")).toBe("9007199254740991");
    expect(await evalText("(2^70) \\div (2^68)")).toBe("4");
    expect(await evalText("(-7) \\div 2")).toBe("-4");
    expect(await evalText("-7 \\div 2")).toBe("-3");
    expect(await evalText("(-7) % 2")).toBe("1");
    expect(await evalText("7 \\div (-2)")).toBe("-4");
    expect(await evalText("-(3)")).toBe("-3");
    await expect(evalValue("7 % 0")).rejects.toThrow(/positive/);
    await expect(evalValue("1 \\div 0")).rejects.toThrow(/division by zero/);
  });

  it("strings and sequences", async () => {
    expect(await evalText("Append(<<1>>, 2) \\o <<3>>")).toBe("<<1, 2, 3>>");
    expect(await evalText("<<Len(<<1, 2>>), Head(<<7, 8>>), Tail(<<7, 8>>)>>")).toBe("<<2, 7, <<8>>>>");
    expect(await evalText("SubSeq(<<1, 2, 3, 4>>, 2, 3)")).toBe("<<2, 3>>");
    expect(await evalText('"ab" \\o "cd"')).toBe('"abcd"');
    expect(await evalText("<<1, 2>> \\in Seq({1, 2}) /\\ <<3>> \\notin Seq({1, 2})")).toBe("TRUE");
    expect(await evalText('ToString(<<1, "a">>)')).toBe('"<<1, \\"a\\">>"');
    expect(await evalText("Permutations({1, 2})")).toBe("{<<1, 2>>, <<2, 1>>}");
  });

  it("bags", async () => {
    expect(await evalText("SetToBag({1, 2}) (+) SetToBag({2})")).toBe("<<1, 2>>");
    expect(await evalText('BagToSet(SetToBag({"a"}) (+) SetToBag({"a"}))')).toBe('{"a"}');
    expect(await evalText("CopiesIn(2, SetToBag({2}) (+) SetToBag({2}))")).toBe("2");
    expect(await evalText("BagCardinality(SetToBag({1, 2}) (+) SetToBag({2}))")).toBe("3");
  });

  it("named instances with substitution and parameterised instances", async () => {
    const inner = "---- MODULE Inner ----\nEXTENDS Naturals\nCONSTANT K\nDouble == 2 * K\nAddK(x) == x + K\n====\n";
    expect(await evalText("I!Double + I!AddK(1)", "I == INSTANCE Inner WITH K <- 5", inner)).toBe("16");
    expect(await evalText("J(3)!Double", "J(k) == INSTANCE Inner WITH K <- k", inner)).toBe("6");
  });
});

import { describe, expect, it } from "vitest";
import { evalText } from "./evaluate.js";

describe("membership of a tuple written out", () => {
  it("is membership of the tuple, in small and large sets, finite or not", async () => {
    expect(await evalText("<<1, 2>> \\in {<<1, 2>>, <<2, 1>>}")).toBe("TRUE");
    expect(await evalText("<<1, 3>> \\in {<<1, 2>>, <<2, 1>>}")).toBe("FALSE");
    expect(await evalText("<<1, 3>> \\notin {<<1, 2>>, <<2, 1>>}")).toBe("TRUE");
    expect(await evalText('<<1, 2, 3>> \\in {1, "a", {1}, <<1, 2>>, <<1, 2, 3>>, [x |-> 1], [n \\in 1..3 |-> n]}')).toBe("TRUE");
    expect(await evalText("<<1, 2>> \\in {[a |-> 1, b |-> 2], <<2, 1>>, 3}")).toBe("FALSE");
    expect(await evalText('<<1, "b">> \\in {1, 2} \\X {"a", "b"}')).toBe("TRUE");
    expect(await evalText("<<20, 20>> \\in {<<i, j>> : i, j \\in 1..20}")).toBe("TRUE");
    expect(await evalText("<<21, 20>> \\in {<<i, j>> : i, j \\in 1..20}")).toBe("FALSE");
    expect(await evalText("<<1, 2>> \\in Seq(Nat)")).toBe("TRUE");
    await expect(evalText("<<1, 2>> \\in 3")).rejects.toThrow(/not a set/);
  });
});

describe("membership of a record written out", () => {
  it("is membership of the record, in small and large sets, finite or not", async () => {
    expect(await evalText('[type |-> "2a", bal |-> 1] \\in {[type |-> "2a", bal |-> 1], [type |-> "1a", bal |-> 1]}')).toBe("TRUE");
    expect(await evalText('[bal |-> 1, type |-> "2a"] \\in {[type |-> "2a", bal |-> 1]}')).toBe("TRUE");
    expect(await evalText('[type |-> "2a", bal |-> 2] \\in {[type |-> "2a", bal |-> 1], <<1, 2>>, 7}')).toBe("FALSE");
    expect(await evalText('[type |-> "2a"] \\notin {[type |-> "2a", bal |-> 1]}')).toBe("TRUE");
    expect(await evalText('[type |-> "2a", bal |-> 2] \\in [type : {"1a", "2a"}, bal : Nat]')).toBe("TRUE");
    // A set of more than 16 records, searched through its index once it has been searched a few times.
    const big = "{[bal |-> i, val |-> j] : i \\in 1..10, j \\in 1..3}";
    expect(await evalText(`\\A i \\in 1..10, j \\in 1..3 : [val |-> j, bal |-> i] \\in ${big}`)).toBe("TRUE");
    expect(await evalText(`\\E i \\in 1..11, j \\in 1..4 : i + j > 13 /\\ [val |-> j, bal |-> i] \\in ${big}`)).toBe("FALSE");
    expect(await evalText(`{i \\in 0..11 : [val |-> 2, bal |-> i] \\in ${big}}`)).toBe("{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}");
    await expect(evalText("[a |-> 1, a |-> 2] \\in {}")).rejects.toThrow(/twice/);
  });
});

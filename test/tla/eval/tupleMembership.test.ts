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

import { describe, expect, it } from "vitest";
import { evalText } from "./evaluate.js";

describe("a quantifier skips the bindings that a false guard decides", () => {
  it("gives the values of the full iteration", async () => {
    expect(await evalText("\\A a, b \\in 1..3 : a < 2 /\\ b > 1 => a + b > 2")).toBe("TRUE");
    expect(await evalText("\\A a, b \\in 1..3 : a < 3 /\\ b > 1 => a + b > 3")).toBe("FALSE");
    expect(await evalText("\\A a \\in 1..3, b \\in {1, 2}, c \\in 1..2 : a = c => b + c # 4")).toBe("FALSE");
    expect(await evalText("\\E a, b \\in 1..3 : a = 2 /\\ b = 3")).toBe("TRUE");
    expect(await evalText("\\E a, b \\in 1..3 : a = 4 /\\ b = 3")).toBe("FALSE");
    expect(await evalText("\\E a \\in 1..3, <<b, c>> \\in {<<1, 2>>, <<2, 1>>} : a = b /\\ c = 1")).toBe("TRUE");
    // A guard that reads no variable of the quantifier.
    expect(await evalText("\\E k \\in {0, 1} : \\A a, b \\in 1..2 : k = 1 => a + b > 1")).toBe("TRUE");
    expect(await evalText("{k \\in 1..4 : \\A a, b \\in 1..3 : a = k /\\ b = k => a + b < 5}")).toBe("{1, 2, 4}");
  });

  it("keeps the errors of the full iteration", async () => {
    await expect(evalText("\\A a \\in 1..3, b \\in 1..2 : a < 3 => b + 1 \\div 0 > 0")).rejects.toThrow();
    // A guard that is not a boolean is an error once the body is evaluated...
    await expect(evalText("\\A a \\in 1..2, b \\in 1..2 : a => TRUE")).rejects.toThrow(/boolean/);
    // ...and none when a later set is empty, so that the body is never evaluated.
    expect(await evalText("\\A a \\in 1..2, b \\in {} : a => TRUE")).toBe("TRUE");
    expect(await evalText("\\A a \\in 1..2, b \\in {} : (1 \\div 0 = 1) => TRUE")).toBe("TRUE");
    // A later set that depends on an earlier variable is evaluated as before (here an error where a = 2).
    await expect(evalText("\\A a \\in 1..2, b \\in (IF a = 2 THEN 1 ELSE {1}) : a > 5 => TRUE")).rejects.toThrow(/set/);
    // A later conjunct that cannot be evaluated is not reached where an earlier one is false.
    expect(await evalText("\\A a \\in 1..2, b \\in 1..2 : a > 5 /\\ (1 \\div 0 = b) => FALSE")).toBe("TRUE");
    await expect(evalText("\\A a \\in 1..2, b \\in 1..2 : (1 \\div 0 = b) /\\ a > 5 => FALSE")).rejects.toThrow();
  });
});

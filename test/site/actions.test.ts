import { describe, expect, it } from "vitest";
import { pairActions, ActionPairError } from "../../src/site/actionPairs.js";
import { SpecTagError, implFunctionsOfSource } from "../../src/site/implActions.js";
import { readSpecActions } from "../../src/site/specActions.js";

const SPEC = [
  "---- MODULE Paxos ----",
  "EXTENDS Naturals",
  "VARIABLE x",
  "",
  "(* Bump x by n. *)",
  "Bump(n) == x' = x + n",
  "",
  "\\* Reset it.",
  "Reset == x' = 0",
  "",
  "Double(n) == 2 * n",
  "",
  "Next == \\/ \\E n \\in 1..2 : Bump(Double(n))",
  "        \\/ Reset",
  "====",
].join("\n");

const CODE = [
  "/**",
  " * @spec Paxos.Bump",
  " *",
  " * Adds `n`; see {@link reset}.",
  " */",
  "export function bump(x: number, n: number): number {",
  "  return x + n;",
  "}",
  "",
  "/** Not an action. */",
  "export function other(): void {}",
  "",
  "/** @spec Paxos.Reset Back to zero. */",
  "export const reset = (): number => 0;",
].join("\n");

describe("reading actions from the spec and the code", () => {
  it("finds Next's actions (through \\E and other operators) with their text and comments", async () => {
    const { actions } = await readSpecActions(SPEC, "Paxos.tla");
    expect(actions.map((a) => [a.name, a.params, a.line, a.text, a.doc, a.uses])).toEqual([
      ["Bump", ["n"], 6, "Bump(n) == x' = x + n", "Bump x by n.", []],
      ["Reset", [], 9, "Reset == x' = 0", "Reset it.", []],
    ]);
  });

  it("finds tagged functions and constants, with their code and prose", () => {
    const fns = implFunctionsOfSource(CODE, "src/paxos/x.ts");
    expect(fns.map((f) => [f.module, f.action, f.name, f.line, f.doc])).toEqual([
      ["Paxos", "Bump", "bump", 6, "Adds `n`; see `reset`."],
      ["Paxos", "Reset", "reset", 14, "Back to zero."],
    ]);
    expect(fns[0]!.text).toBe("export function bump(x: number, n: number): number {\n  return x + n;\n}");
  });

  it("rejects a tag that is not Module.Action, naming file and line", () => {
    expect(() => implFunctionsOfSource("/** @spec Bump */\nexport function f() {}\n", "a.ts")).toThrow(SpecTagError);
    try {
      implFunctionsOfSource("\n/** @spec Bump */\nexport function f() {}\n", "a.ts");
    } catch (err) {
      expect((err as SpecTagError).format()).toBe("a.ts:2: a @spec tag should name Module.Action (e.g. Paxos.Phase1b), found 'Bump'");
    }
  });

  it("checks tags naming other modules against those modules' definitions", async () => {
    const { actions } = await readSpecActions(SPEC, "Paxos.tla");
    const fns = implFunctionsOfSource(
      CODE + "\n/** @spec Voting.VoteFor */\nexport function v() {}\n/** @spec Votng.VoteFor */\nexport function w() {}\n/** @spec Voting.Vote */\nexport function u() {}\n",
      "x.ts",
    );
    try {
      pairActions("Paxos", actions, fns, new Map([["Voting", new Set(["VoteFor", "Init"])]]));
      expect.unreachable();
    } catch (err) {
      expect((err as ActionPairError).problems).toEqual([
        "x.ts:18: 'w' is tagged @spec Votng.VoteFor, but there is no spec module Votng",
        "x.ts:20: 'u' is tagged @spec Voting.Vote, but Voting defines no Vote",
      ]);
    }
  });

  it("pairs them, and reports an action tagged twice", async () => {
    const { actions } = await readSpecActions(SPEC, "Paxos.tla");
    const fns = implFunctionsOfSource(CODE, "x.ts");
    expect(pairActions("Paxos", actions, fns).map((p) => `${p.action.name}=${p.impl.name}`)).toEqual(["Bump=bump", "Reset=reset"]);
    const twice = implFunctionsOfSource(CODE + "\n/** @spec Paxos.Reset */\nexport function reset2() {}\n", "x.ts");
    expect(() => pairActions("Paxos", actions, twice)).toThrow(ActionPairError);
    try {
      pairActions("Paxos", actions, twice);
    } catch (err) {
      expect((err as ActionPairError).problems).toEqual(["Paxos.tla:9: action Reset has 2 implementing functions (reset at x.ts:14, reset2 at x.ts:16); tag exactly one"]);
    }
  });
});

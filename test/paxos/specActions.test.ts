import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTlaTree } from "../../src/tla/syntax/treeSitter.js";
import * as paxos from "../../src/paxos/index.js";

/** The names of the actions that spec/Paxos.tla's Next is the disjunction of. */
async function specActions(): Promise<string[]> {
  const text = readFileSync("spec/Paxos.tla", "utf8");
  const tree = await parseTlaTree(text);
  expect(tree.rootNode.hasError).toBe(false);
  const defs = tree.rootNode.descendantsOfType("operator_definition");
  const next = defs.find((d) => d?.childForFieldName("name")?.text === "Next");
  expect(next, "Paxos.tla defines Next").toBeTruthy();
  const body = next!.childForFieldName("definition")!;
  const names = new Set<string>();
  for (const app of body.descendantsOfType("bound_op")) {
    const name = app?.childForFieldName("name")?.text;
    if (name) names.add(name);
  }
  return [...names].sort();
}

describe("one function per spec action, same name", () => {
  it("the actions of Paxos.tla's Next are exactly the step functions that implement spec actions", async () => {
    const actions = await specActions();
    expect(actions).toEqual(["Learn", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Propose", "Restart"]);
    for (const a of actions) {
      const fn = (paxos as Record<string, unknown>)[a[0]!.toLowerCase() + a.slice(1)];
      expect(typeof fn, `src/paxos exports ${a[0]!.toLowerCase() + a.slice(1)}`).toBe("function");
    }
  });
  it("each of those functions' doc comment names its action (@spec Paxos.<Action>)", () => {
    const sources = ["acceptor", "proposer", "learner", "client"].map((f) => readFileSync(`src/paxos/${f}.ts`, "utf8")).join("\n");
    for (const a of ["Propose", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn", "Restart"]) {
      const fn = a[0]!.toLowerCase() + a.slice(1);
      expect(sources).toMatch(new RegExp(`@spec Paxos\\.${a}\\b[\\s\\S]*?\\*/\\s*export function ${fn}\\(`));
    }
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTlaTree } from "../../src/tla/syntax/treeSitter.js";
import * as multipaxos from "../../src/multipaxos/index.js";

/** The names of the actions that spec/MultiPaxos.tla's Next is the disjunction of. */
async function specActions(): Promise<string[]> {
  const text = readFileSync("spec/MultiPaxos.tla", "utf8");
  const tree = await parseTlaTree(text);
  expect(tree.rootNode.hasError).toBe(false);
  const defs = tree.rootNode.descendantsOfType("operator_definition");
  const next = defs.find((d) => d?.childForFieldName("name")?.text === "Next");
  expect(next, "MultiPaxos.tla defines Next").toBeTruthy();
  // The operators of the module applied in Next (standard ones such as Cardinality are not actions).
  const defined = new Set(defs.map((d) => d?.childForFieldName("name")?.text));
  const names = new Set<string>();
  for (const app of next!.childForFieldName("definition")!.descendantsOfType("bound_op")) {
    const name = app?.childForFieldName("name")?.text;
    if (name && defined.has(name)) names.add(name);
  }
  return [...names].sort();
}

const lower = (a: string): string => a[0]!.toLowerCase() + a.slice(1);

describe("Multi-Paxos: one function per spec action, same name", () => {
  it("the actions of MultiPaxos.tla's Next are exactly the step functions that implement spec actions", async () => {
    const actions = await specActions();
    expect(actions).toEqual(["Execute", "InstallSnapshot", "Learn", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Recover", "Request", "Restart"]);
    for (const a of actions) expect(typeof (multipaxos as Record<string, unknown>)[lower(a)], `src/multipaxos exports ${lower(a)}`).toBe("function");
  });

  it("each of those functions' doc comment names its action (@spec MultiPaxos.<Action>), and the action names it reports are the spec's", async () => {
    const sources = ["acceptor", "proposer", "replica", "client"].map((f) => readFileSync(`src/multipaxos/${f}.ts`, "utf8")).join("\n");
    for (const a of await specActions()) {
      expect(sources).toMatch(new RegExp(`@spec MultiPaxos\\.${a}\\b[\\s\\S]*?\\*/\\s*export function ${lower(a)}\\(`));
      expect(sources).toMatch(new RegExp(`name: "${a}"`));
    }
  });
});

import { describe, expect, it } from "vitest";
import { appliedOperators, arity, moduleNames, operatorDefinition, parseSpecModule } from "./specModules.js";

/** The actions a module's Next is made of, read from the parse tree. */
async function nextActions(module: string): Promise<Set<string>> {
  const tree = await parseSpecModule(module);
  const next = operatorDefinition(tree, "Next");
  const body = next?.childForFieldName("definition");
  if (!body) throw new Error(`${module}.tla defines no Next`);
  const defined = new Set(moduleNames(tree).definitions);
  return appliedOperators(body, (name) => defined.has(name));
}

describe("Paxos.tla's next-state relation", () => {
  it("is made of exactly the seven actions the implementation mirrors", async () => {
    expect([...(await nextActions("Paxos"))].sort()).toEqual(
      ["Learn", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Propose", "Restart"],
    );
  });

  it("defines each action with the parameters of the contract", async () => {
    const tree = await parseSpecModule("Paxos");
    const arities = Object.fromEntries(
      ["Propose", "Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn", "Restart"].map((a) => {
        const def = operatorDefinition(tree, a);
        return [a, def ? arity(def) : undefined];
      }),
    );
    // Propose(v), Phase1a(p, b), Phase1b(a, b), Phase2a(p, b, v), Phase2b(a, b, v), Learn(l, b, v), Restart(a).
    expect(arities).toEqual({ Propose: 1, Phase1a: 2, Phase1b: 2, Phase2a: 3, Phase2b: 3, Learn: 3, Restart: 1 });
  });

  it("declares the constants and variables of the contract", async () => {
    const names = moduleNames(await parseSpecModule("Paxos"));
    expect(names.constants).toEqual(["Value", "Acceptor", "Proposer", "Learner", "Ballot", "Owner", "Quorum", "None"]);
    expect(names.variables).toEqual(["proposed", "maxBal", "maxVBal", "maxVal", "msgs", "learned"]);
    expect(names.definitions).toEqual(
      expect.arrayContaining(["TypeOK", "Agreement", "Validity", "Inv", "vars", "Init", "Next", "Spec", "V", "VotingSpec"]),
    );
    expect(names.namedInstances).toEqual(["Voting"]);
  });
});

describe("the layers above Paxos", () => {
  it("Voting's Next proposes, promises and votes", async () => {
    expect([...(await nextActions("Voting"))].sort()).toEqual(["IncreaseMaxBal", "Propose", "VoteFor"]);
  });

  it("Consensus's Next proposes and chooses", async () => {
    expect([...(await nextActions("Consensus"))].sort()).toEqual(["Choose", "Propose"]);
  });

  it("each layer instantiates the one above it", async () => {
    expect(moduleNames(await parseSpecModule("Voting")).namedInstances).toEqual(["Consensus"]);
    expect(moduleNames(await parseSpecModule("Quorums")).namedInstances).toEqual([]);
  });
});

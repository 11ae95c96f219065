import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseModelConfig, readSpecFile, specDir, specFiles, visibleNames, type ModelConfig } from "./specModules.js";

const configs = specFiles(".cfg");

/** Every name a configuration refers to that must exist in its module. */
function namesUsed(cfg: ModelConfig): string[] {
  return [
    ...cfg.init,
    ...cfg.next,
    ...cfg.specification,
    ...cfg.invariants,
    ...cfg.properties,
    ...cfg.others,
    ...cfg.constants.map((c) => c.name),
    ...cfg.constants.filter((c) => c.op === "<-").map((c) => c.value),
  ];
}

/** The names of a configuration that its module neither declares nor defines. */
function unknownNames(cfg: ModelConfig, visible: Set<string>): string[] {
  return namesUsed(cfg).filter((n) => !visible.has(n));
}

describe("model configurations", () => {
  it("include the six models", () => {
    expect(configs).toEqual(
      expect.arrayContaining([
        "MCConsensus.cfg",
        "MCPaxosDisjoint.cfg",
        "MCPaxosSmall.cfg",
        "MCPaxosTiny.cfg",
        "MCPaxosWeighted.cfg",
        "MCVoting.cfg",
      ]),
    );
  });

  it.each(configs)("%s has its module beside it", (file) => {
    expect(existsSync(join(specDir, file.replace(/\.cfg$/, ".tla")))).toBe(true);
  });

  it.each(configs)("%s names only what its module declares or defines", async (file) => {
    const cfg = parseModelConfig(readSpecFile(file));
    const { all } = await visibleNames(file.replace(/\.cfg$/, ""));
    expect(unknownNames(cfg, all)).toEqual([]);
  });

  it.each(configs)("%s gives every constant of its module exactly one value", async (file) => {
    const cfg = parseModelConfig(readSpecFile(file));
    const { constants, all } = await visibleNames(file.replace(/\.cfg$/, ""));
    // A definition may be replaced too (a negative model's bug, `TakesEffect <- AtOnce`); that is not a constant.
    const replacesDefinition = (c: (typeof cfg.constants)[number]): boolean => c.op === "<-" && !constants.has(c.name) && all.has(c.name);
    const assigned = cfg.constants.filter((c) => !replacesDefinition(c)).map((c) => c.name);
    expect(new Set(assigned).size).toBe(assigned.length);
    expect([...assigned].sort()).toEqual([...constants].sort());
  });

  it.each(configs)("%s says what to check: a specification or an INIT/NEXT pair", (file) => {
    const cfg = parseModelConfig(readSpecFile(file));
    const bySpec = cfg.specification.length === 1 && cfg.init.length === 0 && cfg.next.length === 0;
    const byPair = cfg.specification.length === 0 && cfg.init.length === 1 && cfg.next.length === 1;
    expect(bySpec || byPair).toBe(true);
  });
});

describe("what each model checks", () => {
  it.each(["MCPaxosTiny.cfg", "MCPaxosSmall.cfg", "MCPaxosWeighted.cfg"])(
    "%s checks safety, the inductive invariant and the refinement of Voting",
    (file) => {
      const cfg = parseModelConfig(readSpecFile(file));
      expect(cfg.specification).toEqual(["Spec"]);
      expect(cfg.invariants).toEqual(["TypeOK", "Agreement", "Validity", "Inv"]);
      expect(cfg.properties).toContain("VotingSpec");
      // Paxos never deadlocks (Restart is always enabled), so deadlock checking stays on.
      expect(cfg.checkDeadlock).toBeUndefined();
    },
  );

  it("MCPaxosDisjoint checks Agreement of Paxos run through an instance", async () => {
    const cfg = parseModelConfig(readSpecFile("MCPaxosDisjoint.cfg"));
    expect(cfg).toMatchObject({ init: ["Init"], next: ["Next"], invariants: ["Agreement"] });
    // Through INSTANCE, not EXTENDS: otherwise Paxos's quorum assumption would stop the model before it runs.
    expect(readSpecFile("MCPaxosDisjoint.tla")).toMatch(/P == INSTANCE Paxos[\s\S]*Quorum <- DisjointQuorums/);
    expect(readSpecFile("MCPaxosDisjoint.tla")).not.toMatch(/EXTENDS[^\n]*Paxos/);
  });

  it("MCVoting checks that Voting implements Consensus", () => {
    const cfg = parseModelConfig(readSpecFile("MCVoting.cfg"));
    expect(cfg.properties).toEqual(["ConsensusSpec"]);
    expect(cfg.invariants).toContain("Inv");
  });

  it("MCConsensus turns deadlock checking off, since consensus stops once a value is chosen", () => {
    expect(parseModelConfig(readSpecFile("MCConsensus.cfg")).checkDeadlock).toBe(false);
  });
});

describe("the configuration reader and name check", () => {
  it("reads sections, both kinds of constant entry and comments", () => {
    const cfg = parseModelConfig(
      "\\* a comment\nCONSTANTS\n  Value = {v1, v2}\n  Ballot <- MCBallot\nSPECIFICATION Spec\nINVARIANTS TypeOK (* inline *) Inv\nPROPERTY VotingSpec\nCHECK_DEADLOCK FALSE\n",
    );
    expect(cfg).toEqual({
      constants: [
        { name: "Value", op: "=", value: "{v1, v2}" },
        { name: "Ballot", op: "<-", value: "MCBallot" },
      ],
      init: [],
      next: [],
      specification: ["Spec"],
      invariants: ["TypeOK", "Inv"],
      properties: ["VotingSpec"],
      others: [],
      checkDeadlock: false,
    });
  });

  it("reads the names given to SYMMETRY, and rejects a keyword it does not know", () => {
    expect(parseModelConfig("SYMMETRY Perms\n").others).toEqual(["Perms"]);
    expect(() => parseModelConfig("SYMETRY Perms\n")).toThrow(/SYMETRY/);
  });

  it("catches a misspelt invariant and an undefined substitution", async () => {
    const cfg = parseModelConfig("CONSTANT Ballot <- MCBallots\nSPECIFICATION Spec\nINVARIANT Agreemnt\n");
    const { all } = await visibleNames("MCPaxosSmall");
    expect(unknownNames(cfg, all)).toEqual(["Agreemnt", "MCBallots"]);
  });

  it("sees through EXTENDS but only the name of a named instance", async () => {
    const small = await visibleNames("MCPaxosSmall");
    expect(small.all.has("Phase2a")).toBe(true); // from Paxos, extended
    expect(small.all.has("MajorityQuorums")).toBe(true); // from Quorums, extended by Paxos
    expect(small.all.has("ShowsSafeAt")).toBe(false); // Voting is only reachable as V!ShowsSafeAt
    const disjoint = await visibleNames("MCPaxosDisjoint");
    expect(disjoint.all.has("P")).toBe(true);
    expect(disjoint.all.has("Phase2a")).toBe(false);
    expect([...disjoint.constants].sort()).toEqual(["Learner", "None", "Value", "a1", "a2", "a3", "p1", "p2"]);
  });
});

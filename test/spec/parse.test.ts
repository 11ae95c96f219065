import { describe, expect, it } from "vitest";
import { parseTlaTree } from "../../src/tla/syntax/treeSitter.js";
import { childrenOf, firstSyntaxProblem, moduleNames, moduleNode, readSpecFile, specFiles } from "./specModules.js";

const modules = specFiles(".tla");

describe("the specification files", () => {
  it("are the refinement chain, the quorum systems and the six models", () => {
    expect(modules).toEqual(
      expect.arrayContaining([
        "Consensus.tla",
        "MCConsensus.tla",
        "MCPaxosDisjoint.tla",
        "MCPaxosSmall.tla",
        "MCPaxosTiny.tla",
        "MCPaxosWeighted.tla",
        "MCVoting.tla",
        "Paxos.tla",
        "Quorums.tla",
        "Voting.tla",
      ]),
    );
  });

  it.each(modules)("%s parses with no ERROR or MISSING node", async (file) => {
    const problem = firstSyntaxProblem(await parseTlaTree(readSpecFile(file)));
    // On failure the message names the first bad node: file:line:col.
    expect(problem && `${file}:${problem.line}:${problem.col}: ${problem.kind} node at "${problem.text}"`).toBeUndefined();
  });

  it.each(modules)("%s declares the module its file is named after", async (file) => {
    expect(moduleNames(await parseTlaTree(readSpecFile(file))).name).toBe(file.replace(/\.tla$/, ""));
  });

  it.each(modules)("%s explains every declaration and definition in a comment just above it", async (file) => {
    const source = readSpecFile(file);
    const lines = source.split("\n");
    const mod = moduleNode(await parseTlaTree(source));
    const explained = ["operator_definition", "function_definition", "module_definition", "constant_declaration", "variable_declaration"];
    const unexplained: string[] = [];
    for (const unit of childrenOf(mod)) {
      if (!explained.includes(unit.type)) continue;
      // The line just above must end a comment; a RECURSIVE declaration may sit in between.
      // (Lines, not tree nodes: the grammar attaches a comment to the end of the definition before it.)
      let above = unit.startPosition.row - 1;
      while (above >= 0 && lines[above]!.startsWith("RECURSIVE")) above--;
      const line = (lines[above] ?? "").trim();
      if (!line.endsWith("*)") && !line.startsWith("\\*")) {
        unexplained.push(`${file}:${unit.startPosition.row + 1}:${unit.startPosition.column + 1}`);
      }
    }
    expect(unexplained).toEqual([]);
  });
});

describe("finding the first syntax problem", () => {
  it("reports the line and column of a stray parenthesis", async () => {
    // Line 3 is `B == 2 )`: the parenthesis is its eighth character.
    const tree = await parseTlaTree("---- MODULE M ----\nA == 1\nB == 2 )\nC == 3\n====\n");
    expect(firstSyntaxProblem(tree)).toMatchObject({ kind: "ERROR", line: 3, col: 8 });
  });

  it("reports nothing for a well-formed module", async () => {
    const tree = await parseTlaTree("---- MODULE M ----\nA == 1\nB == (2)\n====\n");
    expect(firstSyntaxProblem(tree)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { parseTlaTree } from "../src/tla/syntax/treeSitter.js";

describe("tree-sitter TLA+ grammar", () => {
  it("parses a small module with no error nodes", async () => {
    const tree = await parseTlaTree("---- MODULE M ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x' = x + 1\n====\n");
    expect(tree.rootNode.hasError).toBe(false);
  });
});

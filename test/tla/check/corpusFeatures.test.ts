import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";

/** Writes the given files into a fresh directory and loads `<name>.cfg` with `<name>.tla`. */
async function model(files: Record<string, string>, name: string) {
  const dir = mkdtempSync(join(tmpdir(), "tla-corpus-"));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return loadModel(join(dir, `${name}.cfg`), join(dir, `${name}.tla`));
}
const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];

describe("fairness in a SPECIFICATION", () => {
  const spec = (fairness: string) => `---- MODULE Fair ----
EXTENDS Naturals
CONSTANT Proc
VARIABLE x
vars == <<x>>
Init == x = [p \\in Proc |-> 0]
Step(p) == x[p] < 2 /\\ x' = [x EXCEPT ![p] = x[p] + 1]
Next == \\E p \\in Proc : Step(p)
Fairness == \\A p \\in Proc : WF_vars(Step(p))
Spec == Init /\\ [][Next]_vars /\\ ${fairness}
====
`;
  const cfg = "CONSTANT Proc = {a, b}\nSPECIFICATION Spec\nCHECK_DEADLOCK FALSE\n";

  it.each([
    ["a quantified WF", "\\A p \\in Proc : WF_vars(Step(p))"],
    ["a definition of quantified fairness", "Fairness"],
    ["SF beside WF", "WF_vars(Next) /\\ \\A p \\in Proc : SF_vars(Step(p))"],
  ])("%s is accepted and does not change the states explored (9 distinct states, depth 5)", async (_, fairness) => {
    const m = await model({ "Fair.tla": spec(fairness), "Fair.cfg": cfg }, "Fair");
    expect(m.warnings).toEqual([]);
    expect(m.fairness.length).toBeGreaterThan(0);
    expect(figures(checkModel(m))).toEqual(["success", 13, 9, 5]);
  });

  it("a temporal conjunct that is not fairness is accepted (an assumption of the temporal properties)", async () => {
    const m = await model({ "Fair.tla": spec("<>(x = x)"), "Fair.cfg": cfg }, "Fair");
    expect(figures(checkModel(m))).toEqual(["success", 13, 9, 5]);
  });

  it("a specification with two next-state relations is refused", async () => {
    await expect(model({ "Fair.tla": spec("[][Next]_vars"), "Fair.cfg": cfg }, "Fair")).rejects.toThrow(/must have the form Init/);
  });
});

describe("models without a behaviour", () => {
  it("a module without variables and a cfg without INIT/NEXT checks its ASSUMEs and has no states, as TLC", async () => {
    const m = await model(
      {
        "Facts.tla": "---- MODULE Facts ----\nEXTENDS Naturals\nCONSTANT N\nTHEOREM Small == N < 10\nASSUME N + 1 > N\nASSUME Small\n====\n",
        "Facts.cfg": "CONSTANT N = 3\n",
      },
      "Facts",
    );
    expect(figures(checkModel(m))).toEqual(["success", 0, 0, 0]);
  });

  it("a false ASSUME, through a named theorem, is still reported", async () => {
    const m = model({ "Facts.tla": "---- MODULE Facts ----\nCONSTANT N\nTHEOREM Big == N = 10\nASSUME Big\n====\n", "Facts.cfg": "CONSTANT N = 3\n" }, "Facts");
    await expect(m).rejects.toThrow(/ASSUME|assum/i);
  });

  it("a module with variables still needs INIT and NEXT", async () => {
    await expect(model({ "V.tla": "---- MODULE V ----\nVARIABLE x\n====\n", "V.cfg": "\n" }, "V")).rejects.toThrow(/needs INIT and NEXT/);
  });
});

const counter = (extra = "") => `---- MODULE C ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\\ x' = x + 1
Inv == /\\ x \\in Nat
       /\\ x < 5
${extra}
====
`;

describe("model configurations", () => {
  it("a value for a name the specification does not declare is ignored with a warning", async () => {
    const m = await model({ "C.tla": counter(), "C.cfg": "CONSTANT Ghost = 1\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n" }, "C");
    expect(m.warnings).toEqual([expect.stringMatching(/C\.cfg:1:10: the model configuration assigns Ghost, which is not a constant of module C; it is ignored/)]);
    expect(figures(checkModel(m))).toEqual(["success", 4, 4, 4]);
  });

  it("empty INVARIANT and PROPERTIES sections are accepted", async () => {
    const m = await model({ "C.tla": counter(), "C.cfg": "INIT Init\nNEXT Next\nINVARIANT\nPROPERTIES\n\\* none\nCHECK_DEADLOCK FALSE\n" }, "C");
    expect(figures(checkModel(m))).toEqual(["success", 4, 4, 4]);
  });
});

describe("subexpression references", () => {
  it("Op!2 is the second item of a bulleted list, Op!: a named theorem's statement", async () => {
    const extra = "THEOREM Positive == \\A n \\in 1..3 : n > 0\nASSUME Positive!:\nInv2 == Inv!2\nSmall == Inv!2!1 < 3";
    const m = await model({ "C.tla": counter(extra), "C.cfg": "INIT Init\nNEXT Next\nINVARIANT Inv2\nCHECK_DEADLOCK FALSE\n" }, "C");
    expect(figures(checkModel(m))).toEqual(["success", 4, 4, 4]);
    const bad = await model({ "C.tla": counter(extra), "C.cfg": "INIT Init\nNEXT Next\nINVARIANT Small\nCHECK_DEADLOCK FALSE\n" }, "C");
    expect(checkModel(bad).outcome).toBe("invariant");
  });

  it("selecting inside an infix chain of three or more is refused, with its location", async () => {
    const m = model({ "C.tla": counter("J == x = 0 /\\ x = 1 /\\ x = 2\nK == J!2"), "C.cfg": "INIT Init\nNEXT Next\nINVARIANT K\n" }, "C");
    await expect(m).rejects.toThrow(/J!2 is not supported/);
  });
});

describe("symmetry", () => {
  // Two independent tokens, one per kind; a symmetry set that is the union of the renamings of each kind.
  const spec = `---- MODULE Sym ----
EXTENDS TLC
CONSTANTS A, B
VARIABLES a, b
Init == a \\in A /\\ b \\in B
Next == (a' \\in A /\\ b' = b) \\/ (b' \\in B /\\ a' = a)
Perms == Permutations(A) \\cup Permutations(B)
====
`;
  it("Permutations(A) \\cup Permutations(B) reduces by every combined renaming: one orbit, as TLC", async () => {
    const m = await model({ "Sym.tla": spec, "Sym.cfg": "CONSTANTS A = {a1, a2, a3}\nB = {b1, b2}\nINIT Init\nNEXT Next\nSYMMETRY Perms\n" }, "Sym");
    // 6 states without symmetry; every one is a renaming of every other
    expect(checkModel(m).distinctStates).toBe(1);
  });
});

describe("community modules, TLAPS and library folders", () => {
  const spec = (ext: string, body: string) => `---- MODULE L ----
EXTENDS ${ext}
VARIABLE x
Init == x = 0
Next == x < 2 /\\ x' = x + 1
Inv == ${body}
====
`;
  const cfg = "INIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n";
  it.each([
    [
      "Functions",
      "Naturals, FiniteSets, Functions",
      "Range([i \\in 1..3 |-> i * x]) = {x, 2 * x, 3 * x} /\\ IsInjective(<<1, 2>>) /\\ FoldFunction(+, 0, <<1, 2, 3>>) = 6 /\\ Cardinality(Bijection(1..3, 1..3)) = 6",
    ],
    [
      "FiniteSetsExt",
      "Naturals, FiniteSets, FiniteSetsExt",
      "Max({1, x, 5}) = 5 /\\ Min({x, 7}) = x /\\ SumSet({1, 2, 3}) = 6 /\\ FoldSet(LAMBDA a, b : a + b, 0, {1, 2}) = 3 /\\ Cardinality(kSubset(2, 1..4)) = 6 /\\ Quantify(1..5, LAMBDA i : i > 2) = 3",
    ],
    [
      "SequencesExt",
      "Naturals, Sequences, SequencesExt",
      "Last(<<1, 2, x>>) = x /\\ Front(<<1, 2>>) = <<1>> /\\ IsPrefix(<<1>>, <<1, 2>>) /\\ ToSet(<<x, x>>) = {x} /\\ Reverse(<<1, 2>>) = <<2, 1>> /\\ RemoveAt(<<1, 2, 3>>, 2) = <<1, 3>> /\\ FoldLeft(-, 10, <<1, 2>>) = 7",
    ],
    ["BagsExt", "Naturals, TLC, Bags, BagsExt", "BagAdd(EmptyBag, x) = (x :> 1) /\\ SumBag(<<2, 1>>) = 4"],
    [
      "UndirectedGraphs",
      "Naturals, UndirectedGraphs",
      "IsStronglyConnected([node |-> {1, 2, 3}, edge |-> {{1, 2}, {2, 3}}]) /\\ ~IsStronglyConnected([node |-> {1, 2, 3}, edge |-> {{1, 2}}])",
    ],
    ["TLAPS", "Naturals, TLAPS", "Zenon /\\ SMTT(30) /\\ x \\in Nat"],
    [
      "SVG",
      "Naturals, TLC, SVG",
      'Rect(x, 2, 3, 4, [fill |-> "red"]) = [name |-> "rect", attrs |-> [x |-> ToString(x), y |-> "2", width |-> "3", height |-> "4", fill |-> "red"], children |-> <<>>, innerText |-> ""] /\\ Text(1, 2, "a", [x |-> "9"]).attrs.x = "1" /\\ SVGElemToString(Group(<<Circle(1, 2, 3, <<>>), SVGElem("line", [stroke_width |-> "1"], <<>>, "")>>, <<>>)) = "<g><circle cx=\'1\' cy=\'2\' r=\'3\'></circle><line stroke-width=\'1\'></line></g>" /\\ SVGElemToString(Text(0, 0, "<<1>>", <<>>)) = "<text x=\'0\' y=\'0\'>&lt;&lt;1&gt;&gt;</text>" /\\ NodeOfRingNetwork(10, 10, 5, 1, 4) = [x |-> 10, y |-> 15] /\\ PointOnLine([x |-> 0, y |-> 0], [x |-> 10, y |-> 7], 2) = [x |-> 5, y |-> 3] /\\ SVGDoc(Group(<<>>, <<>>), 0, 0, 5, 6, <<>>).attrs.viewBox = "0 0 5 6"',
    ],
    [
      "Graphs",
      "Naturals, FiniteSets, Graphs",
      "LET G == [node |-> {1, 2, 3}, edge |-> {<<1, 2>>, <<2, 3>>}] IN IsDirectedGraph(G) /\\ AreConnectedIn(1, 3, G) /\\ ~AreConnectedIn(3, 1, G) /\\ AreConnectedIn(2, 2, G) /\\ Transpose(G).edge = {<<2, 1>>, <<3, 2>>} /\\ IsTreeWithRoot(G, 3) /\\ ~IsTreeWithRoot(Transpose(G), 3) /\\ ~HasCycle(G) /\\ HasCycle(GraphUnion(G, Transpose(G))) /\\ IsDag(G) /\\ Successors(G, 1) = {2} /\\ Ancestors(G, 3) = {1, 2} /\\ Descendants(G, 1) = {2, 3} /\\ Roots(G) = {1} /\\ Leaves(G) = {3} /\\ ConnectionsIn(G)[1, 3] /\\ ~ConnectionsIn(G)[3, 1] /\\ SimplePath(G) = {<<1>>, <<2>>, <<3>>, <<1, 2>>, <<2, 3>>, <<1, 2, 3>>} /\\ Cardinality(DirectedSubgraph([node |-> {1, 2}, edge |-> {<<1, 2>>}])) = 5 /\\ Cardinality(Graphs({1, 2})) = 16 /\\ ~IsStronglyConnected(G) /\\ InDegree(G, 2) = 1",
    ],
    [
      "DyadicRationals",
      "Naturals, DyadicRationals",
      'Half(One) = [num |-> 1, den |-> 2] /\\ Add(Half(One), Half(One)) = One /\\ Add(Half(Half(One)), Half(One)) = [num |-> 3, den |-> 4] /\\ Half(Zero) = Zero /\\ IsDyadicRational(Half(Half(One))) /\\ ~IsDyadicRational([num |-> 1, den |-> 3]) /\\ PrettyPrint(Half(One)) = "1/2" /\\ PrettyPrint(Add(Zero, One)) = "1"',
    ],
    ["Bitwise", "Naturals, Bitwise", "(12 & 10) = 8 /\\ (12 | 10) = 14 /\\ (12 ^^ 10) = 6 /\\ shiftR(13, 2) = 3 /\\ (x & 0) = 0 /\\ (2^60 | 1) = 2^60 + 1"],
    ["proof libraries", "Naturals, FiniteSetTheorems, NaturalsInduction, SequenceTheorems", "Range(<<x>>) = {x} /\\ Cardinality({x}) = 1 /\\ Len(<<x>>) = 1"],
  ])("%s: operators evaluate natively", async (_, ext, body) => {
    const m = await model({ "L.tla": spec(ext, body), "L.cfg": cfg }, "L");
    expect(figures(checkModel(m))).toEqual(["success", 3, 3, 3]);
  });

  it("a module file beside the specification replaces a community module of the same name", async () => {
    const own = "---- MODULE Functions ----\nRange(f) == {42}\n====\n";
    const m = await model({ "Functions.tla": own, "L.tla": spec("Naturals, Functions", "Range(<<1>>) = {42}"), "L.cfg": cfg }, "L");
    expect(checkModel(m).outcome).toBe("success");
  });

  it("a library folder is searched for modules not found beside the specification", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tla-corpus-"));
    const lib = mkdtempSync(join(tmpdir(), "tla-lib-"));
    writeFileSync(join(lib, "Extra.tla"), "---- MODULE Extra ----\nEXTENDS Naturals\nTwice(n) == 2 * n\n====\n");
    writeFileSync(join(dir, "L.tla"), spec("Naturals, Extra", "Twice(x) < 5"));
    writeFileSync(join(dir, "L.cfg"), cfg);
    await expect(loadModel(join(dir, "L.cfg"))).rejects.toThrow(/unknown module Extra/);
    const m = await loadModel(join(dir, "L.cfg"), undefined, { libraryPaths: [lib] });
    expect(figures(checkModel(m))).toEqual(["success", 3, 3, 3]);
  });

  it("RandomElement draws an element of its set", async () => {
    const m = await model({ "L.tla": spec("Naturals, TLC", "RandomElement({x, x + 1}) \\in {x, x + 1}"), "L.cfg": cfg }, "L");
    expect(figures(checkModel(m))).toEqual(["success", 3, 3, 3]);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";
import { TlaError } from "../../../src/tla/errors.js";

async function model(files: Record<string, string>, name: string) {
  const dir = mkdtempSync(join(tmpdir(), "tla-cdot-"));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return loadModel(join(dir, `${name}.cfg`), join(dir, `${name}.tla`));
}
const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];

const spec = (next: string, defs = "") => `---- MODULE Cdot ----
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x = 0 /\\ y = 0
Inc == x' \\in {x + 1, x + 2} /\\ UNCHANGED y
Double == x' = 2 * x /\\ y' = y + 1
${defs}
Next == ${next}
====
`;
const cfg = "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n";

describe("action composition A \\cdot B", () => {
  it("enumerates the states A yields, then B's successors from each", async () => {
    // (0,0) -> mids (1,0) (2,0) -> (2,1) (4,1); (2,1) -> (6,2) (8,2); (4,1) -> (10,2) (12,2)
    const m = await model({ "Cdot.tla": spec("x < 5 /\\ (Inc \\cdot Double)"), "Cdot.cfg": cfg }, "Cdot");
    const r = checkModel(m);
    // generated: 1 initial + 3 states x 2 successors, and TLC also counts the 6 intermediate states
    expect(figures(r)).toEqual(["success", 13, 7, 3]);
  });

  it("tests primed variables assigned before the composition against B's successor", async () => {
    const m = await model({ "Cdot.tla": spec("x < 5 /\\ y' = 1 /\\ (Inc \\cdot Double)"), "Cdot.cfg": cfg }, "Cdot");
    expect(checkModel(m).distinctStates).toBe(3);
  });

  it("counts as TLC: the states of the outermost first action, not those of a composition nested in it", async () => {
    // TLC's ChainedCdots: 9 generated, 4 distinct, depth 2
    const chained = `---- MODULE Chain ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
A(S) == \\E n \\in S : x' = x + n
Next == x = 0 /\\ A({1, 2}) \\cdot A({3, 4}) \\cdot A({5})
====
`;
    const m = await model({ "Chain.tla": chained, "Chain.cfg": cfg }, "Chain");
    expect(figures(checkModel(m))).toEqual(["success", 9, 4, 2]);
    // TLC's ActionComposition: 10 generated, 4 distinct, depth 3 (a state A yields without a B successor still counts)
    const ac = `---- MODULE AC ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == \\/ x \\in {0} /\\ x' \\in {1, 2, 3}
     \\/ x \\in {4} /\\ x' \\in {5}
B == \\/ x \\in {1, 2} /\\ x' \\in {2, 4}
     \\/ x \\in {5} /\\ x' \\in {6}
Next == A \\cdot B
Inv == x \\in {0, 2, 4, 6}
====
`;
    const m2 = await model({ "AC.tla": ac, "AC.cfg": cfg + "INVARIANT Inv\n" }, "AC");
    expect(figures(checkModel(m2))).toEqual(["success", 10, 4, 3]);
  });

  it("reports a first action that leaves a variable unassigned, with its location", async () => {
    const m = await model({ "Cdot.tla": spec("(x' = x + 1) \\cdot Double"), "Cdot.cfg": cfg }, "Cdot");
    const r = checkModel(m);
    expect(r.outcome).toBe("error");
    expect(r.message).toMatch(/the first action of \\cdot does not assign y'/);
    expect(r.errors[0]).toMatchObject({ line: 8 });
  });

  it("is refused outside an action, and TLCGet reads the switch that enables it in TLC", async () => {
    await expect(model({ "Cdot.tla": spec("Inc", "Bad == (Inc \\cdot Double) = TRUE\nASSUME Bad"), "Cdot.cfg": cfg }, "Cdot")).rejects.toThrow(
      /action composition \\cdot is supported only as an action/,
    );
    const m = await model({ "Cdot.tla": spec("x < 3 /\\ Inc", 'ASSUME TLCGet("-Dtlc2.tool.impl.Tool.cdot") = "true"'), "Cdot.cfg": cfg }, "Cdot");
    expect(checkModel(m).outcome).toBe("success");
  });
});

describe("a value given to a definition of a named module, `C = [M] v`", () => {
  const inner = `---- MODULE Inner ----
CONSTANT Hash
None == CHOOSE h : h \\notin Hash
Fresh(h) == h # None
====
`;
  const root = `---- MODULE Root ----
CONSTANTS Hash, NoneVal
VARIABLE x
I == INSTANCE Inner
Init == x \\in Hash \\cup {I!None}
Next == UNCHANGED x
Inv == I!Fresh(x) \\/ x = NoneVal
====
`;
  it("replaces the definition in that module only, with the value", async () => {
    const cfg = "CONSTANTS Hash = {h1, h2} NoneVal = NoneVal\n  None = [Inner]NoneVal\nINIT Init NEXT Next INVARIANT Inv\n";
    const m = await model({ "Root.tla": root, "Inner.tla": inner, "Root.cfg": cfg }, "Root");
    expect(figures(checkModel(m))).toEqual(["success", 6, 3, 1]);
  });

  it("a module that does not define the name is an error at the entry", async () => {
    const cfg = "CONSTANTS Hash = {h1, h2} NoneVal = NoneVal\n  Other = [Inner]NoneVal\nINIT Init NEXT Next\n";
    const err = await model({ "Root.tla": root, "Inner.tla": inner, "Root.cfg": cfg }, "Root").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TlaError);
    expect((err as TlaError).format()).toMatch(/Root.cfg:2:3: the model configuration gives a value to Other, which module Inner does not define/);
  });
});

describe("a parameterised instance, `P(Succ) == INSTANCE M`", () => {
  it("substitutes a constant of M (or of a module M extends) by the parameter of the same name, as TLC", async () => {
    const graph = "---- MODULE Graph ----\nEXTENDS FiniteSets\nCONSTANTS Nodes, Succ\nOut(n) == Cardinality(Succ[n])\n====\n";
    const proofs = "---- MODULE GraphProofs ----\nEXTENDS Graph\nAllSmall == \\A n \\in Nodes : Out(n) <= 1\n====\n";
    const root = `---- MODULE Root ----
EXTENDS Naturals
CONSTANT Nodes
P(Succ) == INSTANCE GraphProofs
ASSUME \\A s \\in [Nodes -> {{}, {1}}] : P(s)!AllSmall
ASSUME ~P([n \\in Nodes |-> Nodes])!AllSmall
====
`;
    const m = await model({ "Root.tla": root, "Graph.tla": graph, "GraphProofs.tla": proofs, "Root.cfg": "CONSTANT Nodes = {1, 2}\n" }, "Root");
    expect(figures(checkModel(m))).toEqual(["success", 0, 0, 0]);
  });
});

describe("replacing a standard definition a module brings in by INSTANCE, `Nat <- [M] MyNat`", () => {
  const zseq = "---- MODULE ZSeq ----\nLOCAL INSTANCE Naturals\nSmallSeqs(S) == UNION {[0 .. (n - 1) -> S] : n \\in Nat}\n====\n";
  const root = `---- MODULE Root ----
EXTENDS Naturals, ZSeq
VARIABLE s
MyNat == 0 .. 2
Init == s \\in SmallSeqs({0, 1})
Next == UNCHANGED s
Inv == s \\in Seq({0, 1}) \\/ DOMAIN s = {}
Big == 5 \\in Nat
====
`;
  it("replaces it in that module only (the root's Nat stays Nat)", async () => {
    const cfg = "CONSTANT Nat <- [ZSeq]MyNat\nINIT Init NEXT Next\nINVARIANT Big\n";
    const m = await model({ "Root.tla": root, "ZSeq.tla": zseq, "Root.cfg": cfg }, "Root");
    // [0..-1 -> S] = {<<>>}, then 2 and 4 sequences of length 1 and 2
    expect(figures(checkModel(m))).toEqual(["success", 14, 7, 1]);
  });

  it("without the replacement, the set is infinite and cannot be enumerated", async () => {
    const m = await model({ "Root.tla": root, "ZSeq.tla": zseq, "Root.cfg": "INIT Init NEXT Next\n" }, "Root");
    expect(checkModel(m).message).toMatch(/infinite set Nat/);
  });
});

describe("the community modules IOUtils and Json, TLC's registers and configuration", () => {
  const check = async (body: string, cfg = "INIT Init NEXT Next\nCHECK_DEADLOCK FALSE\n", more: Record<string, string> = {}) => {
    const text = `---- MODULE IO ----\nEXTENDS Integers, Sequences, TLC, TLCExt, IOUtils, Json\nVARIABLE x\n${body}\n====\n`;
    return checkModel(await model({ "IO.tla": text, "IO.cfg": cfg, ...more }, "IO"));
  };

  it("ToJson writes records as objects (fields in the engine's order, which is TLC's), sequences and sets as arrays", async () => {
    const r = await check(`
ASSUME ToJson([b |-> <<1, "two">>, a |-> {TRUE}]) = "{\\"b\\":[1,\\"two\\"],\\"a\\":[true]}"
ASSUME ToJsonArray(<<1, 2>>) = "[1,2]"
ASSUME ToJsonObject([k |-> 3]) = "{\\"k\\":3}"
Init == x = 0
Next == UNCHANGED x`);
    expect(r.outcome).toBe("success");
  });

  it("JSON and newline-delimited JSON files are written and read back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tla-json-"));
    const f = join(dir, "v.json");
    const nd = join(dir, "v.ndjson");
    const r = await check(`
ASSUME JsonSerialize("${f}", [a |-> 1, b |-> <<"x", TRUE>>])
ASSUME JsonDeserialize("${f}") = [a |-> 1, b |-> <<"x", TRUE>>]
ASSUME ndJsonSerialize("${nd}", <<[n |-> 1], [n |-> 2]>>)
ASSUME ndJsonDeserialize("${nd}") = <<[n |-> 1], [n |-> 2]>>
Init == x = 0
Next == UNCHANGED x`);
    expect(r.outcome).toBe("success");
  });

  it("IOEnv is the environment as a record, atoi reads a decimal number; IOExec is refused when evaluated", async () => {
    process.env.PAXOS_TLA_TEST_K = "42";
    try {
      const r = await check(
        `
ASSUME atoi(IOEnv.PAXOS_TLA_TEST_K) = 42 /\\ atoi("-7") = -7
ASSUME "PAXOS_TLA_TEST_ABSENT" \\notin DOMAIN IOEnv
Init == x = 0
Next == x < 2 /\\ x' = x + 1
Never == x > 5 => IOExec(<<"ls">>).exitValue = 0`,
        "INIT Init NEXT Next\nINVARIANT Never\nCHECK_DEADLOCK FALSE\n",
      );
      expect(figures(r)).toEqual(["success", 3, 3, 3]);
    } finally {
      delete process.env.PAXOS_TLA_TEST_K;
    }
    const r2 = await check(`Init == x = 0\nNext == x' = IOExec(<<"ls">>).exitValue`);
    expect(r2.outcome).toBe("error");
    expect(r2.message).toMatch(/IOExec is not supported: the engine does not run processes/);
  });

  it("TLCSet and TLCGet keep registers across states; TLCGet(config) says breadth-first; Trace is refused when evaluated", async () => {
    // Register 1 holds the level at which x first reached 3 (as DieHardest does).
    const r = await check(
      `
ASSUME TLCSet(1, 0) /\\ TLCGet("config").mode = "bfs" /\\ TLCGet("config").worker = 1
Init == x = 0
Next == /\\ x < 5
        /\\ x' = x + 1
        /\\ (x' = 3 /\\ TLCGet(1) = 0) => TLCSet(1, TLCGet("level") + 1)
Reached == x = 5 => TLCGet(1) = 4
Export == TRUE \\/ Trace = <<>>`,
      "INIT Init NEXT Next\nINVARIANT Reached Export\nCHECK_DEADLOCK FALSE\n",
    );
    expect(figures(r)).toEqual(["success", 6, 6, 6]);
    const r2 = await check(`Init == x = 0\nNext == UNCHANGED x\nInv == Len(Trace) >= 0`, "INIT Init NEXT Next\nINVARIANT Inv\n");
    expect(r2.message).toMatch(/Trace \(TLCExt\) is not supported/);
    const r3 = await check(`Init == x = 0\nNext == UNCHANGED x /\\ TLCSet("exit", TRUE)`);
    expect(r3.message).toMatch(/TLCSet\("exit", \.\.\.\) is not supported/);
  });
});

describe("an operator of the language passed as an operator argument", () => {
  it("ReduceSet(\\intersect, S, base) and FoldSet(\\cup, ...) apply the built-in operator", async () => {
    const text = `---- MODULE Ops ----
EXTENDS Naturals, FiniteSetsExt
INTERSECTION(S) == ReduceSet(\\intersect, S, UNION S)
ASSUME INTERSECTION({{1, 2, 3}, {2, 3}, {3, 4}}) = {3}
ASSUME FoldSet(\\cup, {}, {{1}, {2}}) = {1, 2}
====
`;
    const m = await model({ "Ops.tla": text, "Ops.cfg": "" }, "Ops");
    expect(checkModel(m).outcome).toBe("success");
  });
});

describe("a named INSTANCE inside LET", () => {
  const counter = "---- MODULE Counter ----\nEXTENDS Naturals\nCONSTANT Limit\nVARIABLE c\nStep == c < Limit /\\ c' = c + 1\nBelow(k) == k < Limit\n====\n";

  it("substitutes implicitly the names in scope at the LET, bound variables included", async () => {
    const root = `---- MODULE Root ----
EXTENDS Naturals
VARIABLE c
Init == c = 0
Next == \\E Limit \\in {2, 3} : LET C == INSTANCE Counter IN C!Step
Small == LET Limit == 5  C == INSTANCE Counter IN C!Below(c)
====
`;
    const m = await model({ "Counter.tla": counter, "Root.tla": root, "Root.cfg": "INIT Init\nNEXT Next\nINVARIANT Small\nCHECK_DEADLOCK FALSE\n" }, "Root");
    expect(figures(checkModel(m))).toEqual(["success", 6, 4, 4]);
  });

  it("reaches the module's own definition of a name the model configuration replaces, as TLC (no endless recursion)", async () => {
    // `Allowed <- Looser`, where Looser extends the original through the instance.
    const base = "---- MODULE Base ----\nEXTENDS Naturals\nVARIABLE c\nAllowed(k) == k < 2\n====\n";
    const root = `---- MODULE Root ----
EXTENDS Base
Init == c = 0
Next == Allowed(c) /\\ c' = c + 1
Looser(k) == LET B == INSTANCE Base IN B!Allowed(k) \\/ k = 2
====
`;
    const m = await model({ "Base.tla": base, "Root.tla": root, "Root.cfg": "INIT Init\nNEXT Next\nCONSTANT Allowed <- Looser\nCHECK_DEADLOCK FALSE\n" }, "Root");
    expect(figures(checkModel(m))).toEqual(["success", 4, 4, 4]);
  });

  it("an unnamed INSTANCE in a LET is refused with its location", async () => {
    const root = "---- MODULE Root ----\nEXTENDS Naturals\nVARIABLE c\nInit == c = 0\nNext == LET INSTANCE Counter WITH Limit <- 2 IN c' = c\n====\n";
    await expect(model({ "Counter.tla": counter, "Root.tla": root, "Root.cfg": "INIT Init\nNEXT Next\n" }, "Root")).rejects.toThrow();
  });
});

describe("a file holding several modules one after another", () => {
  it("the modules after the first are found by name, as SANY finds them, before any file of that name", async () => {
    const root = `---- MODULE Root ----
EXTENDS Naturals, Common
VARIABLE c
Init == c = 0
Next == c < Limit /\\ c' = c + 1
Inv == L!Small(c)
L == INSTANCE Lib
====
Text between the modules is ignored.
---- MODULE Common ----
Limit == 3
====
---- MODULE Lib ----
EXTENDS Naturals, Common
Small(k) == k <= Limit
====
`;
    // A file Common.tla beside it is not read.
    const m = await model(
      { "Root.tla": root, "Common.tla": "---- MODULE Common ----\nLimit == 100\n====\n", "Root.cfg": "INIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n" },
      "Root",
    );
    expect(figures(checkModel(m))).toEqual(["success", 4, 4, 4]);
  });
});

describe('POSTCONDITION, TLCGet("stats") and TLCGet("level") as TLC evaluates them', () => {
  const spec = `---- MODULE Post ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 3 /\\ x' = x + 1
Figures == TLCGet("stats").distinct = 4 /\\ TLCGet("stats").diameter = 4 /\\ TLCGet("generated") = 4 /\\ TLCGet("stats").queue = 0
TooMany == TLCGet("stats").distinct > 10
Early == TLCGet("stats").distinct > 0
====
`;
  it("a true postcondition: success, evaluated once the search has ended, with its figures", async () => {
    const m = await model({ "Post.tla": spec, "Post.cfg": "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\nPOSTCONDITION Figures\n" }, "Post");
    expect(figures(checkModel(m))).toEqual(["success", 4, 4, 4]);
  });

  it("a false postcondition is reported as TLC reports it (a false assumption), at its name in the cfg", async () => {
    const m = await model({ "Post.tla": spec, "Post.cfg": "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\nPOSTCONDITION Figures TooMany\n" }, "Post");
    const r = checkModel(m);
    expect([r.outcome, r.violated, r.counterexample.length]).toEqual(["assumption", "TooMany", 0]);
    expect(r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`)).toEqual(["4:23: the POSTCONDITION TooMany is false after the search"]);
  });

  it('TLCGet("stats") during the search is an error naming where it is supported', async () => {
    const m = await model({ "Post.tla": spec, "Post.cfg": "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\nINVARIANT Early\n" }, "Post");
    const r = checkModel(m);
    expect(r.outcome).toBe("error");
    expect(r.message).toMatch(/TLCGet\("stats"\) is supported only in a POSTCONDITION/);
  });

  it("a successor's VIEW is evaluated at its own level, an ACTION_CONSTRAINT at its predecessor's (a trace specification's TLCGet(\"level\"))", async () => {
    // x follows the log <<1, 1, 2>> one line per step; the VIEW tells apart the two states with x = 1.
    const trace = `---- MODULE Trace ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Log == <<1, 1, 2>>
Init == x = 0
Next == x' \\in 0..2
Follows == TLCGet("level") <= Len(Log) /\\ x' = Log[TLCGet("level")]
View == <<x, TLCGet("level")>>
Accepted == TLCGet("stats").diameter - 1 = Len(Log)
====
`;
    const m = await model(
      { "Trace.tla": trace, "Trace.cfg": "INIT Init\nNEXT Next\nACTION_CONSTRAINT Follows\nVIEW View\nCHECK_DEADLOCK FALSE\nPOSTCONDITION Accepted\n" },
      "Trace",
    );
    const r = checkModel(m);
    expect([r.outcome, r.distinctStates, r.depth]).toEqual(["success", 4, 4]);
  });

  it("a subexpression of the initial predicate, Init!1, assigns as the conjunct it selects", async () => {
    const m = await model(
      { "Post.tla": spec.replace("Early ==", "Both == /\\ x = 0\n        /\\ TRUE\nPart == Both!1\nEarly =="), "Post.cfg": "INIT Part\nNEXT Next\nCHECK_DEADLOCK FALSE\n" },
      "Post",
    );
    expect(figures(checkModel(m))).toEqual(["success", 4, 4, 4]);
  });
});

describe("the community module VectorClocks", () => {
  it("CausalOrder orders a log by its vector clocks as TLC does; IsCausalOrder holds of the result, not of the log", async () => {
    const vc = `---- MODULE VC ----
EXTENDS Naturals, Sequences, VectorClocks
VARIABLE x
\\* b's first event follows a's second; a's events are given out of order.
Log == << [n |-> "b", vc |-> [a |-> 2, b |-> 1]], [n |-> "a", vc |-> [a |-> 2]], [n |-> "a", vc |-> [a |-> 1]] >>
Ordered == CausalOrder(Log, LAMBDA l : l.vc, LAMBDA l : l.n, LAMBDA c : DOMAIN c)
Init == x = 0
Next == UNCHANGED x
Inv == /\\ [i \\in 1..3 |-> Ordered[i].vc] = << [a |-> 1], [a |-> 2], [a |-> 2, b |-> 1] >>
       /\\ IsCausalOrder(Ordered, LAMBDA l : l.vc)
       /\\ ~IsCausalOrder(Log, LAMBDA l : l.vc)
====
`;
    const m = await model({ "VC.tla": vc, "VC.cfg": "INIT Init\nNEXT Next\nINVARIANT Inv\n" }, "VC");
    expect(checkModel(m).outcome).toBe("success");
  });
});

describe("the name Real", () => {
  const spec = (defs: string) => `---- MODULE R ----
EXTENDS Naturals
CONSTANT MaxReal
VARIABLE now
${defs}
Init == now \\in Real
Next == now' \\in {r \\in Real : r > now}
====
`;
  it("a module's own definition of Real is used (as Specifying Systems' MCRealTimeHourClock does)", async () => {
    const m = await model({ "R.tla": spec("Real == 0 .. MaxReal"), "R.cfg": "CONSTANT MaxReal = 3\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n" }, "R");
    expect(checkModel(m).distinctStates).toBe(4);
  });

  it("without one, Real is the Reals module's set, which is refused with its location", async () => {
    const err = await model({ "R.tla": spec(""), "R.cfg": "CONSTANT MaxReal = 3\nINIT Init\nNEXT Next\n" }, "R").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TlaError);
    expect((err as TlaError).format()).toMatch(/R.tla:6:17: the set Real \(module Reals\) is not supported/);
  });
});

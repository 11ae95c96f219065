import { describe, expect, it } from "vitest";
import type { Expr, Junction, OpDef } from "../../../src/tla/syntax/ast.js";
import { TlaError } from "../../../src/tla/errors.js";
import { app, exprOf, exprShape, id, moduleOf, num, shape, unitsOf } from "./shape.js";

describe("literals", () => {
  it("numbers in every base become bigints", async () => {
    expect(await exprShape("<<42, \\b101, \\o17, \\h1F, \\HfF, 123456789012345678901234567890>>")).toEqual({
      kind: "tuple",
      elems: [num(42), num(5), num(15), num(31), num(255), { kind: "num", value: 123456789012345678901234567890n }],
    });
  });

  it("strings have their escapes processed", async () => {
    const e = await exprOf(String.raw`"a\"b\\c\nd\te"`);
    expect(e).toMatchObject({ kind: "str", value: 'a"b\\c\nd\te' });
  });

  it("TRUE, FALSE and the built-in sets", async () => {
    expect(await exprShape("{TRUE, FALSE, Nat, Int, STRING, BOOLEAN}")).toEqual({
      kind: "setenum",
      elems: [
        { kind: "bool", value: true },
        { kind: "bool", value: false },
        { kind: "builtinset", name: "Nat" },
        { kind: "builtinset", name: "Int" },
        { kind: "builtinset", name: "STRING" },
        { kind: "builtinset", name: "BOOLEAN" },
      ],
    });
  });
});

describe("operator normalisation", () => {
  const cases: [string, string][] = [
    ["a \\union b", "\\cup"],
    ["a \\cup b", "\\cup"],
    ["a \\intersect b", "\\cap"],
    ["a /= b", "#"],
    ["a # b", "#"],
    ["a =< b", "\\leq"],
    ["a <= b", "\\leq"],
    ["a \\leq b", "\\leq"],
    ["a >= b", "\\geq"],
    ["a \\geq b", "\\geq"],
    ["a \\subseteq b", "\\subseteq"],
    ["a \\in b", "\\in"],
    ["a \\notin b", "\\notin"],
    ["a \\div b", "\\div"],
    ["a % b", "%"],
    ["a .. b", ".."],
    ["a => b", "=>"],
    ["a <=> b", "<=>"],
    ["a \\equiv b", "<=>"],
    ["a \\o b", "\\o"],
    ["a \\circ b", "\\o"],
    ["a :> b", ":>"],
    ["a @@ b", "@@"],
    ["a \\ b", "\\"],
    ["a - b", "-"],
    ["a * b", "*"],
    ["a ^ b", "^"],
    ["a < b", "<"],
    ["a = b", "="],
  ];
  it.each(cases)("%s uses %s", async (text, name) => {
    expect(await exprShape(text)).toEqual(app(name, id("a"), id("b")));
  });

  it("prefix operators", async () => {
    expect(await exprShape("<<~a, \\lnot a, \\neg a, -a, SUBSET a, UNION a, DOMAIN a>>")).toEqual({
      kind: "tuple",
      elems: [app("~", id("a")), app("~", id("a")), app("~", id("a")), app("-.", id("a")), app("SUBSET", id("a")), app("UNION", id("a")), app("DOMAIN", id("a"))],
    });
  });

  it("postfix operators: prime becomes Prime, the others stay applications", async () => {
    expect(await exprShape("<<x', x^+, x^*, x^#>>")).toEqual({
      kind: "tuple",
      elems: [{ kind: "prime", expr: id("x") }, app("^+", id("x")), app("^*", id("x")), app("^#", id("x"))],
    });
  });

  it("a primed operator application is a Prime of the application", async () => {
    expect(await exprShape("Op(x, 1)'")).toEqual({ kind: "prime", expr: app("Op", id("x"), num(1)) });
  });

  it("precedence: a + b * c and a \\in S \\cup T", async () => {
    expect(await exprShape("a + b * c")).toEqual(app("+", id("a"), app("*", id("b"), id("c"))));
    expect(await exprShape("a \\in S \\cup T")).toEqual(app("\\in", id("a"), app("\\cup", id("S"), id("T"))));
  });

  it("operator symbols applied like named operators", async () => {
    expect(await exprShape("+(1, 2)")).toEqual(app("+", num(1), num(2)));
  });
});

describe("junctions", () => {
  it("an infix chain a /\\ b /\\ c is one Junction of 3, with per-conjunct locations", async () => {
    const e = (await exprOf("a /\\ b /\\ c")) as Junction;
    expect(shape(e)).toEqual({ kind: "and", args: [id("a"), id("b"), id("c")] });
    // "E == " is 5 characters: a at col 6, b at 11, c at 16 (line 2: line 1 is the header).
    expect(e.args.map((a) => [a.loc.line, a.loc.col])).toEqual([
      [2, 6],
      [2, 11],
      [2, 16],
    ]);
    expect([e.loc.line, e.loc.col, e.loc.endLine, e.loc.endCol]).toEqual([2, 6, 2, 17]);
  });

  it("\\land and \\lor chains, and explicit parentheses stay nested", async () => {
    expect(await exprShape("a \\land b /\\ c")).toEqual({ kind: "and", args: [id("a"), id("b"), id("c")] });
    expect(await exprShape("a \\/ b \\lor c")).toEqual({ kind: "or", args: [id("a"), id("b"), id("c")] });
    expect(await exprShape("a /\\ (b /\\ c)")).toEqual({
      kind: "and",
      args: [id("a"), { kind: "and", args: [id("b"), id("c")] }],
    });
    expect(await exprShape("a /\\ b \\/ c")).toEqual({
      kind: "or",
      args: [{ kind: "and", args: [id("a"), id("b")] }, id("c")],
    });
  });

  it("bulleted lists become Junctions, nested by indentation, each item with its location", async () => {
    const units = await unitsOf(["Next == /\\ x' = 1", "        /\\ \\/ a", "           \\/ /\\ b", "              /\\ c", "        /\\ y' = 2"].join("\n"));
    const def = units[0] as OpDef;
    expect(shape(def.body)).toEqual({
      kind: "and",
      args: [
        app("=", { kind: "prime", expr: id("x") }, num(1)),
        { kind: "or", args: [id("a"), { kind: "and", args: [id("b"), id("c")], bulleted: true }], bulleted: true },
        app("=", { kind: "prime", expr: id("y") }, num(2)),
      ],
      bulleted: true,
    });
    const j = def.body as Junction;
    // Items start after the bullet: lines 2, 3, 6 of the file, column 12.
    expect(j.args.map((a) => [a.loc.line, a.loc.col])).toEqual([
      [2, 12],
      [3, 12],
      [6, 12],
    ]);
  });
});

describe("sets, functions, records, tuples", () => {
  it("set filter and set map, with tuple patterns", async () => {
    expect(await exprShape("{x \\in S : x > 1}")).toEqual({
      kind: "setfilter",
      bound: { names: ["x"], tuple: false, set: id("S") },
      pred: app(">", id("x"), num(1)),
    });
    expect(await exprShape("{x + y : x \\in S, <<y, z>> \\in T}")).toEqual({
      kind: "setmap",
      expr: app("+", id("x"), id("y")),
      bounds: [
        { names: ["x"], tuple: false, set: id("S") },
        { names: ["y", "z"], tuple: true, set: id("T") },
      ],
    });
  });

  it("A \\X B \\X C is one Times of 3", async () => {
    expect(await exprShape("A \\X B \\times C")).toEqual({ kind: "times", sets: [id("A"), id("B"), id("C")] });
  });

  it("function constructor, application with several arguments, function set", async () => {
    expect(await exprShape("[x \\in S, y, z \\in T |-> x]")).toEqual({
      kind: "fnctor",
      bounds: [
        { names: ["x"], tuple: false, set: id("S") },
        { names: ["y", "z"], tuple: false, set: id("T") },
      ],
      body: id("x"),
    });
    expect(await exprShape("f[a, b]")).toEqual({ kind: "fnapp", fn: id("f"), args: [id("a"), id("b")] });
    expect(await exprShape("f[a][b]")).toEqual({
      kind: "fnapp",
      fn: { kind: "fnapp", fn: id("f"), args: [id("a")] },
      args: [id("b")],
    });
    expect(await exprShape("[S -> T]")).toEqual({ kind: "fnset", domain: id("S"), range: id("T") });
  });

  it("records, record sets, field access", async () => {
    expect(await exprShape('[type |-> "1a", bal |-> b]')).toEqual({
      kind: "record",
      fields: [
        { name: "type", expr: { kind: "str", value: "1a" } },
        { name: "bal", expr: id("b") },
      ],
    });
    expect(await exprShape('[type : {"1a"}, bal : Ballot]')).toEqual({
      kind: "recordset",
      fields: [
        { name: "type", set: { kind: "setenum", elems: [{ kind: "str", value: "1a" }] } },
        { name: "bal", set: id("Ballot") },
      ],
    });
    expect(await exprShape("m.bal.x")).toEqual({
      kind: "field",
      record: { kind: "field", record: id("m"), field: "bal" },
      field: "x",
    });
  });

  it("EXCEPT with nested paths, fields, several clauses and @", async () => {
    expect(await exprShape("[f EXCEPT ![a][b] = @ + 1, !.c = 2, ![d, e] = 3]")).toEqual({
      kind: "except",
      fn: id("f"),
      updates: [
        {
          path: [
            { kind: "index", args: [id("a")] },
            { kind: "index", args: [id("b")] },
          ],
          value: app("+", { kind: "at" }, num(1)),
        },
        { path: [{ kind: "field", name: "c" }], value: num(2) },
        { path: [{ kind: "index", args: [id("d"), id("e")] }], value: num(3) },
      ],
    });
  });

  it("tuples and the empty set", async () => {
    expect(await exprShape("<<>>")).toEqual({ kind: "tuple", elems: [] });
    expect(await exprShape("{}")).toEqual({ kind: "setenum", elems: [] });
  });
});

describe("binders and control", () => {
  it("quantifiers with several bounds, tuple patterns, unbounded forms", async () => {
    expect(await exprShape("\\A x, y \\in S, z \\in T : \\E <<a, b>> \\in U : TRUE")).toEqual({
      kind: "forall",
      bounds: [
        { names: ["x", "y"], tuple: false, set: id("S") },
        { names: ["z"], tuple: false, set: id("T") },
      ],
      body: {
        kind: "exists",
        bounds: [{ names: ["a", "b"], tuple: true, set: id("U") }],
        body: { kind: "bool", value: true },
      },
    });
    expect(await exprShape("\\E x, y : x = y")).toEqual({
      kind: "exists",
      bounds: [{ names: ["x", "y"], tuple: false, set: undefined }],
      body: app("=", id("x"), id("y")),
    });
  });

  it("CHOOSE bounded and unbounded", async () => {
    expect(await exprShape("CHOOSE v \\in S : v > 0")).toEqual({
      kind: "choose",
      bound: { names: ["v"], tuple: false, set: id("S") },
      body: app(">", id("v"), num(0)),
    });
    expect(await exprShape("CHOOSE v : TRUE")).toEqual({
      kind: "choose",
      bound: { names: ["v"], tuple: false, set: undefined },
      body: { kind: "bool", value: true },
    });
  });

  it("IF, CASE with and without OTHER, LET with several definitions", async () => {
    expect(await exprShape("IF a THEN 1 ELSE 2")).toEqual({ kind: "if", cond: id("a"), then: num(1), else: num(2) });
    expect(await exprShape("CASE a -> 1 [] b -> 2 [] OTHER -> 3")).toEqual({
      kind: "case",
      arms: [
        { guard: id("a"), value: num(1) },
        { guard: id("b"), value: num(2) },
      ],
      other: num(3),
    });
    expect(await exprShape("CASE a -> 1")).toEqual({ kind: "case", arms: [{ guard: id("a"), value: num(1) }], other: undefined });
    expect(await exprShape("LET A == 1\n     B(q) == q\n     g[i \\in S] == i\n IN A + B(2)")).toEqual({
      kind: "let",
      defs: [
        { kind: "opdef", name: "A", params: [], body: num(1), local: false },
        { kind: "opdef", name: "B", params: [{ name: "q", arity: 0 }], body: id("q"), local: false },
        { kind: "fndef", name: "g", bounds: [{ names: ["i"], tuple: false, set: id("S") }], body: id("i"), local: false },
      ],
      body: app("+", id("A"), app("B", num(2))),
    });
  });

  it("LAMBDA and operator symbols as operator arguments", async () => {
    expect(await exprShape("Fold(LAMBDA a, b : a + b, +, 0)")).toEqual(app("Fold", { kind: "lambda", params: ["a", "b"], body: app("+", id("a"), id("b")) }, id("+"), num(0)));
  });
});

describe("actions and temporal formulas", () => {
  it("UNCHANGED, ENABLED, [A]_v, <<A>>_v", async () => {
    expect(await exprShape("UNCHANGED <<x, y>>")).toEqual({ kind: "unchanged", expr: { kind: "tuple", elems: [id("x"), id("y")] } });
    expect(await exprShape("ENABLED Next")).toEqual({ kind: "enabled", expr: id("Next") });
    expect(await exprShape("[Next]_vars")).toEqual({ kind: "step", box: true, action: id("Next"), sub: id("vars") });
    expect(await exprShape("<<Next>>_<<x>>")).toEqual({
      kind: "step",
      box: false,
      action: id("Next"),
      sub: { kind: "tuple", elems: [id("x")] },
    });
  });

  it("Spec == Init /\\ [][Next]_vars /\\ WF_vars(Next), <>, ~>, SF", async () => {
    expect(await exprShape("Init /\\ [][Next]_vars /\\ WF_vars(Next) /\\ SF_x(A)")).toEqual({
      kind: "and",
      args: [
        id("Init"),
        { kind: "temporal", op: "always", args: [{ kind: "step", box: true, action: id("Next"), sub: id("vars") }] },
        { kind: "temporal", op: "WF", args: [id("Next")], sub: id("vars") },
        { kind: "temporal", op: "SF", args: [id("A")], sub: id("x") },
      ],
    });
    expect(await exprShape("P ~> <>Q")).toEqual({
      kind: "temporal",
      op: "leadsto",
      args: [id("P"), { kind: "temporal", op: "eventually", args: [id("Q")] }],
    });
  });
});

describe("module units", () => {
  it("EXTENDS, CONSTANTS with operator constants, VARIABLES", async () => {
    const m = await moduleOf("EXTENDS Naturals, FiniteSets\nCONSTANTS N, F(_, _), _ ** _\nVARIABLE x\nVARIABLES y, z");
    expect(m.name).toBe("T");
    expect(m.extends).toEqual(["Naturals", "FiniteSets"]);
    expect(m.extendsLocs?.map((l) => [l.line, l.col])).toEqual([
      [2, 9],
      [2, 19],
    ]);
    expect(shape(m.units)).toEqual([
      {
        kind: "constants",
        decls: [
          { name: "N", arity: 0 },
          { name: "F", arity: 2 },
          { name: "**", arity: 2 },
        ],
      },
      { kind: "variables", names: ["x"] },
      { kind: "variables", names: ["y", "z"] },
    ]);
  });

  it("operator definitions with operator parameters, infix, prefix and postfix definitions", async () => {
    const units = await unitsOf("Op(F(_), x) == F(x)\na \\prec b == a < b\n-. a == 0 - a\na ^+ == a\nx (+) y == x");
    expect(shape(units)).toEqual([
      {
        kind: "opdef",
        name: "Op",
        params: [
          { name: "F", arity: 1 },
          { name: "x", arity: 0 },
        ],
        body: app("F", id("x")),
        local: false,
      },
      {
        kind: "opdef",
        name: "\\prec",
        params: [
          { name: "a", arity: 0 },
          { name: "b", arity: 0 },
        ],
        body: app("<", id("a"), id("b")),
        local: false,
      },
      { kind: "opdef", name: "-.", params: [{ name: "a", arity: 0 }], body: app("-", num(0), id("a")), local: false },
      { kind: "opdef", name: "^+", params: [{ name: "a", arity: 0 }], body: id("a"), local: false },
      {
        kind: "opdef",
        name: "\\oplus",
        params: [
          { name: "x", arity: 0 },
          { name: "y", arity: 0 },
        ],
        body: id("x"),
        local: false,
      },
    ]);
    expect(await exprShape("a \\prec b")).toEqual(app("\\prec", id("a"), id("b")));
  });

  it("function definitions, LOCAL definitions, RECURSIVE, ASSUME", async () => {
    const units = await unitsOf(
      "RECURSIVE Sum(_), G\nfact[n \\in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]\nLOCAL L == 1\nLOCAL g[i \\in S] == i\nASSUME N \\in Nat\nASSUME Pos == N > 0",
    );
    expect(shape(units)).toEqual([
      {
        kind: "recursive",
        decls: [
          { name: "Sum", arity: 1 },
          { name: "G", arity: 0 },
        ],
      },
      {
        kind: "fndef",
        name: "fact",
        bounds: [{ names: ["n"], tuple: false, set: { kind: "builtinset", name: "Nat" } }],
        body: {
          kind: "if",
          cond: app("=", id("n"), num(0)),
          then: num(1),
          else: app("*", id("n"), { kind: "fnapp", fn: id("fact"), args: [app("-", id("n"), num(1))] }),
        },
        local: false,
      },
      { kind: "opdef", name: "L", params: [], body: num(1), local: true },
      { kind: "fndef", name: "g", bounds: [{ names: ["i"], tuple: false, set: id("S") }], body: id("i"), local: true },
      { kind: "assume", name: undefined, expr: app("\\in", id("N"), { kind: "builtinset", name: "Nat" }) },
      { kind: "assume", name: "Pos", expr: app(">", id("N"), num(0)) },
    ]);
  });

  it("INSTANCE forms and instance operator applications", async () => {
    const m = await moduleOf(
      "V == INSTANCE Voting WITH Acceptor <- A, Quorum <- {q}\nI(x) == INSTANCE M\nINSTANCE Naturals\nLOCAL INSTANCE TLC\nE == V!Op(1) /\\ I(2)!Op /\\ V!J!K",
    );
    expect(shape(m.units)).toEqual([
      {
        kind: "instance",
        name: "V",
        params: [],
        module: "Voting",
        subs: [
          { name: "Acceptor", expr: id("A") },
          { name: "Quorum", expr: { kind: "setenum", elems: [id("q")] } },
        ],
        local: false,
      },
      { kind: "instance", name: "I", params: [{ name: "x", arity: 0 }], module: "M", subs: [], local: false },
      { kind: "instance", name: undefined, params: [], module: "Naturals", subs: [], local: false },
      { kind: "instance", name: undefined, params: [], module: "TLC", subs: [], local: true },
      {
        kind: "opdef",
        name: "E",
        params: [],
        local: false,
        body: {
          kind: "and",
          args: [
            { kind: "instanceop", path: [{ name: "V", args: [] }], name: "Op", args: [num(1)] },
            { kind: "instanceop", path: [{ name: "I", args: [num(2)] }], name: "Op", args: [] },
            {
              kind: "instanceop",
              path: [
                { name: "V", args: [] },
                { name: "J", args: [] },
              ],
              name: "K",
              args: [],
            },
          ],
        },
      },
    ]);
    const inst = m.units[0]!;
    expect(inst.kind === "instance" && inst.moduleLoc && [inst.moduleLoc.line, inst.moduleLoc.col]).toEqual([2, 15]);
  });

  it("THEOREMs and proofs are skipped, a named theorem defines its name; nested modules go to submodules", async () => {
    const m = await moduleOf(
      ["VARIABLE x", "THEOREM T1 == x = x", "LEMMA x = x", "  <1>1. TRUE", "    BY DEF F", "  <1> QED", "---- MODULE Inner ----", "CONSTANT C", "IOp == C", "====", "A == 1"].join(
        "\n",
      ),
    );
    expect(shape(m.units)).toEqual([
      { kind: "variables", names: ["x"] },
      { kind: "opdef", name: "T1", params: [], body: app("=", id("x"), id("x")), local: false },
      { kind: "opdef", name: "A", params: [], body: num(1), local: false },
    ]);
    expect(m.submodules.map((s) => s.name)).toEqual(["Inner"]);
    expect(shape(m.submodules[0]!.units)).toEqual([
      { kind: "constants", decls: [{ name: "C", arity: 0 }] },
      { kind: "opdef", name: "IOp", params: [], body: id("C"), local: false },
    ]);
  });

  it("a PlusCal algorithm inside a comment is ignored", async () => {
    const m = await moduleOf("(* --algorithm A\nvariables x = 0;\nbegin\n  x := 1;\nend algorithm; *)\nB == 1");
    expect(shape(m.units)).toEqual([{ kind: "opdef", name: "B", params: [], body: num(1), local: false }]);
  });

  it("module and unit locations", async () => {
    const m = await moduleOf("VARIABLE x\nInit == x = 0");
    expect([m.loc.line, m.loc.col, m.loc.endLine]).toEqual([1, 1, 4]);
    const init = m.units[1]!;
    expect([init.loc.file, init.loc.line, init.loc.col, init.loc.endLine, init.loc.endCol]).toEqual(["T.tla", 3, 1, 3, 14]);
    expect(m.source.slice(init.loc.start, init.loc.end)).toBe("Init == x = 0");
  });
});

describe("doc comments", () => {
  it("keeps the comment just above a definition, without markers or box decoration", async () => {
    const units = await unitsOf(
      [
        "(***************************************************************************)",
        "(* The acceptor a joins ballot b, promising not to vote in lower ones.    *)",
        "(*   It answers with its last vote.                                        *)",
        "(***************************************************************************)",
        "Phase1b(a) == TRUE",
        "",
        "\\* Line comments",
        "\\* count too.",
        "Send(m) == m",
        "",
        "(* A block",
        "   * with star decoration",
        "   over lines. *)",
        "",
        "Block == 1",
        "NoDoc == 2 \\* trailing remark, not a doc",
        "Other == 3",
        "(* far away *)",
        "",
        "",
        "",
        "Far == 4",
        "f[i \\in S] == i \\* fn",
      ].join("\n"),
    );
    const docs = units.map((u) => (u.kind === "opdef" || u.kind === "fndef" ? [u.name, u.doc] : [u.kind]));
    expect(docs).toEqual([
      ["Phase1b", "The acceptor a joins ballot b, promising not to vote in lower ones.\n  It answers with its last vote."],
      ["Send", "Line comments\ncount too."],
      ["Block", "A block\nwith star decoration\nover lines."],
      ["NoDoc", undefined],
      ["Other", undefined],
      ["Far", undefined],
      ["f", undefined],
    ]);
  });

  it("doc comments on function definitions and LOCAL definitions", async () => {
    const units = await unitsOf("\\* the factorial\nfact[n \\in Nat] == n\n\\* hidden\nLOCAL H == 1");
    expect(units.map((u) => (u.kind === "opdef" || u.kind === "fndef" ? u.doc : undefined))).toEqual(["the factorial", "hidden"]);
  });
});

describe("unsupported constructs are errors naming them", () => {
  const cases: [string, RegExp, number][] = [
    ["\\AA x : x", /\\AA/, 6],
    ["\\EE x : x", /\\EE/, 6],
    ["A -+-> B", /-\+->/, 8],
    ["1.5", /real number 1\.5/, 6],
  ];
  it.each(cases)("%s", async (text, pattern, col) => {
    const err = await exprOf(text).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TlaError);
    const t = err as TlaError;
    expect(t.kind).toBe("semantic-error");
    expect(t.message).toMatch(pattern);
    expect(t.message).toMatch(/not supported/);
    expect([t.loc?.file, t.loc?.line, t.loc?.col]).toEqual(["T.tla", 2, col]);
  });

  it("Real is a name like any other (a module may define its own; the evaluator refuses the Reals one)", async () => {
    await expect(exprOf("Real")).resolves.toMatchObject({ kind: "ident", name: "Real" });
  });

  it("action composition A \\cdot B is an operator application (the evaluator decides where it may stand)", async () => {
    await expect(exprOf("A \\cdot B")).resolves.toMatchObject({ kind: "opapp", name: "\\cdot", args: [{ name: "A" }, { name: "B" }] });
  });

  it("a keyword used as a name is a syntax error", async () => {
    await expect(exprOf("CONSTANT")).rejects.toMatchObject({ kind: "parse-error", message: expect.stringMatching(/CONSTANT/) });
  });
});

/** Every Expr node of a tree, for whole-tree checks. */
function walk(e: unknown, visit: (x: Expr) => void): void {
  if (Array.isArray(e)) for (const x of e) walk(x, visit);
  else if (e !== null && typeof e === "object") {
    if ("kind" in e && "loc" in e) visit(e as Expr);
    for (const [k, v] of Object.entries(e)) if (k !== "loc") walk(v, visit);
  }
}

describe("locations", () => {
  it("every node's offsets cover exactly its source text", async () => {
    const m = await moduleOf("E == /\\ f[x] = [a |-> 1].a\n     /\\ \\E y \\in S : y' = <<y>>");
    const seen: string[] = [];
    walk(m.units, (x) => {
      const text = m.source.slice(x.loc.start, x.loc.end);
      if (x.kind === "ident") expect(text).toBe(x.name);
      seen.push(text);
    });
    expect(seen).toContain("f[x] = [a |-> 1].a");
    expect(seen).toContain("[a |-> 1].a");
    expect(seen).toContain("y' = <<y>>");
    expect(seen).toContain("\\E y \\in S : y' = <<y>>");
  });
});

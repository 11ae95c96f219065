import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TlaError } from "../../../src/tla/errors.js";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";

/** Writes the given files into a fresh directory and loads `<name>.cfg` with `<name>.tla`. */
async function model(files: Record<string, string>, name: string) {
  const dir = mkdtempSync(join(tmpdir(), "tla-model-"));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return loadModel(join(dir, `${name}.cfg`), join(dir, `${name}.tla`));
}
const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];

const base = `---- MODULE Base ----
EXTENDS Naturals
VARIABLE x
Limit == 5
Init == x = 0
Next == x < Limit /\\ x' = x + 1
====
`;

describe("cfg replacements of definitions", () => {
  it("A <- B replaces a definition of an extended module, as TLC (3 distinct, depth 3)", async () => {
    const m = await model(
      {
        "Base.tla": base,
        "MCBase.tla": "---- MODULE MCBase ----\nEXTENDS Base\nMyLimit == 2\n====\n",
        "MCBase.cfg": "CONSTANT Limit <- MyLimit\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n",
      },
      "MCBase",
    );
    expect(figures(checkModel(m))).toEqual(["success", 3, 3, 3]);
  });

  it("A <- [M] B names the module of the replaced definition", async () => {
    const m = await model(
      {
        "Base.tla": base,
        "MCBase.tla": "---- MODULE MCBase ----\nEXTENDS Base\nMyLimit == 1\n====\n",
        "MCBase.cfg": "CONSTANT Limit <- [Base] MyLimit\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n",
      },
      "MCBase",
    );
    expect(figures(checkModel(m))).toEqual(["success", 2, 2, 2]);
  });

  it("an operator with parameters of an extended module is replaced too", async () => {
    const m = await model(
      {
        "Base.tla": "---- MODULE Base ----\nEXTENDS Naturals\nVARIABLE x\nStep(n) == n + 1\nInit == x = 0\nNext == x < 4 /\\ x' = Step(x)\n====\n",
        "MCBase.tla": "---- MODULE MCBase ----\nEXTENDS Base\nBigStep(n) == n + 2\n====\n",
        "MCBase.cfg": "CONSTANT Step <- BigStep\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n",
      },
      "MCBase",
    );
    // 0, 2, 4.
    expect(figures(checkModel(m))).toEqual(["success", 3, 3, 3]);
  });

  it("Nat <- MyNat and Seq <- MySeq replace the standard operators", async () => {
    const m = await model(
      {
        "M.tla": `---- MODULE M ----
EXTENDS Naturals, Sequences
VARIABLE x
MyNat == 0..2
MySeq(S) == {<<>>} \\cup {<<s>> : s \\in S}
Init == x \\in Nat
Next == \\E s \\in Seq({x}) : x' = Len(s)
====
`,
        "M.cfg": "CONSTANTS Nat <- MyNat\n  Seq <- MySeq\nINIT Init\nNEXT Next\n",
      },
      "M",
    );
    // Initial states 0, 1, 2 (all at depth 1); each has the successors 0 and 1.
    expect(figures(checkModel(m))).toEqual(["success", 9, 3, 1]);
  });

  it("None = None gives a definition a model value; the definition is never compiled", async () => {
    const m = await model(
      {
        "P.tla": `---- MODULE P ----
CONSTANT Value
VARIABLE x
None == CHOOSE v : v \\notin Value
Init == x = None
Next == \\E v \\in Value : x = None /\\ x' = v
====
`,
        "P.cfg": "CONSTANTS Value = {a, b}\n  None = None\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n",
      },
      "P",
    );
    expect(figures(checkModel(m))).toEqual(["success", 3, 3, 2]);
    expect(m.printState(m.initStates()[0]!)).toEqual({ x: "None" });
  });

  it("an Op <- Other replacement keeps the replaced definition from being compiled", async () => {
    const m = await model(
      {
        "P.tla": `---- MODULE P ----
EXTENDS Naturals
VARIABLE x
Bad == CHOOSE n : n > 3
Good == 4
Init == x = Bad
Next == UNCHANGED x
====
`,
        "P.cfg": "CONSTANT Bad <- Good\nINIT Init\nNEXT Next\n",
      },
      "P",
    );
    expect(figures(checkModel(m))).toEqual(["success", 2, 1, 1]);
  });

  it("a replacement of a definition that an unnamed INSTANCE brings in takes effect", async () => {
    const m = await model(
      {
        "Base.tla": base,
        "MCBase.tla": "---- MODULE MCBase ----\nVARIABLE x\nINSTANCE Base\nMyLimit == 2\n====\n",
        "MCBase.cfg": "CONSTANT Limit <- MyLimit\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n",
      },
      "MCBase",
    );
    expect(figures(checkModel(m))).toEqual(["success", 3, 3, 3]);
  });

  it("a replacement that cannot take effect is an error, never ignored", async () => {
    const files = { "Base.tla": base, "MCBase.tla": "---- MODULE MCBase ----\nEXTENDS Base\nMyLimit == 2\n====\n" };
    const err = async (cfg: string) => (await model({ ...files, "MCBase.cfg": `${cfg}\nINIT Init\nNEXT Next\n` }, "MCBase").catch((e: unknown) => e)) as TlaError;
    expect((await err("CONSTANT x <- MyLimit")).message).toMatch(/replaces x, which is a variable/);
    expect((await err("CONSTANT Nope <- MyLimit")).message).toMatch(/replaces Nope, which is not a constant or definition/);
    expect((await err("CONSTANT Limit <- [Missing] MyLimit")).message).toMatch(/module Missing, which is not part of the specification/);
    expect((await err("CONSTANT Nope <- [Base] MyLimit")).message).toMatch(/replaces Nope, which module Base does not define/);
    expect((await err("CONSTANT Nope <- [Base] MyLimit")).loc?.line).toBe(1);
  });

  it("a replacement by an unknown definition is a located error", async () => {
    const err = await model(
      {
        "Base.tla": base,
        "MCBase.tla": "---- MODULE MCBase ----\nEXTENDS Base\n====\n",
        "MCBase.cfg": "CONSTANT Limit <- Nope\nINIT Init\nNEXT Next\n",
      },
      "MCBase",
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TlaError);
    expect((err as TlaError).message).toMatch(/unknown identifier Nope/);
    expect((err as TlaError).loc?.line).toBe(1);
  });
});

describe("SPECIFICATION with parts from instances", () => {
  it("Init == B!Init /\\ pc = 0 compiles each conjunct in its own module", async () => {
    const files = {
      "Inner.tla": "---- MODULE Inner ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x < 2 /\\ x' = x + 1\n====\n",
      "Outer.tla": `---- MODULE Outer ----
EXTENDS Naturals
VARIABLES x, pc
B == INSTANCE Inner
vars == <<x, pc>>
Init == B!Init /\\ pc = 0
Next == B!Next /\\ pc' = pc + 1
Spec == Init /\\ [][Next]_vars
====
`,
    };
    const bySpec = await model({ ...files, "Outer.cfg": "SPECIFICATION Spec\nCHECK_DEADLOCK FALSE\n" }, "Outer");
    const byPair = await model({ ...files, "Outer.cfg": "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n" }, "Outer");
    expect(figures(checkModel(bySpec))).toEqual(["success", 3, 3, 3]);
    expect(figures(checkModel(byPair))).toEqual(["success", 3, 3, 3]);
  });

  it("a specification that is an instance's Spec is unfolded", async () => {
    const m = await model(
      {
        "Inner.tla": "---- MODULE Inner ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x < 2 /\\ x' = x + 1\nSpec == Init /\\ [][Next]_x\n====\n",
        "Outer.tla": "---- MODULE Outer ----\nVARIABLE x\nB == INSTANCE Inner\nSpec == B!Spec\n====\n",
        "Outer.cfg": "SPECIFICATION Spec\nCHECK_DEADLOCK FALSE\n",
      },
      "Outer",
    );
    expect(figures(checkModel(m))).toEqual(["success", 3, 3, 3]);
  });
});

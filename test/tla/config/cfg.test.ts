import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TlaError } from "../../../src/tla/errors.js";
import { loadConfig, moduleFileForCfg, parseConfig, type CfgValue } from "../../../src/tla/config/cfg.js";

const samples = new URL("../../fixtures/tlc", import.meta.url).pathname;
const specDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../spec");

/** A value without locations, for comparisons. */
function plain(v: CfgValue): unknown {
  switch (v.kind) {
    case "set":
      return v.elems.map(plain);
    case "modelvalue":
      return `mv:${v.name}`;
    default:
      return v.value;
  }
}

function errorOf(text: string): TlaError {
  try {
    parseConfig(text, "m.cfg");
  } catch (e) {
    expect(e).toBeInstanceOf(TlaError);
    return e as TlaError;
  }
  throw new Error("expected a TlaError");
}

describe("cfg keywords", () => {
  it("a value qualified by a module, `N = [M] v`", () => {
    const cfg = parseConfig("CONSTANTS\n  NoHash = [Nano]NoHashVal\n  K = [Inner] {1, 2}\n", "m.cfg");
    expect(cfg.constants.map((c) => (c.kind === "value" ? [c.name, plain(c.value), c.module?.name, c.module?.loc.col] : []))).toEqual([
      ["NoHash", "mv:NoHashVal", "Nano", 13],
      ["K", [1n, 2n], "Inner", 8],
    ]);
    expect(() => parseConfig("CONSTANT N = [M v", "m.cfg")).toThrow(/expected '\]' after the module name/);
  });

  it("every keyword, singular and plural, with names located", () => {
    const text = [
      "INIT Init NEXT Next",
      "CONSTANT N = 3",
      "CONSTANTS S = {a, b}  None = None",
      '  T = {{1, 2}, {}}, Name = "x\\"y" Flag = TRUE Neg = -2',
      "  F <- Def  G <- [Inner] GDef",
      "INVARIANT Inv1 INVARIANTS Inv2, Inv3",
      "PROPERTY P1 PROPERTIES P2 P3",
      "CONSTRAINT C1 CONSTRAINTS C2",
      "ACTION_CONSTRAINT A1 ACTION_CONSTRAINTS A2",
      "SYMMETRY Sym VIEW View",
      "CHECK_DEADLOCK FALSE",
      "ALIAS Al",
    ].join("\n");
    const cfg = parseConfig(text, "m.cfg");
    expect(cfg.init?.name).toBe("Init");
    expect(cfg.next?.name).toBe("Next");
    expect([cfg.next?.loc.line, cfg.next?.loc.col]).toEqual([1, 16]);
    expect(cfg.specification).toBeUndefined();
    expect(cfg.constants.map((c) => (c.kind === "value" ? [c.name, plain(c.value)] : [c.name, c.by.name, c.module?.name]))).toEqual([
      ["N", 3n],
      ["S", ["mv:a", "mv:b"]],
      ["None", "mv:None"],
      ["T", [[1n, 2n], []]],
      ["Name", 'x"y'],
      ["Flag", true],
      ["Neg", -2n],
      ["F", "Def", undefined],
      ["G", "GDef", "Inner"],
    ]);
    const g = cfg.constants[8]!;
    expect([g.loc.line, g.loc.col]).toEqual([5, 13]);
    expect(g.kind === "replace" && [g.by.loc.line, g.by.loc.col, g.module?.loc.col]).toEqual([5, 26, 19]);
    expect(cfg.invariants.map((n) => n.name)).toEqual(["Inv1", "Inv2", "Inv3"]);
    expect(cfg.invariants.map((n) => [n.loc.line, n.loc.col])).toEqual([
      [6, 11],
      [6, 27],
      [6, 33],
    ]);
    expect(cfg.properties.map((n) => n.name)).toEqual(["P1", "P2", "P3"]);
    expect(cfg.constraints.map((n) => n.name)).toEqual(["C1", "C2"]);
    expect(cfg.actionConstraints.map((n) => n.name)).toEqual(["A1", "A2"]);
    expect(cfg.symmetry?.name).toBe("Sym");
    expect(cfg.view?.name).toBe("View");
    expect(cfg.checkDeadlock).toBe(false);
    expect(cfg.alias?.name).toBe("Al");
    expect(cfg.notes).toEqual(["m.cfg:12:1: ALIAS Al is accepted and ignored"]);
  });

  it("comments: \\* to end of line and (* *) blocks, nested and over lines", () => {
    const cfg = parseConfig("\\* a comment INIT Wrong\n(* block (* nested *)\n NEXT Wrong *) SPECIFICATION Spec \\* trailing\nCHECK_DEADLOCK TRUE", "m.cfg");
    expect(cfg.specification?.name).toBe("Spec");
    expect([cfg.specification?.loc.line, cfg.specification?.loc.col]).toEqual([3, 30]);
    expect(cfg.init).toBeUndefined();
    expect(cfg.next).toBeUndefined();
    expect(cfg.checkDeadlock).toBe(true);
  });

  it("CHECK_DEADLOCK unset stays undefined", () => {
    expect(parseConfig("INIT I NEXT N", "m.cfg").checkDeadlock).toBeUndefined();
  });
});

describe("malformed cfg files are located parse errors", () => {
  const cases: [string, string, RegExp, number, number][] = [
    ["unknown keyword", "\\* model\nNEXTT Next", /expected a keyword .* not 'NEXTT'/, 2, 1],
    ["misspelt keyword after INIT", "INIT Init\nNEXTT Next", /INIT takes one name, but 'NEXTT' follows/, 2, 1],
    ["keyword with no name", "INIT\nNEXT Next", /expected a name after INIT/, 2, 1],
    ["name missing at end", "NEXT", /expected a name after NEXT, found the end of the file/, 1, 5],
    ["constant without = or <-", "CONSTANT N 3", /expected '=' or '<-' after the constant N/, 1, 12],
    ["unclosed set", "CONSTANT S = {a, b\nINIT Init", /expected ',' or '}' in a set/, 2, 1],
    ["bad value", "CONSTANT S = =", /expected a value/, 1, 14],
    ["two INIT", "INIT A\nINIT B", /INIT is given twice \(first at 1:6\)/, 2, 1],
    ["INIT with two names", "INIT A B", /INIT takes one name, but 'B' follows/, 1, 8],
    ["CHECK_DEADLOCK value", "CHECK_DEADLOCK maybe", /expected TRUE or FALSE after CHECK_DEADLOCK/, 1, 16],
    ["unterminated comment", "INIT I\n(* open", /unterminated comment/, 2, 1],
    ["unterminated string", 'CONSTANT S = "abc\nINIT I', /unterminated string/, 1, 14],
    ["stray character", "INIT I;", /unexpected character ';'/, 1, 7],
    ["module substitution without ]", "CONSTANT F <- [M Def", /expected '\]' after the module name/, 1, 18],
  ];
  it.each(cases)("%s", (_, text, pattern, line, col) => {
    const err = errorOf(text);
    expect(err.kind).toBe("parse-error");
    expect(err.message).toMatch(pattern);
    expect([err.loc?.file, err.loc?.line, err.loc?.col]).toEqual(["m.cfg", line, col]);
  });

  it("POSTCONDITION names the formulas evaluated after the search, with their locations", () => {
    const cfg = parseConfig("INIT I NEXT N\nPOSTCONDITION Post, Other", "m.cfg");
    expect(cfg.postconditions.map((n) => [n.name, n.loc.line, n.loc.col])).toEqual([
      ["Post", 2, 15],
      ["Other", 2, 21],
    ]);
    expect(errorOf("INIT I NEXT N\nPOSTCONDITION").message).toMatch(/expected a name after POSTCONDITION/);
  });

  it("SPECIFICATION together with INIT is rejected", () => {
    const err = errorOf("SPECIFICATION Spec\nINIT Init");
    expect(err.message).toMatch(/SPECIFICATION cannot be combined with INIT\/NEXT/);
    expect([err.loc?.line, err.loc?.col]).toEqual([2, 6]);
  });
});

describe("real cfg files", () => {
  it("TLC's sample configurations", async () => {
    const ok = await loadConfig(path.join(samples, "ok.cfg"));
    expect(ok.specification?.name).toBe("Spec");
    expect(ok.invariants.map((n) => n.name)).toEqual(["TypeOK"]);
    const inv = await loadConfig(path.join(samples, "inv.cfg"));
    expect(inv.invariants.map((n) => n.name)).toEqual(["TypeOK", "Small"]);
    expect(inv.specification?.name).toBe("Spec");
    expect(inv.constants).toMatchObject([{ kind: "value", name: "Max", value: { kind: "int", value: 3n } }]);
    const dead = await loadConfig(path.join(samples, "dead.cfg"));
    expect([dead.init?.name, dead.next?.name, dead.invariants.length]).toEqual(["Init", "Next", 0]);
    const bad = await loadConfig(path.join(samples, "bad.cfg"));
    expect(bad.init?.loc).toMatchObject({ file: path.join(samples, "bad.cfg"), line: 1, col: 6 });
  });

  const specCfgs = existsSync(specDir) ? readdirSync(specDir).filter((f) => f.endsWith(".cfg")) : [];
  it.skipIf(specCfgs.length === 0)("every cfg under spec/ parses, and names a .tla beside it", async () => {
    for (const f of specCfgs) {
      const file = path.join(specDir, f);
      const cfg = await loadConfig(file);
      expect(cfg.specification ?? cfg.init).toBeDefined();
      const tla = moduleFileForCfg(file);
      expect(tla).toBe(path.join(specDir, f.replace(/\.cfg$/, ".tla")));
      expect(existsSync(tla)).toBe(true);
      // Every name's location points at that name in the file.
      const lines = readFileSync(file, "utf8").split("\n");
      for (const n of [...cfg.invariants, ...cfg.properties, ...(cfg.specification ? [cfg.specification] : [])]) {
        expect(lines[n.loc.line - 1]!.slice(n.loc.col - 1, n.loc.col - 1 + n.name.length)).toBe(n.name);
      }
    }
  });

  it("moduleFileForCfg takes the base name beside the cfg", () => {
    expect(moduleFileForCfg("/x/y/MCPaxos.cfg")).toBe("/x/y/MCPaxos.tla");
    expect(moduleFileForCfg("models/Small.cfg")).toBe(path.join("models", "Small.tla"));
  });

  it("a missing cfg file is an error, not a crash", async () => {
    await expect(loadConfig("/no/such/model.cfg")).rejects.toMatchObject({ kind: "parse-error", message: expect.stringMatching(/model\.cfg/) });
  });
});

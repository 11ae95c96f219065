import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TlaError } from "../../../src/tla/errors.js";
import { loadModules, references } from "../../../src/tla/syntax/load.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/tla");

async function loadError(file: string): Promise<TlaError> {
  const err = await loadModules(path.join(fixtures, file)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TlaError);
  return err as TlaError;
}

describe("loadModules", () => {
  it("loads EXTENDS and named INSTANCE dependencies, nested modules, and flags standard modules", async () => {
    const set = await loadModules(path.join(fixtures, "multi/Main.tla"));
    expect(set.root.name).toBe("Main");
    expect(set.root.file).toBe(path.join(fixtures, "multi/Main.tla"));
    expect([...set.modules.keys()].sort()).toEqual(["Base", "Counter", "Helper", "Main"]);
    expect([...set.standard].sort()).toEqual(["Integers", "Naturals", "Sequences", "TLC"]);
    // Dependencies come before the modules that use them.
    const order = set.order.map((m) => m.name);
    expect(order[order.length - 1]).toBe("Main");
    expect(order.indexOf("Base")).toBeLessThan(order.indexOf("Main"));
    expect(order.indexOf("Helper")).toBeLessThan(order.indexOf("Counter"));
    expect(order.indexOf("Counter")).toBeLessThan(order.indexOf("Main"));
    expect(set.modules.get("Counter")!.submodules.map((m) => m.name)).toEqual(["Helper"]);
    expect(set.modules.get("Helper")).toBe(set.modules.get("Counter")!.submodules[0]);
  });

  it("lists the modules a module refers to, with where each is named", async () => {
    const set = await loadModules(path.join(fixtures, "multi/Main.tla"));
    const refs = references(set.root).map((r) => [r.name, r.loc?.line, r.loc?.col]);
    expect(refs).toEqual([
      ["Base", 2, 9],
      ["Naturals", 2, 15],
      ["Counter", 3, 15],
    ]);
  });

  it("an unknown module is an error naming it and the place that referred to it", async () => {
    const err = await loadError("unknown/Root.tla");
    expect(err.kind).toBe("semantic-error");
    expect(err.message).toMatch(/unknown module Missing/);
    expect(err.loc?.file).toBe(path.join(fixtures, "unknown/Root.tla"));
    expect([err.loc?.line, err.loc?.col]).toEqual([3, 15]);
    expect(err.format()).toBe(`${path.join(fixtures, "unknown/Root.tla")}:3:15: ${err.message}`);
  });

  it("a cycle of EXTENDS and INSTANCE is an error showing the cycle", async () => {
    const err = await loadError("cycle/A.tla");
    expect(err.message).toBe("circular module dependency: A -> B -> C -> A");
    // Reported where C instantiates A.
    expect(err.loc?.file).toBe(path.join(fixtures, "cycle/C.tla"));
    expect([err.loc?.line, err.loc?.col]).toEqual([2, 15]);
  });

  it("the Reals module is rejected", async () => {
    const err = await loadError("reals/UsesReals.tla");
    expect(err.message).toMatch(/Reals/);
    expect(err.message).toMatch(/not supported/);
    expect([err.loc?.line, err.loc?.col]).toEqual([2, 19]);
  });

  it("a file whose module has another name is rejected", async () => {
    const err = await loadError("WrongName.tla");
    expect(err.message).toMatch(/holds module SomethingElse, expected WrongName/);
  });

  it("a missing root file is a located-free error, not a crash", async () => {
    const err = await loadError("NoSuchFile.tla");
    expect(err.message).toMatch(/cannot read the module file .*NoSuchFile\.tla/);
  });
});

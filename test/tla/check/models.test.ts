import { describe, expect, it } from "vitest";
import { TlaError } from "../../../src/tla/errors.js";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";

const dir = new URL("../../fixtures/specs/", import.meta.url).pathname;
const model = (cfg: string, tla: string) => loadModel(`${dir}${cfg}.cfg`, `${dir}${tla}.tla`);
const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];

describe("model checking small specifications", () => {
  it("a CONSTRAINT stops exploration but the state is generated and its invariants checked", async () => {
    // x = 0..4 are stored and explored; x = 5 is generated (violates the constraint), checked, dropped.
    expect(figures(checkModel(await model("Bounded", "Bounded")))).toEqual(["success", 6, 5, 5]);
    const r = checkModel(await model("BoundedInv", "Bounded"));
    expect(figures(r)).toEqual(["invariant", 6, 5, 5]);
    expect(r.violated).toBe("Below5");
    expect(r.counterexample.map((s) => s.vars.x)).toEqual(["0", "1", "2", "3", "4", "5"]);
  });

  it("SYMMETRY canonicalises states under permutations of model values", async () => {
    // Subsets of {a, b, c}: 8 distinct states; 1 + 3 + 3*2 + 3*1 = 13 generated.
    expect(figures(checkModel(await model("Sym", "Sym")))).toEqual(["success", 13, 8, 4]);
    // Up to symmetry only the size matters: 4 distinct; 1 + 3 + 2 + 1 = 7 generated.
    expect(figures(checkModel(await model("SymReduced", "Sym")))).toEqual(["success", 7, 4, 4]);
  });

  it("IF, LET and UNCHANGED in actions; ENABLED in an invariant; several initial states", async () => {
    // Initial (0,0) and (0,1); successors: 1 + 2 (one a stutter) + 1 + 1 + 1 + 0 = 6; distinct 6.
    expect(figures(checkModel(await model("Branch", "Branch")))).toEqual(["success", 8, 6, 4]);
  });

  it("deadlock is reported unless disabled", async () => {
    const r = checkModel(await model("Sym", "Sym"), { deadlock: true });
    expect(r.outcome).toBe("deadlock");
    expect(r.counterexample.map((s) => s.vars.s)).toEqual(["{}", "{a}", "{a, b}", "{a, b, c}"]);
    expect(r.counterexample.map((s) => s.action)).toEqual(["Initial predicate", "Add", "Add", "Add"]);
  });

  it("a refinement (instance Spec as PROPERTY) violated on a transition", async () => {
    const r = checkModel(await model("Wrap", "Wrap"));
    expect(figures(r)).toEqual(["property", 5, 4, 4]);
    expect(r.violated).toBe("Refines");
    expect(r.counterexample.map((s) => `${s.action}:${s.vars.x}`)).toEqual(["Initial predicate:0", "Tick:1", "Tick:2", "Tick:3", "Reset:0"]);
  });

  it("a liveness property under the specification's fairness: <>(x = 3) holds with WF_x(Next)", async () => {
    const r = checkModel(await model("WrapLive", "Wrap"));
    expect(figures(r)).toEqual(["success", 5, 4, 4]);
  });

  it("an action property [][A]_v violated", async () => {
    const r = checkModel(await model("WrapMono", "Wrap"));
    expect(figures(r)).toEqual(["property", 5, 4, 4]);
    expect(r.violated).toBe("Mono");
  });

  it("--max-states stops with an error and partial counts", async () => {
    const r = checkModel(await model("Sym", "Sym"), { maxStates: 3 });
    expect(r.outcome).toBe("error");
    expect(r.message).toMatch(/stopped after 4 distinct states/);
  });

  it("a false ASSUME is an assumption failure", async () => {
    const err = await model("Assume", "Assume").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TlaError);
    expect((err as TlaError).kind).toBe("assumption");
    expect((err as TlaError).loc?.line).toBe(4);
  });

  it("bad input is a located TlaError", async () => {
    const unknown = (await model("WrapUnknown", "Wrap").catch((e: unknown) => e)) as TlaError;
    expect(unknown.kind).toBe("semantic-error");
    expect(unknown.message).toMatch(/unknown identifier Nope/);
    expect(unknown.loc?.file).toMatch(/WrapUnknown\.cfg$/);
    expect(unknown.loc?.line).toBe(2);
    const kind = (await model("AssumeKind", "Assume").catch((e: unknown) => e)) as TlaError;
    expect(kind.message).toMatch(/F is an operator/);
    expect(kind.loc?.line).toBe(4);
  });

  it("a successor leaving a variable unassigned is an error naming it", async () => {
    const r = checkModel(await model("Partial", "Partial"));
    expect(r.outcome).toBe("error");
    expect(r.message).toMatch(/variable y is not assigned/);
  });
});

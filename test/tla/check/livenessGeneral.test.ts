import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";
import { check, error, lasso, load } from "./liveFixture.js";
import { formulaText, plansOf, tableauOf, type LiveFormula } from "../../../src/tla/check/tableau.js";
import { formatSummary, toJson } from "../../../src/cli/report.js";

// General temporal properties: decided through the tableau of their
// negation, on the product with the behaviour graph (check/tableau.ts,
// findTableauLasso in check/liveness.ts).

const spec = (prop: string, extra = "") => `SPECIFICATION Spec\nPROPERTY ${prop}\nCHECK_DEADLOCK FALSE\n${extra}`;

// A counter from 0 to 3 that may start at 0 or at 2.
const counter = (fairness: string) => `VARIABLE x
Init == x \\in {0, 2}
Inc == x < 3 /\\ x' = x + 1
Spec == Init /\\ [][Inc]_x${fairness}`;

describe("IF c THEN <>P ELSE <>Q (the condition read in the initial state)", () => {
  const body = (f: string) => `${counter(f)}\nProp == IF x = 0 THEN <>(x = 1) ELSE <>(x = 3)`;

  it("holds when the counter is weakly fair", async () => {
    const r = await check(body(" /\\ WF_x(Inc)"), spec("Prop"));
    expect([r.outcome, r.distinctStates]).toEqual(["success", 4]);
  });

  it("without fairness a run may stop at once: from 2 the ELSE branch fails (from 0 the THEN branch would too)", async () => {
    const r = await check(body(""), spec("Prop"));
    expect([r.outcome, r.violated, r.message]).toEqual(["property", "Prop", "Temporal property Prop is violated."]);
    expect(lasso(r)).toEqual(["Initial predicate: 2", "Stuttering"]);
  });

  it("with the counter starting at 0 only, the THEN branch's counterexample", async () => {
    const r = await check(body("").replace("x \\in {0, 2}", "x = 0"), spec("Prop"));
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Stuttering"]);
  });

  it("a false condition picks the ELSE branch: from 2, <>(x = 0) never holds", async () => {
    const r = await check(`${counter(" /\\ WF_x(Inc)")}\nProp == IF x = 0 THEN <>(x = 1) ELSE <>(x = 0)`, spec("Prop"));
    expect(lasso(r)).toEqual(["Initial predicate: 2", "Inc: 3", "Stuttering"]);
  });
});

describe("P => <>Q and P => []Q with P a state predicate of the initial state", () => {
  it("x = 2 => <>(x = 3) holds under fairness, fails without (only the run from 2 matters)", async () => {
    const prop = `\nProp == x = 2 => <>(x = 3)`;
    expect((await check(counter(" /\\ WF_x(Inc)") + prop, spec("Prop"))).outcome).toBe("success");
    const r = await check(counter("") + prop, spec("Prop"));
    expect(lasso(r)).toEqual(["Initial predicate: 2", "Stuttering"]);
  });

  it("x = 2 => [](x >= 2) holds; x = 0 => [](x < 2) fails once the counter reaches 2", async () => {
    expect((await check(`${counter("")}\nProp == x = 2 => [](x >= 2)`, spec("Prop"))).outcome).toBe("success");
    const r = await check(`${counter("")}\nProp == x = 0 => [](x < 2)`, spec("Prop"));
    expect(r.outcome).toBe("property");
    // The lasso reaches x = 2 and then stays (any continuation violates the property).
    expect(lasso(r).slice(0, 3)).toEqual(["Initial predicate: 0", "Inc: 1", "Inc: 2"]);
  });
});

describe("[](P => []P): once P, always P", () => {
  const wrap = (fairness: string) => `VARIABLE x
Init == x = 0
Tick == x < 3 /\\ x' = x + 1
Reset == x = 3 /\\ x' = 0
Spec == Init /\\ [][Tick \\/ Reset]_x${fairness}
Stable2 == [](x >= 2 => [](x >= 2))
Stable0 == [](x = 0 => [](x = 0))`;

  it("holds for a counter that never goes back, fails for one that wraps", async () => {
    expect((await check(wrap("").replace("x = 3 /\\ x' = 0", "FALSE"), spec("Stable2"))).outcome).toBe("success");
    const r = await check(wrap(""), spec("Stable2"));
    expect(r.outcome).toBe("property");
    // x = 2 at state 3, x = 0 at state 5; then the behaviour may stop.
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Tick: 1", "Tick: 2", "Tick: 3", "Reset: 0", "Stuttering"]);
  });

  it("x = 0 is left by the first Tick", async () => {
    const r = await check(wrap(""), spec("Stable0"));
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Tick: 1", "Stuttering"]);
  });
});

describe("actions under temporal operators", () => {
  const clock = (fairness: string) => `VARIABLE hr
Init == hr \\in 1..3
Next == hr' = IF hr = 3 THEN 1 ELSE hr + 1
Spec == Init /\\ [][Next]_hr${fairness}
AlwaysTick == []<><<Next>>_hr
SomeTick == <>(hr' # hr)`;

  it("[]<><<Next>>_hr holds for a weakly fair clock", async () => {
    const r = await check(clock(" /\\ WF_hr(Next)"), spec("AlwaysTick"));
    expect([r.outcome, r.distinctStates]).toEqual(["success", 3]);
  });

  it("and fails without fairness: the clock stops (a stuttering step is not a <<Next>>_hr step)", async () => {
    const r = await check(clock(""), spec("AlwaysTick"));
    expect(lasso(r)).toEqual(["Initial predicate: 1", "Stuttering"]);
  });

  it("<>(hr' # hr), a raw action under <>, is read on steps too", async () => {
    expect((await check(clock(" /\\ WF_hr(Next)"), spec("SomeTick"))).outcome).toBe("success");
    expect(lasso(await check(clock(""), spec("SomeTick")))).toEqual(["Initial predicate: 1", "Stuttering"]);
  });

  it("[][A]_v written inside a larger formula is checked by the tableau as well", async () => {
    const body = `${clock("")}\nUp == [][hr' = hr + 1]_hr \\/ FALSE`;
    const r = await check(body, spec("Up"));
    expect(r.outcome).toBe("property");
    // From 3 the clock goes to 1, not 4.
    expect(lasso(r)).toEqual(["Initial predicate: 3", "Next: 1", "Stuttering"]);
  });
});

// x toggles for ever; Go is enabled only when x = 1.
const toggle = (fair: string) => `VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\\ y = 0
Toggle == x' = 1 - x /\\ UNCHANGED y
Go == x = 1 /\\ y = 0 /\\ y' = 1 /\\ UNCHANGED x
Next == Toggle \\/ Go
Spec == Init /\\ [][Next]_vars /\\ WF_vars(Toggle)${fair}
WeakGo == WF_vars(Go)
StrongGo == SF_vars(Go)
Spec2 == Init /\\ [][Next]_vars /\\ WF_vars(Toggle) /\\ SF_vars(Go)
ByHand == []<>~ENABLED <<Go>>_vars \\/ []<><<Go>>_vars`;

describe("fairness in a property", () => {
  it("WF_vars(Go) holds for every behaviour of the spec: Go is never continuously enabled", async () => {
    expect((await check(toggle(""), spec("WeakGo"))).outcome).toBe("success");
  });

  it("SF_vars(Go) fails without fairness on Go: the lasso toggles for ever past the state where Go is enabled", async () => {
    const r = await check(toggle(""), spec("StrongGo"));
    expect(r.outcome).toBe("property");
    expect(lasso(r)).toEqual(["Initial predicate: 0 0", "Toggle: 1 0", "Back to state 1"]);
    expect(r.counterexample.at(-1)!.location).toMatch(/^Toggle line 6/);
  });

  it("and holds when the specification has it", async () => {
    expect((await check(toggle(" /\\ SF_vars(Go)"), spec("StrongGo"))).outcome).toBe("success");
  });

  it("a property that is another specification: its initial predicate and box are checked as safety, its fairness by the tableau", async () => {
    expect((await check(toggle(" /\\ SF_vars(Go)"), spec("Spec2"))).outcome).toBe("success");
    const r = await check(toggle(" /\\ WF_vars(Go)"), spec("Spec2"));
    expect([r.outcome, r.violated]).toEqual(["property", "Spec2"]);
    expect(lasso(r)).toEqual(["Initial predicate: 0 0", "Toggle: 1 0", "Back to state 1"]);
  });

  it("WF written out by hand is the same property", async () => {
    expect((await check(toggle(""), spec("ByHand"))).outcome).toBe("success");
    const r = await check(toggle("").replace("Go == x = 1 /\\ y = 0", "Go == y = 0"), spec("ByHand"));
    // Go is now enabled while y = 0, and never taken: the lasso toggles x for ever.
    expect(lasso(r)).toEqual(["Initial predicate: 0 0", "Toggle: 1 0", "Back to state 1"]);
  });
});

const procs = (fairness: string) => `CONSTANT Proc
VARIABLE x
vars == <<x>>
Init == x = [p \\in Proc |-> 0]
Step(p) == x[p] < 2 /\\ x' = [x EXCEPT ![p] = x[p] + 1]
Next == \\E p \\in Proc : Step(p)
Spec == Init /\\ [][Next]_vars /\\ ${fairness}
Fair == \\A p \\in Proc : WF_vars(Step(p))
Impl == Init /\\ [][Next]_vars /\\ Fair`;

describe("fairness quantified over a constant set, in a property", () => {
  const cfg = (prop: string) => `CONSTANT Proc = {a, b}\nSPECIFICATION Spec\nPROPERTY ${prop}\nCHECK_DEADLOCK FALSE\n`;

  it("\\A p : WF_vars(Step(p)) holds when the specification has it", async () => {
    const r = await check(procs("\\A p \\in Proc : WF_vars(Step(p))"), cfg("Impl"));
    expect([r.outcome, r.distinctStates]).toEqual(["success", 9]);
  });

  it("and fails when only process a is fair: b need not move", async () => {
    const r = await check(`CONSTANT a\n${procs("WF_vars(Step(a))")}`, cfg("Fair").replace("{a, b}", "{a, b}\na = a"));
    expect(r.outcome).toBe("property");
    expect(lasso(r)).toEqual(["Initial predicate: (a :> 0 @@ b :> 0)", "Step: (a :> 1 @@ b :> 0)", "Step: (a :> 2 @@ b :> 0)", "Stuttering"]);
  });

  it("WF_vars(Next) does not imply per-process fairness... but here it does (each process has two steps only)", async () => {
    expect((await check(procs("WF_vars(Next)"), cfg("Fair"))).outcome).toBe("success");
  });
});

describe("fairness in a property reached through an INSTANCE", () => {
  it("the instance's specification, with its WF, holds of the implementation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tla-live-general-"));
    writeFileSync(join(dir, "Abs.tla"), `---- MODULE Abs ----\nEXTENDS Naturals\nVARIABLE n\nInc == n < 2 /\\ n' = n + 1\nAbsSpec == n = 0 /\\ [][Inc]_n /\\ WF_n(Inc)\n====\n`);
    writeFileSync(
      join(dir, "M.tla"),
      `---- MODULE M ----\nEXTENDS Naturals\nVARIABLE c\nInit == c = 0\nStep == c < 2 /\\ c' = c + 1\nSpec == Init /\\ [][Step]_c /\\ WF_c(Step)\nLazy == Init /\\ [][Step]_c\nA == INSTANCE Abs WITH n <- c\nRefines == A!AbsSpec\n====\n`,
    );
    writeFileSync(join(dir, "M.cfg"), "SPECIFICATION Spec\nPROPERTY Refines\nCHECK_DEADLOCK FALSE\n");
    const ok = checkModel(await loadModel(join(dir, "M.cfg"), join(dir, "M.tla")));
    expect(ok.outcome).toBe("success");
    writeFileSync(join(dir, "M.cfg"), "SPECIFICATION Lazy\nPROPERTY Refines\nCHECK_DEADLOCK FALSE\n");
    const bad = checkModel(await loadModel(join(dir, "M.cfg"), join(dir, "M.tla")));
    expect(lasso(bad)).toEqual(["Initial predicate: 0", "Stuttering"]);
  });
});

describe("fairness as the hypothesis of a property: (\\A p : WF_vars(Step(p))) => <>Done", () => {
  // The negation is a conjunction of N disjunctions: its []<> and <>[] parts
  // are read off the cycles (2^N plans sharing one small tableau) rather than
  // put in the tableau, whose size would grow as 4^N.
  const body = `CONSTANT N
VARIABLE x
vars == <<x>>
Init == x = [p \\in 1..N |-> 0]
Step(p) == x[p] = 0 /\\ x' = [x EXCEPT ![p] = 1]
Spec == Init /\\ [][\\E p \\in 1..N : Step(p)]_vars
Done == \\A p \\in 1..N : x[p] = 1
AllFair == (\\A p \\in 1..N : WF_vars(Step(p))) => <>Done
OneUnfair == (\\A p \\in 2..N : WF_vars(Step(p))) => <>Done`;
  const cfg = (prop: string) => `CONSTANT N = 8\nSPECIFICATION Spec\nPROPERTY ${prop}\nCHECK_DEADLOCK FALSE\n`;

  it("holds with every process fair (8 processes, 256 states)", async () => {
    const r = await check(body, cfg("AllFair"));
    expect([r.outcome, r.distinctStates]).toEqual(["success", 256]);
  });

  it("fails when process 1 need not be fair: the others finish, then the behaviour stops", async () => {
    const r = await check(body, cfg("OneUnfair"));
    expect(r.outcome).toBe("property");
    const last = r.counterexample.at(-2)!.vars.x!;
    expect(last).toMatch(/^<<0, 1, 1, 1, 1, 1, 1, 1>>$/);
    expect(r.counterexample.at(-1)!.action).toBe("Stuttering");
  });

  it("the plans of the negation: one per choice of disjuncts, the []<> and <>[] parts out of the tableau", () => {
    const wf = (e: number, t: number): LiveFormula => ({
      k: "or",
      args: [
        { k: "always", a: { k: "eventually", a: { k: "not", a: { k: "state", i: e } } } },
        { k: "always", a: { k: "eventually", a: { k: "action", i: t } } },
      ],
    });
    const prop: LiveFormula = {
      k: "or",
      args: [
        { k: "not", a: { k: "and", args: [wf(0, 0), wf(1, 1)] } },
        { k: "eventually", a: { k: "state", i: 2 } },
      ],
    };
    const plans = plansOf({ k: "not", a: prop });
    expect(plans.length).toBe(4);
    for (const p of plans) {
      expect(formulaText(p.tableau)).toBe("[]~s2");
      expect(p.infinitely.length).toBe(2);
      expect(p.always).toEqual([]);
    }
  });
});

describe("ENABLED of an instance whose variables are substituted by expressions", () => {
  // Abs counts n up for ever; M implements it with n <- c \div 2, and stops at c = 4.
  async function refines(fairness: string, prop = "Refines") {
    const dir = mkdtempSync(join(tmpdir(), "tla-live-general-"));
    writeFileSync(
      join(dir, "Abs.tla"),
      `---- MODULE Abs ----\nEXTENDS Naturals\nVARIABLE n\nInc == n' = n + 1\nAbsSpec == n = 0 /\\ [][Inc]_n /\\ WF_n(Inc)\nByHand == []<>~ENABLED <<Inc>>_n \\/ []<><<Inc>>_n\n====\n`,
    );
    writeFileSync(
      join(dir, "M.tla"),
      `---- MODULE M ----\nEXTENDS Naturals\nVARIABLE c\nStep == c < 4 /\\ c' = c + 1\nSpec == c = 0 /\\ [][Step]_c${fairness}\nA == INSTANCE Abs WITH n <- c \\div 2\nRefines == A!AbsSpec\nRefinesByHand == A!ByHand\n====\n`,
    );
    writeFileSync(join(dir, "M.cfg"), `SPECIFICATION Spec\nPROPERTY ${prop}\nCHECK_DEADLOCK FALSE\n`);
    return checkModel(await loadModel(join(dir, "M.cfg"), join(dir, "M.tla")));
  }

  it("Inc is enabled in every state (n' is Abs's, free), so stopping at c = 4 violates WF_n(Inc)", async () => {
    // Were ENABLED read as a step of c, or of M's next-state relation, it would be disabled at c = 4 and WF would hold.
    const r = await refines(" /\\ WF_c(Step)");
    expect([r.outcome, r.violated]).toEqual(["property", "Refines"]);
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Step: 1", "Step: 2", "Step: 3", "Step: 4", "Stuttering"]);
  });

  it("without fairness the lasso stops at once", async () => {
    expect(lasso(await refines(""))).toEqual(["Initial predicate: 0", "Stuttering"]);
  });

  it("the same with weak fairness written out (~ENABLED)", async () => {
    const r = await refines(" /\\ WF_c(Step)", "RefinesByHand");
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Step: 1", "Step: 2", "Step: 3", "Step: 4", "Stuttering"]);
  });
});

describe("counterexamples print as the direct forms' do", () => {
  it("text and JSON end with the loop marker", async () => {
    const r = await check(`${counter("")}\nProp == IF x = 0 THEN <>(x = 1) ELSE <>(x = 3)`, spec("Prop"));
    expect(formatSummary(r)).toContain("Property Prop is violated.");
    expect(formatSummary(r)).toContain("Counterexample (1 state, a lasso):");
    expect(formatSummary(r)).toContain("State 2: Stuttering");
    expect(toJson(r).counterexample.at(-1)).toEqual({ index: 2, action: "Stuttering", vars: {} });
  });
});

// The same property written in a direct form and in a form only the tableau
// decides: both paths must agree, and both must find a counterexample when
// there is one.
describe("the tableau agrees with the direct searches", () => {
  const specs: [string, string][] = [
    ["counter", `VARIABLE x\nInit == x \\in {0, 2}\nInc == x < 3 /\\ x' = x + 1\nSpec == Init /\\ [][Inc]_x`],
    ["fair counter", `VARIABLE x\nInit == x \\in {0, 2}\nInc == x < 3 /\\ x' = x + 1\nSpec == Init /\\ [][Inc]_x /\\ WF_x(Inc)`],
    ["wrapping", `VARIABLE x\nInit == x = 0\nNext == x' = (x + 1) % 4\nSpec == Init /\\ [][Next]_x /\\ WF_x(Next)`],
    [
      "branching SF",
      `VARIABLE x\nStep == \\/ x = 0 /\\ x' \\in {1, 2}\n        \\/ x \\in {1, 2} /\\ x' = 0\nGo == x = 1 /\\ x' = 3\nSpec == x = 0 /\\ [][Step \\/ Go]_x /\\ WF_x(Step) /\\ SF_x(Go)`,
    ],
    ["ring SF", `VARIABLE x\nStep == x \\in {0, 1, 2} /\\ x' = (x + 1) % 3\nGo == x = 1 /\\ x' = 3\nSpec == x = 0 /\\ [][Step \\/ Go]_x /\\ WF_x(Step) /\\ SF_x(Go)`],
    ["ring WF", `VARIABLE x\nStep == x \\in {0, 1, 2} /\\ x' = (x + 1) % 3\nGo == x = 1 /\\ x' = 3\nSpec == x = 0 /\\ [][Step \\/ Go]_x /\\ WF_x(Step) /\\ WF_x(Go)`],
  ];
  const pairs: [string, string][] = [
    ["<>(x = 3)", "~[](x # 3)"],
    ["<>(x = 0)", "~[]~(x = 0)"],
    ["[]<>(x = 0)", "~<>[](x # 0)"],
    ["[]<>(x = 3)", "~<>[](x # 3)"],
    ["<>[](x = 3)", "~[]<>(x # 3)"],
    ["<>[](x >= 2)", "~[]<>(x < 2)"],
    ["(x = 1) ~> (x = 0)", "[](x = 1 => <>(x = 0))"],
    ["(x = 2) ~> (x = 3)", "[](x = 2 => <>(x = 3))"],
  ];
  for (const [name, body] of specs) {
    it(`${name}: ${pairs.length} properties, both ways`, async () => {
      const defs = pairs.map(([d, g], i) => `D${i} == ${d}\nG${i} == ${g}`).join("\n");
      for (let i = 0; i < pairs.length; i++) {
        const direct = await load(`${body}\n${defs}`, spec(`D${i}`));
        const general = await load(`${body}\n${defs}`, spec(`G${i}`));
        expect(direct.liveness[0]!.shape).not.toBe("general");
        expect(general.liveness[0]!.shape).toBe("general");
        const a = checkModel(direct);
        const b = checkModel(general);
        expect([pairs[i]![0], b.outcome]).toEqual([pairs[i]![0], a.outcome]);
        if (a.outcome === "property") expect(b.counterexample.at(-1)!.vars).toEqual({});
      }
    });
  }
});

describe("the tableau", () => {
  const s = (i: number): LiveFormula => ({ k: "state", i });

  it("of []<>P has one acceptance set, met only where P holds", () => {
    const t = tableauOf({ k: "always", a: { k: "eventually", a: s(0) } });
    expect(t.acceptanceSets).toBe(1);
    for (const n of t.nodes) {
      const p = n.stateLits.find((l) => l.i === 0);
      if (n.accepting[0]) expect(p?.positive).toBe(true);
    }
  });

  it("of P /\\ ~P has no node", () => {
    const t = tableauOf({ k: "and", args: [s(0), { k: "not", a: s(0) }] });
    expect(t.initial).toEqual([]);
  });
});

describe("a VIEW with a temporal property", () => {
  // y only counts steps: under the VIEW x, the graph is one of x's values, as TLC's is.
  const body = (fairness: string) => `VARIABLES x, y
Init == x = 0 /\\ y = 0
Next == x < 2 /\\ x' = x + 1 /\\ y' = y + 1
Spec == Init /\\ [][Next]_<<x, y>>${fairness}
View == x
Prop == x = 0 => <>(x = 2)`;

  it("is checked on the graph of views, with a note", async () => {
    const model = await load(body(" /\\ WF_<<x, y>>(Next)"), spec("Prop", "VIEW View\n"));
    expect(model.warnings.join("\n")).toMatch(/checked on the graph of the VIEW View's values \(as TLC does\)/);
    expect(checkModel(model).outcome).toBe("success");
    const r = await check(body(""), spec("Prop", "VIEW View\n"));
    expect(lasso(r)).toEqual(["Initial predicate: 0 0", "Stuttering"]);
  });
});

describe("what stays outside is a located error", () => {
  it("a temporal formula quantified over a set that depends on the state", async () => {
    const err = await error(`${counter("")}\nQ == \\A i \\in 0..x : <>(x = i)`, spec("Q"));
    expect(err.kind).toBe("semantic-error");
    expect(err.message).toMatch(/must not depend on the state/);
    expect(err.loc?.line).toBe(7);
  });

  it("a temporal formula inside a set", async () => {
    const err = await error(`${counter("")}\nQ == {<>(x = 1)} = {TRUE}`, spec("Q"));
    expect(err.message).toMatch(/temporal operator eventually cannot be evaluated here/);
  });

  it("SYMMETRY with a general property is checked, with a warning", async () => {
    const m = await load(`${counter("")}\nQ == x = 2 => <>(x = 3)\nSym == {}`, spec("Q", "SYMMETRY Sym\n"));
    expect(m.warnings.join("\n")).toMatch(/the temporal property Q is checked with the SYMMETRY Sym/);
    expect(checkModel(m).outcome).toBe(checkModel(await load(`${counter("")}\nQ == x = 2 => <>(x = 3)`, spec("Q"))).outcome);
  });
});

// Random graphs over x \in 0..3, with random fairness: the direct searches
// and the tableau must agree on the four direct forms, and every
// counterexample either path gives must be a fair behaviour that violates
// the property (checked here on the lasso itself).
describe("random graphs: agreement, and counterexamples that really are ones", () => {
  /** A small deterministic generator (mulberry32). */
  function rng(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const N = 4;
  const subset = (r: () => number, p: number): number[] => [...Array(N).keys()].filter(() => r() < p);
  const tla = (s: number[]): string => `{${s.join(", ")}}`;

  /** A lasso's positions (values of x) and where its cycle starts. */
  function positions(res: Awaited<ReturnType<typeof check>>): { xs: number[]; loop: number } {
    const cx = res.counterexample;
    const last = cx[cx.length - 1]!;
    const xs = cx.slice(0, -1).map((s) => Number(s.vars.x));
    return { xs, loop: last.action === "Stuttering" ? xs.length - 1 : last.index - 1 };
  }

  type F = (xs: number[], loop: number, i: number) => boolean;
  // The step leaving position i changes x (the last position steps back to the loop).
  const moves: F = (xs, loop, i) => xs[i] !== xs[i + 1 < xs.length ? i + 1 : loop];
  // Positions reachable from i (itself included) in the lasso.
  const ahead = (n: number, loop: number, i: number): number[] => [...new Set([...Array(n).keys()].filter((j) => j >= i || j >= loop))];
  const atom =
    (s: number[]): F =>
    (xs, _l, i) =>
      s.includes(xs[i]!);
  const ev =
    (f: F): F =>
    (xs, l, i) =>
      ahead(xs.length, l, i).some((j) => f(xs, l, j));
  const al =
    (f: F): F =>
    (xs, l, i) =>
      ahead(xs.length, l, i).every((j) => f(xs, l, j));
  const imp =
    (a: F, b: F): F =>
    (xs, l, i) =>
      !a(xs, l, i) || b(xs, l, i);

  for (let seed = 1; seed <= 16; seed++) {
    it(`graph ${seed}`, async () => {
      const r = rng(seed);
      const succ = [...Array(N).keys()].map(() => subset(r, 0.4));
      const init = subset(r, 0.4);
      if (init.length === 0) init.push(0);
      const fair = ["", " /\\ WF_x(Next)", " /\\ SF_x(Next)"][Math.floor(r() * 3)]!;
      const P = subset(r, 0.5);
      const Q = subset(r, 0.5);
      const body = `VARIABLE x
Succ == <<${succ.map(tla).join(", ")}>>
Init == x \\in ${tla(init)}
Next == x' \\in Succ[x + 1]
Spec == Init /\\ [][Next]_x${fair}
P == x \\in ${tla(P)}
Q == x \\in ${tla(Q)}
D0 == <>P
G0 == ~[]~P
D1 == []<>P
G1 == ~<>[]~P
D2 == <>[]P
G2 == ~[]<>~P
D3 == P ~> Q
G3 == [](P => <>Q)
G4 == P => <>[]Q
G5 == [](P => [](P \\/ Q))
G6 == <>P /\\ []<>Q
G7 == []<><<Next>>_x
G8 == <>[](x' = x) \\/ []<>P`;
      const meaning: F[] = [
        ev(atom(P)),
        al(ev(atom(P))),
        ev(al(atom(P))),
        al(imp(atom(P), ev(atom(Q)))),
        imp(atom(P), ev(al(atom(Q)))),
        al(
          imp(
            atom(P),
            al((xs, _l, i) => P.includes(xs[i]!) || Q.includes(xs[i]!)),
          ),
        ),
        (xs, l, i) => ev(atom(P))(xs, l, i) && al(ev(atom(Q)))(xs, l, i),
        al(ev(moves)),
        (xs, l, i) => ev(al((ys, m, j) => !moves(ys, m, j)))(xs, l, i) || al(ev(atom(P)))(xs, l, i),
      ];
      // The lasso is a fair behaviour: (SF/WF of Next) read on its cycle.
      const fairOn = (xs: number[], loop: number): boolean => {
        const cycle = xs.slice(loop);
        const steps = cycle.map((x, k) => [x, cycle[(k + 1) % cycle.length]!] as const);
        const taken = steps.some(([a, b]) => a !== b);
        const enabled = cycle.map((x) => succ[x]!.some((y) => y !== x));
        if (fair.includes("WF")) return taken || !enabled.every(Boolean);
        if (fair.includes("SF")) return taken || !enabled.some(Boolean);
        return true;
      };
      const verify = (res: Awaited<ReturnType<typeof check>>, f: F, what: string): void => {
        if (res.outcome === "success") return;
        expect([what, res.outcome]).toEqual([what, "property"]);
        const { xs, loop } = positions(res);
        expect([what, f(xs, loop, 0), fairOn(xs, loop)]).toEqual([what, false, true]);
      };
      for (let i = 0; i < 4; i++) {
        const a = await check(body, spec(`D${i}`, ""));
        const b = await check(body, spec(`G${i}`, ""));
        expect([i, b.outcome]).toEqual([i, a.outcome]);
        verify(a, meaning[i]!, `D${i}`);
        verify(b, meaning[i]!, `G${i}`);
      }
      // A brute-force search for short fair lassos that violate a property:
      // when one exists, the checker must not report success.
      const violatedByShortLasso = (f: F): boolean => {
        const steps = (x: number): number[] => [x, ...succ[x]!.filter((y) => y !== x)];
        const walk = (xs: number[]): boolean => {
          const last = xs[xs.length - 1]!;
          for (let loop = 0; loop < xs.length; loop++) {
            if (steps(last).includes(xs[loop]!) && fairOn(xs, loop) && !f(xs, loop, 0)) return true;
          }
          return xs.length < 7 && steps(last).some((y) => walk([...xs, y]));
        };
        return init.some((x) => walk([x]));
      };
      for (let i = 0; i < 9; i++) {
        const name = i < 4 ? `D${i}` : `G${i}`;
        const res = i < 4 ? undefined : await check(body, spec(name, ""));
        if (res) verify(res, meaning[i]!, name);
        if (violatedByShortLasso(meaning[i]!)) expect([name, (res ?? (await check(body, spec(name, "")))).outcome]).toEqual([name, "property"]);
      }
    });
  }
});

describe("a specification with temporal conjuncts that are not fairness (`<>[][A]_v`)", () => {
  const body = `VARIABLE x
Up == x < 2 /\\ x' = x + 1
Reset == x' = 0
Init == x = 0
Spec == Init /\\ [][Up \\/ Reset]_x /\\ WF_x(Up)
Eventually == <>[][Up]_x
FairSpec == Spec /\\ Eventually
Everywhere == \\A k \\in {1} : <>[][Up]_x
QuantifiedSpec == Spec /\\ Everywhere
Reaches == <>(x = 2)`;
  const cfg = (spec: string) => `SPECIFICATION ${spec}\nPROPERTY Reaches\n`;

  it("without it, resetting for ever violates <>(x = 2)", async () => {
    expect((await check(body, cfg("Spec"))).outcome).toBe("property");
  });

  it("with it, as an assumption of every property (as TLC), <>(x = 2) holds; also under a quantifier", async () => {
    const r = await check(body, cfg("FairSpec"));
    expect([r.outcome, r.distinctStates, r.depth]).toEqual(["success", 3, 3]);
    expect((await check(body, cfg("QuantifiedSpec"))).outcome).toBe("success");
  });
});

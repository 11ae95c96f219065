import { describe, expect, it } from "vitest";
import { checkModel } from "../../../src/tla/check/bfs.js";
import { check, error, lasso, load } from "./liveFixture.js";
import { formatSummary, toJson } from "../../../src/cli/report.js";

const counter = `VARIABLE x
Init == x = 0
Inc == x < 3 /\\ x' = x + 1
Spec == Init /\\ [][Inc]_x
FairSpec == Spec /\\ WF_x(Inc)
Reach3 == <>(x = 3)`;

describe("<>P with and without weak fairness", () => {
  it("a counter that must reach 3 does so under WF (4 distinct states)", async () => {
    const r = await check(counter, "SPECIFICATION FairSpec\nPROPERTY Reach3\nCHECK_DEADLOCK FALSE\n");
    expect([r.outcome, r.distinctStates, r.depth]).toEqual(["success", 4, 4]);
  });

  it("without fairness it may stutter at 0 forever: the lasso is the initial state, then stuttering", async () => {
    const r = await check(counter, "SPECIFICATION Spec\nPROPERTY Reach3\nCHECK_DEADLOCK FALSE\n");
    expect([r.outcome, r.violated, r.distinctStates]).toEqual(["property", "Reach3", 4]);
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Stuttering"]);
    const text = formatSummary(r);
    expect(text).toContain("Property Reach3 is violated.");
    expect(text).toContain("Counterexample (1 state, a lasso):");
    expect(text).toContain("State 2: Stuttering");
    expect(toJson(r).counterexample.at(-1)).toEqual({ index: 2, action: "Stuttering", vars: {} });
  });

  it("a counter bounded below 3 fails <>(x = 3) even under WF: it stutters at 2, where Inc is disabled", async () => {
    const r = await check(counter.replace("x < 3", "x < 2"), "SPECIFICATION FairSpec\nPROPERTY Reach3\nCHECK_DEADLOCK FALSE\n");
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Inc: 1", "Inc: 2", "Stuttering"]);
  });

  it("a property that holds without fairness: <>(x = 0), true initially", async () => {
    const r = await check(`${counter}\nStart == <>(x = 0)`, "SPECIFICATION Spec\nPROPERTY Start\nCHECK_DEADLOCK FALSE\n");
    expect(r.outcome).toBe("success");
  });
});

// x toggles for ever; Go is enabled only when x = 1, so it is enabled
// infinitely often but never continuously: SF forces it, WF does not.
const toggle = (fair: "WF" | "SF") => `VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\\ y = 0
Toggle == x' = 1 - x /\\ UNCHANGED y
Go == x = 1 /\\ y = 0 /\\ y' = 1 /\\ UNCHANGED x
Next == Toggle \\/ Go
Spec == Init /\\ [][Next]_vars /\\ WF_vars(Toggle) /\\ ${fair}_vars(Go)
Done == <>(y = 1)`;

describe("strong against weak fairness", () => {
  const cfg = "SPECIFICATION Spec\nPROPERTY Done\n";

  it("SF on an action enabled intermittently forces it: <>(y = 1) holds", async () => {
    const r = await check(toggle("SF"), cfg);
    expect([r.outcome, r.distinctStates]).toEqual(["success", 4]);
  });

  it("WF does not: the lasso toggles x for ever, back to state 1", async () => {
    const r = await check(toggle("WF"), cfg);
    expect(r.outcome).toBe("property");
    expect(lasso(r)).toEqual(["Initial predicate: 0 0", "Toggle: 1 0", "Back to state 1"]);
    expect(r.counterexample.at(-1)!.location).toMatch(/^Toggle line 6, col 11 to line 6, col 35 of module M$/);
    expect(formatSummary(r)).toMatch(/Counterexample \(2 states, a lasso\):[\s\S]*Back to state 1 \(Toggle line 6/);
  });
});

describe("strong fairness prunes the states where its action is enabled", () => {
  const cfg = "SPECIFICATION Spec\nPROPERTY Done\nCHECK_DEADLOCK FALSE\n";
  // From 0 the counter may go to 1 or 2 and back; Go leaves 1 for 3 and never returns.
  const branching = (fair: "WF" | "SF") => `VARIABLE x
Step == \\/ x = 0 /\\ x' \\in {1, 2}
        \\/ x \\in {1, 2} /\\ x' = 0
Go == x = 1 /\\ x' = 3
Spec == x = 0 /\\ [][Step \\/ Go]_x /\\ WF_x(Step) /\\ ${fair}_x(Go)
Done == <>(x = 3)`;
  // The cycle 0 -> 1 -> 2 -> 0 must pass through 1, where Go is enabled.
  const ring = (fair: "WF" | "SF") => `VARIABLE x
Step == x \\in {0, 1, 2} /\\ x' = (x + 1) % 3
Go == x = 1 /\\ x' = 3
Spec == x = 0 /\\ [][Step \\/ Go]_x /\\ WF_x(Step) /\\ ${fair}_x(Go)
Done == <>(x = 3)`;

  it("SF: a cycle that avoids the state where Go is enabled (0 <-> 2) is still fair, so <>(x = 3) fails", async () => {
    const r = await check(branching("SF"), cfg);
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Step: 2", "Back to state 1"]);
  });

  it("SF: when every cycle passes where Go is enabled, <>(x = 3) holds", async () => {
    expect((await check(ring("SF"), cfg)).outcome).toBe("success");
  });

  it("WF on the same ring does not suffice: Go is enabled only at 1", async () => {
    const r = await check(ring("WF"), cfg);
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Step: 1", "Step: 2", "Back to state 1"]);
  });
});

const requests = (fairness: string) => `VARIABLES req, grant
vars == <<req, grant>>
Init == req = FALSE /\\ grant = FALSE
Request == ~req /\\ req' = TRUE /\\ UNCHANGED grant
Grant == req /\\ ~grant /\\ grant' = TRUE /\\ UNCHANGED req
Reset == grant /\\ req' = FALSE /\\ grant' = FALSE
Next == Request \\/ Grant \\/ Reset
Spec == Init /\\ [][Next]_vars /\\ ${fairness}
Served == req ~> grant`;

describe("leads-to", () => {
  const cfg = "SPECIFICATION Spec\nPROPERTY Served\n";

  it("req ~> grant holds when Grant is weakly fair", async () => {
    expect((await check(requests("WF_vars(Grant)"), cfg)).outcome).toBe("success");
  });

  it("and when the whole next-state relation is (only Grant is enabled once requested)", async () => {
    expect((await check(requests("WF_vars(Next)"), cfg)).outcome).toBe("success");
  });

  it("fails when only Request and Reset are fair: a request, then stuttering", async () => {
    const r = await check(requests("WF_vars(Request) /\\ WF_vars(Reset)"), cfg);
    expect(lasso(r)).toEqual(["Initial predicate: FALSE FALSE", "Request: TRUE FALSE", "Stuttering"]);
  });
});

const wrap = (fairness: string) => `VARIABLE x
Init == x = 0
Tick == x < 3 /\\ x' = x + 1
Reset == x = 3 /\\ x' = 0
Next == Tick \\/ Reset
Spec == Init /\\ [][Next]_x${fairness}
Often0 == []<>(x = 0)
Stays3 == <>[](x = 3)
Below3 == [](x < 3)
Both == Often0 /\\ <>(x = 2)`;

describe("[]<>P, <>[]P and []P", () => {
  it("[]<>(x = 0) holds for a fair wrapping counter, and so does a conjunction with <>(x = 2)", async () => {
    expect((await check(wrap(" /\\ WF_x(Next)"), "SPECIFICATION Spec\nPROPERTIES Often0 Both\n")).outcome).toBe("success");
  });

  it("<>[](x = 3) fails: the whole cycle, back to state 1", async () => {
    const r = await check(wrap(" /\\ WF_x(Next)"), "SPECIFICATION Spec\nPROPERTY Stays3\n");
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Tick: 1", "Tick: 2", "Tick: 3", "Back to state 1"]);
  });

  it("without fairness []<>(x = 0) fails by stuttering at 1", async () => {
    const r = await check(wrap(""), "SPECIFICATION Spec\nPROPERTY Often0\n");
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Tick: 1", "Stuttering"]);
  });

  it("[](x < 3) is checked on every state, as an invariant, with the shortest behaviour", async () => {
    const r = await check(wrap(""), "SPECIFICATION Spec\nPROPERTY Below3\n");
    expect([r.outcome, r.violated, r.message]).toEqual(["property", "Below3", "Property Below3 is violated."]);
    expect(lasso(r)).toEqual(["Initial predicate: 0", "Tick: 1", "Tick: 2", "Tick: 3"]);
  });
});

const procs = (fairness: string) => `CONSTANT Proc
VARIABLE x
vars == <<x>>
Init == x = [p \\in Proc |-> 0]
Step(p) == x[p] < 2 /\\ x' = [x EXCEPT ![p] = x[p] + 1]
Next == \\E p \\in Proc : Step(p)
Fairness == ${fairness}
Spec == Init /\\ [][Next]_vars /\\ Fairness
AllDone == \\A p \\in Proc : <>(x[p] = 2)`;

describe("quantified fairness and properties", () => {
  const cfg = "CONSTANT Proc = {a, b}\nSPECIFICATION Spec\nPROPERTY AllDone\nCHECK_DEADLOCK FALSE\n";

  it("\\A p : WF_vars(Step(p)) makes every process finish", async () => {
    const r = await check(procs("\\A p \\in Proc : WF_vars(Step(p))"), cfg);
    expect([r.outcome, r.distinctStates]).toEqual(["success", 9]);
  });

  it("so does WF_vars(Next) here: each process has only two steps, so the other's are all that is left", async () => {
    expect((await check(procs("WF_vars(Next)"), cfg)).outcome).toBe("success");
  });

  it("fairness of one process only: the other need not move, and the lasso stutters once the fair one is done", async () => {
    const r = await check(`CONSTANT a\n${procs("WF_vars(Step(a))")}`, cfg.replace("{a, b}", "{a, b}\na = a"));
    expect(r.outcome).toBe("property");
    expect(lasso(r)).toEqual(["Initial predicate: (a :> 0 @@ b :> 0)", "Step: (a :> 1 @@ b :> 0)", "Step: (a :> 2 @@ b :> 0)", "Stuttering"]);
  });
});

describe("what is not supported is a located error", () => {
  const cfg = (prop: string) => `SPECIFICATION FairSpec\nPROPERTY ${prop}\nCHECK_DEADLOCK FALSE\n`;

  // A nested temporal formula, an action inside <> and fairness in a
  // property were refused here; the tableau decides them now
  // (livenessGeneral.test.ts has their counterexamples).
  it("a temporal formula nested in another is decided", async () => {
    expect((await check(`${counter}\nNested == [](x = 0 => <>(x = 3))`, cfg("Nested"))).outcome).toBe("success");
  });

  it("an action inside <> is decided", async () => {
    expect((await check(`${counter}\nMoves == <>(x' = x + 1)`, cfg("Moves"))).outcome).toBe("success");
  });

  it("fairness in a property is decided", async () => {
    expect((await check(`${counter}\nF == WF_x(Inc)`, cfg("F"))).outcome).toBe("success");
  });

  it("a temporal conjunct of the specification that is not fairness is an assumption of the properties", async () => {
    // Without fairness Reach3 fails (stuttering at 0); assuming <>(x = 3) it holds.
    expect((await check(counter, "SPECIFICATION Spec\nPROPERTY Reach3\nCHECK_DEADLOCK FALSE\n")).outcome).toBe("property");
    expect((await check(`${counter}\nOdd == Spec /\\ <>(x = 3)`, "SPECIFICATION Odd\nPROPERTY Reach3\nCHECK_DEADLOCK FALSE\n")).outcome).toBe("success");
  });

  it("SYMMETRY with a liveness property is checked on the classes of states, with a warning, as TLC", async () => {
    const m = await load(
      `${procs("WF_vars(Next)")}\nSym == {[p \\in Proc |-> CHOOSE q \\in Proc : q # p]}`,
      "CONSTANT Proc = {a, b}\nSPECIFICATION Spec\nPROPERTY AllDone\nSYMMETRY Sym\nCHECK_DEADLOCK FALSE\n",
    );
    expect(m.warnings.join("\n")).toMatch(/M.cfg:4:10: the temporal property AllDone is checked with the SYMMETRY Sym .* may miss a violation/);
    expect(checkModel(m).outcome).toBe("success");
  });

  it("a quantifier over a set that depends on the state", async () => {
    const err = await error(`${counter}\nQ == \\A i \\in 0..x : <>(x = i)`, cfg("Q"));
    expect(err.message).toMatch(/must not depend on the state/);
  });
});

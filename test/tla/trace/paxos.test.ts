import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatVerdict, validateTrace, type TraceStepInput } from "../../../src/tla/trace/validate.js";
import { PaxosWorld, happyTrace, mv, paxosSpec, without } from "./paxosTrace.js";

/** The line of spec/Paxos.tla holding `text` (the spec's comments change; its conjuncts are what the tests name). */
function lineOf(text: string): number {
  const lines = readFileSync("spec/Paxos.tla", "utf8").split("\n");
  const found = lines.flatMap((l, i) => (l.trim() === text ? [i + 1] : []));
  if (found.length !== 1) throw new Error(`expected one line ${text} in spec/Paxos.tla, found ${found.length}`);
  return found[0]!;
}

describe("Paxos traces", () => {
  it("accepts a full-state trace", async () => {
    const v = await validateTrace(paxosSpec({ invariants: ["TypeOK", "Agreement", "Inv"] }), happyTrace());
    console.log(formatVerdict(v));
    expect(v).toEqual({ ok: true, steps: 8, candidatesMax: 1 });
  });
  it("accepts a trace without msgs", async () => {
    const v = await validateTrace(paxosSpec(), without(happyTrace(), ["msgs"]));
    console.log(formatVerdict(v));
    expect(v).toEqual({ ok: true, steps: 8, candidatesMax: 1 });
  });
  it("accepts an events-only trace", async () => {
    const v = await validateTrace(paxosSpec(), without(happyTrace(), ["msgs", "proposed", "maxBal", "maxVBal", "maxVal", "learned"]));
    console.log(formatVerdict(v));
    expect(v).toEqual({ ok: true, steps: 8, candidatesMax: 1 });
  });
});

describe("Paxos rejections", () => {
  it("names the false guard of Phase2b, its text and the values it read", async () => {
    const w = new PaxosWorld();
    const trace = [w.initial(), w.propose("v1"), w.phase1a("p1", 0), w.phase1b("a1", 0), w.phase1b("a2", 0), w.phase2a("p1", 0, "v1"), w.phase1a("p2", 1), w.phase1b("a3", 1)];
    trace.push({ ...w.phase2b("a3", 0, "v1"), source: { file: "run.ndjson", line: 10 } });
    const v = await validateTrace(paxosSpec(), trace);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.step).toBe(8);
    expect(v.action).toBe("Phase2b");
    expect(v.params).toEqual({ a: "a3", b: "0", v: "v1" });
    expect(v.conjunct?.text).toBe("b >= maxBal[a]");
    expect(v.conjunct?.loc.line).toBe(lineOf("/\\ b >= maxBal[a]"));
    expect(v.conjunct?.values).toEqual({ b: "0", "maxBal[a]": "1" });
    expect(v.reason).toBe("Phase2b(a = a3, b = 0, v = v1) is not a step of Paxos: b >= maxBal[a] is false");
    expect(formatVerdict(v)).toBe(
      [
        "step 8 (run.ndjson:10): Phase2b(a = a3, b = 0, v = v1) is not a step of Paxos:",
        `  spec/Paxos.tla:${lineOf("/\\ b >= maxBal[a]")}:6: b >= maxBal[a] is false`,
        "    b = 0, maxBal[a] = 1",
      ].join("\n"),
    );
  });

  it("names the message a Phase1b needs when the 1a was never sent", async () => {
    const w = new PaxosWorld();
    const v = await validateTrace(paxosSpec(), [w.initial(), w.phase1b("a1", 2)]);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.conjunct?.text).toBe('[type |-> "1a", bal |-> b] \\in msgs');
    expect(v.conjunct?.values).toEqual({ b: "2", msgs: "{}", '[type |-> "1a", bal |-> b]': '[type |-> "1a", bal |-> 2]' });
  });

  it("says which variable differs when the guard holds but the state is wrong", async () => {
    const w = new PaxosWorld();
    const trace = [w.initial(), w.phase1a("p2", 1)];
    const step = w.phase1b("a1", 1);
    const st = { ...step.state, maxBal: w.state().maxVBal! }; // the promise is forgotten: maxBal[a1] stays -1
    trace.push({ ...step, state: st });
    const v = await validateTrace(paxosSpec(), trace);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.step).toBe(2);
    expect(v.reason).toBe("Phase1b(a = a1, b = 1) is enabled but leads to another state than the logged one: maxBal differs");
    expect(v.differences).toEqual(["maxBal[a1]: the step gives 1, the log says -1"]);
  });

  it("says which set elements are missing or extra", async () => {
    const w = new PaxosWorld();
    const trace = [w.initial(), w.propose("v2")];
    const step = w.phase1a("p1", 2);
    const st = { ...step.state, msgs: new PaxosWorld().phase1a("p1", 0).state.msgs! };
    trace.push({ ...step, state: st });
    const v = await validateTrace(paxosSpec(), trace);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.differences).toEqual(['msgs: the log lacks [type |-> "1a", bal |-> 2]', 'msgs: the log has [type |-> "1a", bal |-> 0], which the step does not produce']);
    expect(formatVerdict(v).split("\n")[0]).toBe("step 2: Phase1a(p = p1, b = 2) is enabled but leads to another state than the logged one:");
  });

  it("lists the actions when the action is unknown", async () => {
    const w = new PaxosWorld();
    const v = await validateTrace(paxosSpec(), [w.initial(), { ...w.propose("v1"), action: "Submit" }]);
    expect(v).toMatchObject({
      ok: false,
      step: 1,
      action: "Submit",
      reason: "Paxos has no action Submit; the actions of Next are Propose, Phase1a, Phase1b, Phase2a, Phase2b, Learn, Restart",
    });
    const w2 = new PaxosWorld();
    const send = await validateTrace(paxosSpec(), [w2.initial(), { ...w2.propose("v2"), action: "Send" }]);
    expect(send).toMatchObject({
      ok: false,
      step: 1,
      reason: "Send is defined in Paxos but is not one of the actions of Next, which are Propose, Phase1a, Phase1b, Phase2a, Phase2b, Learn, Restart",
    });
  });

  it("rejects an initial state that does not satisfy Init, naming the conjunct", async () => {
    const w = new PaxosWorld();
    w.maxBal.a2 = 0;
    const v = await validateTrace(paxosSpec(), [w.initial()]);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.step).toBe(0);
    expect(v.conjunct?.text).toBe("maxBal = [a \\in Acceptor |-> -1]");
    expect(v.conjunct?.loc.line).toBe(lineOf("/\\ maxBal = [a \\in Acceptor |-> -1]"));
    expect(v.conjunct?.values).toEqual({ maxBal: "(a1 :> -1 @@ a2 :> 0 @@ a3 :> -1)", "[a \\in Acceptor |-> -1]": "(a1 :> -1 @@ a2 :> -1 @@ a3 :> -1)" });
    expect(formatVerdict(v).split("\n")[0]).toBe("initial state (step 0): the initial state does not satisfy Init:");
  });

  it("rejects parameters naming a value that does not exist", async () => {
    const w = new PaxosWorld();
    const v = await validateTrace(paxosSpec(), [w.initial(), w.phase1a("p1", 0), { ...w.phase1b("a1", 0), params: { a: mv("a4"), b: 0 } }]);
    expect(v).toMatchObject({ ok: false, step: 2, reason: "Phase1b(a = a4, b = 0) is not a step of Paxos: a4 is not in Acceptor, the set Next takes a from" });
    expect(formatVerdict(v).split("\n").slice(1)).toEqual([
      `  spec/Paxos.tla:${lineOf("\\/ \\E a \\in Acceptor, b \\in Ballot : Phase1b(a, b)")}:15: a4 is not in Acceptor, the set Next takes a from`,
      "    a = a4, Acceptor = {a1, a2, a3}",
    ]);
  });

  it("rejects a parameter name the action does not have", async () => {
    const w = new PaxosWorld();
    const v = await validateTrace(paxosSpec(), [w.initial(), { ...w.propose("v1"), params: { value: mv("v1") } }]);
    expect(v).toMatchObject({ ok: false, step: 1, reason: "the action Propose has no parameter value; its parameters are v" });
  });

  it("rejects an events-only trace whose step is not enabled", async () => {
    const w = new PaxosWorld();
    const trace = without(
      [w.initial(), w.propose("v1"), w.phase1a("p1", 0), w.phase1b("a1", 0), w.phase2a("p1", 0, "v1")],
      ["msgs", "proposed", "maxBal", "maxVBal", "maxVal", "learned"],
    );
    const v = await validateTrace(paxosSpec(), trace);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.step).toBe(4);
    expect(v.summary).toBe("Phase2a(p = p1, b = 0, v = v1) is not a step of Paxos");
    // Only a1 joined ballot 0: {a1, a2} is the first quorum with the most 1b messages (one), and it lacks a2's.
    expect(v.conjunct?.text).toBe("\\E m \\in Msgs1b(b, Q) : m.acc = a");
    expect(v.conjunct?.loc.line).toBe(lineOf("/\\ \\A a \\in Q : \\E m \\in Msgs1b(b, Q) : m.acc = a"));
    expect(v.bindings).toEqual({ Q: "{a1, a2} (of 4 choices, the one that gets furthest; none works)", a: "a2" });
  });

  it("says the searched parameters found no matching state", async () => {
    const w = new PaxosWorld();
    const trace = [w.initial(), w.phase1a("p1", 0), { ...w.phase1b("a1", 0), params: {} }, { ...w.phase1b("a1", 0), params: {} }];
    const v = await validateTrace(paxosSpec(), without(trace, ["msgs"]));
    expect(v).toMatchObject({
      ok: false,
      step: 3,
      reason: "Phase1b leads to no state that agrees with the log, whatever a, b (not logged); the closest is Phase1b(a = a2, b = 0): maxBal differs",
      differences: ["maxBal[a2]: the step gives 0, the log says -1"],
    });
  });

  it("searches the parameters the log leaves out", async () => {
    const w = new PaxosWorld();
    const trace = [w.initial(), w.propose("v1"), w.phase1a("p1", 0), { ...w.phase1b("a2", 0), params: { b: 0 } }, { ...w.phase1b("a1", 0), params: {} }];
    const v = await validateTrace(paxosSpec(), without(trace, ["msgs"]));
    expect(v).toEqual({ ok: true, steps: 4, candidatesMax: 1 });
  });
});

describe("streams", () => {
  it("validates a 100,000-step stream lazily and stops reading at the first rejection", async () => {
    const w = new PaxosWorld();
    let produced = 0;
    async function* restarts(bad: number | undefined): AsyncGenerator<TraceStepInput> {
      yield { state: w.state() };
      for (let i = 1; i <= 100_000; i++) {
        produced++;
        yield i === bad ? { action: "Restart", params: { a: mv("a9") }, state: {} } : { action: "Restart", params: { a: mv(`a${(i % 3) + 1}`) }, state: {} };
      }
    }
    expect(await validateTrace(paxosSpec(), restarts(undefined))).toEqual({ ok: true, steps: 100_000, candidatesMax: 1 });
    produced = 0;
    const v = await validateTrace(paxosSpec(), restarts(50));
    expect(v).toMatchObject({ ok: false, step: 50, reason: "Restart(a = a9) is not a step of Paxos: a9 is not in Acceptor, the set Next takes a from" });
    expect(produced).toBe(50);
  });
});

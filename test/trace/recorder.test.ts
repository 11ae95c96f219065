import { describe, expect, it } from "vitest";
import { encodeState, recordRun, RefinementMapping, refine, specMessage } from "../../src/trace/index.js";
import { Simulation } from "../../src/cluster/index.js";
import { mutant } from "../mutants/mutants.js";

const parse = (lines: string[]): Record<string, unknown>[] => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe("trace header", () => {
  it("records the spec's constants for the cluster", () => {
    const [header] = parse(recordRun({ seed: "1", acceptors: 3, proposers: 2, learners: 1, ballotsPerProposer: 2 }).lines);
    expect(header).toMatchObject({ kind: "header", format: "paxos-tla-trace/1", spec: "Paxos", mode: "state", seed: "1" });
    expect(header!["constants"]).toEqual({
      Value: { "#set": ["v1", "v2"] },
      Acceptor: { "#set": ["a1", "a2", "a3"] },
      Proposer: { "#set": ["p1", "p2"] },
      Learner: { "#set": ["l1"] },
      Ballot: { "#set": [0, 1, 2, 3] },
      Owner: {
        "#map": [
          [0, "p1"],
          [1, "p2"],
          [2, "p1"],
          [3, "p2"],
        ],
      },
      Quorum: { "#set": [{ "#set": ["a1", "a2"] }, { "#set": ["a1", "a2", "a3"] }, { "#set": ["a1", "a3"] }, { "#set": ["a2", "a3"] }] },
      None: "None",
    });
  });
});

describe("steps", () => {
  it("a fault-free run with one proposer records the textbook sequence of actions", () => {
    const lines = parse(recordRun({ seed: "1", acceptors: 3 }, { events: false }).lines);
    expect(lines[1]).toEqual({
      kind: "init",
      state: {
        proposed: { "#set": [] },
        maxBal: {
          "#map": [
            ["a1", -1],
            ["a2", -1],
            ["a3", -1],
          ],
        },
        maxVBal: {
          "#map": [
            ["a1", -1],
            ["a2", -1],
            ["a3", -1],
          ],
        },
        maxVal: {
          "#map": [
            ["a1", "None"],
            ["a2", "None"],
            ["a3", "None"],
          ],
        },
        msgs: { "#set": [] },
        learned: { "#map": [["l1", { "#set": [] }]] },
      },
    });
    const steps = lines.filter((l) => l["kind"] === "step");
    expect(steps.map((s) => s["i"])).toEqual(steps.map((_, n) => n + 1));
    expect(steps.map((s) => s["action"])).toEqual(["Propose", "Phase1a", "Phase1b", "Phase1b", "Phase1b", "Phase2a", "Phase2b", "Phase2b", "Phase2b", "Learn"]);
    expect(steps[1]!["params"]).toEqual({ p: "p1", b: 0 });
    const last = steps.at(-1)!;
    expect(last["params"]).toEqual({ l: "l1", b: 0, v: "v1" });
    expect((last["state"] as Record<string, unknown>)["learned"]).toEqual({ "#map": [["l1", { "#set": ["v1"] }]] });
    expect(((last["state"] as Record<string, unknown>)["msgs"] as { "#set": unknown[] })["#set"]).toHaveLength(1 + 3 + 1 + 3);
  });
  it("events mode writes action and parameters only, with no init line", () => {
    const lines = parse(recordRun({ seed: "1", acceptors: 3 }, { mode: "events", events: false }).lines);
    expect(lines.map((l) => l["kind"])).toEqual(["header", ...Array(10).fill("step")]);
    expect(lines.slice(1).every((l) => !("state" in l))).toBe(true);
    expect(lines[0]!["mode"]).toBe("events");
  });
});

describe("refinement mapping", () => {
  it("drops routing fields, maps null to None, and reads acceptors' in-memory state", () => {
    expect(specMessage({ type: "1a", from: "p1", bal: 2 })).toEqual({ type: "1a", bal: 2 });
    expect(specMessage({ type: "1b", acc: "a1", bal: 2, mbal: -1, mval: null })).toEqual({ type: "1b", acc: "a1", bal: 2, mbal: -1, mval: "None" });
    const sim = new Simulation({ seed: "1", acceptors: 3, maxSteps: 6 });
    sim.run();
    const s = refine(sim);
    expect(s.maxBal).toEqual({ a1: sim.acceptor("a1").maxBal, a2: sim.acceptor("a2").maxBal, a3: sim.acceptor("a3").maxBal });
    expect(s.proposed).toEqual(["v1"]);
    expect(s.msgs.length).toBe(new Set(sim.sent.map((m) => JSON.stringify(specMessage(m.msg)))).size);
  });
  it("the JSON text of the state is exactly the JSON of its ITF encoding, step after step", () => {
    const mapping = new RefinementMapping();
    const fresh = new RefinementMapping();
    let compared = 0;
    const sim: Simulation = new Simulation(
      { seed: "8", acceptors: 5, proposers: 3, learners: 2, loss: 0.3, duplicate: 0.2, crash: 0.05, stopWhenLearned: false },
      {
        step: () => {
          const text = mapping.stateJson(sim);
          expect(text).toBe(JSON.stringify(encodeState(fresh.state(sim))));
          expect(JSON.parse(text)).toEqual(encodeState(refine(sim)));
          compared++;
        },
      },
    );
    sim.run();
    expect(compared).toBeGreaterThan(20);
  });
  it("with a mutant that does not persist promises, a Restart step shows maxBal decreasing", () => {
    // search seeds until a restart loses a promise; the Restart step must show it
    for (let n = 0; n < 200; n++) {
      const lines = parse(
        recordRun({ seed: String(n), acceptors: 3, proposers: 2, crash: 0.3, downtime: { min: 0.5, max: 2 } }, { events: false }, mutant("acceptor-forgets-promise")).lines,
      );
      let prev: Record<string, unknown> | undefined;
      for (const l of lines) {
        if (l["kind"] === "step" && l["action"] === "Restart" && prev) {
          const a = (l["params"] as { a: string }).a;
          const before = new Map((prev["maxBal"] as { "#map": [string, number][] })["#map"]).get(a)!;
          const after = new Map(((l["state"] as Record<string, unknown>)["maxBal"] as { "#map": [string, number][] })["#map"]).get(a)!;
          if (after < before) return; // found
        }
        if (l["state"]) prev = l["state"] as Record<string, unknown>;
      }
    }
    throw new Error("no Restart with a decreasing maxBal in 200 seeds");
  });
});

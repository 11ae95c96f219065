import { describe, expect, it } from "vitest";
import { simulate, SimulationOptionsError } from "../../src/cluster/index.js";
import type { SpecAction } from "../../src/paxos/index.js";

describe("scheduled crashes", () => {
  it("crash the named acceptor at the given time and restart it (a Restart step) after its downtime", () => {
    const events: { what: string; node?: string; time: number }[] = [];
    const restarts: { node: string; time: number }[] = [];
    const result = simulate(
      { seed: "7", acceptors: 5, stopWhenLearned: false, scheduledCrashes: [{ node: "a3", at: 2, downFor: 30 }] },
      {
        event: (e, time) => events.push({ what: e.what, ...("node" in e ? { node: e.node } : {}), time }),
        step: (action: SpecAction, node, time) => {
          if (action.name === "Restart") restarts.push({ node, time });
        },
      },
    );
    const crashes = events.filter((e) => e.what === "crash");
    expect(crashes).toEqual([{ what: "crash", node: "a3", time: 2 }]);
    expect(restarts).toEqual([{ node: "a3", time: 32 }]);
    expect(result.crashes).toBe(1);
  });

  it("refuse a node that cannot crash, and negative times", () => {
    expect(() => simulate({ scheduledCrashes: [{ node: "l1", at: 1, downFor: 1 }] })).toThrow(SimulationOptionsError);
    expect(() => simulate({ scheduledCrashes: [{ node: "a1", at: -1, downFor: 1 }] })).toThrow(/scheduled crash of 'a1'/);
  });
});

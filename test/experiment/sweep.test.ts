import { describe, expect, it } from "vitest";
import { simulate } from "../../src/cluster/index.js";
import { ExperimentError, expandPoints, parseAxis, parseSetting, planExperiment, runExperiment, runsCsv, runSeed, PAXOS_EXPERIMENT } from "../../src/experiment/index.js";

describe("sweep plans", () => {
  it("reads an axis, in canonical form", () => {
    expect(parseAxis(PAXOS_EXPERIMENT, "loss=0,0.10,.2")).toMatchObject({ parameter: "loss", values: [0, 0.1, 0.2], labels: ["0", "0.1", "0.2"] });
    expect(parseAxis(PAXOS_EXPERIMENT, "backoff=off,on")).toMatchObject({ values: [false, true], labels: ["off", "on"] });
    expect(parseAxis(PAXOS_EXPERIMENT, "delay=1..5,5..40").values).toEqual([
      { min: 1, max: 5 },
      { min: 5, max: 40 },
    ]);
  });

  it("separates quorum items with ';' inside a list, and also takes ',' in --set", () => {
    const axis = parseAxis(PAXOS_EXPERIMENT, "quorum=majority,weights:3;1;1;1,sets:a1+a2;a2+a3;a1+a3");
    expect(axis.values).toEqual([
      { kind: "majority" },
      { kind: "weighted", weights: [3, 1, 1, 1] },
      {
        kind: "explicit",
        sets: [
          ["a1", "a2"],
          ["a2", "a3"],
          ["a1", "a3"],
        ],
      },
    ]);
    expect(axis.labels).toEqual(["majority", "weights:3;1;1;1", "sets:a1+a2;a2+a3;a1+a3"]);
    expect(parseSetting(PAXOS_EXPERIMENT, "quorum=weights:3,1,1,1")).toMatchObject({ value: { kind: "weighted", weights: [3, 1, 1, 1] }, label: "weights:3;1;1;1" });
  });

  it("expands the cartesian product, first axis slowest", () => {
    const plan = planExperiment({ protocol: PAXOS_EXPERIMENT, vary: ["loss=0,0.1,0.2", "acceptors=3,5"], set: ["proposers=2", "backoff=off"], runs: 1, seed: "s" });
    const points = expandPoints(plan);
    expect(points.map((p) => p.coordinates)).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
    expect(points.map((p) => `${p.parameters.loss}/${p.parameters.acceptors}`)).toEqual(["0/3", "0/5", "0.1/3", "0.1/5", "0.2/3", "0.2/5"]);
    expect(points.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const p of points) {
      expect(p.options.proposers).toBe(2);
      expect(p.options.clients).toBe(2);
      expect(p.options.retry.backoff).toBe(false);
      expect(p.parameters.backoff).toBe("off");
      expect(p.parameters.quorum).toBe("majority");
      expect(p.parameters.steps).toBe("20000");
    }
    expect(points[3]!.options.loss).toBe(0.1);
    expect(points[3]!.options.acceptors).toBe(5);
  });

  it("takes the number of acceptors from the weights unless it is given", () => {
    const plan = planExperiment({ protocol: PAXOS_EXPERIMENT, vary: ["quorum=majority,weights:3;1;1;1"], set: [], runs: 1, seed: "s" });
    expect(expandPoints(plan).map((p) => p.options.acceptors)).toEqual([3, 4]);
  });

  const refused: [string[], string[], string][] = [
    [["bogus=1"], [], "unknown parameter 'bogus' of paxos; known: loss, dup, crash, partition, delay, acceptors, proposers, learners, quorum, backoff, ballots, steps"],
    [["loss=0,2"], [], "loss must be a probability from 0 to 1, got '2'"],
    [["loss=0,x"], [], "loss must be a probability from 0 to 1, got 'x'"],
    [["acceptors=3,0"], [], "acceptors must be a whole number of at least 1, got '0'"],
    [["acceptors=2.5"], [], "acceptors must be a whole number of at least 1, got '2.5'"],
    [["loss="], [], "--vary loss has an empty list of values"],
    [["loss=0,,1"], [], "--vary loss has an empty value in '0,,1'"],
    [["loss"], [], "--vary needs NAME=V1,V2,..., got 'loss'"],
    [["loss=0.1,0.10"], [], "--vary loss lists the value '0.1' twice"],
    [["backoff=maybe"], [], "backoff must be on or off, got 'maybe'"],
    [["delay=5..1"], [], "delay must be MIN..MAX with 0 < MIN <= MAX, got '5..1'"],
    [["quorum=weights:3,1"], [], "quorum must be majority, weights:W;W;... or sets:a1+a2;..., got '1' (in --vary, ',' separates quorums: separate a quorum's own items with ';')"],
    [["quorum=weights:3;x"], [], "quorum weights must be whole numbers separated by ';', got 'weights:3;x'"],
    [["loss=0"], ["loss=0.1"], "loss is given twice (--vary and --set); vary it or set it, once"],
    [["loss=0"], ["proposers=2", "proposers=3"], "proposers is given twice (--set and --set); vary it or set it, once"],
    [[], [], "give at least one axis to vary, e.g. --vary loss=0,0.1,0.2"],
    [["acceptors=3,20"], [], "acceptors must be a whole number from 1 to 16, got 20 at acceptors=20"],
    [["acceptors=3,5"], ["quorum=sets:a4+a5"], "quorum {a4, a5} names 'a4', which is not an acceptor at acceptors=3"],
    [["acceptors=4,3"], ["quorum=weights:3;1;1;1"], "weighted quorums need one weight per acceptor: 3 acceptors, 4 weights at acceptors=3"],
    [["loss=0"], ["quorum=sets:a1;a2"], "quorums {a1} and {a2} do not intersect, so two different values could be chosen at loss=0"],
  ];
  for (const [vary, set, message] of refused) {
    it(`refuses --vary ${vary.join(" ") || "(none)"} ${set.length ? `--set ${set.join(" ")}` : ""}`, () => {
      const plan = (): unknown => expandPoints(planExperiment({ protocol: PAXOS_EXPERIMENT, vary, set, runs: 1, seed: "s" }));
      expect(plan).toThrow(ExperimentError);
      expect(plan).toThrow(message);
    });
  }

  it("refuses fewer than one run", () => {
    expect(() => planExperiment({ protocol: PAXOS_EXPERIMENT, vary: ["loss=0"], set: [], runs: 0, seed: "s" })).toThrow("runs must be a whole number of at least 1, got 0");
  });
});

describe("running a sweep", () => {
  const plan = planExperiment({ protocol: PAXOS_EXPERIMENT, vary: ["loss=0,0.3", "proposers=1,2"], set: ["acceptors=3", "steps=3000"], runs: 3, seed: "base" });

  it("gives run i of every point the seed <base>.i", () => {
    const results = runExperiment(plan);
    expect(results).toHaveLength(4);
    for (const { runs } of results) expect(runs.map((r) => r.seed)).toEqual(["base.1", "base.2", "base.3"]);
    expect(runSeed("base", 2)).toBe("base.2");
  });

  it("each run is exactly the simulator's run with that seed and the point's options", () => {
    const results = runExperiment(plan);
    const last = results[3]!;
    expect(last.point.parameters.loss).toBe("0.3");
    expect(last.point.parameters.proposers).toBe("2");
    const again = simulate({ acceptors: 3, loss: 0.3, proposers: 2, maxSteps: 3000, seed: "base.2" });
    expect(last.runs[1]!.result).toEqual(again);
  });

  it("is deterministic: the same base seed gives the same runs.csv; another seed another one", () => {
    const a = runsCsv(PAXOS_EXPERIMENT, runExperiment(plan));
    const b = runsCsv(PAXOS_EXPERIMENT, runExperiment(plan));
    expect(b).toBe(a);
    expect(a.trimEnd().split("\n")).toHaveLength(1 + 4 * 3);
    const c = runsCsv(PAXOS_EXPERIMENT, runExperiment({ ...plan, seed: "other" }));
    expect(c).not.toBe(a);
  });

  it("reports progress after every run", () => {
    const calls: [number, number][] = [];
    runExperiment(plan, (done, total) => calls.push([done, total]));
    expect(calls).toHaveLength(12);
    expect(calls[0]).toEqual([1, 12]);
    expect(calls[11]).toEqual([12, 12]);
  });
});

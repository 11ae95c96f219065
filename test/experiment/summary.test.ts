import { describe, expect, it } from "vitest";
import type { SimulationOptions, SimulationResult } from "../../src/cluster/index.js";
import { expandPoints, planExperiment, summarizePoint, summaryCsv, summaryMarkdown, summaryColumns, PAXOS_EXPERIMENT } from "../../src/experiment/index.js";
import type { PointRuns } from "../../src/experiment/index.js";

/** A run's result with only the figures the summary reads. */
function run(decided: boolean, messages: number | null, latency: number | null, ballots: number): SimulationResult {
  return { decided, protocolMessagesToDecision: messages, latency, ballots: Array.from({ length: ballots }, (_, i) => i) } as unknown as SimulationResult;
}

describe("point summaries", () => {
  const plan = planExperiment({ protocol: PAXOS_EXPERIMENT, vary: ["loss=0.2"], set: [], runs: 4, seed: "s" });
  const [point] = expandPoints(plan);
  const runs: PointRuns<SimulationOptions, SimulationResult> = {
    point: point!,
    runs: [run(true, 12, 10, 1), run(true, 20, 30.5, 2), run(false, null, null, 5), run(true, 16, 20, 1)].map((result, i) => ({ run: i + 1, seed: `s.${i + 1}`, result })),
  };

  it("messages and time over decided runs, ballots over all runs", () => {
    const s = summarizePoint(PAXOS_EXPERIMENT, runs);
    expect(s.runs).toBe(4);
    expect(s.succeeded).toBe(3);
    expect(s.successShare).toBe(0.75);
    expect(s.figures["messages"]).toEqual({ mean: 16, median: 16, p95: 20 });
    expect(s.figures["latency"]).toEqual({ mean: 60.5 / 3, median: 20, p95: 30.5 });
    // ballots 1, 2, 5, 1: mean 9/4, median (1 + 2) / 2, p95 rank ceil(3.8) = 4 -> 5
    expect(s.figures["ballots"]).toEqual({ mean: 2.25, median: 1.5, p95: 5 });
  });

  it("summary.csv has one row per point with every parameter", () => {
    const csv = summaryCsv(PAXOS_EXPERIMENT, [summarizePoint(PAXOS_EXPERIMENT, runs)]);
    const [header, row, end] = csv.split("\n");
    expect(header).toBe(summaryColumns(PAXOS_EXPERIMENT).join(","));
    expect(header).toBe(
      "point,loss,dup,crash,partition,delay,acceptors,proposers,learners,quorum,backoff,ballots,steps,runs,decided,decided_share,messages_mean,messages_median,messages_p95,latency_mean,latency_median,latency_p95,ballots_tried_mean,ballots_tried_median,ballots_tried_p95",
    );
    expect(row).toBe("1,0.2,0,0,0,1..5,3,1,1,majority,on,16,20000,4,3,0.75,16,16,20,20.167,20,30.5,2.25,1.5,5");
    expect(end).toBe("");
  });

  it("an empty figure stays empty, in CSV and in Markdown", () => {
    const none: PointRuns<SimulationOptions, SimulationResult> = { point: point!, runs: [{ run: 1, seed: "s.1", result: run(false, null, null, 3) }] };
    const s = summarizePoint(PAXOS_EXPERIMENT, none);
    expect(s.figures["messages"]!.mean).toBeNull();
    expect(summaryCsv(PAXOS_EXPERIMENT, [s]).split("\n")[1]).toBe("1,0.2,0,0,0,1..5,3,1,1,majority,on,16,20000,1,0,0,,,,,,,3,3,3");
    expect(summaryMarkdown(plan, [s]).split("\n")[2]).toBe("| 0.2 | 0/1 (0%) | – (–) | – (–) | 3 (3) |");
  });
});

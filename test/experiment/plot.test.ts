import { describe, expect, it } from "vitest";
import { experimentFigures, niceTicks, planExperiment, renderBarChart, renderLineChart, runExperiment, summarizePoint, PAXOS_EXPERIMENT } from "../../src/experiment/index.js";
import type { LineChart } from "../../src/experiment/index.js";
import { xmlNestingProblem } from "../draw/xmlWellFormed.js";

const chart: LineChart = {
  title: "Mean messages <to> decision",
  subtitle: "3 runs per point",
  xLabel: "loss: probability that a message is lost",
  yLabel: "messages (mean)",
  categories: ["0", "0.1", "0.3"],
  legendTitle: "acceptors",
  series: [
    { label: "3", values: [12, 13, 20] },
    { label: "5", values: [20, null, 41] },
  ],
  numericX: true,
};

function polylinePoints(svg: string): string[][] {
  return [...svg.matchAll(/<polyline [^>]*points="([^"]*)"/g)].map((m) => m[1]!.split(" "));
}

describe("line chart", () => {
  const svg = renderLineChart(chart);

  it("is a well-formed SVG document", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>\n")).toBe(true);
    expect(xmlNestingProblem(svg)).toBeUndefined();
    expect(svg).toContain("Mean messages &lt;to&gt; decision");
    expect(svg).not.toContain("<to>");
  });

  it("draws one polyline per series, leaving out points without a value", () => {
    const lines = polylinePoints(svg);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveLength(3);
    expect(lines[1]).toHaveLength(2);
  });

  it("places x by value and y from zero on nice ticks", () => {
    // plot area x 84..600 with 36 of padding: 0 -> 120, 0.1 -> 120 + 444/3 = 268, 0.3 -> 564
    // y ticks 0..50 (max 41): 390 (bottom) - v / 50 * 320
    expect(polylinePoints(svg)[0]).toEqual(["120,313.2", "268,306.8", "564,262"]);
    expect(polylinePoints(svg)[1]).toEqual(["120,262", "564,127.6"]);
    for (const t of ["0", "10", "20", "30", "40", "50"]) expect(svg).toContain(`>${t}</text>`);
  });

  it("labels its axes, ticks and legend", () => {
    expect(svg).toContain(">loss: probability that a message is lost</text>");
    expect(svg).toContain(">messages (mean)</text>");
    expect(svg).toContain(">acceptors</text>");
    for (const c of chart.categories) expect(svg).toContain(`>${c}</text>`);
    expect(svg).toContain('data-label="3"');
    expect(svg).toContain('data-label="5"');
  });

  it("gives the same bytes for the same chart", () => {
    expect(renderLineChart({ ...chart })).toBe(svg);
  });

  it("spaces categories evenly when they are not numbers", () => {
    const even = renderLineChart({ ...chart, categories: ["majority", "weights:3;1;1;1", "sets:a1+a2;a2+a3;a1+a3"], numericX: false });
    expect(polylinePoints(even)[0]!.map((p) => p.split(",")[0])).toEqual(["120", "342", "564"]);
  });

  it("refuses a series of the wrong length", () => {
    expect(() => renderLineChart({ ...chart, series: [{ label: "x", values: [1] }] })).toThrow("series 'x' has 1 values for 3 categories");
  });
});

describe("bar chart", () => {
  const svg = renderBarChart({
    ...chart,
    title: "Share decided",
    series: [
      { label: "off", values: [1, 0.5, 0.25] },
      { label: "on", values: [1, 1, 0.75] },
    ],
    yMin: 1,
    percent: true,
  });

  it("is well-formed, with one bar per category and series, heights to scale", () => {
    expect(xmlNestingProblem(svg)).toBeUndefined();
    const heights = [...svg.matchAll(/<rect x="[^"]*" y="[^"]*" width="[^"]*" height="([^"]*)"><title>/g)].map((m) => Number(m[1]));
    expect(heights).toEqual([320, 160, 80, 320, 320, 240]);
    for (const t of ["0%", "20%", "100%", "50%", "75%"]) expect(svg).toContain(`>${t}</text>`);
  });
});

describe("nice ticks", () => {
  it("steps of 1, 2, 2.5 or 5 times a power of ten from zero", () => {
    expect(niceTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.97)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(83)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(12)).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
    expect(niceTicks(41)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("experiment figures", () => {
  it("one bar chart and three line charts per panel; a third axis makes panels", () => {
    const plan = planExperiment({ protocol: PAXOS_EXPERIMENT, vary: ["loss=0,0.2", "proposers=1,2", "quorum=majority,weights:2;1;1"], set: ["acceptors=3"], runs: 2, seed: "f" });
    const results = runExperiment(plan);
    const figures = experimentFigures(
      plan,
      results.map((r) => r.point),
      results.map((r) => summarizePoint(PAXOS_EXPERIMENT, r)),
    );
    expect(figures.map((f) => f.file)).toEqual([
      "decided-quorum=majority.svg",
      "messages-quorum=majority.svg",
      "latency-quorum=majority.svg",
      "ballots-quorum=majority.svg",
      "decided-quorum=weights_2_1_1.svg",
      "messages-quorum=weights_2_1_1.svg",
      "latency-quorum=weights_2_1_1.svg",
      "ballots-quorum=weights_2_1_1.svg",
    ]);
    for (const f of figures) {
      expect(xmlNestingProblem(f.svg)).toBeUndefined();
      expect(f.svg).toContain("acceptors=3");
    }
    expect(polylinePoints(figures[1]!.svg)).toHaveLength(2); // proposers 1 and 2
    expect(figures[5]!.panel).toBe("quorum=weights:2;1;1");
  });
});

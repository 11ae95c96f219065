import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildChart } from "../../src/draw/chart.js";
import { drawTrace } from "../../src/draw/draw.js";
import { TraceInputError, parseTraceText } from "../../src/draw/traceInput.js";
import { runCli } from "../../src/cli/run.js";
import { xmlNestingProblem } from "./xmlWellFormed.js";

const fixture = fileURLToPath(new URL("./fixtures/small-run.ndjson", import.meta.url));

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe("the chart of the small fixture run", () => {
  let text: string;
  beforeAll(async () => {
    text = await readFile(fixture, "utf8");
  });

  it("has one lifeline per node, ordered client, proposers, acceptors, learner", () => {
    const chart = buildChart(parseTraceText(text, fixture));
    expect(chart.lifelines.map((l) => `${l.role}:${l.node}`)).toEqual(["client:c1", "proposer:p1", "proposer:p2", "acceptor:a1", "acceptor:a2", "acceptor:a3", "learner:l1"]);
  });

  it("draws one arrow per consumed message, from the sending row to the consuming row", () => {
    const chart = buildChart(parseTraceText(text, fixture));
    // Rows: 0 Propose, 1 Phase1a(p1,1), 2 Phase1b(a1), 3 Phase1b(a2), 4 drop 1a->a3, 5 Phase2a,
    //       6 Phase2b(a1), 7 Restart(a2), 8 Phase2b(a3), 9 Learn(l1).
    const arrows = chart.arrows.map((a) => `${a.type} ${a.fromNode}@${a.fromRow} -> ${a.toNode}@${a.toRow} "${a.label}"`);
    expect(arrows).toEqual([
      `1a p1@1 -> a1@2 "1a b=1"`,
      `1a p1@1 -> a2@3 "1a b=1"`,
      `1b a1@2 -> p1@5 "1b b=1 (-1,None)"`,
      `1b a2@3 -> p1@5 "1b b=1 (-1,None)"`,
      `2a p1@5 -> a1@6 "2a b=1 v=v1"`,
      `2a p1@5 -> a3@8 "2a b=1 v=v1"`,
      `2b a1@6 -> l1@9 "2b b=1 v=v1"`,
      `2b a3@8 -> l1@9 "2b b=1 v=v1"`,
    ]);
    expect(chart.drops).toEqual([{ label: "1a b=1 lost", fromNode: "p1", fromRow: 1, toNode: "a3", row: 4 }]);
    expect(chart.marks.map((m) => `${m.kind} ${m.node}@${m.row} ${m.label}`)).toEqual(["propose c1@0 propose v1", "restart a2@7 restart", "learn l1@9 learned v1 (b=1)"]);
  });

  it("renders well-formed SVG with the lifelines, 8 arrows, the drop, the restart and the learned value", () => {
    const svg = drawTrace(text, fixture);
    expect(svg.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"`)).toBe(true);
    expect(xmlNestingProblem(svg)).toBeUndefined();
    expect(count(svg, `<g class="lifeline"`)).toBe(7);
    for (const node of ["c1", "p1", "p2", "a1", "a2", "a3", "l1"]) expect(svg).toContain(`data-node="${node}"`);
    expect(count(svg, `<g class="msg msg-`)).toBe(8);
    expect(count(svg, `<g class="msg msg-1b"`)).toBe(2);
    expect(count(svg, `<g class="drop">`)).toBe(1);
    expect(count(svg, `<g class="restart">`)).toBe(1);
    expect(count(svg, `<g class="learn">`)).toBe(1);
    expect(svg).toMatch(/<g class="learn">.*learned v1 \(b=1\)<\/text><\/g>/);
    expect(svg).toContain("<title>Paxos run: seed 7, 9 steps</title>");
  });

  it("is deterministic: the same trace gives the same bytes", () => {
    expect(drawTrace(text, fixture)).toBe(drawTrace(text, "elsewhere.ndjson"));
  });

  it("orders rows by time, not by file order, when times are given", () => {
    const lines = text.trimEnd().split("\n");
    // Move the Phase2b(a3) line (time 6) before the Restart line (time 5.5): the picture must not change.
    const swapped = [...lines];
    [swapped[9], swapped[10]] = [swapped[10]!, swapped[9]!];
    expect(swapped[9]).toContain(`"Phase2b"`);
    expect(drawTrace(swapped.join("\n"), fixture)).toBe(drawTrace(text, fixture));
  });
});

describe("the chart of a simulator run (paxos simulate --seed 42 --proposers 2 --loss 0.1 --dup 0.05 --crash 0.01)", () => {
  const simFixture = fileURLToPath(new URL("./fixtures/sim-seed42.ndjson", import.meta.url));
  let chart: ReturnType<typeof buildChart>;
  beforeAll(async () => {
    chart = buildChart(parseTraceText(await readFile(simFixture, "utf8"), simFixture));
  });

  it("has the run's nodes by role, its 10 lost messages and its decision", () => {
    expect(chart.lifelines.map((l) => l.node)).toEqual(["c1", "c2", "p1", "p2", "a1", "a2", "a3", "l1"]);
    // The simulator's summary of this run: "dropped 10", "decided v2"; the Learn step is in ballot 4.
    expect(chart.drops).toHaveLength(10);
    expect(chart.marks.filter((m) => m.kind === "learn").map((m) => `${m.node} ${m.label}`)).toEqual(["l1 learned v2 (b=4)"]);
    expect(chart.marks.filter((m) => m.kind === "crash")).toHaveLength(1);
  });

  it("draws arrows forward in time, into the steps the spec says consume them", () => {
    for (const a of chart.arrows) expect(a.fromRow).toBeLessThan(a.toRow);
    const into = (row: number, type: string): number => chart.arrows.filter((a) => a.toRow === row && a.type === type).length;
    chart.rows.forEach((r, row) => {
      if (r.entry.kind !== "step") return;
      switch (r.entry.action) {
        case "Phase1b": // the spec's guard: the 1a of this ballot was sent
          expect(into(row, "1a")).toBe(1);
          break;
        case "Phase2b": // the 2a of this ballot and value was sent
          expect(into(row, "2a")).toBe(1);
          break;
        case "Phase2a": // 1b messages from a quorum (a majority of 3) were received
          expect(into(row, "1b")).toBeGreaterThanOrEqual(2);
          break;
        case "Learn": // 2b messages from a quorum
          expect(into(row, "2b")).toBeGreaterThanOrEqual(2);
          break;
        default:
          expect(chart.arrows.filter((a) => a.toRow === row)).toEqual([]);
      }
    });
  });
});

describe("lifelines of nodes first seen in events", () => {
  it("take the role of their first step, not the far-right 'other' column", () => {
    const trace = [
      `{"kind":"header","format":"paxos-tla-trace/1","spec":"Paxos","mode":"events","seed":"3","constants":{"Acceptor":{"#set":["a1"]}}}`,
      `{"kind":"event","what":"drop","time":0.5,"from":"c1","to":"p1","msg":{"type":"request","value":"v1"},"reason":"loss"}`,
      `{"kind":"event","what":"partition","time":0.7,"groups":[["c1","p1"],["a1"]]}`,
      `{"kind":"step","i":1,"action":"Propose","params":{"v":"v1"},"node":"c1","time":1}`,
      `{"kind":"step","i":2,"action":"Phase1a","params":{"p":"p1","b":0},"node":"p1","time":2}`,
    ].join("\n");
    const chart = buildChart(parseTraceText(trace, "t"));
    expect(chart.lifelines.map((l) => `${l.role}:${l.node}`)).toEqual(["client:c1", "proposer:p1", "acceptor:a1"]);
    expect(chart.drops.map((d) => d.label)).toEqual(["request lost"]);
    expect(chart.rows.map((r) => r.label)).toEqual(["drop request", "partition {c1, p1} | {a1}", "Propose(v1)", "Phase1a(p1, 0)"]);
    const svg = drawTrace(trace, "t");
    expect(svg).toContain(`<g class="network">`);
    expect(svg).toContain("partition {c1, p1} | {a1}");
  });
});

describe("rows at equal times", () => {
  it("put a timeout before the step it causes, and a loss after the step that sent the message", () => {
    const trace = [
      `{"kind":"header","format":"paxos-tla-trace/1","spec":"Paxos","mode":"events","seed":"4","constants":{"Acceptor":{"#set":["a1","a2"]},"Proposer":{"#set":["p1"]}}}`,
      `{"kind":"event","what":"drop","time":5,"from":"p1","to":"a2","msg":{"type":"1a","bal":1},"reason":"loss"}`,
      `{"kind":"event","what":"timeout","time":5,"node":"p1","ballot":0}`,
      `{"kind":"step","i":1,"action":"Phase1a","params":{"p":"p1","b":1},"node":"p1","time":5}`,
      `{"kind":"step","i":2,"action":"Phase1b","params":{"a":"a1","b":1},"node":"a1","time":6}`,
    ].join("\n");
    const chart = buildChart(parseTraceText(trace, "t"));
    expect(chart.rows.map((r) => r.label)).toEqual(["timeout b=0", "Phase1a(p1, 1)", "drop 1a b=1", "Phase1b(a1, 1)"]);
    expect(chart.drops).toEqual([{ label: "1a b=1 lost", fromNode: "p1", fromRow: 1, toNode: "a2", row: 2 }]);
    expect(chart.arrows.map((a) => `${a.fromNode}@${a.fromRow}->${a.toNode}@${a.toRow}`)).toEqual(["p1@1->a1@3"]);
  });
});

describe("bad input", () => {
  it("names the file and line of a malformed line", () => {
    const bad = `{"kind":"header","format":"paxos-tla-trace/1","spec":"Paxos","mode":"state","seed":"1","constants":{}}\n{"kind":"init","state":{}}\n{"kind":"step","action":\n`;
    expect(() => parseTraceText(bad, "t.ndjson")).toThrow(TraceInputError);
    try {
      parseTraceText(bad, "t.ndjson");
    } catch (err) {
      expect((err as TraceInputError).format()).toBe(`t.ndjson:3: not valid JSON: {"kind":"step","action":`);
    }
  });

  it("rejects a trace whose first line is not a header, and a step without an action", () => {
    expect(() => parseTraceText(`\n{"kind":"init","state":{}}\n`, "t")).toThrow(/first line must be the header/);
    const noAction = `{"kind":"header","format":"paxos-tla-trace/1","spec":"Paxos","mode":"events","seed":"1","constants":{}}\n{"kind":"step","i":1,"params":{}}\n`;
    try {
      parseTraceText(noAction, "t");
      expect.unreachable();
    } catch (err) {
      expect((err as TraceInputError).format()).toBe("t:2: field 'action' must be a non-empty string, got nothing");
    }
  });

  describe("through the command line", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "paxos-draw-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    async function run(args: string[]): Promise<{ code: number; err: string }> {
      const errors: string[] = [];
      const spy = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => {
        errors.push(a.join(" "));
      });
      try {
        return { code: await runCli(args), err: errors.join("\n") };
      } finally {
        spy.mockRestore();
      }
    }

    it("writes the SVG with -o and exits 0", async () => {
      const out = join(dir, "run.svg");
      expect((await run(["draw", fixture, "-o", out])).code).toBe(0);
      expect(await readFile(out, "utf8")).toBe(drawTrace(await readFile(fixture, "utf8"), fixture));
    });

    it("exits 2 with one line naming file:line for a malformed line", async () => {
      const bad = join(dir, "bad.ndjson");
      await writeFile(bad, `{"kind":"header","format":"paxos-tla-trace/1","spec":"Paxos","mode":"state","seed":"1","constants":{}}\n{"kind":"init","state":{}}\nnot json\n`);
      const { code, err } = await run(["draw", bad, "-o", join(dir, "x.svg")]);
      expect(code).toBe(2);
      expect(err.split("\n")).toHaveLength(1);
      expect(err).toBe(`paxos draw: ${bad}:3: not valid JSON: not json`);
    });

    it("exits 2 for an unreadable file and for an unknown format", async () => {
      const missing = await run(["draw", join(dir, "missing.ndjson")]);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/missing\.ndjson: cannot read the trace \(no such file\)/);
      const format = await run(["draw", fixture, "--format", "png"]);
      expect(format.code).toBe(2);
      expect(format.err).toContain("option '--format' must be svg, got 'png'");
    });
  });
});

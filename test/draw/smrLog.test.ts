/**
 * The picture of a replicated log: each replica's row says what it holds of
 * each slot at the end of the run, the strip above says which ballot (and
 * leader) decided each slot, and the SVG is well formed and the same for the
 * same run.
 */
import { describe, expect, it } from "vitest";
import { observeAllSmr, SmrSimulation } from "../../src/cluster/index.js";
import { MAX_SLOTS_DRAWN, renderSmrLogSvg, SmrLogRecorder } from "../../src/draw/smrLog.js";
import { SmrTraceRecorder } from "../../src/trace/smrRecorder.js";
import { xmlNestingProblem } from "./xmlWellFormed.js";

function picture(seed: string) {
  const log = new SmrLogRecorder();
  const sim = new SmrSimulation({ seed, proposers: 2, clients: 3, requestsPerClient: 8, snapshotEvery: 4, loss: 0.1, crash: 0.003, downtime: { min: 20, max: 80 } }, log);
  const result = sim.run();
  return { sim, result, picture: log.picture(`seed ${seed}`) };
}

describe("the picture of a replicated log", () => {
  it("gives each replica's snapshot, executed log and learned slots, and the ballot and leader of each decided slot", () => {
    const { sim, result, picture: p } = picture("3");
    expect(result.completed).toBe(24);
    for (const r of sim.replicaIds) {
      const st = sim.node(r, "replica");
      const row = p.cells.get(r)!;
      expect(row.length).toBe(p.slots);
      expect(row.filter((c) => c === "compacted").length).toBe(st.snapshot.through);
      expect(row.filter((c) => c === "compacted" || c === "executed").length).toBe(st.applied);
      expect(row.filter((c) => c === "learned").length).toBe(st.decided.size);
    }
    // every slot some replica executed was decided by a ballot of one of the proposers
    const executed = Math.max(...sim.replicaIds.map((r) => sim.node(r, "replica").applied));
    for (let s = 0; s < executed; s++) {
      const d = p.decidedBy.get(s);
      expect(d, `slot ${s}`).toBeDefined();
      expect(sim.proposerIds).toContain(d!.leader);
    }
    expect([...p.decidedBy.values()].reduce((n, d) => n + d.commands, 0)).toBeGreaterThanOrEqual(24);
  });

  it("draws a well-formed SVG, the same bytes for the same run, with one cell per replica and slot", () => {
    const a = renderSmrLogSvg(picture("3").picture);
    const b = renderSmrLogSvg(picture("3").picture);
    expect(a).toBe(b);
    expect(xmlNestingProblem(a)).toBeUndefined();
    const p = picture("3").picture;
    expect(a.match(/<title>r\d+, slot \d+: /g)!.length).toBe(p.replicas.length * p.slots);
  });

  it("draws the last slots only of a log longer than it draws, and says so", () => {
    const p = picture("3").picture;
    const slots = MAX_SLOTS_DRAWN + 150;
    const cells = new Map([...p.cells].map(([r]) => [r, Array.from({ length: slots }, () => "executed" as const)]));
    const decidedBy = new Map(Array.from({ length: slots }, (_, s) => [s, { ballot: 0, leader: "p1", commands: 1 }] as const));
    const svg = renderSmrLogSvg({ ...p, slots, cells, decidedBy });
    expect(xmlNestingProblem(svg)).toBeUndefined();
    expect(svg).toContain(`${slots} slots × ${p.replicas.length} replicas (the last 4,000 drawn)`);
    expect(svg.match(/<title>r\d+, slot \d+: /g)!.length).toBe(p.replicas.length * MAX_SLOTS_DRAWN);
    expect(svg).toContain("slot 150: ballot 0");
    expect(svg).not.toContain("slot 149: ballot 0");
    expect(svg).toContain(`slot ${slots - 1}: ballot 0`);
  });

  it("runs beside the trace recorder without changing the trace", () => {
    const alone = new SmrTraceRecorder();
    new SmrSimulation({ seed: "4", requestsPerClient: 4 }, alone).run();
    const both = new SmrTraceRecorder();
    new SmrSimulation({ seed: "4", requestsPerClient: 4 }, observeAllSmr(both, new SmrLogRecorder())).run();
    expect(both.lines()).toEqual(alone.lines());
  });

  it("when the configuration changes, gives the configuration of each slot: the initial one until the window after the change's slot", () => {
    const log = new SmrLogRecorder();
    const sim = new SmrSimulation({ seed: "4", window: 3, reconfigure: [{ at: 50, acceptors: ["a1", "a2", "a4"], quorum: { kind: "majority" } }] }, log);
    sim.run();
    const p = log.picture("reconfigured");
    expect(p.configurations?.names).toEqual([
      ["C1", ["a1", "a2", "a3"]],
      ["C2", ["a1", "a2", "a4"]],
    ]);
    const bySlot = p.configurations!.bySlot;
    const firstNew = bySlot.indexOf(1);
    expect(firstNew).toBeGreaterThan(0);
    expect(bySlot.slice(0, firstNew).every((i) => i === 0)).toBe(true);
    expect(bySlot.slice(firstNew).every((i) => i === 1)).toBe(true);
    const svg = renderSmrLogSvg(p);
    expect(xmlNestingProblem(svg)).toBeUndefined();
    expect(svg).toContain(`slot ${firstNew}: configuration C2 (a1, a2, a4)`);
    expect(svg).toContain("2 = C2: a1, a2, a4");
    expect(renderSmrLogSvg(picture("1").picture)).not.toContain("configuration");
  });
});

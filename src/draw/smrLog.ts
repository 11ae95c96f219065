/**
 * The picture of a replicated log: slots across, replicas down. Each cell
 * says what one replica holds of one slot at the end of a run:
 *
 * - **compacted**: executed, and covered by the replica's snapshot (its log
 *   entry is gone; the snapshot stands for it);
 * - **executed**: executed, still in the log (kept to catch others up);
 * - **learned**: decided and known to the replica, waiting behind a slot it
 *   has not learned yet;
 * - **missing**: nothing known.
 *
 * A strip above the grid gives each slot's ballot (the ballot of the 2a that
 * got it decided, coloured by its leader) and how many commands it carries
 * (`·` for the no-op a new leader fills a gap with). A leader change shows as
 * a change of colour; a replica that fell behind shows as a short row. When
 * the configuration changed during the run, a second strip gives the
 * configuration that served each slot.
 *
 * {@link SmrLogRecorder} collects the picture's data while the run goes;
 * {@link renderSmrLogSvg} draws it. The output depends only on the data, so
 * the same run always gives the same bytes.
 *
 * @module
 */
import type { SmrObserver, SmrSimulation } from "../cluster/multipaxos.js";
import { configOf, initialHistory, withDecided } from "../multipaxos/index.js";
import type { Ballot, Batch, ConfigHistory, NodeId, Slot, SpecAction } from "../multipaxos/index.js";
import { escapeXml } from "./svg.js";

/** What one replica holds of one slot. */
export type CellState = "compacted" | "executed" | "learned" | "missing";

/** The data of the picture. */
export interface SmrLogPicture {
  readonly title: string;
  readonly replicas: readonly NodeId[];
  readonly proposers: readonly NodeId[];
  /** Slots 0 .. slots-1 are drawn. */
  readonly slots: number;
  /** Per slot: the ballot whose 2a got it decided and its leader, and the number of commands (absent if never decided). */
  readonly decidedBy: ReadonlyMap<Slot, { readonly ballot: Ballot; readonly leader: NodeId; readonly commands: number }>;
  /** Per replica, per slot. */
  readonly cells: ReadonlyMap<NodeId, readonly CellState[]>;
  /**
   * When the configuration changed during the run: the configurations (name
   * and acceptors), and per slot the index of the one that served it, as the
   * decided changes and the window make it (the spec's `CfgOf`).
   */
  readonly configurations?: { readonly names: readonly (readonly [string, readonly NodeId[]])[]; readonly bySlot: readonly number[] };
}

/** Collects a run's log picture (observe the run with it, then call {@link picture}). */
export class SmrLogRecorder implements SmrObserver {
  private sim: SmrSimulation | null = null;
  /** The latest 2a per slot, ballot and value, to find which one a Learn learned. */
  private readonly proposals = new Map<Slot, { ballot: Ballot; leader: NodeId; value: string; commands: number }[]>();
  private readonly decidedBy = new Map<Slot, { ballot: Ballot; leader: NodeId; commands: number }>();
  /** The configuration changes learned, as the replicas learned them. */
  private history: ConfigHistory | null = null;

  init(sim: SmrSimulation): void {
    this.sim = sim;
    this.history = initialHistory(sim.configurations[0]!);
  }

  step(action: SpecAction): void {
    if (action.name === "Phase2a") {
      const { p, b, s, v } = action.params;
      // a slot already decided keeps the ballot that decided it: a later proposal of it needs no record
      if (this.decidedBy.has(s)) return;
      const list = this.proposals.get(s) ?? [];
      list.push({ ballot: b, leader: p, value: JSON.stringify(v), commands: v.length });
      this.proposals.set(s, list);
    } else if (action.name === "Learn" && !this.decidedBy.has(action.params.s)) {
      const v: Batch = action.params.v;
      const value = JSON.stringify(v);
      // The lowest ballot that proposed the learned value: the one whose votes chose it (a later ballot can only re-propose it).
      const by = (this.proposals.get(action.params.s) ?? []).filter((x) => x.value === value).sort((a, b) => a.ballot - b.ballot)[0];
      if (by !== undefined) this.decidedBy.set(action.params.s, { ballot: by.ballot, leader: by.leader, commands: by.commands });
      // the slot's proposals are no longer needed: the recorder's memory grows by a small record per slot, not by its values
      this.proposals.delete(action.params.s);
      if (this.history !== null) this.history = withDecided(this.history, action.params.s, v);
    }
  }

  /** The picture of the run as it stands. */
  picture(title: string): SmrLogPicture {
    const sim = this.sim;
    if (sim === null) throw new Error("the run has not started");
    let slots = 0;
    for (const s of this.decidedBy.keys()) slots = Math.max(slots, s + 1);
    const states = sim.replicaIds.map((r) => [r, sim.node(r, "replica")] as const);
    for (const [, st] of states) {
      slots = Math.max(slots, st.applied);
      for (const s of st.decided.keys()) slots = Math.max(slots, s + 1);
    }
    const cells = new Map<NodeId, CellState[]>();
    for (const [r, st] of states) {
      cells.set(
        r,
        Array.from({ length: slots }, (_, s): CellState => {
          if (s < st.snapshot.through) return "compacted";
          if (s < st.applied) return "executed";
          return st.decided.has(s) ? "learned" : "missing";
        }),
      );
    }
    const picture = { title, replicas: sim.replicaIds, proposers: sim.proposerIds, slots, decidedBy: this.decidedBy, cells };
    if (sim.configurations.length < 2 || this.history === null) return picture;
    const history = this.history;
    const index = new Map(sim.configurations.map((c, i) => [c.name, i]));
    return {
      ...picture,
      configurations: {
        names: sim.configurations.map((c) => [c.name, c.acceptors] as const),
        bySlot: Array.from({ length: slots }, (_, s) => index.get(configOf(history, s, sim.options.window).name) ?? 0),
      },
    };
  }
}

const CELL = 14;
const GAP = 2;
const LEFT = 70;
const TOP = 78;
/** Slots per band: a long log wraps into bands stacked down the page. */
const PER_BAND = 80;

/** Slots drawn at most: of a longer log, the last ones (a picture of every slot of a long run is too large to open). */
export const MAX_SLOTS_DRAWN = 4000;

const CELL_COLOURS: Readonly<Record<CellState, string>> = {
  compacted: "#94a3b8",
  executed: "#16a34a",
  learned: "#facc15",
  missing: "#ffffff",
};

/** Configuration colours, by configuration index. */
const CONFIG_COLOURS = ["#e5e7eb", "#bfdbfe", "#fde68a", "#bbf7d0", "#fecaca", "#ddd6fe", "#a5f3fc", "#fed7aa"];

/** Leader colours, by proposer index. */
const LEADER_COLOURS = ["#2563eb", "#d97706", "#9333ea", "#0d9488", "#db2777", "#65a30d", "#7c3aed", "#0891b2"];

/** Renders the picture as an SVG document (UTF-8 text, ending in a newline). */
export function renderSmrLogSvg(p: SmrLogPicture): string {
  // the slots drawn: `start .. p.slots - 1`
  const start = Math.max(0, p.slots - MAX_SLOTS_DRAWN);
  const drawn = p.slots - start;
  const bands = Math.max(1, Math.ceil(drawn / PER_BAND));
  const perBand = Math.min(PER_BAND, Math.max(drawn, 1));
  const configRows = p.configurations === undefined ? 0 : 1;
  const bandHeight = (p.replicas.length + 1 + configRows) * (CELL + GAP) + 30;
  const width = LEFT + perBand * (CELL + GAP) + 20;
  const legendY = TOP + bands * bandHeight + 10;
  const height = legendY + 60 + (p.configurations === undefined ? 0 : 24);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${Math.max(width, 620)}" height="${height}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="12" y="24" font-size="15" font-weight="bold">${escapeXml(p.title)}</text>`);
  out.push(
    `<text x="12" y="44" fill="#374151">${p.slots} slots × ${p.replicas.length} replicas${start > 0 ? ` (the last ${drawn.toLocaleString("en-US")} drawn)` : ""}; top row: the ballot that decided each slot (colour: its leader) and its commands${p.configurations === undefined ? "" : "; second row: the configuration that served it"}</text>`,
  );
  const leaderColour = (leader: NodeId): string => LEADER_COLOURS[Math.max(0, p.proposers.indexOf(leader)) % LEADER_COLOURS.length]!;
  for (let band = 0; band < bands; band++) {
    const y0 = TOP + band * bandHeight;
    const first = start + band * PER_BAND;
    const last = Math.min(p.slots, first + PER_BAND);
    out.push(`<text x="${LEFT}" y="${y0 - 6}" fill="#6b7280">slots ${first}–${Math.max(first, last - 1)}</text>`);
    out.push(`<text x="8" y="${y0 + CELL - 3}" fill="#374151">decided</text>`);
    for (let s = first; s < last; s++) {
      const x = LEFT + (s - first) * (CELL + GAP);
      const d = p.decidedBy.get(s);
      if (d === undefined) {
        out.push(`<rect x="${x}" y="${y0}" width="${CELL}" height="${CELL}" fill="#ffffff" stroke="#d1d5db"/>`);
        continue;
      }
      const label = d.commands === 0 ? "·" : String(d.commands);
      out.push(
        `<g><title>slot ${s}: ballot ${d.ballot} of ${escapeXml(d.leader)}, ${d.commands === 0 ? "no-op" : `${d.commands} command${d.commands === 1 ? "" : "s"}`}</title>` +
          `<rect x="${x}" y="${y0}" width="${CELL}" height="${CELL}" fill="${leaderColour(d.leader)}"/>` +
          `<text x="${x + CELL / 2}" y="${y0 + CELL - 3}" text-anchor="middle" fill="#ffffff" font-size="9">${label}</text></g>`,
      );
    }
    const cfg = p.configurations;
    if (cfg !== undefined) {
      const y = y0 + CELL + GAP;
      out.push(`<text x="8" y="${y + CELL - 3}" fill="#374151">config</text>`);
      for (let s = first; s < last; s++) {
        const x = LEFT + (s - first) * (CELL + GAP);
        const i = cfg.bySlot[s] ?? 0;
        const [name, members] = cfg.names[i]!;
        out.push(
          `<g><title>slot ${s}: configuration ${escapeXml(name)} (${members.map(escapeXml).join(", ")})</title>` +
            `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${CONFIG_COLOURS[i % CONFIG_COLOURS.length]}" stroke="#d1d5db"/>` +
            `<text x="${x + CELL / 2}" y="${y + CELL - 3}" text-anchor="middle" fill="#374151" font-size="9">${i + 1}</text></g>`,
        );
      }
    }
    p.replicas.forEach((r, i) => {
      const y = y0 + (i + 1 + configRows) * (CELL + GAP);
      out.push(`<text x="8" y="${y + CELL - 3}">${escapeXml(r)}</text>`);
      const row = p.cells.get(r) ?? [];
      for (let s = first; s < last; s++) {
        const c = row[s] ?? "missing";
        const x = LEFT + (s - first) * (CELL + GAP);
        out.push(`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${CELL_COLOURS[c]}" stroke="#d1d5db"><title>${escapeXml(r)}, slot ${s}: ${c}</title></rect>`);
      }
    });
  }
  // Legend: cell states, then leaders.
  let x = 12;
  for (const c of ["compacted", "executed", "learned", "missing"] as const) {
    out.push(`<rect x="${x}" y="${legendY}" width="${CELL}" height="${CELL}" fill="${CELL_COLOURS[c]}" stroke="#d1d5db"/>`);
    const text = { compacted: "executed, in the snapshot", executed: "executed, in the log", learned: "learned, not executed", missing: "not known" }[c];
    out.push(`<text x="${x + CELL + 4}" y="${legendY + CELL - 3}">${text}</text>`);
    x += CELL + 8 + text.length * 6;
  }
  x = 12;
  for (const leader of p.proposers) {
    out.push(`<rect x="${x}" y="${legendY + 24}" width="${CELL}" height="${CELL}" fill="${leaderColour(leader)}"/>`);
    out.push(`<text x="${x + CELL + 4}" y="${legendY + 24 + CELL - 3}">led by ${escapeXml(leader)}</text>`);
    x += CELL + 70;
  }
  out.push(`<text x="${x + 10}" y="${legendY + 24 + CELL - 3}" fill="#6b7280">· no-op (a gap filled by a new leader)</text>`);
  if (p.configurations !== undefined) {
    x = 12;
    p.configurations.names.forEach(([name, members], i) => {
      const text = `${i + 1} = ${name}: ${members.join(", ")}`;
      out.push(`<rect x="${x}" y="${legendY + 48}" width="${CELL}" height="${CELL}" fill="${CONFIG_COLOURS[i % CONFIG_COLOURS.length]}" stroke="#d1d5db"/>`);
      out.push(`<text x="${x + CELL + 4}" y="${legendY + 48 + CELL - 3}">${escapeXml(text)}</text>`);
      x += CELL + 12 + text.length * 6;
    });
  }
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}

/**
 * The message sequence chart of a trace, as data: lifelines (one per node,
 * ordered by role), rows (one per step or event, time flowing down), arrows
 * (one per message consumed: from the step that sent it to the step that
 * consumed it), dropped messages and markers. `renderChartSvg` turns it
 * into a picture; keeping the two apart lets tests count arrows without
 * reading SVG.
 *
 * Which step consumed which message follows the spec's actions:
 *
 * - a `1a` sent by `Phase1a(p, b)` is consumed by `Phase1b(a, b)` at each acceptor `a`;
 * - a `1b` sent by `Phase1b(a, b)` is consumed by the `Phase2a(p, b, v)` that follows it;
 *   the spec's `Phase2a` reads the 1b messages of some quorum, so every 1b of ballot `b`
 *   sent earlier (and not dropped on its way) is drawn as read;
 * - a `2a` sent by `Phase2a(p, b, v)` is consumed by `Phase2b(a, b, v)`;
 * - a `2b` sent by `Phase2b(a, b, v)` is consumed by `Learn(l, b, v)`, which likewise reads
 *   every earlier 2b of ballot `b` and value `v`.
 *
 * @module
 */
import type { SpecActionName } from "../paxos/index.js";
import { itfElements, itfKey, itfRecord, itfText } from "./itfValue.js";
import type { DrawableTrace, Json, TraceEvent, TraceStep } from "./traceInput.js";

/** What part a node plays; lifelines are ordered by role in this order. */
export type Role = "client" | "proposer" | "acceptor" | "learner" | "other";

/** The order of roles from left to right. */
const ROLE_ORDER: readonly Role[] = ["client", "proposer", "acceptor", "learner", "other"];

/** The four Paxos message kinds. */
export type MessageType = "1a" | "1b" | "2a" | "2b";

/** One vertical line of the chart: a node. */
export interface Lifeline {
  readonly node: string;
  readonly role: Role;
}

/** One row of the chart: a step or an event, at its time. */
export interface Row {
  readonly entry: TraceStep | TraceEvent;
  /** The time shown on the axis (the entry's own, or the last time seen before it). */
  readonly time: number | undefined;
  /** The lifeline the row's dot sits on, if any. */
  readonly node: string | undefined;
  /** The text beside the dot: `Phase1b(a1, 2)`, `drop 1b`. */
  readonly label: string;
}

/** A message drawn from the row that sent it to the row that consumed it. */
export interface MessageArrow {
  readonly type: MessageType;
  readonly label: string;
  readonly fromNode: string;
  readonly fromRow: number;
  readonly toNode: string;
  readonly toRow: number;
}

/** A message lost by the network: drawn from its sender towards its destination, ending in an x. */
export interface DroppedMessage {
  readonly label: string;
  readonly fromNode: string | undefined;
  readonly fromRow: number | undefined;
  readonly toNode: string | undefined;
  readonly row: number;
}

/** Kinds of marker placed on a lifeline. */
export type MarkKind = "learn" | "restart" | "crash" | "timeout" | "dup" | "propose" | "event";

/** A marker on a lifeline at a row. */
export interface Mark {
  readonly kind: MarkKind;
  readonly node: string | undefined;
  readonly row: number;
  readonly label: string;
}

/** Everything the picture shows. */
export interface Chart {
  readonly title: string;
  readonly subtitle: string;
  readonly lifelines: readonly Lifeline[];
  readonly rows: readonly Row[];
  readonly arrows: readonly MessageArrow[];
  readonly drops: readonly DroppedMessage[];
  readonly marks: readonly Mark[];
  /** True when rows are ordered by the trace's `time` fields, false when by step order. */
  readonly timed: boolean;
}

/** A message as sent: who sent it, at which row, and the key it is matched by. */
interface SentMessage {
  readonly type: MessageType;
  readonly from: string;
  readonly row: number;
  readonly bal: string;
  readonly val: string | undefined;
  readonly label: string;
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  return undefined;
}

/** Natural order: `a2` before `a10`. */
function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The role a constant's name suggests (`Acceptors` -> acceptor), if any. */
function roleOfConstant(name: string): Role | undefined {
  const n = name.toLowerCase();
  if (n.includes("acceptor")) return "acceptor";
  if (n.includes("proposer") || n.includes("leader")) return "proposer";
  if (n.includes("learner")) return "learner";
  if (n.includes("client")) return "client";
  return undefined;
}

/** The message type a record's `type` field names (`"1b"`, `"phase1b"`, `"Prepare"` ...). */
function messageTypeOf(v: Json | undefined): MessageType | undefined {
  const t = str(v)?.toLowerCase();
  if (t === undefined) return undefined;
  for (const m of ["1a", "1b", "2a", "2b"] as const) if (t.includes(m)) return m;
  if (t === "prepare") return "1a";
  if (t === "promise") return "1b";
  if (t === "accept") return "2a";
  if (t === "accepted") return "2b";
  return undefined;
}

const BALLOT_FIELDS = ["bal", "b", "ballot", "mbal_of_msg"];
const SENDER_FIELDS = ["from", "acc", "src", "sender", "p", "a"];
const RECEIVER_FIELDS = ["to", "dst", "dest", "receiver"];

function firstField(rec: { readonly [k: string]: Json } | undefined, names: readonly string[]): Json | undefined {
  if (!rec) return undefined;
  for (const n of names) if (rec[n] !== undefined) return rec[n];
  return undefined;
}

/**
 * New message records in `next` that were not in `prev`: the variables whose
 * values are sets of records with a `type` field are taken as the message
 * sets. Used to label 1b messages with the vote they carry.
 */
function newMessages(prev: Readonly<Record<string, Json>> | undefined, next: Readonly<Record<string, Json>> | undefined): { readonly [k: string]: Json }[] {
  if (!next) return [];
  const out: { readonly [k: string]: Json }[] = [];
  for (const name of Object.keys(next).sort()) {
    const elems = itfElements(next[name]);
    if (!elems || elems.length === 0) continue;
    const records = elems.map(itfRecord);
    if (!records.every((r) => r !== undefined && r["type"] !== undefined)) continue;
    const before = new Set((itfElements(prev?.[name]) ?? []).map(itfKey));
    for (const r of records) if (r && !before.has(itfKey(r))) out.push(r);
  }
  return out;
}

/** `(1, v1)`: the fields of a 1b message beyond its type, sender and ballot (the vote it reports). */
function voteText(rec: { readonly [k: string]: Json }): string {
  const skip = new Set(["type", ...BALLOT_FIELDS, ...SENDER_FIELDS, ...RECEIVER_FIELDS]);
  const rest = Object.keys(rec)
    .filter((k) => !skip.has(k))
    .sort();
  if (rest.length === 0) return "";
  return ` (${rest.map((k) => itfText(rec[k])).join(",")})`;
}

function stepLabel(step: TraceStep): string {
  const args = Object.keys(step.params).map((k) => itfText(step.params[k]));
  return `${step.action}(${args.join(", ")})`;
}

/** The record a drop/dup event is about, and its endpoints. */
function eventMessage(ev: TraceEvent): { type: MessageType | undefined; bal: string | undefined; from: string | undefined; to: string | undefined; text: string } {
  const msg = itfRecord(ev.fields["msg"] ?? ev.fields["message"] ?? ev.fields["m"]);
  const type = messageTypeOf(msg?.["type"] ?? ev.fields["type"]);
  const balJson = firstField(msg, BALLOT_FIELDS) ?? ev.fields["bal"] ?? ev.fields["b"];
  const from = str(ev.fields["from"]) ?? str(firstField(msg, SENDER_FIELDS));
  const to = str(ev.fields["to"]) ?? str(firstField(msg, RECEIVER_FIELDS)) ?? ev.node;
  const text = type ? `${type}${balJson !== undefined ? ` b=${itfText(balJson)}` : ""}` : (str(msg?.["type"]) ?? (msg ? itfText(msg) : "message"));
  return { type, bal: balJson === undefined ? undefined : itfKey(balJson), from, to, text };
}

/** A constant's value for the subtitle: long sets and maps cut to their first elements and a count. */
function constantText(v: Json | undefined): string {
  const o = v !== null && typeof v === "object" && !Array.isArray(v) ? (v as { readonly [k: string]: Json }) : undefined;
  const elems = o && Array.isArray(o["#set"]) ? (o["#set"] as readonly Json[]) : undefined;
  if (elems && elems.length > 6) return `{${elems.slice(0, 3).map(itfText).join(", ")}, …} (${elems.length})`;
  const pairs = o && Array.isArray(o["#map"]) ? (o["#map"] as readonly Json[]) : undefined;
  if (pairs && pairs.length > 4) return `${itfText({ "#map": pairs.slice(0, 2) } as Json).replace(/\)$/, "")} @@ …) (${pairs.length})`;
  return itfText(v);
}

/**
 * Builds the chart of a trace. Deterministic: the same trace gives the same
 * chart. Rows are ordered by `time` when the trace has times (stably, so
 * equal times keep file order), else in file order.
 */
export function buildChart(trace: DrawableTrace): Chart {
  // ---- lifelines: constants first (their order), then nodes seen in steps
  const roleOf = new Map<string, Role>();
  const constantOrder = new Map<string, number>();
  for (const name of Object.keys(trace.header.constants).sort()) {
    const role = roleOfConstant(name);
    if (!role) continue;
    for (const e of itfElements(trace.header.constants[name]) ?? []) {
      const node = str(e);
      if (node === undefined || roleOf.has(node)) continue;
      roleOf.set(node, role);
      constantOrder.set(node, constantOrder.size);
    }
  }
  // A node first seen in an event (role unknown) takes the role of the first step it takes.
  const seen = (node: string | undefined, role: Role): void => {
    if (node === undefined) return;
    const known = roleOf.get(node);
    if (known === undefined || (known === "other" && role !== "other")) roleOf.set(node, role);
  };

  // ---- rows
  const sorted = trace.entries.filter((e) => !(e.kind === "event" && e.what === "deliver"));
  const timed = sorted.some((e) => e.time !== undefined);
  let lastTime: number | undefined;
  const withTime = sorted.map((entry, order) => {
    if (entry.time !== undefined) lastTime = entry.time;
    return { entry, order, time: entry.time ?? lastTime };
  });
  // At equal times: happenings that lead to a step (a timeout, a crash, a partition) come before it, and
  // the fate of a message (lost, duplicated) after it, since the recorder writes a step's line after the
  // network has decided what becomes of the messages the step sent.
  const tieRank = (e: TraceStep | TraceEvent): number => (e.kind === "step" ? 0 : e.what === "drop" || e.what === "dup" ? 1 : -1);
  if (timed) withTime.sort((x, y) => (x.time ?? -Infinity) - (y.time ?? -Infinity) || tieRank(x.entry) - tieRank(y.entry) || x.order - y.order);

  const rows: Row[] = [];
  const arrows: MessageArrow[] = [];
  const drops: DroppedMessage[] = [];
  const marks: Mark[] = [];
  const sent: SentMessage[] = [];
  const droppedKeys = new Set<string>();
  let prevState = trace.init;

  for (const { entry, time } of withTime) {
    const row = rows.length;
    if (entry.kind === "event") {
      const what = entry.what;
      if (what === "drop" || what === "dup") {
        const m = eventMessage(entry);
        seen(m.to, "other");
        seen(m.from, "other");
        if (what === "drop") {
          const sender = [...sent].reverse().find((s) => s.type === m.type && (m.bal === undefined || s.bal === m.bal) && (m.from === undefined || s.from === m.from));
          const reason = str(entry.fields["reason"]);
          const why = reason === undefined || reason === "loss" ? "lost" : `lost (${reason})`;
          drops.push({ label: `${m.text} ${why}`, fromNode: sender?.from ?? m.from, fromRow: sender?.row, toNode: m.to, row });
          if (m.type && m.bal !== undefined && m.from !== undefined && m.to !== undefined) droppedKeys.add(`${m.type}|${m.bal}|${m.from}|${m.to}`);
        } else {
          marks.push({ kind: "dup", node: m.to, row, label: `dup ${m.text}` });
        }
        rows.push({ entry, time, node: m.to, label: `${what} ${m.text}` });
      } else {
        const node = entry.node ?? str(entry.fields["at"]) ?? str(entry.fields["to"]);
        seen(node, "other");
        const kind: MarkKind = what === "crash" ? "crash" : what === "timeout" ? "timeout" : "event";
        const ballot = entry.fields["ballot"];
        const groups = itfElements(entry.fields["groups"]);
        const label =
          what === "timeout" && ballot !== undefined
            ? `timeout b=${itfText(ballot)}`
            : what === "partition" && groups
              ? `partition ${groups.map((g) => itfText(g).replace(/^<<(.*)>>$/, "{$1}")).join(" | ")}`
              : what;
        if (node !== undefined) marks.push({ kind, node, row, label });
        rows.push({ entry, time, node, label });
      }
      continue;
    }

    const step = entry;
    const p = step.params;
    const bal = p["b"] !== undefined ? itfKey(p["b"]) : "";
    const balText = p["b"] !== undefined ? itfText(p["b"]) : "?";
    const val = p["v"] !== undefined ? itfKey(p["v"]) : undefined;
    const valText = p["v"] !== undefined ? itfText(p["v"]) : "?";
    let node = step.node;
    const fresh = newMessages(prevState, step.state);
    if (step.state) prevState = step.state;

    const consume = (type: MessageType, at: string, pick: "latest" | "all", match: (s: SentMessage) => boolean): void => {
      const candidates = sent.filter((s) => s.type === type && match(s) && !droppedKeys.has(`${type}|${s.bal}|${s.from}|${at}`));
      if (pick === "latest") {
        const last = candidates[candidates.length - 1];
        if (last) arrows.push({ type, label: last.label, fromNode: last.from, fromRow: last.row, toNode: at, toRow: row });
        return;
      }
      const latestBySender = new Map<string, SentMessage>();
      for (const c of candidates) latestBySender.set(c.from, c);
      for (const c of latestBySender.values()) arrows.push({ type, label: c.label, fromNode: c.from, fromRow: c.row, toNode: at, toRow: row });
    };

    // One drawer per spec action: the record type makes a new action fail to compile until it is drawn.
    const drawers: Record<SpecActionName, () => void> = {
      Propose: () => {
        node ??= "clients";
        seen(node, "client");
        marks.push({ kind: "propose", node, row, label: `propose ${valText}` });
      },
      Phase1a: () => {
        node = str(p["p"]) ?? node ?? "?";
        seen(node, "proposer");
        sent.push({ type: "1a", from: node, row, bal, val: undefined, label: `1a b=${balText}` });
      },
      Phase1b: () => {
        node = str(p["a"]) ?? node ?? "?";
        seen(node, "acceptor");
        const at = node;
        consume("1a", at, "latest", (s) => s.bal === bal);
        const rec = fresh.find((r) => messageTypeOf(r["type"]) === "1b");
        sent.push({ type: "1b", from: at, row, bal, val: undefined, label: `1b b=${balText}${rec ? voteText(rec) : ""}` });
      },
      Phase2a: () => {
        node = str(p["p"]) ?? node ?? "?";
        seen(node, "proposer");
        consume("1b", node, "all", (s) => s.bal === bal);
        sent.push({ type: "2a", from: node, row, bal, val, label: `2a b=${balText} v=${valText}` });
      },
      Phase2b: () => {
        node = str(p["a"]) ?? node ?? "?";
        seen(node, "acceptor");
        consume("2a", node, "latest", (s) => s.bal === bal && (val === undefined || s.val === undefined || s.val === val));
        sent.push({ type: "2b", from: node, row, bal, val, label: `2b b=${balText} v=${valText}` });
      },
      Learn: () => {
        node = str(p["l"]) ?? node ?? "?";
        seen(node, "learner");
        consume("2b", node, "all", (s) => s.bal === bal && (val === undefined || s.val === undefined || s.val === val));
        marks.push({ kind: "learn", node, row, label: `learned ${valText} (b=${balText})` });
      },
      Restart: () => {
        node = str(p["a"]) ?? node ?? "?";
        seen(node, "acceptor");
        marks.push({ kind: "restart", node, row, label: "restart" });
      },
    };
    const draw = Object.hasOwn(drawers, step.action) ? drawers[step.action as SpecActionName] : undefined;
    if (draw) draw();
    else seen(node, "other");
    rows.push({ entry, time, node, label: stepLabel(step) });
  }

  const roleRank = (r: Role): number => ROLE_ORDER.indexOf(r);
  const lifelines = [...roleOf.entries()]
    .map(([node, role]) => ({ node, role }))
    .sort((x, y) => {
      const byRole = roleRank(x.role) - roleRank(y.role);
      if (byRole !== 0) return byRole;
      const cx = constantOrder.get(x.node);
      const cy = constantOrder.get(y.node);
      if (cx !== undefined && cy !== undefined) return cx - cy;
      if (cx !== undefined) return -1;
      if (cy !== undefined) return 1;
      return naturalCompare(x.node, y.node);
    });

  const stepCount = trace.entries.filter((e) => e.kind === "step").length;
  const seed = trace.header.seed === undefined ? "none" : itfText(trace.header.seed);
  const title = `${trace.header.spec} run: seed ${seed}, ${stepCount} step${stepCount === 1 ? "" : "s"}`;
  const constants = Object.keys(trace.header.constants)
    .sort()
    .map((k) => `${k} = ${constantText(trace.header.constants[k])}`)
    .join("   ");
  return { title, subtitle: constants, lifelines, rows, arrows, drops, marks, timed };
}

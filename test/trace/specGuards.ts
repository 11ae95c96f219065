/**
 * A small, hand-written checker of the spec's action guards over a recorded
 * state-mode trace: for each step, does the change from the previous state
 * obey the named action of spec/Paxos.tla? It is no substitute for the TLA+
 * engine's validation; tests use it to show that traces of correct runs obey
 * the guards and that traces of seeded bugs break the one each bug breaks.
 */
import type { ItfValue } from "../../src/trace/index.js";

type Rec = Record<string, ItfValue>;
interface State {
  proposed: Set<string>;
  maxBal: Map<string, number>;
  maxVBal: Map<string, number>;
  maxVal: Map<string, string>;
  msgs: Rec[];
  msgKeys: Set<string>;
  learned: Map<string, Set<string>>;
}

/** One broken guard: the step number, the action, and what is wrong. */
export interface GuardViolation {
  readonly i: number;
  readonly action: string;
  readonly problem: string;
}

const setOf = (v: ItfValue): ItfValue[] => (v as { "#set": ItfValue[] })["#set"];
const mapOf = (v: ItfValue): [ItfValue, ItfValue][] => (v as { "#map": [ItfValue, ItfValue][] })["#map"];

function decode(s: Rec): State {
  const msgs = setOf(s["msgs"]!) as Rec[];
  return {
    proposed: new Set(setOf(s["proposed"]!) as string[]),
    maxBal: new Map(mapOf(s["maxBal"]!) as [string, number][]),
    maxVBal: new Map(mapOf(s["maxVBal"]!) as [string, number][]),
    maxVal: new Map(mapOf(s["maxVal"]!) as [string, string][]),
    msgs,
    msgKeys: new Set(msgs.map((m) => JSON.stringify(m))),
    learned: new Map(mapOf(s["learned"]!).map(([l, vs]) => [l as string, new Set(setOf(vs) as string[])])),
  };
}

const sameMap = <K, V>(a: Map<K, V>, b: Map<K, V>, except?: K): boolean => [...a].every(([k, v]) => k === except || b.get(k) === v);

/**
 * Checks every step of a state-mode trace (its lines as parsed objects).
 * Returns the broken guards, in order; empty when every step obeys the spec.
 */
export function checkGuards(lines: readonly Record<string, unknown>[]): GuardViolation[] {
  const header = lines[0] as { constants: Rec };
  const owner = new Map(mapOf(header.constants["Owner"]!) as [number, string][]);
  const quorums = (setOf(header.constants["Quorum"]!) as ItfValue[]).map((q) => setOf(q) as string[]);
  const out: GuardViolation[] = [];
  let prev: State | null = null;
  for (const line of lines) {
    if (line["kind"] === "init") prev = decode(line["state"] as Rec);
    if (line["kind"] !== "step" || prev === null) continue;
    const i = line["i"] as number;
    const action = line["action"] as string;
    const p = line["params"] as { readonly [k in "v" | "p" | "a" | "l" | "b"]: string & number };
    const next = decode(line["state"] as Rec);
    const bad = (problem: string): void => void out.push({ i, action, problem });
    const added = next.msgs.filter((m) => !prev!.msgKeys.has(JSON.stringify(m)));
    if (prev.msgs.some((m) => !next.msgKeys.has(JSON.stringify(m)))) bad("msgs lost an element");
    const has = (m: Rec): boolean => prev!.msgKeys.has(JSON.stringify(m));
    switch (action) {
      case "Propose":
        if (prev.proposed.has(p.v)) bad(`${p.v} was already proposed`);
        break;
      case "Phase1a":
        if (owner.get(p.b) !== p.p) bad(`ballot ${p.b} belongs to ${owner.get(p.b)}, not ${p.p}`);
        break;
      case "Phase1b": {
        if (!has({ type: "1a", bal: p.b })) bad(`no 1a for ballot ${p.b} was sent`);
        if (!(p.b > prev.maxBal.get(p.a)!)) bad(`ballot ${p.b} is not above maxBal[${p.a}] = ${prev.maxBal.get(p.a)}`);
        const want = { type: "1b", acc: p.a, bal: p.b, mbal: prev.maxVBal.get(p.a)!, mval: prev.maxVal.get(p.a)! };
        if (!next.msgKeys.has(JSON.stringify(want))) bad(`the 1b does not report ${p.a}'s latest vote (${want.mbal}, ${want.mval})`);
        if (next.maxBal.get(p.a) !== p.b) bad(`maxBal[${p.a}] is not set to ${p.b}`);
        break;
      }
      case "Phase2a": {
        if (owner.get(p.b) !== p.p) bad(`ballot ${p.b} belongs to ${owner.get(p.b)}, not ${p.p}`);
        if (prev.msgs.some((m) => m["type"] === "2a" && m["bal"] === p.b)) bad(`a 2a for ballot ${p.b} was already sent`);
        const oneBs = prev.msgs.filter((m) => m["type"] === "1b" && m["bal"] === p.b);
        const senders = new Set(oneBs.map((m) => m["acc"] as string));
        const ok = quorums.some((q) => {
          if (!q.every((a) => senders.has(a))) return false;
          const votes = oneBs.filter((m) => q.includes(m["acc"] as string) && (m["mbal"] as number) >= 0);
          if (votes.length === 0) return prev!.proposed.has(p.v);
          const top = Math.max(...votes.map((m) => m["mbal"] as number));
          return votes.some((m) => m["mbal"] === top && m["mval"] === p.v);
        });
        if (!ok) {
          const anyQuorum = quorums.some((q) => q.every((a) => senders.has(a)));
          bad(anyQuorum ? `${p.v} is not the value of the highest vote reported by any quorum` : `no quorum sent a 1b for ballot ${p.b}`);
        }
        break;
      }
      case "Phase2b":
        if (!has({ type: "2a", bal: p.b, val: p.v })) bad(`no 2a (${p.b}, ${p.v}) was sent`);
        if (!(p.b >= prev.maxBal.get(p.a)!)) bad(`ballot ${p.b} is below maxBal[${p.a}] = ${prev.maxBal.get(p.a)}`);
        if (next.maxBal.get(p.a) !== p.b || next.maxVBal.get(p.a) !== p.b || next.maxVal.get(p.a) !== p.v) bad(`${p.a}'s vote is not recorded`);
        break;
      case "Learn": {
        const voters = new Set(prev.msgs.filter((m) => m["type"] === "2b" && m["bal"] === p.b && m["val"] === p.v).map((m) => m["acc"] as string));
        if (!quorums.some((q) => q.every((a) => voters.has(a)))) bad(`no quorum voted ${p.v} in ballot ${p.b}`);
        if (prev.learned.get(p.l)!.has(p.v)) bad(`${p.l} already learned ${p.v}`);
        break;
      }
      case "Restart":
        if (!sameMap(prev.maxBal, next.maxBal) || !sameMap(prev.maxVBal, next.maxVBal) || !sameMap(prev.maxVal, next.maxVal)) bad(`restart of ${p.a} changed its state`);
        break;
      default:
        bad(`unknown action ${action}`);
    }
    if (action !== "Restart" && action !== "Phase1b" && action !== "Phase2b" && !sameMap(prev.maxBal, next.maxBal)) bad("maxBal changed");
    if (added.length > 1) bad(`${added.length} messages added in one step`);
    prev = next;
  }
  return out;
}

/** Whether two learners (or one) learned different values in a run's trace or result. */
export function learnedValues(learned: Readonly<Record<string, readonly string[]>>): Set<string> {
  return new Set(Object.values(learned).flat());
}

/**
 * The refinement mapping: from the implementation's state to the values of the
 * spec's variables. Written once, here, and used by the recorder; traces carry
 * its output, so what the engine checks against spec/Paxos.tla is exactly this
 * function of the running system.
 *
 * | spec variable | implementation                                                        |
 * |---------------|-----------------------------------------------------------------------|
 * | `proposed`    | the values of the clients that have submitted (client `submitted`)     |
 * | `maxBal[a]`   | acceptor `a`'s CURRENT in-memory `maxBal` (not its stable copy)        |
 * | `maxVBal[a]`  | acceptor `a`'s in-memory `maxVBal`                                    |
 * | `maxVal[a]`   | acceptor `a`'s in-memory `maxVal`, `null` shown as the model value `None` |
 * | `msgs`        | every 1a/1b/2a/2b message ever sent, as a spec record (routing fields dropped) |
 * | `learned[l]`  | learner `l`'s learned values                                          |
 *
 * Mapping the in-memory values (rather than what is on disk) is deliberate:
 * an acceptor that forgot a promise across a restart then shows a Restart step
 * in which `maxBal` decreases, which the spec forbids.
 *
 * @module
 */
import type { Ballot, NodeId, ProtocolMessage, Value } from "../paxos/index.js";
import type { ClusterView } from "../cluster/index.js";
import { compareItf, itfMap, itfSet } from "./itf.js";
import type { ItfRecord, ItfValue } from "./itf.js";

/** The spec's `None`: a model value that is not a Value. */
export const NONE = "None";

/** A message as the spec sees it (field order as in the spec's records). */
export type SpecMessage =
  | { readonly type: "1a"; readonly bal: Ballot }
  | { readonly type: "1b"; readonly acc: NodeId; readonly bal: Ballot; readonly mbal: Ballot; readonly mval: Value }
  | { readonly type: "2a"; readonly bal: Ballot; readonly val: Value }
  | { readonly type: "2b"; readonly acc: NodeId; readonly bal: Ballot; readonly val: Value };

/** The spec variables' values. Sets are sorted canonically; functions are keyed by node. */
export interface SpecState {
  readonly proposed: readonly Value[];
  readonly maxBal: Readonly<Record<NodeId, Ballot>>;
  readonly maxVBal: Readonly<Record<NodeId, Ballot>>;
  readonly maxVal: Readonly<Record<NodeId, Value>>;
  readonly msgs: readonly SpecMessage[];
  readonly learned: Readonly<Record<NodeId, readonly Value[]>>;
}

/** The spec record of an implementation message: the same fields, minus routing (`from`), `null` as `None`. */
export function specMessage(m: ProtocolMessage): SpecMessage {
  switch (m.type) {
    case "1a":
      return { type: "1a", bal: m.bal };
    case "1b":
      return { type: "1b", acc: m.acc, bal: m.bal, mbal: m.mbal, mval: m.mval ?? NONE };
    case "2a":
      return { type: "2a", bal: m.bal, val: m.val };
    case "2b":
      return { type: "2b", acc: m.acc, bal: m.bal, val: m.val };
    default: {
      const never: never = m;
      throw new Error(`not a protocol message: ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The mapping, evaluated incrementally: `msgs` only grows, so each call folds
 * in the messages sent since the previous call instead of rebuilding the set.
 * One instance follows one run.
 */
export class RefinementMapping {
  private seen = 0;
  private readonly keys = new Set<string>();
  private readonly msgs: SpecMessage[] = [];
  /** The JSON text of each element of `msgs`, in the same (canonical) order. */
  private readonly msgTexts: string[] = [];
  private msgsText: string | null = '{"#set":[]}';

  /** The spec variables for the cluster's current state. */
  state(view: ClusterView): SpecState {
    this.foldSent(view);
    return this.variables(view, [...this.msgs]);
  }

  /**
   * The spec state in its ITF encoding as JSON text: exactly
   * `JSON.stringify(encodeState(this.state(view)))`, but the text of `msgs`
   * (which only grows) is kept between calls instead of being rebuilt.
   */
  stateJson(view: ClusterView): string {
    this.foldSent(view);
    if (this.msgsText === null) this.msgsText = `{"#set":[${this.msgTexts.join(",")}]}`;
    const e = encodeState(this.variables(view, []));
    const j = JSON.stringify;
    return `{"proposed":${j(e["proposed"])},"maxBal":${j(e["maxBal"])},"maxVBal":${j(e["maxVBal"])},"maxVal":${j(e["maxVal"])},"msgs":${this.msgsText},"learned":${j(e["learned"])}}`;
  }

  private foldSent(view: ClusterView): void {
    for (; this.seen < view.sent.length; this.seen++) {
      const m = specMessage(view.sent[this.seen]!.msg);
      const key = JSON.stringify(m);
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      const at = sortedIndex(this.msgs, m);
      this.msgs.splice(at, 0, m);
      this.msgTexts.splice(at, 0, key);
      this.msgsText = null;
    }
  }

  private variables(view: ClusterView, msgs: SpecMessage[]): SpecState {
    const maxBal: Record<NodeId, Ballot> = {};
    const maxVBal: Record<NodeId, Ballot> = {};
    const maxVal: Record<NodeId, Value> = {};
    for (const a of view.acceptorIds) {
      const s = view.acceptor(a);
      maxBal[a] = s.maxBal;
      maxVBal[a] = s.maxVBal;
      maxVal[a] = s.maxVal ?? NONE;
    }
    const learned: Record<NodeId, Value[]> = {};
    for (const l of view.learnerIds) learned[l] = [...view.learner(l).learned].sort();
    const proposed = view.clientIds
      .map((c) => view.client(c))
      .filter((c) => c.submitted)
      .map((c) => c.value)
      .sort();
    return { proposed, maxBal, maxVBal, maxVal, msgs, learned };
  }
}

/** The mapping of one state, from scratch. */
export function refine(view: ClusterView): SpecState {
  return new RefinementMapping().state(view);
}

/** Where `m` goes in the canonically sorted `list`. */
function sortedIndex(list: readonly SpecMessage[], m: SpecMessage): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareItf(list[mid] as unknown as ItfValue, m as unknown as ItfValue) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spec state in the ITF encoding: a record with one field per variable. */
export function encodeState(s: SpecState): ItfRecord {
  const fn = (r: Readonly<Record<string, ItfValue>>): ItfValue => itfMap(Object.entries(r));
  return {
    proposed: itfSet(s.proposed),
    maxBal: fn(s.maxBal),
    maxVBal: fn(s.maxVBal),
    maxVal: fn(s.maxVal),
    msgs: { "#set": s.msgs as unknown as ItfValue[] },
    learned: itfMap(Object.entries(s.learned).map(([l, vs]) => [l, itfSet(vs)] as const)),
  };
}

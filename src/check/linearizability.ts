/**
 * Linearizability of a key-value client history.
 *
 * A history is linearizable when every operation can be given a point in time
 * between its invocation and its completion such that, taken in the order of
 * those points, the operations are a sequential run of the key-value map that
 * gives every operation the result its client saw. An operation that never
 * completed may take effect at any point after its invocation, or never.
 *
 * The check is Wing and Gong's search, with the two improvements that make it
 * fast in practice (as in Lowe's testing framework and in Porcupine):
 *
 * - **P-compositionality.** Every operation touches one key, and a history is
 *   linearizable exactly when each key's sub-history is; so each key is
 *   searched alone, over a handful of operations instead of all of them.
 * - **Memoisation.** The search over one key walks the history's events in
 *   time order, trying to linearize each pending invocation next; a
 *   configuration (which operations are linearized, and the value of the key)
 *   already met is not explored again. The set of linearized operations is
 *   remembered as the first one not linearized and those after it that are:
 *   in a long history of one key, mostly sequential, that is a few numbers
 *   instead of one bit per operation, so a step of the search costs the same
 *   at the end of the history as at the start.
 *
 * An operation that never completed is given completion time infinity and no
 * result to match: linearized last, it is the same as never taking effect.
 *
 * When a key's sub-history is not linearizable, the checker shrinks it to a
 * minimal one (no operation can be dropped without it becoming linearizable)
 * and reports that.
 *
 * @module
 */
import { applyToValue, opText, resultText } from "../smr/kv.js";
import type { KvOp, KvResult } from "../smr/kv.js";

/** One operation of a client history. */
export interface Operation {
  readonly client: string;
  readonly op: KvOp;
  /** When the client invoked it. */
  readonly invoke: number;
  /** When it completed, or `null` if it never did (it may or may not have taken effect). */
  readonly complete: number | null;
  /** Its result, when it completed. */
  readonly result: KvResult | null;
}

/** The verdict on a history. */
export type LinearizabilityResult =
  | { readonly ok: true; readonly operations: number; readonly keys: number }
  | {
      readonly ok: false;
      readonly operations: number;
      readonly keys: number;
      /** The key whose sub-history is not linearizable. */
      readonly key: string;
      /** A minimal non-linearizable sub-history of that key, in invocation order. */
      readonly minimal: readonly Operation[];
      /** The reason, in words. */
      readonly explanation: string;
    };

/** Whether two results are the same. */
function sameResult(a: KvResult, b: KvResult): boolean {
  switch (a.type) {
    case "ok":
      return b.type === "ok";
    case "value":
      return b.type === "value" && a.value === b.value;
    case "cas":
      return b.type === "cas" && a.swapped === b.swapped;
    case "refused":
      return b.type === "refused" && a.reason === b.reason;
  }
}

/** The value of a single key before and after an operation, and whether the operation gives its recorded result. */
function stepKey(value: string | null, o: Operation): { ok: boolean; value: string | null } {
  const r = applyToValue(value, o.op);
  return { ok: o.result === null || sameResult(r.result, o.result), value: r.value };
}

/** A call or return event of the search's linked list. */
interface Entry {
  readonly id: number;
  readonly call: boolean;
  readonly time: number;
  /** For a call, its return entry. */
  match: Entry | null;
  prev: Entry | null;
  next: Entry | null;
}

/**
 * Whether one key's operations are linearizable (Wing and Gong's search with
 * memoisation). `budget` bounds the configurations explored; past it the
 * answer is `null` (unknown).
 */
export function linearizableKey(ops: readonly Operation[], budget = 5_000_000): boolean | null {
  const n = ops.length;
  if (n === 0) return true;
  // Events in time order; at equal times calls come before returns (the operations then overlap).
  const events: Entry[] = [];
  const calls: Entry[] = [];
  ops.forEach((o, id) => {
    const call: Entry = { id, call: true, time: o.invoke, match: null, prev: null, next: null };
    const ret: Entry = { id, call: false, time: o.complete ?? Number.POSITIVE_INFINITY, match: null, prev: null, next: null };
    call.match = ret;
    events.push(call, ret);
    calls[id] = call;
  });
  events.sort((a, b) => a.time - b.time || (a.call === b.call ? a.id - b.id : a.call ? -1 : 1));
  const head: Entry = { id: -1, call: false, time: Number.NEGATIVE_INFINITY, match: null, prev: null, next: null };
  let last = head;
  for (const e of events) {
    e.prev = last;
    last.next = e;
    last = e;
  }
  const lift = (c: Entry): void => {
    c.prev!.next = c.next;
    if (c.next) c.next.prev = c.prev;
    const r = c.match!;
    r.prev!.next = r.next;
    if (r.next) r.next.prev = r.prev;
  };
  const unlift = (c: Entry): void => {
    const r = c.match!;
    r.prev!.next = r;
    if (r.next) r.next.prev = r;
    c.prev!.next = c;
    if (c.next) c.next.prev = c;
  };
  // The set of linearized operations: every id below `low` is in it, `low` is not, and `above` holds the ones above `low`.
  // In a history that is mostly sequential the set is a prefix and a few more, so a configuration's key is short, not one bit per operation.
  let low = 0;
  const above = new Set<number>();
  const linearize = (id: number): void => {
    if (id !== low) above.add(id);
    else {
      // `low` moves past the linearized ones after it, which leave `above`
      low++;
      while (above.delete(low)) low++;
    }
  };
  const unlinearize = (id: number): void => {
    if (id > low) above.delete(id);
    else {
      for (let j = id + 1; j < low; j++) above.add(j);
      low = id;
    }
  };
  const seen = new Set<string>();
  const keyOf = (value: string | null): string => `${low}|${[...above].sort((a, b) => a - b).join(",")}|${value === null ? "\u0000" : `=${value}`}`;
  const stack: { entry: Entry; value: string | null }[] = [];
  let value: string | null = null;
  let entry = head.next;
  let explored = 0;
  while (head.next !== null) {
    if (++explored > budget) return null;
    if (entry === null) return false;
    if (entry.call) {
      const s = stepKey(value, ops[entry.id]!);
      let advanced = false;
      if (s.ok) {
        linearize(entry.id);
        const k = keyOf(s.value);
        if (!seen.has(k)) {
          seen.add(k);
          stack.push({ entry, value });
          value = s.value;
          lift(entry);
          entry = head.next;
          advanced = true;
        } else unlinearize(entry.id);
      }
      if (!advanced) entry = entry.next;
    } else {
      // A return whose call is not linearized yet: undo the last choice.
      const top = stack.pop();
      if (top === undefined) return false;
      value = top.value;
      unlinearize(top.entry.id);
      unlift(top.entry);
      entry = top.entry.next;
    }
  }
  return true;
}

/** The value an operation writes, if any. */
function written(o: Operation): string | null {
  return o.op.type === "get" ? null : o.op.value;
}

/**
 * Whether a remaining operation's result depends on the value `o` writes: a
 * read that shows it (or a value built on it by append), a compare-and-set
 * that found it, or a compare-and-set that failed after `o` began (it may
 * have failed because of `o`).
 */
function observed(o: Operation, rest: readonly Operation[]): boolean {
  const v = written(o);
  if (v === null) return false;
  return rest.some((r) => {
    if (r === o || r.result === null) return false;
    if (r.result.type === "value") return r.result.value !== null && r.result.value.includes(v);
    if (r.op.type !== "cas" || r.result.type !== "cas") return false;
    return r.result.swapped ? r.op.expected !== null && r.op.expected.includes(v) : r.complete === null || o.invoke < r.complete;
  });
}

/**
 * A minimal non-linearizable sub-history: drop operations one by one while
 * the rest stays non-linearizable. A write whose value a remaining read shows
 * is kept, so that the sub-history explains the read rather than making it
 * look like a read of a value nobody wrote.
 */
export function shrink(ops: readonly Operation[], budget = 200_000): Operation[] {
  let current = [...ops];
  // Delta debugging: drop chunks, halving their size when no chunk can go, down to single operations.
  for (let size = Math.max(1, current.length >> 1); ; size >>= 1) {
    for (let start = 0; start < current.length;) {
      const chunk = new Set(current.slice(start, start + size));
      const without = current.filter((o) => !chunk.has(o));
      const needed = [...chunk].some((o) => observed(o, without));
      if (!needed && without.length > 0 && linearizableKey(without, budget) === false) current = without;
      else start += size;
    }
    if (size === 1) return current;
  }
}

/** An operation in words: `c1 put(k1, x) -> ok [3.5, 7]`. */
export function operationText(o: Operation): string {
  return `${o.client} ${opText(o.op)} -> ${o.result === null ? "?" : resultText(o.result)} [${o.invoke}, ${o.complete ?? "never completed"}]`;
}

/** Checks a whole history, key by key. */
export function checkLinearizable(history: readonly Operation[]): LinearizabilityResult {
  const byKey = new Map<string, Operation[]>();
  for (const o of history) {
    const list = byKey.get(o.op.key);
    if (list) list.push(o);
    else byKey.set(o.op.key, [o]);
  }
  for (const [key, ops] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const verdict = linearizableKey(ops);
    if (verdict === null) throw new RangeError(`the history of key ${key} (${ops.length} operations) is too large to search`);
    if (verdict) continue;
    const minimal = shrink(ops).sort((a, b) => a.invoke - b.invoke);
    const explanation =
      `no order of these ${minimal.length} operations on key ${key} agrees with both their real-time order and their results:\n` +
      minimal.map((o) => `  ${operationText(o)}`).join("\n");
    return { ok: false, operations: history.length, keys: byKey.size, key, minimal, explanation };
  }
  return { ok: true, operations: history.length, keys: byKey.size };
}

/**
 * The linearizability checker: histories produced by a sequential execution
 * with random overlaps are accepted; a stale read, a lost write or a write
 * applied twice is rejected, with a minimal sub-history that shows why; the
 * classic register examples; operations that never completed.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkLinearizable, linearizableKey } from "../../src/check/linearizability.js";
import type { Operation } from "../../src/check/linearizability.js";
import { applyOp } from "../../src/smr/kv.js";
import { VersionedMap } from "../../src/lib/versionedMap.js";
import type { KvOp } from "../../src/smr/kv.js";
import { FC_SEED } from "../arbitraries.js";

const put = (client: string, key: string, value: string, invoke: number, complete: number | null): Operation => ({
  client,
  op: { type: "put", key, value },
  invoke,
  complete,
  result: complete === null ? null : { type: "ok" },
});
const get = (client: string, key: string, value: string | null, invoke: number, complete: number): Operation => ({
  client,
  op: { type: "get", key },
  invoke,
  complete,
  result: { type: "value", value },
});

/** A history made by running operations one after another at points 0, 10, 20, ...; each operation's interval is stretched around its point at random. */
const sequentialHistory = fc
  .array(
    fc.record({
      kind: fc.constantFrom("get", "put", "cas", "append"),
      key: fc.constantFrom("x", "y"),
      before: fc.double({ min: 0, max: 9.9, noNaN: true }),
      after: fc.double({ min: 0, max: 9.9, noNaN: true }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((steps) => {
    let data = VersionedMap.empty<string>();
    return steps.map((s, i): Operation => {
      const value = `v${i}`;
      const op: KvOp =
        s.kind === "get"
          ? { type: "get", key: s.key }
          : s.kind === "put"
            ? { type: "put", key: s.key, value }
            : s.kind === "cas"
              ? { type: "cas", key: s.key, expected: data.get(s.key) ?? null, value }
              : { type: "append", key: s.key, value };
      const r = applyOp(data, op);
      data = r.data;
      return { client: `c${i % 4}`, op, invoke: i * 10 - s.before, complete: i * 10 + s.after, result: r.result };
    });
  });

/**
 * Linearizability by brute force, for a handful of operations on one key:
 * some order of the operations (each one that never completed in it or left
 * out) that respects real time (an operation that completed before another
 * was invoked comes first) and gives every completed operation its result.
 */
function bruteForce(ops: readonly Operation[]): boolean {
  const search = (left: readonly Operation[], value: string | null): boolean => {
    if (left.every((o) => o.complete === null)) return true;
    return left.some((o, i) => {
      // `o` next: nothing left may have completed before it was invoked
      if (left.some((p) => p !== o && p.complete !== null && p.complete < o.invoke)) return false;
      const rest = left.filter((_, j) => j !== i);
      const r = applyOp(VersionedMap.of(value === null ? [] : [[o.op.key, value]]), o.op);
      const matches = o.result === null || JSON.stringify(r.result) === JSON.stringify(o.result);
      if (matches && search(rest, r.data.get(o.op.key) ?? null)) return true;
      // an operation that never completed may also never take effect
      return o.complete === null && search(rest, value);
    });
  };
  return search(ops, null);
}

/** A few operations on one key with random times, values and results (most histories made this way are not linearizable, some are). */
const anyHistory = fc
  .array(
    fc.record({
      kind: fc.constantFrom("get", "put", "cas", "append"),
      value: fc.constantFrom("a", "b"),
      expected: fc.constantFrom(null, "a", "b", "ab"),
      seen: fc.constantFrom(null, "a", "b", "ab", "ba", "aa"),
      swapped: fc.boolean(),
      invoke: fc.integer({ min: 0, max: 20 }),
      length: fc.integer({ min: 0, max: 12 }),
      completes: fc.integer({ min: 0, max: 5 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((xs) =>
    xs.map((x, i): Operation => {
      const op: KvOp =
        x.kind === "get"
          ? { type: "get", key: "k" }
          : x.kind === "put"
            ? { type: "put", key: "k", value: x.value }
            : x.kind === "cas"
              ? { type: "cas", key: "k", expected: x.expected, value: x.value }
              : { type: "append", key: "k", value: x.value };
      const done = x.completes > 0;
      const result = !done
        ? null
        : x.kind === "get"
          ? { type: "value" as const, value: x.seen }
          : x.kind === "cas"
            ? { type: "cas" as const, swapped: x.swapped }
            : { type: "ok" as const };
      return { client: `c${i}`, op, invoke: x.invoke, complete: done ? x.invoke + x.length : null, result };
    }),
  );

describe("linearizability", () => {
  it("agrees with a brute-force search on small histories of any shape", () => {
    let linearizable = 0;
    fc.assert(
      fc.property(anyHistory, (ops) => {
        const expected = bruteForce(ops);
        if (expected) linearizable++;
        expect(linearizableKey(ops)).toBe(expected);
      }),
      { seed: FC_SEED, numRuns: 3000 },
    );
    // the histories are of both kinds, so the comparison is not one-sided
    expect(linearizable).toBeGreaterThan(100);
  });

  it("accepts every history of a sequential execution, whatever the overlaps", () => {
    fc.assert(
      fc.property(sequentialHistory, (h) => checkLinearizable(h).ok),
      { seed: FC_SEED, numRuns: 300 },
    );
  });

  it("rejects a stale read, and shows the write it missed", () => {
    const h = [put("a", "x", "1", 0, 1), put("b", "x", "2", 2, 3), get("c", "x", "1", 4, 5)];
    const v = checkLinearizable(h);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.key).toBe("x");
    expect(v.minimal).toHaveLength(3);
    expect(v.explanation).toMatch(/no order of these 3 operations on key x/);
  });

  it("accepts the same reads when the second write overlaps them", () => {
    expect(checkLinearizable([put("a", "x", "1", 0, 1), put("b", "x", "2", 0.5, 6), get("c", "x", "1", 4, 5)]).ok).toBe(true);
  });

  it("rejects a lost write (a read after it completed sees the old value) and a write applied twice", () => {
    expect(checkLinearizable([put("a", "x", "1", 0, 1), get("b", "x", null, 2, 3)]).ok).toBe(false);
    const twice: Operation[] = [{ client: "a", op: { type: "append", key: "x", value: "p;" }, invoke: 0, complete: 1, result: { type: "ok" } }, get("b", "x", "p;p;", 2, 3)];
    expect(checkLinearizable(twice).ok).toBe(false);
  });

  it("treats an operation that never completed as taking effect at any point after its invocation, or never", () => {
    expect(checkLinearizable([put("a", "x", "1", 0, null), get("b", "x", "1", 5, 6), get("c", "x", "1", 7, 8)]).ok).toBe(true);
    expect(checkLinearizable([put("a", "x", "1", 0, null), get("b", "x", null, 5, 6)]).ok).toBe(true);
    // but not before it was invoked
    expect(checkLinearizable([get("b", "x", "1", 0, 1), put("a", "x", "1", 2, null)]).ok).toBe(false);
  });

  it("rejects a random sequential history with one read changed to a value nobody wrote, naming a minimal sub-history that contains it", () => {
    fc.assert(
      fc.property(sequentialHistory, fc.nat(), (h, pick) => {
        const reads = h.map((o, i) => [o, i] as const).filter(([o]) => o.op.type === "get");
        fc.pre(reads.length > 0);
        const [, i] = reads[pick % reads.length]!;
        const bad = h.map((o, j) => (j === i ? { ...o, result: { type: "value" as const, value: "never-written" } } : o));
        const v = checkLinearizable(bad);
        return !v.ok && v.minimal.some((o) => o.result?.type === "value" && o.result.value === "never-written");
      }),
      { seed: FC_SEED, numRuns: 200 },
    );
  });

  it("gives up with 'unknown' past its budget instead of running forever", () => {
    const many: Operation[] = Array.from({ length: 30 }, (_, i) => put(`c${i}`, "x", String(i), 0, 100));
    many.push(get("z", "x", "nobody", 101, 102));
    expect(linearizableKey(many, 1000)).toBeNull();
  });
});

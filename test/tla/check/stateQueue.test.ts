import { describe, expect, it } from "vitest";
import { StateQueue } from "../../../src/tla/check/stateQueue.js";
import { ValueTable } from "../../../src/tla/values/intern.js";
import { hashState, newFingerprint, IntervalSet, ModelValue, equals, fnOf, recordOf, setOf, tupleOf, EMPTY_SET, EMPTY_FN, type Value } from "../../../src/tla/values/value.js";
import { printValue } from "../../../src/tla/values/print.js";

const mv = (n: string): ModelValue => ModelValue.of(n);
const msg = (type: string, bal: number, acc: string): Value => recordOf(["type", "bal", "acc"], [type, bal, mv(acc)]);
const fp = (s: readonly Value[]): [number, number] => {
  const out = newFingerprint();
  hashState(s, out);
  return [out.h1, out.h2];
};

describe("the compact state queue", () => {
  it("gives back every state equal to what went in, in FIFO order, with index and level", () => {
    const states: Value[][] = [
      [0, -1, 2 ** 27, -(2 ** 27) - 1, 2 ** 40, 10n ** 30n, true, "s", mv("a1")],
      [
        EMPTY_SET,
        EMPTY_FN,
        setOf([1, 2, 3]),
        tupleOf([mv("a"), "b"]),
        fnOf([mv("a1"), mv("a2")], [-1, 3]),
        new IntervalSet(2, 5),
        setOf([setOf([1]), setOf([])]),
        recordOf(["x"], [setOf([msg("1a", 0, "a1")])]),
        0.5,
      ],
    ];
    const q = new StateQueue(9);
    for (let i = 0; i < 400; i++) q.push(states[i % 2]!, i, i + 1);
    expect(q.size).toBe(400);
    for (let i = 0; i < 400; i++) {
      const { state, index, level } = q.shift()!;
      expect([index, level]).toEqual([i, i + 1]);
      const want = states[i % 2]!;
      for (let v = 0; v < 9; v++) expect(equals(state[v]!, want[v]!), `${printValue(state[v]!)} = ${printValue(want[v]!)}`).toBe(true);
      expect(fp(state)).toEqual(fp(want));
    }
    expect(q.size).toBe(0);
    expect(q.shift()).toBeUndefined();
  });

  it("stores one object per distinct element: equal messages of different states are shared", () => {
    const q = new StateQueue(1);
    q.push([setOf([msg("1a", 0, "a1"), msg("1b", 0, "a2")])], 0, 1);
    q.push([setOf([msg("1a", 0, "a1"), msg("1b", 1, "a2")])], 1, 2);
    const a = q.shift()!.state[0] as { elems: readonly Value[] };
    const b = q.shift()!.state[0] as { elems: readonly Value[] };
    expect(a.elems[0]).toBe(b.elems[0]);
    expect(a.elems[1]).not.toBe(b.elems[1]);
    // Three distinct messages (two records are equal).
    expect(q.values.size).toBe(3);
  });

  it("spans many chunks and reuses its storage once drained", () => {
    const q = new StateQueue(1);
    const big = setOf(Array.from({ length: 1000 }, (_, i) => i));
    for (let i = 0; i < 2500; i++) q.push([big], i, 1);
    expect(q.words).toBeGreaterThan(2 ** 21);
    for (let i = 0; i < 2500; i++) expect(q.shift()!.index).toBe(i);
    q.push([tupleOf([1, 2])], 7, 3);
    expect(q.words).toBeLessThanOrEqual(2 ** 20);
    expect(printValue(q.shift()!.state[0]!)).toBe("<<1, 2>>");
  });
});

describe("the value table", () => {
  it("gives equal values one id whatever their construction, and different values different ids", () => {
    const t = new ValueTable(2);
    const ids = [
      t.intern(tupleOf([1, 2])),
      t.intern(fnOf([1, 2], [1, 2])),
      t.intern(new IntervalSet(1, 2)),
      t.intern(setOf([2, 1])),
      t.intern(1),
      t.intern(10n ** 30n),
      t.intern("1"),
      t.intern(mv("x")),
    ];
    expect(ids).toEqual([0, 0, 1, 1, 2, 3, 4, 5]);
    for (let i = 0; i < 5000; i++) expect(t.intern(i + 1000)).toBe(i + 6);
    expect(t.intern(setOf([1, 2]))).toBe(1);
    expect(printValue(t.get(0))).toBe("<<1, 2>>");
  });
});

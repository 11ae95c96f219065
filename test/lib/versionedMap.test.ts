import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { VersionedMap } from "../../src/lib/versionedMap.js";
import { FC_SEED } from "../arbitraries.js";

const key = fc.constantFrom("a", "b", "c", "d", "k1", "k2");

describe("VersionedMap", () => {
  it("keeps every version as it was, whichever versions are read and extended, in any order", () => {
    // Each operation names a version made so far (by index) and reads, sets or deletes in it.
    // An edit makes one version of several sets (a value) and deletes (null).
    const change = fc.record({ key, value: fc.option(fc.integer({ min: 0, max: 3 })) });
    const op = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("get", "set", "delete", "iterate", "edit"),
      key,
      value: fc.integer({ min: 0, max: 3 }),
      changes: fc.array(change, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const versions: [VersionedMap<number>, Map<string, number>][] = [[VersionedMap.empty(), new Map()]];
        for (const o of ops) {
          const [m, model] = versions[o.at % versions.length]!;
          if (o.kind === "get") {
            expect(m.get(o.key)).toBe(model.get(o.key));
            expect(m.has(o.key)).toBe(model.has(o.key));
          } else if (o.kind === "iterate") {
            // the same entries; their order depends on which versions were read before
            const byKey = (x: [string, number], y: [string, number]): number => (x[0] < y[0] ? -1 : 1);
            expect([...m].sort(byKey)).toEqual([...model].sort(byKey));
          } else if (o.kind === "edit") {
            const edit = m.edit();
            const expected = new Map(model);
            for (const c of o.changes) {
              expect(edit.get(c.key)).toBe(expected.get(c.key));
              if (c.value === null) {
                edit.delete(c.key);
                expected.delete(c.key);
              } else {
                edit.set(c.key, c.value);
                expected.set(c.key, c.value);
              }
            }
            const next = edit.done();
            if (o.changes.length === 0) expect(next).toBe(m);
            versions.push([next, expected]);
          } else {
            const next = o.kind === "set" ? m.set(o.key, o.value) : m.delete(o.key);
            const expected = new Map(model);
            if (o.kind === "set") expected.set(o.key, o.value);
            else expected.delete(o.key);
            if (o.kind === "set" ? model.get(o.key) === o.value : !model.has(o.key)) expect(next).toBe(m);
            versions.push([next, expected]);
          }
        }
        for (const [m, model] of versions) {
          expect(m.size).toBe(model.size);
          expect(new Map(m)).toEqual(model);
        }
      }),
      { seed: FC_SEED, numRuns: 500 },
    );
  });

  it("refuses a read of the edited map before the edit is done, and an edit used after it", () => {
    const m = VersionedMap.of([["a", 1]]);
    const older = m.set("a", 2).set("b", 3);
    const newest = older.set("c", 4);
    const edit = newest.edit();
    edit.set("a", 5);
    expect(() => newest.get("a")).toThrow(/being edited/);
    expect(() => m.get("a")).toThrow(/being edited/);
    const after = edit.done();
    expect(() => edit.set("b", 6)).toThrow(/after it was done/);
    expect([after.get("a"), newest.get("a"), older.get("a"), m.get("a")]).toEqual([5, 2, 2, 1]);
    expect([after.size, newest.size, m.size]).toEqual([3, 3, 1]);
  });

  it("is read in its newest version without walking, and an old version is read at the cost of the updates since", () => {
    let m = VersionedMap.empty<number>();
    const first = m.set("x", 0);
    m = first;
    for (let i = 1; i <= 100_000; i++) m = m.set(`k${i % 1000}`, i);
    expect(m.size).toBe(1001);
    expect(m.get("k999")).toBe(99_999);
    expect([first.get("x"), first.get("k1"), first.size]).toEqual([0, undefined, 1]);
    // back to the newest: the table moves forward again
    expect(m.get("k1")).toBe(99_001);
  });

  it("copies a version extended twice into a chain of its own", () => {
    const base = VersionedMap.of([["a", 1]]);
    const left = base.set("b", 2);
    const right = base.set("c", 3);
    let l = left;
    let r = right;
    for (let i = 0; i < 1000; i++) {
      l = l.set("n", i);
      r = r.set("n", -i);
    }
    expect([...l]).toEqual([
      ["a", 1],
      ["b", 2],
      ["n", 999],
    ]);
    expect([...r]).toEqual([
      ["a", 1],
      ["c", 3],
      ["n", -999],
    ]);
    expect([...base]).toEqual([["a", 1]]);
  });

  it("compares equal to a map with the same entries in the same order, whatever its history", () => {
    const a = VersionedMap.empty<number>().set("x", 1).set("y", 2);
    const b = VersionedMap.empty<number>().set("x", 5).set("y", 2).set("x", 1);
    expect(a).toEqual(b);
    expect(a).not.toEqual(b.set("z", 0));
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AppendOnly } from "../../src/lib/appendOnly.js";
import { FC_SEED } from "../arbitraries.js";

describe("AppendOnly", () => {
  it("keeps every version as it was, whichever versions are extended or shortened, in any order", () => {
    // Each operation names a version made so far (by index) and pushes onto it or takes from it; long takes pass the compaction threshold.
    const op = fc.record({ at: fc.nat(), take: fc.boolean(), n: fc.oneof(fc.nat(3), fc.integer({ min: 500, max: 1500 })) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const versions: [AppendOnly<number>, number[]][] = [[AppendOnly.of(Array.from({ length: 3000 }, (_, i) => i)), Array.from({ length: 3000 }, (_, i) => i)]];
        let next = 3000;
        for (const o of ops) {
          const [seq, model] = versions[o.at % versions.length]!;
          if (o.take) {
            const { taken, rest } = seq.take(o.n);
            expect(taken).toEqual(model.slice(0, o.n));
            versions.push([rest, model.slice(o.n)]);
          } else {
            let s = seq;
            const m = [...model];
            for (let i = 0; i < Math.min(o.n, 20); i++, next++) {
              s = s.push(next);
              m.push(next);
            }
            versions.push([s, m]);
          }
        }
        for (const [seq, model] of versions) {
          expect(seq.length).toBe(model.length);
          expect(seq.toArray()).toEqual(model);
          expect([seq.at(0), seq.at(model.length - 1), seq.at(model.length), seq.at(-1)]).toEqual([model[0], model[model.length - 1], undefined, undefined]);
        }
      }),
      { seed: FC_SEED, numRuns: 100 },
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EventQueue } from "../../src/sim/queue.js";
import type { Scheduled } from "../../src/sim/queue.js";
import { FC_SEED } from "../arbitraries.js";

type Ev = Scheduled<string, string>;

describe("EventQueue", () => {
  it("gives events by time, then sequence number, under any interleaving of pushes and pops", () => {
    // Few distinct times (so buckets are shared) and sequence numbers mostly rising, sometimes not.
    const op = fc.oneof(
      fc.record({ push: fc.constant(true), time: fc.integer({ min: 0, max: 6 }).map((t) => t / 2), back: fc.integer({ min: 0, max: 12 }) }),
      fc.record({ push: fc.constant(false) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = new EventQueue<string, string>();
        const model: Ev[] = [];
        let seq = 100;
        const earliest = (): number => {
          let best = 0;
          for (let i = 1; i < model.length; i++) {
            const a = model[i]!;
            const b = model[best]!;
            if (a.time < b.time || (a.time === b.time && a.seq < b.seq)) best = i;
          }
          return best;
        };
        for (const o of ops) {
          if ("time" in o) {
            // now and then an event numbered below some already waiting
            const e: Ev = { kind: "heal", time: o.time, seq: o.back > 10 ? seq - o.back * 3 : seq++ };
            q.push(e);
            model.push(e);
          } else {
            const got = q.pop();
            if (model.length === 0) expect(got).toBeUndefined();
            else expect(got).toBe(model.splice(earliest(), 1)[0]);
          }
          expect(q.size).toBe(model.length);
        }
        while (model.length > 0) expect(q.pop()).toBe(model.splice(earliest(), 1)[0]);
        expect(q.pop()).toBeUndefined();
      }),
      { seed: FC_SEED, numRuns: 300 },
    );
  });
});

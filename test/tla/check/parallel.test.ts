/**
 * The parallel search runs its workers from the built files (dist/), which
 * `npm test` builds first.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FC_SEED } from "../../arbitraries.js";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";
import { checkModelParallel } from "../../../src/tla/check/parallel.js";
import { SharedFingerprintSet } from "../../../src/tla/check/sharedFpSet.js";
import { StateWriter, readStates } from "../../../src/tla/check/stateCodec.js";
import { command } from "../../../src/cli/commands/check.js";
import { ModelValue, equals, fnOf, hashState, newFingerprint, recordOf, setOf, tupleOf, type Value } from "../../../src/tla/values/value.js";
import type { CheckResult } from "../../../src/tla/result.js";

const specs = new URL("../../fixtures/specs/", import.meta.url).pathname;
const samples = new URL("../../fixtures/tlc/", import.meta.url).pathname;
const repoSpec = new URL("../../../spec/", import.meta.url).pathname;

/** Writes the files into a fresh folder; the cfg and module paths of `name`. */
function files(contents: Record<string, string>, name: string): { cfg: string; spec: string } {
  const dir = mkdtempSync(join(tmpdir(), "tla-parallel-"));
  for (const [f, text] of Object.entries(contents)) writeFileSync(join(dir, f), text);
  return { cfg: join(dir, `${name}.cfg`), spec: join(dir, `${name}.tla`) };
}

async function both(source: { cfg: string; spec?: string }, workers = 2): Promise<{ one: CheckResult; many: CheckResult }> {
  const one = checkModel(await loadModel(source.cfg, source.spec));
  const many = await checkModelParallel(await loadModel(source.cfg, source.spec), source, { workers });
  return { one, many };
}

const figures = (r: CheckResult) => [r.outcome, r.violated, r.statesGenerated, r.distinctStates, r.depth];

/** Every process holds a token; any two may swap, and a process may drop its token. Violates "some token is left" at depth 4. */
const tokens = `---- MODULE Tokens ----
EXTENDS Naturals
CONSTANT Proc
VARIABLE has, moves
Init == has = [p \\in Proc |-> TRUE] /\\ moves = 0
Swap(p, q) == p /= q /\\ has[p] /= has[q] /\\ has' = [has EXCEPT ![p] = has[q], ![q] = has[p]] /\\ moves' = moves + 1
Drop(p) == has[p] /\\ has' = [has EXCEPT ![p] = FALSE] /\\ moves' = moves + 1
Next == \\E p, q \\in Proc : Swap(p, q) \\/ Drop(p)
SomeLeft == \\E p \\in Proc : has[p]
Bounded == moves < 6
====
`;

describe("paxos check --workers", () => {
  it.each([
    ["MCPaxosTiny (refinement of Voting checked on every step)", { cfg: `${repoSpec}MCPaxosTiny.cfg` }],
    ["a model with SYMMETRY", { cfg: `${specs}SymReduced.cfg`, spec: `${specs}Sym.tla` }],
    ["a model without symmetry", { cfg: `${specs}Sym.cfg` }],
  ])("a complete search of %s gives the single thread's figures", async (_, source) => {
    const { one, many } = await both(source);
    expect(one.outcome).toBe("success");
    expect(figures(many)).toEqual(figures(one));
  });

  it("grows the shared set, between levels and in the middle of one, without changing the figures", async () => {
    const source = { cfg: `${repoSpec}MCPaxosTiny.cfg` };
    const one = checkModel(await loadModel(source.cfg));
    const many = await checkModelParallel(await loadModel(source.cfg), source, { workers: 2, initialSlots: 1024 });
    expect(figures(many)).toEqual(figures(one));
  });

  it("three workers give the same figures as one", async () => {
    const source = files({ "Tokens.tla": tokens, "Tokens.cfg": "CONSTANT Proc = {a, b, c, d}\nINIT Init\nNEXT Next\nCONSTRAINT Bounded\nCHECK_DEADLOCK FALSE\n" }, "Tokens");
    const { one, many } = await both(source, 3);
    expect(figures(many)).toEqual(figures(one));
  });

  it("a violation gives a shortest counterexample, the same on every run", async () => {
    const source = files({ "Tokens.tla": tokens, "Tokens.cfg": "CONSTANT Proc = {a, b, c, d}\nINIT Init\nNEXT Next\nINVARIANT SomeLeft\nCONSTRAINT Bounded\n" }, "Tokens");
    const { one, many } = await both(source);
    expect([one.outcome, one.violated]).toEqual(["invariant", "SomeLeft"]);
    expect([many.outcome, many.violated]).toEqual(["invariant", "SomeLeft"]);
    expect(many.counterexample.length).toBe(one.counterexample.length);
    expect(many.counterexample.at(-1)!.vars["has"]).not.toContain("TRUE");
    for (let i = 0; i < 3; i++) {
      const again = await checkModelParallel(await loadModel(source.cfg, source.spec), source, { workers: 2 });
      expect(again.counterexample).toEqual(many.counterexample);
    }
  });

  it("the violation by an initial state, a deadlock and an evaluation error are reported as by one thread", async () => {
    const inv = await both({ cfg: `${samples}inv.cfg`, spec: `${samples}Counter.tla` });
    expect(inv.many.counterexample).toEqual(inv.one.counterexample);
    const deadlock = await both({ cfg: `${specs}Sym.cfg` }).catch(() => undefined);
    expect(deadlock).toBeDefined();
    const dl = files(
      { "Stop.tla": "---- MODULE Stop ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x < 3 /\\ x' = x + 1\n====\n", "Stop.cfg": "INIT Init\nNEXT Next\n" },
      "Stop",
    );
    const stop = await both(dl);
    expect([stop.many.outcome, stop.many.counterexample.length]).toEqual(["deadlock", 4]);
    expect(stop.many.counterexample).toEqual(stop.one.counterexample);
    const err = files(
      {
        "Bad.tla": "---- MODULE Bad ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x' = IF x < 2 THEN x + 1 ELSE x \\cup {1}\n====\n",
        "Bad.cfg": "INIT Init\nNEXT Next\n",
      },
      "Bad",
    );
    const bad = await both(err);
    expect(bad.one.outcome).toBe("error");
    expect([bad.many.outcome, bad.many.message, bad.many.counterexample.length]).toEqual([bad.one.outcome, bad.one.message, bad.one.counterexample.length]);
  });

  it("stops at --max-states, reporting an incomplete search", async () => {
    const source = { cfg: `${repoSpec}MCPaxosTiny.cfg` };
    const r = await checkModelParallel(await loadModel(source.cfg), source, { workers: 2, maxStates: 500 });
    expect(r.outcome).toBe("error");
    expect(r.message).toMatch(/--max-states 500/);
    expect(r.distinctStates).toBeGreaterThanOrEqual(500);
  });

  it("bad --workers values are usage errors", async () => {
    await expect(command.run([`${specs}Sym.cfg`, "--workers", "0"])).rejects.toThrow("option '--workers' needs 1 or more, got 0");
    await expect(command.run([`${specs}Sym.cfg`, "--workers", "x"])).rejects.toThrow("option '--workers' needs a whole number, got 'x'");
  });
});

describe("the shared fingerprint set", () => {
  it("adds each fingerprint once, keeps the least parent, and keeps both when grown", () => {
    const t = SharedFingerprintSet.create(1024);
    expect(t.add(1, 2, 7)).toBe(true);
    expect(t.add(1, 2, 9)).toBe(false);
    expect(t.add(1, 2, 3)).toBe(false);
    expect(t.add(-5, 2, 4)).toBe(true);
    t.counted(2);
    expect([t.parentOf(1, 2), t.parentOf(-5, 2), t.parentOf(1, 3)]).toEqual([3, 4, undefined]);
    const g = t.grown();
    expect([g.capacity, g.size, g.parentOf(1, 2), g.parentOf(-5, 2)]).toEqual([2 * t.capacity, 2, 3, 4]);
  });
});

describe("states written for another thread", () => {
  const mv = fc.constantFrom(...["p", "q"].map((n) => ModelValue.of(n)));
  const value: fc.Arbitrary<Value> = fc.letrec<{ v: Value }>((tie) => ({
    v: fc.oneof(
      { depthSize: "small" },
      fc.oneof(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.bigInt({ min: 2n ** 60n, max: 10n ** 30n }), fc.boolean(), fc.string({ maxLength: 5 }), mv),
      fc.array(tie("v"), { maxLength: 3 }).map((es) => setOf(es)),
      fc.array(tie("v"), { maxLength: 3 }).map((es) => tupleOf(es)),
      fc.tuple(tie("v"), tie("v")).map(([x, y]) => recordOf(["type", "bal"], [x, y])),
      fc.uniqueArray(fc.integer({ min: 5, max: 9 }), { maxLength: 3 }).chain((ks) => fc.array(tie("v"), { minLength: ks.length, maxLength: ks.length }).map((vs) => fnOf(ks, vs))),
    ),
  })).v;

  it("read back equal, with equal fingerprints", () => {
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { maxLength: 4 }), (states) => {
        const w = new StateWriter();
        states.forEach((s, i) => w.write(s, i, -1 - i));
        const back: { state: Value[]; hi: number; lo: number }[] = [];
        readStates(w.finish(), 2, (state, hi, lo) => back.push({ state, hi, lo }));
        expect(back.length).toBe(states.length);
        back.forEach((b, i) => {
          expect([b.hi, b.lo]).toEqual([i, -1 - i]);
          b.state.forEach((v, j) => expect(equals(v, states[i]![j]!)).toBe(true));
          const x = newFingerprint();
          const y = newFingerprint();
          hashState(b.state, x);
          hashState(states[i]!, y);
          expect([x.h1, x.h2]).toEqual([y.h1, y.h2]);
        });
      }),
      { seed: FC_SEED, numRuns: 200 },
    );
  });
});

describe("a definition drawn with RandomElement, in every worker", () => {
  it("is the same value in every worker thread (its draws are seeded by its name), so the search agrees with one thread", async () => {
    const spec = `---- MODULE R ----
EXTENDS Naturals, TLC
VARIABLES x, n
Pick == RandomElement(1..1000000)
Init == x = Pick /\\ n = 0
Next == n < 40 /\\ n' = n + 1 /\\ x' = Pick
Stable == x = Pick
====
`;
    const { one, many } = await both(files({ "R.tla": spec, "R.cfg": "INIT Init\nNEXT Next\nINVARIANT Stable\nCHECK_DEADLOCK FALSE\n" }, "R"), 3);
    expect(figures(one)).toEqual(["success", null, 41, 41, 41]);
    expect(figures(many)).toEqual(figures(one));
  });
});

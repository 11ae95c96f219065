import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";
import { parseTlcOutput } from "../../../src/tla/tlc/output.js";

const figures = (r: { outcome: string; statesGenerated: number; distinctStates: number; depth: number }) => [r.outcome, r.statesGenerated, r.distinctStates, r.depth];

/** Checks module `M` (given as its body, extending Naturals) under the cfg text. */
async function check(body: string, cfg = "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n") {
  const dir = mkdtempSync(join(tmpdir(), "tla-counts-"));
  writeFileSync(join(dir, "M.tla"), `---- MODULE M ----\nEXTENDS Naturals\n${body}\n====\n`);
  writeFileSync(join(dir, "M.cfg"), cfg);
  return checkModel(await loadModel(join(dir, "M.cfg"), join(dir, "M.tla")));
}

/**
 * TLC's next-state enumeration follows every path through the action: each
 * witness of an `\E`, each true disjunct, each instance of an `\A` (a
 * conjunction), the consequent of a true `=>`, even in a part of the action
 * without primes. Each path yields a generated state.
 */
describe("states generated are counted as TLC's enumeration reaches them", () => {
  it("every witness of an \\E without primes is a path", async () => {
    const r = await check(`VARIABLE x
Init == x = 0
Next == x < 2 /\\ (\\E i \\in 1..3 : i > 1) /\\ x' = x + 1`);
    // Two witnesses (2 and 3) per step: 1 + 2 + 2.
    expect(figures(r)).toEqual(["success", 5, 3, 3]);
  });

  it("both true disjuncts are paths; a false one is not", async () => {
    const r = await check(`VARIABLE x
Init == x = 0
Next == x < 2 /\\ (x >= 0 \\/ x < 5 \\/ x > 7) /\\ x' = x + 1`);
    expect(figures(r)).toEqual(["success", 5, 3, 3]);
  });

  it("\\A is the conjunction of its instances, and their paths multiply", async () => {
    const r = await check(`VARIABLE x
Init == x = 0
Next == x < 1 /\\ (\\A j \\in 1..2 : \\E i \\in 1..3 : i >= j) /\\ x' = x + 1`);
    // j = 1: 3 witnesses; j = 2: 2 witnesses; 6 paths.
    expect(figures(r)).toEqual(["success", 7, 2, 2]);
  });

  it("P => Q: one path when P is false, Q's paths when P is true", async () => {
    const r = await check(`VARIABLE x
Init == x = 0
Next == x < 2 /\\ (x = 1 => \\E i \\in 1..4 : TRUE) /\\ x' = x + 1`);
    // From 0: P false, 1 path; from 1: 4 paths.
    expect(figures(r)).toEqual(["success", 6, 3, 3]);
  });

  it("the initial predicate is enumerated path by path too, while a variable has no value", async () => {
    const r = await check(`VARIABLES x, y
Init == x \\in 0..2 /\\ (x = 1 => \\E i \\in 1..2 : TRUE) /\\ (\\A j \\in 1..2 : j > 0 \\/ x = 2) /\\ y = 0
Next == UNCHANGED <<x, y>>`);
    // y has no value yet: x = 0: 1 path; x = 1: 2 paths (the witnesses of \\E); x = 2: 4 paths
    // (both disjuncts hold in each of the two instances of \\A): 7 initial states generated, then
    // 3 stuttering steps.
    expect(figures(r)).toEqual(["success", 10, 3, 1]);
  });

  it("once every variable of the initial state has a value, the rest is one boolean", async () => {
    // TLC's getInitStates stops enumerating when the state is complete (the optimisation that
    // lets TLC check an inductive invariant as an initial predicate, as MCBakery's ISpec does).
    const r = await check(`VARIABLE x
Init == x \\in 0..2 /\\ (x = 1 => \\E i \\in 1..2 : TRUE) /\\ \\A j \\in 1..2 : j > 0 \\/ x = 2
Next == UNCHANGED x`);
    expect(figures(r)).toEqual(["success", 6, 3, 1]);
    // Inside \\A: the instance that assigns the last variable branches, the items after it do not.
    const r2 = await check(`VARIABLE x
Init == \\A j \\in 1..2 : (x \\in {1, 2} \\/ x = 2) /\\ (x > 0 \\/ x > 1)
Next == UNCHANGED x`);
    // Instance 1 assigns x: x = 1 once and x = 2 twice (by both disjuncts of the first
    // conjunct); its second conjunct is an item after the state is complete, one boolean, as is
    // instance 2. 3 initial states generated, 2 distinct.
    expect(figures(r2)).toEqual(["success", 5, 2, 1]);
  });

  it("f[e] of a function TLC keeps as a lambda enumerates f's body, recursion included", async () => {
    // VoteProof's SafeAt: LET SA[bb \\in Ballot] == ... SA[c] ... IN SA[b]. TLC applies a function
    // it has not made a table of by enumerating its body with the parameter bound.
    const r = await check(`VARIABLE x
Ok(n) == LET F[k \\in 0..3] == IF k = 0 THEN TRUE ELSE (\\E i \\in 1..2 : i > x) /\\ F[k - 1] IN F[n]
Init == x = 0
Next == x < 2 /\\ Ok(2) /\\ x' = x + 1`);
    // From x = 0: F[2] = 2 witnesses * F[1], F[1] = 2 * F[0], F[0] = 1: 4 paths. From
    // x = 1: 1 witness each: 1 path. 1 + 4 + 1.
    expect(figures(r)).toEqual(["success", 6, 3, 3]);
    // A definition of the module that reads the state is a lambda too, recursive or not, and so
    // is f == [k \\in S |-> P].
    const r2 = await check(`VARIABLE x
G[k \\in 1..2] == \\E i \\in 1..3 : i > x
H == [k \\in 1..2 |-> \\E i \\in 1..3 : i > x + k]
Init == x = 0
Next == x < 2 /\\ G[1] /\\ H[1] /\\ x' = x + 1`);
    // From x = 0: 3 * 2 paths; from x = 1: 2 * 1. 1 + 6 + 2.
    expect(figures(r2)).toEqual(["success", 9, 3, 3]);
    // A constant function that is not recursive TLC makes a table of at startup: one boolean.
    const r3 = await check(`VARIABLE x
G[k \\in 1..2] == \\E i \\in 1..3 : i > k
Init == x = 0
Next == x < 2 /\\ G[1] /\\ x' = x + 1`);
    expect(figures(r3)).toEqual(["success", 3, 3, 3]);
    // An argument outside the domain is an error, as in TLC.
    const r4 = await check(`VARIABLE x
Ok(n) == LET F[k \\in 0..3] == k = 0 \\/ x = 0 IN F[n]
Init == x = 0
Next == Ok(7) /\\ x' = x + 1`);
    expect([r4.outcome, r4.message]).toEqual(["error", expect.stringMatching(/7 is not in the domain of the function F/)]);
  });

  it("a constant definition without parameters is one value, as TLC evaluates it once", async () => {
    const r = await check(`VARIABLE x
Some == \\E i \\in 1..3 : TRUE
Init == x = 0
Next == x < 2 /\\ Some /\\ x' = x + 1`);
    expect(figures(r)).toEqual(["success", 3, 3, 3]);
  });

  it("\\A with primes in its body assigns in its first instance and tests in the others", async () => {
    const r = await check(`VARIABLE x
Init == x = 0
Next == x < 2 /\\ \\A i \\in {1, 1 + 0} : x' = x + i`);
    expect(figures(r)).toEqual(["success", 3, 3, 3]);
    const r2 = await check(`VARIABLES x, y
Init == x = 0 /\\ y = 0
Next == x < 2 /\\ \\A i \\in 1..2 : IF i = 1 THEN x' = x + 1 ELSE y' = x'`);
    expect(figures(r2)).toEqual(["success", 3, 3, 3]);
  });
});

describe("TLC's figures on the project's models", () => {
  it("MCVoting: 341,775 generated, 13,908 distinct, depth 12 (measured with TLC)", async () => {
    const r = checkModel(await loadModel("spec/MCVoting.cfg"));
    expect(figures(r)).toEqual(["success", 341_775, 13_908, 12]);
  });

  it("Voting restricted to Propose and VoteFor: TLC's 21,143 generated; without SafeAt: 24,595", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tla-voting-"));
    for (const f of ["Voting.tla", "Quorums.tla", "Consensus.tla"]) copyFileSync(join("spec", f), join(dir, f));
    writeFileSync(
      join(dir, "MCVR.tla"),
      `---- MODULE MCVR ----
EXTENDS Voting, Quorums
MCBallot == 0..2
MCQuorum == MajorityQuorums(Acceptor)
NextPV ==
  \\/ \\E v \\in Value : Propose(v)
  \\/ \\E a \\in Acceptor, b \\in Ballot, v \\in Value : VoteFor(a, b, v)
VoteNoSafe(a, b, v) ==
  /\\ v \\in proposed
  /\\ maxBal[a] <= b
  /\\ \\A c \\in Acceptor, w \\in Value : VotedFor(c, b, w) => w = v
  /\\ votes' = [votes EXCEPT ![a] = @ \\cup {<<b, v>>}]
  /\\ maxBal' = [maxBal EXCEPT ![a] = b]
  /\\ UNCHANGED proposed
NextNS ==
  \\/ \\E v \\in Value : Propose(v)
  \\/ \\E a \\in Acceptor, b \\in Ballot, v \\in Value : VoteNoSafe(a, b, v)
====
`,
    );
    const constants = "CONSTANTS\n  Value = {v1, v2}\n  Acceptor = {a1, a2, a3}\n  Ballot <- MCBallot\n  Quorum <- MCQuorum\nINIT Init\n";
    writeFileSync(join(dir, "MCVR.cfg"), `${constants}NEXT NextPV\n`);
    writeFileSync(join(dir, "NS.cfg"), `${constants}NEXT NextNS\n`);
    const pv = checkModel(await loadModel(join(dir, "MCVR.cfg")));
    expect([pv.outcome, pv.statesGenerated]).toEqual(["success", 21_143]);
    const ns = checkModel(await loadModel(join(dir, "NS.cfg"), join(dir, "MCVR.tla")));
    expect([ns.outcome, ns.statesGenerated]).toEqual(["success", 24_595]);
  });
});

describe("the recorded TLC runs", () => {
  const samples = new URL("../../fixtures/tlc/", import.meta.url).pathname;
  // Every recorded run of a model TLC checked (the others stop at parsing).
  const runs = [
    { output: "tool-ok.txt", cfg: "ok.cfg", tla: "Counter.tla" },
    { output: "tool-inv.txt", cfg: "inv.cfg", tla: "Counter.tla" },
    { output: "plain-inv.txt", cfg: "inv.cfg", tla: "Counter.tla" },
    { output: "tool-dead.txt", cfg: "dead.cfg", tla: "Dead.tla" },
  ];
  it.each(runs)("$output: the engine's outcome, generated, distinct and depth are TLC's", async ({ output, cfg, tla }) => {
    const tlc = parseTlcOutput(readFileSync(join(samples, output), "utf8"));
    const ours = checkModel(await loadModel(join(samples, cfg), join(samples, tla)));
    expect(figures(ours)).toEqual(figures(tlc));
    expect(ours.violated).toBe(tlc.violated);
    expect(ours.counterexample.map((s) => s.vars)).toEqual(tlc.counterexample.map((s) => s.vars));
  });
});

/**
 * TLC splits the next-state relation into actions (top-level disjuncts, `\E`
 * over constant sets unfolded), computes the successors of one action at a
 * time and counts them all as generated before checking any. When a state
 * violates an invariant, the actions after the one that produced it are never
 * evaluated.
 */
describe("a violation stops the count as TLC's does", () => {
  it("the actions after the violating one are not counted", async () => {
    const spec = `VARIABLE x
Init == x = 0
Next == \\/ \\E i \\in 1..3 : x' = x + i
        \\/ x' = x + 10
Small == x < 1`;
    const r = await check(spec, "INIT Init\nNEXT Next\nINVARIANT Small\n");
    // The initial state, then the action i = 1 (one successor, x = 1, violating).
    expect(figures(r)).toEqual(["invariant", 2, 2, 2]);
  });

  it("the whole action that produced the violating state is counted", async () => {
    const spec = `VARIABLE x
Init == x = 0
Next == \\/ \\E i \\in 1..3 : x' = i
        \\/ x' = 10
Small == x < 1`;
    // \\E over x's set is one action of TLC when the set is not constant.
    const r = await check(spec.replace("\\E i \\in 1..3", "\\E i \\in (x + 1)..(x + 3)"), "INIT Init\nNEXT Next\nINVARIANT Small\n");
    expect(figures(r)).toEqual(["invariant", 4, 2, 2]);
  });
});

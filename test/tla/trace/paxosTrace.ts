/**
 * Paxos traces written for the tests: a tiny independent model of the
 * specification's variables, driven by hand-chosen steps, so that each test
 * states which steps happen and the states follow from plain code.
 */
import { ModelValue, fnOf, recordOf, setOf, type Value } from "../../../src/tla/values/value.js";
import type { TraceStepInput, ValidationSpec } from "../../../src/tla/trace/validate.js";

export const mv = (n: string): ModelValue => ModelValue.of(n);
export const NONE = mv("None");
const acceptors = ["a1", "a2", "a3"];

/** The constants of the tests: three acceptors, two proposers, one learner, ballots 0..3. */
export function paxosConstants(): Record<string, Value> {
  const A = acceptors.map(mv);
  const quorums = [
    [0, 1],
    [0, 2],
    [1, 2],
    [0, 1, 2],
  ].map((q) => setOf(q.map((i) => A[i]!)));
  return {
    Value: setOf([mv("v1"), mv("v2")]),
    Acceptor: setOf(A.slice()),
    Proposer: setOf([mv("p1"), mv("p2")]),
    Learner: setOf([mv("l1")]),
    Ballot: setOf([0, 1, 2, 3]),
    Owner: fnOf([0, 1, 2, 3], [mv("p1"), mv("p2"), mv("p1"), mv("p2")]),
    Quorum: setOf(quorums),
    None: NONE,
  };
}

export const paxosSpec = (extra: Partial<ValidationSpec> = {}): ValidationSpec => ({ specFile: "spec/Paxos.tla", constants: paxosConstants(), ...extra });

interface Msg {
  type: string;
  [k: string]: string | number;
}

/** The Paxos variables as plain data. */
export class PaxosWorld {
  proposed = new Set<string>();
  maxBal: Record<string, number> = { a1: -1, a2: -1, a3: -1 };
  maxVBal: Record<string, number> = { a1: -1, a2: -1, a3: -1 };
  maxVal: Record<string, string> = { a1: "None", a2: "None", a3: "None" };
  msgs: Msg[] = [];
  learned: Record<string, Set<string>> = { l1: new Set() };

  private send(m: Msg): void {
    if (!this.msgs.some((x) => JSON.stringify(x) === JSON.stringify(m))) this.msgs.push(m);
  }
  propose(v: string): TraceStepInput {
    this.proposed.add(v);
    return this.entry("Propose", { v: mv(v) });
  }
  phase1a(p: string, b: number): TraceStepInput {
    this.send({ type: "1a", bal: b });
    return this.entry("Phase1a", { p: mv(p), b });
  }
  phase1b(a: string, b: number): TraceStepInput {
    this.maxBal[a] = b;
    this.send({ type: "1b", acc: a, bal: b, mbal: this.maxVBal[a]!, mval: this.maxVal[a]! });
    return this.entry("Phase1b", { a: mv(a), b });
  }
  phase2a(p: string, b: number, v: string): TraceStepInput {
    this.send({ type: "2a", bal: b, val: v });
    return this.entry("Phase2a", { p: mv(p), b, v: mv(v) });
  }
  phase2b(a: string, b: number, v: string): TraceStepInput {
    this.maxBal[a] = b;
    this.maxVBal[a] = b;
    this.maxVal[a] = v;
    this.send({ type: "2b", acc: a, bal: b, val: v });
    return this.entry("Phase2b", { a: mv(a), b, v: mv(v) });
  }
  learn(l: string, b: number, v: string): TraceStepInput {
    this.learned[l]!.add(v);
    return this.entry("Learn", { l: mv(l), b, v: mv(v) });
  }
  initial(): TraceStepInput {
    return { state: this.state() };
  }
  entry(action: string, params: Record<string, Value>): TraceStepInput {
    return { action, params, state: this.state() };
  }
  /** The variables as engine values. */
  state(): Record<string, Value> {
    const byAcc = (r: Record<string, number | string>): Value =>
      fnOf(
        acceptors.map(mv),
        acceptors.map((a) => (typeof r[a] === "number" ? (r[a] as number) : mv(r[a] as string))),
      );
    const val = (x: string | number): Value => (typeof x === "number" ? x : /^(a|v|p|l)\d$|^None$/.test(x) ? mv(x) : x);
    return {
      proposed: setOf([...this.proposed].map(mv)),
      maxBal: byAcc(this.maxBal),
      maxVBal: byAcc(this.maxVBal),
      maxVal: byAcc(this.maxVal),
      msgs: setOf(this.msgs.map((m) => recordOf(Object.keys(m), Object.values(m).map(val)))),
      learned: fnOf([mv("l1")], [setOf([...this.learned["l1"]!].map(mv))]),
    };
  }
}

/** A run where p1 gets v1 chosen in ballot 0 and l1 learns it. */
export function happyTrace(): TraceStepInput[] {
  const w = new PaxosWorld();
  return [
    w.initial(),
    w.propose("v1"),
    w.phase1a("p1", 0),
    w.phase1b("a1", 0),
    w.phase1b("a2", 0),
    w.phase2a("p1", 0, "v1"),
    w.phase2b("a1", 0, "v1"),
    w.phase2b("a2", 0, "v1"),
    w.learn("l1", 0, "v1"),
  ];
}

/** Drops variables from every entry. */
export function without(trace: readonly TraceStepInput[], vars: readonly string[]): TraceStepInput[] {
  return trace.map((s) => ({ ...s, state: Object.fromEntries(Object.entries(s.state).filter(([k]) => !vars.includes(k))) }));
}

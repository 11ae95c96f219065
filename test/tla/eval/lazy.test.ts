import { describe, expect, it } from "vitest";
import { evalText, evalValue } from "./evaluate.js";
import { TAG_LAZYSET } from "../../../src/tla/values/value.js";

/** Paxos's message and type definitions over ballots 0..B (B large: nothing may be enumerated). */
const paxosTypes = (b: number): string => `
Acceptor == {"a1", "a2", "a3"}
Value == {"v1", "v2"}
None == "none"
Ballot == 0..${b}
BallotOrNone == Ballot \\cup {-1}
Message ==
       [type : {"1a"}, bal : Ballot]
  \\cup [type : {"1b"}, acc : Acceptor, bal : Ballot, mbal : BallotOrNone, mval : Value \\cup {None}]
  \\cup [type : {"2a"}, bal : Ballot, val : Value]
  \\cup [type : {"2b"}, acc : Acceptor, bal : Ballot, val : Value]
maxBal == [a \\in Acceptor |-> IF a = "a1" THEN ${b} ELSE -1]
maxVal == [a \\in Acceptor |-> None]
msgs == {[type |-> "1a", bal |-> ${b}],
         [type |-> "1b", acc |-> "a1", bal |-> ${b}, mbal |-> -1, mval |-> None],
         [type |-> "2a", bal |-> 7, val |-> "v2"],
         [type |-> "2b", acc |-> "a2", bal |-> 7, val |-> "v2"]}
TypeOK ==
  /\\ maxBal \\in [Acceptor -> BallotOrNone]
  /\\ maxVal \\in [Acceptor -> Value \\cup {None}]
  /\\ \\A m \\in msgs : m \\in Message
  /\\ msgs \\subseteq Message
`;

describe("membership in lazy sets is decided without enumerating them", () => {
  it("Paxos's TypeOK over ballots 0..100000 takes milliseconds", async () => {
    const t0 = performance.now();
    expect(await evalText("TypeOK", paxosTypes(100000))).toBe("TRUE");
    // Enumerating Message would build about 1.5 million records (seconds and hundreds of MB).
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("a message outside its type is rejected structurally", async () => {
    const defs = paxosTypes(100000);
    expect(await evalText('[type |-> "1a", bal |-> 100001] \\in Message', defs)).toBe("FALSE");
    expect(await evalText('[type |-> "1b", acc |-> "a4", bal |-> 3, mbal |-> -1, mval |-> None] \\in Message', defs)).toBe("FALSE");
    expect(await evalText('[type |-> "2a", bal |-> 3] \\in Message', defs)).toBe("FALSE");
    expect(await evalText('[type |-> "2a", bal |-> 3, val |-> "v1", acc |-> "a1"] \\in Message', defs)).toBe("FALSE");
    expect(await evalText('[type |-> "2b", acc |-> "a3", bal |-> 99999, val |-> "v1"] \\in Message', defs)).toBe("TRUE");
    expect(await evalText("[a \\in Acceptor |-> 100001] \\in [Acceptor -> BallotOrNone]", defs)).toBe("FALSE");
    expect(await evalText('[a \\in {"a1", "a2"} |-> 0] \\in [Acceptor -> BallotOrNone]', defs)).toBe("FALSE");
  });

  it("\\cup, \\cap and \\ of infinite and large sets answer membership", async () => {
    expect(await evalText("-3 \\in (Nat \\cup {-3}) /\\ -4 \\notin (Nat \\cup {-3})")).toBe("TRUE");
    expect(await evalText("5 \\in (Nat \\ {0}) /\\ 0 \\notin (Nat \\ {0}) /\\ -1 \\notin (Nat \\ {0})")).toBe("TRUE");
    expect(await evalText("7 \\in (Nat \\cap 0..10) /\\ 11 \\notin (Nat \\cap 0..10)")).toBe("TRUE");
    expect(await evalText("2000000 \\in (0..10000000 \\cup 20000000..30000000) /\\ 15000000 \\notin (0..10000000 \\cup 20000000..30000000)")).toBe("TRUE");
    expect(await evalText("<<1, 2>> \\in Seq(Nat) \\cup Seq(STRING)")).toBe("TRUE");
    expect(await evalText("{1, 2} \\in SUBSET (Nat \\ {0})")).toBe("TRUE");
    expect(await evalText("{0, 2} \\in SUBSET (Nat \\ {0})")).toBe("FALSE");
    expect(await evalText("<<0, 1>> \\in [1..2 -> Nat \\cup {-1}] /\\ <<0, -2>> \\notin [1..2 -> Nat \\cup {-1}]")).toBe("TRUE");
    expect(await evalText("[i \\in 0..2 |-> i] \\in [0..2 -> Nat] /\\ [i \\in 0..2 |-> i] \\notin [0..3 -> Nat]")).toBe("TRUE");
    const lazy = await evalValue("Nat \\cup {-1}");
    expect(typeof lazy === "object" && lazy.tag).toBe(TAG_LAZYSET);
  });

  it("enumerates lazy unions, intersections and differences when asked, with the same elements", async () => {
    expect(await evalText("(0..3 \\cup {-1, 2})")).toBe("{-1, 0, 1, 2, 3}");
    expect(await evalText("(0..5 \\cap {1, 3, 9})")).toBe("{1, 3}");
    expect(await evalText("(0..5 \\ {1, 3, 9})")).toBe("{0, 2, 4, 5}");
    expect(await evalText("({1, 3, 9} \\cap Nat)")).toBe("{1, 3, 9}");
    expect(await evalText("Cardinality(0..3 \\cup {-1, 2})")).toBe("5");
    expect(await evalText("(0..3 \\cup {-1}) = {-1, 0, 1, 2, 3}")).toBe("TRUE");
    expect(await evalText("{x \\in 0..3 \\cup {7} : x > 2}")).toBe("{3, 7}");
    expect(await evalText("\\A x \\in (1..4 \\ {2}) : x # 2")).toBe("TRUE");
  });

  it("a batch is found in the union of function sets without enumerating them (MultiPaxos's Batch over 212 commands)", async () => {
    const defs = `Command == 1..212\nBatch == UNION {[1..n -> Command] : n \\in 0..16}`;
    expect(await evalText("<<3, 5, 212>> \\in Batch", defs)).toBe("TRUE");
    expect(await evalText("<<>> \\in Batch", defs)).toBe("TRUE");
    expect(await evalText("<<213>> \\in Batch", defs)).toBe("FALSE");
    expect(await evalText("[i \\in 1..17 |-> 1] \\in Batch", defs)).toBe("FALSE");
    // A union of infinite function sets (the Disruptor models of the TLA+ Examples type their ring buffer so).
    expect(await evalText('[i \\in 0..3 |-> 7] \\in UNION {[0..3 -> Int \\cup {"null"}]}', "")).toBe("TRUE");
    expect(await evalText('[i \\in 0..3 |-> "x"] \\in UNION {[0..3 -> Int \\cup {"null"}]}', "")).toBe("FALSE");
    // A small union is still an ordinary set.
    expect(await evalText("UNION {[1..n -> {1, 2}] : n \\in 0..1}", "")).toBe("{<<>>, <<1>>, <<2>>}");
  });
});

--------------------------- MODULE MCPaxosWeighted ---------------------------
(***************************************************************************)
(* Paxos over a weighted quorum system: four acceptors, where a1 weighs 3  *)
(* and the others 1 each.  The total is 6, so a quorum must weigh at least *)
(* 4: a1 together with any of the others.  The three light acceptors       *)
(* together weigh only 3 and are not a quorum.  Every quorum contains a1,  *)
(* so quorums intersect, and a quorum can be as small as two machines out  *)
(* of four.  Two values and two proposers (one ballot each) make Agreement *)
(* a real question.                                                        *)
(***************************************************************************)
EXTENDS Paxos

(***************************************************************************)
(* The acceptors and proposers, model values named in definitions below.   *)
(***************************************************************************)
CONSTANTS a1, a2, a3, a4, p1, p2

(***************************************************************************)
(* The set of acceptors.                                                   *)
(***************************************************************************)
MCAcceptor == {a1, a2, a3, a4}

(***************************************************************************)
(* The weights: 3 for a1, 1 for each of the others.                        *)
(***************************************************************************)
MCWeight == [a \in MCAcceptor |-> IF a = a1 THEN 3 ELSE 1]

(***************************************************************************)
(* The quorums: subsets weighing more than half of 6.                      *)
(***************************************************************************)
MCQuorum == WeightedQuorums(MCAcceptor, MCWeight)

(***************************************************************************)
(* The set of proposers.                                                   *)
(***************************************************************************)
MCProposer == {p1, p2}

(***************************************************************************)
(* Two ballots.                                                            *)
(***************************************************************************)
MCBallot == 0..1

(***************************************************************************)
(* p1 leads ballot 0 and p2 ballot 1.                                      *)
(***************************************************************************)
MCOwner == [b \in MCBallot |-> IF b % 2 = 0 THEN p1 ELSE p2]

(***************************************************************************)
(* A sanity check of the model itself: the weighted quorums are exactly    *)
(* the sets made of a1 and at least one other acceptor.                    *)
(***************************************************************************)
ASSUME MCQuorum = {Q \in SUBSET MCAcceptor : a1 \in Q /\ Q # {a1}}
=============================================================================

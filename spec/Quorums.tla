------------------------------ MODULE Quorums ------------------------------
(***************************************************************************)
(* Quorum systems.                                                         *)
(*                                                                         *)
(* Paxos never needs to know how many acceptors there are.  All it needs   *)
(* is a collection of sets of acceptors, called quorums, such that any two *)
(* quorums have an acceptor in common.  A value is chosen when a quorum    *)
(* has voted for it, and a leader may propose only after hearing from a    *)
(* quorum; because the two quorums meet, the leader always hears about     *)
(* anything that might have been chosen.  Intersection is the whole of     *)
(* the argument: the algorithm is correct for every quorum system that     *)
(* has it, and incorrect for quorum systems that lack it.                  *)
(*                                                                         *)
(* This module only builds quorum systems; the specifications take the     *)
(* set of quorums as a constant, and models pick one of these.             *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

(***************************************************************************)
(* The majority quorums of a finite set S: every subset holding more than  *)
(* half of S.  Two such subsets cannot be disjoint, for together they      *)
(* would hold more than all of S.  Written with a doubled cardinality so   *)
(* that no division (and no rounding) is involved.                         *)
(***************************************************************************)
MajorityQuorums(S) == {Q \in SUBSET S : 2 * Cardinality(Q) > Cardinality(S)}

(***************************************************************************)
(* The sum of the weights w[x] of the elements x of a finite set T.  It    *)
(* removes an arbitrary element and adds its weight to the sum of the      *)
(* rest; which element CHOOSE picks does not matter, because addition is   *)
(* commutative.                                                            *)
(***************************************************************************)
RECURSIVE WeightSum(_, _)
WeightSum(T, w) ==
  IF T = {}
    THEN 0
    ELSE LET x == CHOOSE y \in T : TRUE
         IN  w[x] + WeightSum(T \ {x}, w)

(***************************************************************************)
(* Weighted quorums: each member x of S carries a weight w[x] (w is a      *)
(* function from S to Nat), and a quorum is any subset whose total weight  *)
(* is more than half the total weight of S.  Majority quorums are the      *)
(* special case where every weight is 1.  The argument for intersection is *)
(* the same: two disjoint subsets each weighing more than half would       *)
(* together weigh more than the whole.  Weights let one reliable machine   *)
(* count for several, so that a quorum can be smaller than a majority of   *)
(* machines.                                                               *)
(***************************************************************************)
WeightedQuorums(S, w) ==
  {Q \in SUBSET S : 2 * WeightSum(Q, w) > WeightSum(S, w)}

(***************************************************************************)
(* The property Paxos relies on: any two members of the set of quorums Q   *)
(* (including a quorum and itself) have an element in common.  For a       *)
(* quorum and itself this just says quorums are not empty.                 *)
(***************************************************************************)
QuorumsIntersect(Q) == \A Q1, Q2 \in Q : Q1 \cap Q2 # {}
=============================================================================

--------------------------- MODULE MCPaxosDisjoint ---------------------------
(***************************************************************************)
(* A model that must fail: Paxos over "quorums" that do not all intersect. *)
(* The sets {a1} and {a2, a3} are disjoint, so a value can be chosen by    *)
(* one while the leader of a higher ballot hears only from the other and   *)
(* never finds out.  Checking Agreement must produce a counterexample;     *)
(* spec/README.md describes a shortest one.  It shows that the quorum      *)
(* assumption is not a technicality: without it Paxos is wrong.            *)
(*                                                                         *)
(* The model instantiates Paxos instead of extending it.  Paxos's ASSUME   *)
(* QuorumsMeet would reject these quorums before any state is explored if  *)
(* Paxos were extended; the model checker does not evaluate the            *)
(* assumptions of an instantiated module, so here the search runs.         *)
(***************************************************************************)
EXTENDS Naturals

(***************************************************************************)
(* The constants Paxos needs that this model leaves to the configuration,  *)
(* and the model values the definitions below name.                        *)
(***************************************************************************)
CONSTANTS Value, Learner, None, a1, a2, a3, p1, p2

(***************************************************************************)
(* The variables of Paxos, which the instance below takes by name.         *)
(***************************************************************************)
VARIABLES proposed, maxBal, maxVBal, maxVal, msgs, learned

(***************************************************************************)
(* Two "quorums" that do not meet.                                         *)
(***************************************************************************)
DisjointQuorums == {{a1}, {a2, a3}}

(***************************************************************************)
(* Paxos with three acceptors, two proposers owning one ballot each, and   *)
(* the disjoint quorums.                                                   *)
(***************************************************************************)
P == INSTANCE Paxos
       WITH Acceptor <- {a1, a2, a3},
            Proposer <- {p1, p2},
            Ballot <- 0..1,
            Owner <- [b \in 0..1 |-> IF b = 0 THEN p1 ELSE p2],
            Quorum <- DisjointQuorums

(***************************************************************************)
(* The initial predicate of Paxos.                                         *)
(***************************************************************************)
Init == P!Init

(***************************************************************************)
(* The next-state relation of Paxos.                                       *)
(***************************************************************************)
Next == P!Next

(***************************************************************************)
(* The property expected to fail.                                          *)
(***************************************************************************)
Agreement == P!Agreement

(***************************************************************************)
(* Paxos's quorum assumption, false here (exposed for the record; it is    *)
(* not checked by the model).                                              *)
(***************************************************************************)
QuorumsMeet == P!QuorumsIntersect(DisjointQuorums)
=============================================================================

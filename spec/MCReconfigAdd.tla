--------------------------- MODULE MCReconfigAdd ----------------------------
(***************************************************************************)
(* Adding an acceptor: C1 = {a1, a2}, whose one quorum is both, becomes C2 *)
(* = {a1, a2, a3} with majority quorums, when x2 is decided; the change    *)
(* takes effect in the next slot (Alpha = 1).                              *)
(***************************************************************************)
EXTENDS MCReconfig

(***************************************************************************)
(* The acceptors of each configuration.                                    *)
(***************************************************************************)
AddMembers == [c \in TwoConfigs |-> IF c = C1 THEN {a1, a2} ELSE {a1, a2, a3}]

(***************************************************************************)
(* Majority quorums in each.                                               *)
(***************************************************************************)
AddQuorums == [c \in TwoConfigs |-> MajorityQuorums(AddMembers[c])]

(***************************************************************************)
(* A witness that the model reaches what it is about: a slot decided by a  *)
(* quorum of C2 that is not a quorum of C1, so the change took effect and  *)
(* mattered. Checked as an invariant, it must fail.                        *)
(***************************************************************************)
NoDecisionUnderC2 ==
  ~ \E s \in Slot : CfgOf[s] = C2 /\ \E v \in VotedIn(s), b \in Ballot, Q \in QuorumsOf[C2] :
        /\ Q \notin QuorumsOf[C1]
        /\ \A a \in Q : [type |-> "2b", acc |-> a, bal |-> b, slot |-> s, val |-> v] \in msgs
=============================================================================

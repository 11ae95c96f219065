--------------------------- MODULE MCReconfigDrop ---------------------------
(***************************************************************************)
(* Dropping an acceptor: C1 = {a1, a2, a3} with majority quorums becomes   *)
(* C2 = {a1, a2}, whose one quorum is both, when x2 is decided; the change *)
(* takes effect in the next slot (Alpha = 1). Votes of a3 never count for  *)
(* slot 1 once the change is in force there.                               *)
(***************************************************************************)
EXTENDS MCReconfig

(***************************************************************************)
(* The acceptors of each configuration.                                    *)
(***************************************************************************)
DropMembers == [c \in TwoConfigs |-> IF c = C1 THEN {a1, a2, a3} ELSE {a1, a2}]

(***************************************************************************)
(* Majority quorums in each.                                               *)
(***************************************************************************)
DropQuorums == [c \in TwoConfigs |-> MajorityQuorums(DropMembers[c])]
=============================================================================

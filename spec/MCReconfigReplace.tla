------------------------- MODULE MCReconfigReplace --------------------------
(***************************************************************************)
(* Replacing the only acceptor: C1 = {a1} becomes C2 = {a2} when x2 is     *)
(* decided, in the next slot (Alpha = 1). No quorum of C1 meets a quorum   *)
(* of C2; per-slot Agreement holds all the same, because each slot has one *)
(* configuration.                                                          *)
(***************************************************************************)
EXTENDS MCReconfig

(***************************************************************************)
(* The acceptors of each configuration.                                    *)
(***************************************************************************)
ReplaceMembers == [c \in TwoConfigs |-> IF c = C1 THEN {a1} ELSE {a2}]

(***************************************************************************)
(* Each configuration's one quorum is its one acceptor.                    *)
(***************************************************************************)
ReplaceQuorums == [c \in TwoConfigs |-> {ReplaceMembers[c]}]
=============================================================================

------------------------- MODULE MCReconfigNoWindow -------------------------
(***************************************************************************)
(* A negative model: the only acceptor a1 is replaced by a2 (as in         *)
(* MCReconfigReplace), but the change takes effect in the very next slot   *)
(* while leaders wait for Alpha = 2 slots. A leader proposes in slot 1     *)
(* before slot 0 is decided; the value is chosen by {a1} and learned; then *)
(* x2 is decided in slot 0, slot 1 now belongs to {a2}, and the decision   *)
(* is unmade. LearnedChosen must fail.                                     *)
(***************************************************************************)
EXTENDS MCReconfig

(***************************************************************************)
(* The acceptors of each configuration.                                    *)
(***************************************************************************)
NoWindowMembers == [c \in TwoConfigs |-> IF c = C1 THEN {a1} ELSE {a2}]

(***************************************************************************)
(* Each configuration's one quorum is its one acceptor.                    *)
(***************************************************************************)
NoWindowQuorums == [c \in TwoConfigs |-> {NoWindowMembers[c]}]

(***************************************************************************)
(* The bug: a change decided in slot i is in force in every later slot,    *)
(* not Alpha slots later.                                                  *)
(***************************************************************************)
AtOnce(i, s) == i < s
=============================================================================

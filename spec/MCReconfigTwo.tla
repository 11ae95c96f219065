--------------------------- MODULE MCReconfigTwo ----------------------------
(***************************************************************************)
(* Two changes racing: x2 installs C2 = {a2}, x3 installs C3 = {a1, a2}    *)
(* with weights 2 and 1 (so a1 alone weighs more than half), from C1 =     *)
(* {a1}. With Alpha = 2 a leader has slots 0 and 1 in flight at once, so   *)
(* both changes can be proposed before either is decided, in either order; *)
(* slot 2's configuration is whichever was decided in slot 0.              *)
(***************************************************************************)
EXTENDS MCReconfig

(***************************************************************************)
(* The three configurations.                                               *)
(***************************************************************************)
ThreeConfigs == {C1, C2, C3}

(***************************************************************************)
(* The acceptors of each configuration.                                    *)
(***************************************************************************)
TwoMembers == [c \in ThreeConfigs |-> CASE c = C1 -> {a1} [] c = C2 -> {a2} [] OTHER -> {a1, a2}]

(***************************************************************************)
(* C1 and C2: their one acceptor; C3: weighted quorums, a1 weighing 2 and  *)
(* a2 1.                                                                   *)
(***************************************************************************)
TwoQuorums == [c \in ThreeConfigs |-> IF c = C3 THEN WeightedQuorums({a1, a2}, [a \in {a1, a2} |-> IF a = a1 THEN 2 ELSE 1]) ELSE {TwoMembers[c]}]

(***************************************************************************)
(* x2 installs C2, x3 installs C3.                                         *)
(***************************************************************************)
TwoChange == [x \in Command |-> CASE x = x2 -> C2 [] x = x3 -> C3 [] OTHER -> None]
=============================================================================

--------------------------- MODULE MCReconfigTwo ----------------------------
(***************************************************************************)
(* Two changes racing: from C1 = {a1}, x2 installs C2 = {a2} and x3        *)
(* installs C3 = {a1, a2}, whose one quorum is both. With Alpha = 2 a      *)
(* leader has slots 0 and 1 in flight at once, so both changes can be      *)
(* proposed before either is decided, in either order. Slot 2's            *)
(* configuration is the one installed by the change decided in slot 0; the *)
(* change decided in slot 1 would take effect in slot 3, beyond the model. *)
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
(* Majority quorums in each: for one acceptor, itself; for two, both.      *)
(***************************************************************************)
TwoQuorums == [c \in ThreeConfigs |-> MajorityQuorums(TwoMembers[c])]

(***************************************************************************)
(* x2 installs C2, x3 installs C3.                                         *)
(***************************************************************************)
TwoChange == [x \in Command |-> CASE x = x2 -> C2 [] x = x3 -> C3 [] OTHER -> None]
=============================================================================

---------------------------- MODULE MCReconfig -----------------------------
(***************************************************************************)
(* What the small models of reconfiguration (spec/ReconfigMultiPaxos.tla)   *)
(* share: one proposer leading two ballots, one replica, two or three      *)
(* slots, one-command batches; a client request c1 and the configuration   *)
(* changes x2 and x3.  Each model, MCReconfigAdd, MCReconfigDrop,           *)
(* MCReconfigReplace, MCReconfigTwo and MCReconfigNoWindow, extends this   *)
(* module with its configurations.                                         *)
(*                                                                         *)
(* As for MultiPaxos, the search is bounded: phase 1 always asks from slot *)
(* 0, and at most MaxMsgs messages are sent.                               *)
(***************************************************************************)
EXTENDS ReconfigMultiPaxos

(***************************************************************************)
(* Model values: the proposer, the configurations' names, the acceptors,   *)
(* the client request c1 and the changes x2 (to C2) and x3 (to C3), and    *)
(* the bound on the number of messages.                                    *)
(***************************************************************************)
CONSTANTS p1, C1, C2, C3, a1, a2, a3, c1, x2, x3, MaxMsgs

(***************************************************************************)
(* The one proposer.                                                       *)
(***************************************************************************)
MCProposer == {p1}

(***************************************************************************)
(* Two ballots.                                                            *)
(***************************************************************************)
MCBallot == 0..1

(***************************************************************************)
(* The one proposer leads both ballots.                                    *)
(***************************************************************************)
MCOwner == [b \in MCBallot |-> p1]

(***************************************************************************)
(* Two slots are enough when a change takes effect in the next slot        *)
(* (Alpha = 1); three let two changes race when Alpha = 2.                 *)
(***************************************************************************)
TwoSlots == 0..1

(***************************************************************************)
(* Three slots.                                                            *)
(***************************************************************************)
ThreeSlots == 0..2

(***************************************************************************)
(* Configuration change x2 installs C2; c1 is a client request.            *)
(***************************************************************************)
OneChange == [x \in Command |-> IF x = x2 THEN C2 ELSE None]

(***************************************************************************)
(* Two configurations, C1 and C2.                                          *)
(***************************************************************************)
TwoConfigs == {C1, C2}

(***************************************************************************)
(* The bound on the search.                                                *)
(***************************************************************************)
Bounded ==
  /\ \A m \in msgs : m.type = "1a" => m.from = 0
  /\ Cardinality(msgs) <= MaxMsgs

(***************************************************************************)
(* The refinement of Consensus in slot 0.                                  *)
(***************************************************************************)
ConsensusSpec0 == CS(0)!Spec

(***************************************************************************)
(* The refinement of Consensus in slot 1.                                  *)
(***************************************************************************)
ConsensusSpec1 == CS(1)!Spec

(***************************************************************************)
(* The refinement of Consensus in slot 2.                                  *)
(***************************************************************************)
ConsensusSpec2 == CS(2)!Spec
=============================================================================

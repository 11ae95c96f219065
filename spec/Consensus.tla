----------------------------- MODULE Consensus -----------------------------
(***************************************************************************)
(* The consensus problem, stated with no mention of processes or messages. *)
(*                                                                         *)
(* Clients propose values; the system is to choose one of them.  Two       *)
(* requirements make it consensus:                                         *)
(*                                                                         *)
(*   - at most one value is ever chosen (everyone who learns a value       *)
(*     learns the same one), and                                           *)
(*   - only a value that some client proposed can be chosen (the system    *)
(*     does not invent answers).                                           *)
(*                                                                         *)
(* This module describes every behaviour that meets those requirements in  *)
(* the simplest possible way: a value is chosen in one atomic step.  The   *)
(* module Voting explains how a set of acceptors can produce that step by  *)
(* voting, and Paxos explains how they do it by exchanging messages.  Each *)
(* implements the one above it.                                            *)
(*                                                                         *)
(* Only safety is specified: nothing here says that a value must           *)
(* eventually be chosen.                                                   *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

(***************************************************************************)
(* Value is the set of values that clients might propose.                  *)
(***************************************************************************)
CONSTANT Value

(***************************************************************************)
(* proposed is the set of values proposed so far; chosen is the set of     *)
(* values chosen so far, which the specification keeps empty or a          *)
(* singleton.                                                              *)
(***************************************************************************)
VARIABLES proposed, chosen

(***************************************************************************)
(* All the variables, for stuttering and UNCHANGED.                        *)
(***************************************************************************)
vars == <<proposed, chosen>>

(***************************************************************************)
(* The type invariant: both variables are sets of values.                  *)
(***************************************************************************)
TypeOK ==
  /\ proposed \subseteq Value
  /\ chosen \subseteq Value

(***************************************************************************)
(* Initially nothing has been proposed and nothing chosen.                 *)
(***************************************************************************)
Init ==
  /\ proposed = {}
  /\ chosen = {}

(***************************************************************************)
(* A client proposes a value v.  The guard v \notin proposed makes every   *)
(* Propose step a real change; proposing a value twice is the same as      *)
(* proposing it once.                                                      *)
(***************************************************************************)
Propose(v) ==
  /\ v \notin proposed
  /\ proposed' = proposed \cup {v}
  /\ UNCHANGED chosen

(***************************************************************************)
(* The system chooses a value.  It may do so only while nothing is chosen  *)
(* (so at most one value ever is), and only among the proposed values (so  *)
(* it never invents one).  Both requirements of consensus are written      *)
(* directly into this one guard.                                           *)
(***************************************************************************)
Choose ==
  /\ chosen = {}
  /\ \E v \in proposed : chosen' = {v}
  /\ UNCHANGED proposed

(***************************************************************************)
(* A step either proposes some value or chooses one.                       *)
(***************************************************************************)
Next ==
  \/ \E v \in Value : Propose(v)
  \/ Choose

(***************************************************************************)
(* The specification: start in Init, and let every step be a Next step or  *)
(* leave both variables unchanged.                                         *)
(***************************************************************************)
Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* The first requirement: at most one value is ever chosen.                *)
(***************************************************************************)
AtMostOneChosen == Cardinality(chosen) <= 1

(***************************************************************************)
(* The second requirement: a chosen value was proposed.                    *)
(***************************************************************************)
OnlyProposedChosen == chosen \subseteq proposed

(***************************************************************************)
(* Both requirements together.                                             *)
(***************************************************************************)
Safety == AtMostOneChosen /\ OnlyProposedChosen
=============================================================================

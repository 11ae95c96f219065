---------------------------- MODULE MCConsensus ----------------------------
(***************************************************************************)
(* A model of the consensus problem itself, with two values.  It has 8     *)
(* reachable states, few enough to list by hand (see spec/README.md), and  *)
(* it checks that the specification meets its own requirements.            *)
(***************************************************************************)
EXTENDS Consensus
=============================================================================

------------------------------ MODULE MCVoting ------------------------------
(***************************************************************************)
(* A model of Voting: three acceptors with majority quorums, two values,   *)
(* ballots 0..2.  It checks Voting's inductive invariant, that what a      *)
(* quorum can show to be safe is safe (the fact Paxos's leaders rely on),  *)
(* and that Voting implements Consensus under the mapping in Voting.       *)
(***************************************************************************)
EXTENDS Voting, Quorums

(***************************************************************************)
(* Three ballots.                                                          *)
(***************************************************************************)
MCBallot == 0..2

(***************************************************************************)
(* Majority quorums: any two of the three acceptors.                       *)
(***************************************************************************)
MCQuorum == MajorityQuorums(Acceptor)
=============================================================================

---------------------------- MODULE MCPaxosTiny ----------------------------
(***************************************************************************)
(* The smallest interesting model of Paxos: three acceptors with majority  *)
(* quorums, one value, two ballots both led by the single proposer, one    *)
(* learner.  With one value Agreement cannot fail, but the model exercises *)
(* every action, the inductive invariant and both refinements, in a        *)
(* fraction of a second.  It is the quick check to run after any edit.     *)
(***************************************************************************)
EXTENDS Paxos

(***************************************************************************)
(* The proposer, a model value named in the definitions below.             *)
(***************************************************************************)
CONSTANT p1

(***************************************************************************)
(* The set of proposers.                                                   *)
(***************************************************************************)
MCProposer == {p1}

(***************************************************************************)
(* Two ballots.                                                            *)
(***************************************************************************)
MCBallot == 0..1

(***************************************************************************)
(* The only proposer owns every ballot.                                    *)
(***************************************************************************)
MCOwner == [b \in MCBallot |-> p1]

(***************************************************************************)
(* Majority quorums: any two of the three acceptors.                       *)
(***************************************************************************)
MCQuorum == MajorityQuorums(Acceptor)
=============================================================================

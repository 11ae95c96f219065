---------------------------- MODULE MCSafePaxos ----------------------------
(***************************************************************************)
(* A model of SafePaxos, the yardstick of trace validation for runs that   *)
(* do not follow Paxos by the book: three acceptors with majority quorums, *)
(* two values, ballots 0..1 and one learner.  It checks that SafePaxos,    *)
(* whose proposers may send any safe value, keeps Paxos's inductive        *)
(* invariant and implements Voting.                                        *)
(***************************************************************************)
EXTENDS SafePaxos

(***************************************************************************)
(* The proposers, model values named in the definitions below.            *)
(***************************************************************************)
CONSTANTS p1, p2

(***************************************************************************)
(* The set of proposers.                                                   *)
(***************************************************************************)
MCProposer == {p1, p2}

(***************************************************************************)
(* Two ballots.                                                            *)
(***************************************************************************)
MCBallot == 0..1

(***************************************************************************)
(* Paxos's owners (SafePaxos lets any proposer lead any ballot).           *)
(***************************************************************************)
MCOwner == [b \in MCBallot |-> IF b = 0 THEN p1 ELSE p2]

(***************************************************************************)
(* Majority quorums: any two of the three acceptors.                       *)
(***************************************************************************)
MCQuorum == MajorityQuorums(Acceptor)
=============================================================================

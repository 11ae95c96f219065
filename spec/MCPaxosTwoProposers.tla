------------------------ MODULE MCPaxosTwoProposers ------------------------
(***************************************************************************)
(* Progress of Paxos with two proposers, p1 owning ballot 0 and p2 owning  *)
(* ballot 1, both fair, and the fair quorum {a1, a2}.  Progress holds: in  *)
(* a model with finitely many ballots the owner of the highest ballot      *)
(* cannot be overtaken, so once it starts its ballot it succeeds.  The     *)
(* dueling proposers' livelock needs ever higher ballots, which no finite  *)
(* model of Paxos has; Dueling.tla shows it on an abstraction that keeps   *)
(* only the order of the ballots (MCDuelingLivelock).                      *)
(***************************************************************************)
EXTENDS Paxos

(***************************************************************************)
(* The proposers and the two acceptors of the quorum that stays up: model  *)
(* values named in the definitions below.                                  *)
(***************************************************************************)
CONSTANTS p1, p2, a1, a2

(***************************************************************************)
(* The set of proposers.                                                   *)
(***************************************************************************)
MCProposer == {p1, p2}

(***************************************************************************)
(* Two ballots.                                                            *)
(***************************************************************************)
MCBallot == 0..1

(***************************************************************************)
(* p1 owns ballot 0, p2 owns ballot 1.                                     *)
(***************************************************************************)
MCOwner == [b \in MCBallot |-> IF b = 0 THEN p1 ELSE p2]

(***************************************************************************)
(* Majority quorums: any two of the three acceptors.                       *)
(***************************************************************************)
MCQuorum == MajorityQuorums(Acceptor)

(***************************************************************************)
(* The quorum whose acceptors stay up and act when they can.               *)
(***************************************************************************)
UpQuorum == {a1, a2}

(***************************************************************************)
(* As in MCPaxosLiveness, for every proposer.                              *)
(***************************************************************************)
Fairness ==
  /\ \A v \in Value : WF_vars(Propose(v))
  /\ \A p \in Proposer, b \in Ballot : WF_vars(Phase1a(p, b))
  /\ \A p \in Proposer, b \in Ballot, v \in Value : WF_vars(Phase2a(p, b, v))
  /\ \A a \in UpQuorum, b \in Ballot : WF_vars(Phase1b(a, b))
  /\ \A a \in UpQuorum, b \in Ballot, v \in Value : WF_vars(Phase2b(a, b, v))

(***************************************************************************)
(* Paxos with the fairness above.                                          *)
(***************************************************************************)
LiveSpec == Spec /\ Fairness

(***************************************************************************)
(* Some value is eventually chosen.                                        *)
(***************************************************************************)
Progress == <>(V!chosen # {})
=============================================================================

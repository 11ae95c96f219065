-------------------------- MODULE MCPaxosLiveness --------------------------
(***************************************************************************)
(* Progress of Paxos: with a single proposer whose actions are fair, and a *)
(* quorum of acceptors that stays up and whose actions are fair, a value   *)
(* is eventually chosen.  Safety never needs fairness; progress does, and  *)
(* only of these: the third acceptor, the learner and the proposer's       *)
(* resending are left free to do anything or nothing.                      *)
(*                                                                         *)
(* The model has three acceptors with majority quorums, two values and two *)
(* ballots, both led by the proposer p1. Restart(a) changes no variable    *)
(* (acceptors keep their state on stable storage), so it is a stuttering   *)
(* step and needs no special treatment: a crash of the quorum that is      *)
(* followed by recovery cannot stop progress, and one that is not is       *)
(* excluded by the fairness of the quorum's actions.                       *)
(***************************************************************************)
EXTENDS Paxos

(***************************************************************************)
(* The proposer and the two acceptors of the quorum that stays up: model   *)
(* values named in the definitions below.                                  *)
(***************************************************************************)
CONSTANTS p1, a1, a2

(***************************************************************************)
(* The set of proposers: p1 alone.                                         *)
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

(***************************************************************************)
(* The quorum whose acceptors stay up and act when they can.               *)
(***************************************************************************)
UpQuorum == {a1, a2}

(***************************************************************************)
(* The fairness the progress argument needs, and no more.  Clients         *)
(* eventually propose (else there is nothing to choose).  The proposer     *)
(* eventually starts every ballot it owns and, once a quorum has answered  *)
(* a ballot, sends its 2a.  Every acceptor of UpQuorum eventually answers  *)
(* a 1a it can still answer and votes for a 2a it can still vote for.      *)
(* Weak fairness suffices: each of these actions, once enabled, stays      *)
(* enabled until it is taken, because no other action disables it except   *)
(* a higher promise, after which the higher ballot carries on.             *)
(***************************************************************************)
Fairness ==
  /\ \A v \in Value : WF_vars(Propose(v))
  /\ \A b \in Ballot : WF_vars(Phase1a(p1, b))
  /\ \A b \in Ballot, v \in Value : WF_vars(Phase2a(p1, b, v))
  /\ \A a \in UpQuorum, b \in Ballot : WF_vars(Phase1b(a, b))
  /\ \A a \in UpQuorum, b \in Ballot, v \in Value : WF_vars(Phase2b(a, b, v))

(***************************************************************************)
(* Paxos with the fairness above.                                          *)
(***************************************************************************)
LiveSpec == Spec /\ Fairness

(***************************************************************************)
(* The progress property: some value is eventually chosen (a quorum votes  *)
(* for it in one ballot), in Voting's terms, which Paxos implements.       *)
(***************************************************************************)
Progress == <>(V!chosen # {})

(***************************************************************************)
(* Once chosen, a value stays chosen: chosen holds from some point on.     *)
(***************************************************************************)
StaysChosen == <>[](V!chosen # {})
=============================================================================

--------------------------- MODULE MCMultiPaxos ----------------------------
(***************************************************************************)
(* A small model of Multi-Paxos: three acceptors with majority quorums,    *)
(* two slots, two ballots led by one proposer, one command, one-command    *)
(* batches (so a slot holds the command or the no-op), one replica.        *)
(*                                                                         *)
(* Multi-Paxos's state space grows fast with the number of messages, so    *)
(* the search is bounded: phase 1 always asks from slot 0, and at most     *)
(* MaxMsgs messages are sent.  Within that bound every action is taken:    *)
(* a leader recovering a vote in one slot and filling the other with the   *)
(* no-op, a command decided in both slots and executed once, snapshots.    *)
(***************************************************************************)
EXTENDS MultiPaxos

(***************************************************************************)
(* The proposer, a model value, and the bound on the number of messages    *)
(* sent.                                                                   *)
(***************************************************************************)
CONSTANTS p1, MaxMsgs

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
(* Majority quorums: any two of the three acceptors.                       *)
(***************************************************************************)
MCQuorum == MajorityQuorums(Acceptor)

(***************************************************************************)
(* Two slots.                                                              *)
(***************************************************************************)
MCSlot == 0..1

(***************************************************************************)
(* The bound on the search.                                                *)
(***************************************************************************)
Bounded ==
  /\ \A m \in msgs : m.type = "1a" => m.from = 0
  /\ Cardinality(msgs) <= MaxMsgs

(***************************************************************************)
(* The refinement of Voting in slot 0 (one Voting instance per slot).      *)
(***************************************************************************)
VotingSpec0 == VS(0)!Spec
(***************************************************************************)
(* The refinement of Voting in slot 1.                                     *)
(***************************************************************************)
VotingSpec1 == VS(1)!Spec
=============================================================================

---------------------------- MODULE MCPaxosSmall ----------------------------
(***************************************************************************)
(* The standard model of Paxos: three acceptors with majority quorums, two *)
(* values, two proposers that take turns owning the ballots 0..3 (each     *)
(* leads two rounds), and one learner.  Two values and competing proposers *)
(* are what make Agreement a real question: a proposer that starts a       *)
(* higher ballot after a value was chosen must discover it and carry it    *)
(* forward.                                                                *)
(***************************************************************************)
EXTENDS Paxos, TLC

(***************************************************************************)
(* The proposers, model values named in the definitions below.             *)
(***************************************************************************)
CONSTANTS p1, p2

(***************************************************************************)
(* The set of proposers.                                                   *)
(***************************************************************************)
MCProposer == {p1, p2}

(***************************************************************************)
(* Four ballots, two rounds for each proposer.                             *)
(***************************************************************************)
MCBallot == 0..3

(***************************************************************************)
(* Ownership alternates: p1 leads the even ballots, p2 the odd ones.       *)
(***************************************************************************)
MCOwner == [b \in MCBallot |-> IF b % 2 = 0 THEN p1 ELSE p2]

(***************************************************************************)
(* Majority quorums: any two of the three acceptors.                       *)
(***************************************************************************)
MCQuorum == MajorityQuorums(Acceptor)

(***************************************************************************)
(* Acceptors are interchangeable (majority quorums treat them alike), and  *)
(* so are values: renaming either maps behaviours to behaviours and keeps  *)
(* every invariant and property true or false alike.  The model checker    *)
(* explores one state of each class of renamings, about twelve times fewer *)
(* states.  Proposers are not interchangeable: Owner tells them apart.     *)
(***************************************************************************)
MCSymmetry == Permutations(Acceptor) \cup Permutations(Value)
=============================================================================

----------------------------- MODULE SafePaxos -----------------------------
(***************************************************************************)
(* Paxos judged by safety alone: the yardstick for an implementation that  *)
(* does not follow Paxos by the book but may still be correct.             *)
(*                                                                         *)
(* Paxos.tla fixes one rule by which a proposer picks the value of its     *)
(* phase 2a message: the value of the highest vote reported by the quorum  *)
(* that answered its 1a.  Other rules are safe too.  A proposer that       *)
(* remembers the highest vote it was ever told of, across all its ballots, *)
(* and proposes it when it is at least as high as anything its current     *)
(* quorum reports, proposes a safe value, although Paxos.tla does not      *)
(* allow that step.  What makes Paxos correct is not the proposer's rule   *)
(* but the fact that every vote is safe: Paxos implements Voting (see      *)
(* Paxos.tla), where an acceptor votes only for a value that no lower      *)
(* ballot can contradict (Voting!SafeAt).                                  *)
(*                                                                         *)
(* This module keeps Paxos's variables and actions, with these changes:   *)
(*   - Phase2a: a 2a message may carry any value that is safe at its       *)
(*     ballot (Voting!SafeAt, on the votes read off the 2b messages),      *)
(*     was proposed, and agrees with every other 2a message of the ballot. *)
(*     How the proposer found that value out is not judged.  The check is  *)
(*     made on the 2a message, not on the votes it asks for, because an    *)
(*     acceptor may vote for any 2a message at or above its promise: an    *)
(*     unsafe 2a makes an unsafe vote possible.                            *)
(*   - Phase1a and Phase2a: any proposer may lead any ballot.  Ownership   *)
(*     of ballots is Paxos's means to one value per ballot; here that is   *)
(*     asked of the 2a messages directly.  Sending a 2a message again is   *)
(*     a stutter step.                                                     *)
(*   - Learn: a learner may learn any value that is chosen (Voting's       *)
(*     chosen, which is Consensus's), however it found out.                *)
(* Every behaviour of Paxos is one of this module: Paxos's Phase2a is a    *)
(* special case, by Paxos!Inv (Msgs2aOK).  Every behaviour of this module  *)
(* refines Voting, by the same argument as for Paxos (Phase2b is a VoteFor *)
(* step because the 2a message it obeys satisfies Msgs2aOK), and so        *)
(* Consensus.  So a trace that this module accepts is safe even when       *)
(* Paxos rejects it, and a trace that it rejects has a step that can lead  *)
(* to two values being chosen (or has one).                                *)
(*                                                                         *)
(* The acceptors' actions are Paxos's own: a 1b message must report the    *)
(* acceptor's real latest vote and a promise must be kept, because the     *)
(* safety of any proposer's rule rests on those reports.                   *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Quorums

(***************************************************************************)
(* The constants of Paxos, with the same meaning (see Paxos.tla).          *)
(***************************************************************************)
CONSTANTS Value, Acceptor, Proposer, Learner, Ballot, Owner, Quorum, None

(***************************************************************************)
(* Paxos's assumptions, restated: the model checker and trace validator    *)
(* check those of the root module and the modules it extends.              *)
(***************************************************************************)
ASSUME ConstantsOK ==
  /\ Ballot \subseteq Nat
  /\ IsFiniteSet(Ballot)
  /\ Quorum \subseteq SUBSET Acceptor
  /\ None \notin Value

ASSUME QuorumsMeet == QuorumsIntersect(Quorum)

(***************************************************************************)
(* The variables of Paxos, with the same meaning.                          *)
(***************************************************************************)
VARIABLES proposed, maxBal, maxVBal, maxVal, msgs, learned

(***************************************************************************)
(* Paxos itself, on the same constants and variables: the actions this     *)
(* module keeps are Paxos's, and the definitions it judges by (Voting's    *)
(* SafeAt and chosen, read through Paxos's refinement mapping) are         *)
(* Paxos's.                                                                *)
(***************************************************************************)
P == INSTANCE Paxos

(***************************************************************************)
(* The type invariant, Agreement and Validity are Paxos's.                 *)
(***************************************************************************)
TypeOK == P!TypeOK
(***************************************************************************)
(* Agreement: no two learned values differ.                                *)
(***************************************************************************)
Agreement == P!Agreement
(***************************************************************************)
(* Validity: only proposed values are learned.                             *)
(***************************************************************************)
Validity == P!Validity
(***************************************************************************)
(* Paxos's inductive invariant holds here too, since it asks of a 2a       *)
(* message only what Phase2a here guarantees (Msgs2aOK): a proposed value, *)
(* safe at its ballot, the only value of its ballot.                       *)
(***************************************************************************)
Inv == P!Inv

(***************************************************************************)
(* The initial state is Paxos's.                                           *)
(***************************************************************************)
Init == P!Init

(***************************************************************************)
(* A client proposes a value, as in Paxos.                                 *)
(***************************************************************************)
Propose(v) == P!Propose(v)

(***************************************************************************)
(* Proposer p sends a 1a message for ballot b, whichever ballot it is.     *)
(***************************************************************************)
Phase1a(p, b) ==
  /\ P!Send([type |-> "1a", bal |-> b])
  /\ UNCHANGED <<proposed, maxBal, maxVBal, maxVal, learned>>

(***************************************************************************)
(* An acceptor joins a ballot and reports its latest vote, as in Paxos.    *)
(***************************************************************************)
Phase1b(a, b) == P!Phase1b(a, b)

(***************************************************************************)
(* Proposer p asks the acceptors to vote for v in ballot b: v was          *)
(* proposed, no ballot below b has chosen or can choose another value, and *)
(* no 2a message of b asks for another value.                              *)
(***************************************************************************)
Phase2a(p, b, v) ==
  /\ v \in proposed
  /\ P!V!SafeAt(b, v)
  /\ \A m \in msgs : (m.type = "2a" /\ m.bal = b) => m.val = v
  /\ P!Send([type |-> "2a", bal |-> b, val |-> v])
  /\ UNCHANGED <<proposed, maxBal, maxVBal, maxVal, learned>>

(***************************************************************************)
(* An acceptor votes as in Paxos: the 2a message it obeys makes the vote a *)
(* VoteFor step of Voting.                                                 *)
(***************************************************************************)
Phase2b(a, b, v) == P!Phase2b(a, b, v)

(***************************************************************************)
(* Learner l learns a value that is chosen.  The ballot b is the one the   *)
(* learner names; the value need not be chosen in it.                      *)
(***************************************************************************)
Learn(l, b, v) ==
  /\ v \notin learned[l]
  /\ v \in P!V!chosen
  /\ learned' = [learned EXCEPT ![l] = @ \cup {v}]
  /\ UNCHANGED <<proposed, maxBal, maxVBal, maxVal, msgs>>

(***************************************************************************)
(* An acceptor restarts with its stable state intact, as in Paxos.         *)
(***************************************************************************)
Restart(a) == P!Restart(a)

(***************************************************************************)
(* A step is a step of one participant.                                    *)
(***************************************************************************)
Next ==
  \/ \E v \in Value : Propose(v)
  \/ \E p \in Proposer, b \in Ballot : Phase1a(p, b)
  \/ \E a \in Acceptor, b \in Ballot : Phase1b(a, b)
  \/ \E p \in Proposer, b \in Ballot, v \in Value : Phase2a(p, b, v)
  \/ \E a \in Acceptor, b \in Ballot, v \in Value : Phase2b(a, b, v)
  \/ \E l \in Learner, b \in Ballot, v \in Value : Learn(l, b, v)
  \/ \E a \in Acceptor : Restart(a)

(***************************************************************************)
(* All the variables.                                                      *)
(***************************************************************************)
vars == <<proposed, maxBal, maxVBal, maxVal, msgs, learned>>

(***************************************************************************)
(* The specification.                                                      *)
(***************************************************************************)
Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* What this module promises: it implements Voting (through Paxos's        *)
(* mapping of votes)                                                    *)
(***************************************************************************)
VotingSpec == P!VotingSpec

(***************************************************************************)
(* ... and so Consensus.                                                   *)
(***************************************************************************)
ConsensusSpec == P!ConsensusSpec

THEOREM Spec => []Inv /\ []Agreement /\ []Validity
THEOREM Spec => VotingSpec
=============================================================================

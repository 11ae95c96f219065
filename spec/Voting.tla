------------------------------- MODULE Voting -------------------------------
(***************************************************************************)
(* How a set of acceptors can choose a value by voting.                    *)
(*                                                                         *)
(* Voting happens in numbered ballots.  In each ballot an acceptor may     *)
(* vote for at most one value, and a value is chosen in a ballot when a    *)
(* quorum of acceptors has voted for it in that ballot.  If that were all, *)
(* two ballots could choose two different values.  The art is in when an   *)
(* acceptor may vote: only for a value that is "safe" in the ballot, one   *)
(* that no lower ballot has chosen or can still choose a different value   *)
(* from.  To make that knowable, an acceptor can promise not to vote in    *)
(* ballots below some number (maxBal); a quorum of such promises freezes   *)
(* the lower ballots.                                                      *)
(*                                                                         *)
(* This module still has no messages: an acceptor voting may look at every *)
(* other acceptor's state.  Its purpose is to isolate the reason Paxos is  *)
(* safe from the mechanics of learning that state.  It implements the      *)
(* module Consensus (see the refinement at the end), and the module Paxos  *)
(* implements it.                                                          *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

(***************************************************************************)
(* Value: the values that may be proposed.  Acceptor: the voters.          *)
(* Quorum: a set of sets of acceptors, any two of which meet.  Ballot: the *)
(* ballot numbers, a finite set of naturals (finite so that models can be  *)
(* checked exhaustively; the algorithm itself works with all of Nat).      *)
(***************************************************************************)
CONSTANTS Value, Acceptor, Quorum, Ballot

(***************************************************************************)
(* The assumption on which safety rests: quorums are sets of acceptors and *)
(* every two of them have an acceptor in common.                           *)
(***************************************************************************)
QuorumAssumption ==
  /\ Quorum \subseteq SUBSET Acceptor
  /\ \A Q1, Q2 \in Quorum : Q1 \cap Q2 # {}

ASSUME QuorumAssumption

(***************************************************************************)
(* Ballot numbers are naturals, so that -1 can stand for "no ballot" and   *)
(* every ballot is greater than it.                                        *)
(***************************************************************************)
ASSUME BallotAssumption == Ballot \subseteq Nat

(***************************************************************************)
(* proposed: the values proposed so far, as in Consensus.                  *)
(* votes[a]: the set of pairs <<b, v>> such that acceptor a has voted for  *)
(* value v in ballot b.                                                    *)
(* maxBal[a]: the ballot below which a has promised never to vote again;   *)
(* -1 before any promise.                                                  *)
(***************************************************************************)
VARIABLES proposed, votes, maxBal

(***************************************************************************)
(* All the variables, for stuttering and UNCHANGED.                        *)
(***************************************************************************)
vars == <<proposed, votes, maxBal>>

(***************************************************************************)
(* The type invariant.                                                     *)
(***************************************************************************)
TypeOK ==
  /\ proposed \subseteq Value
  /\ votes \in [Acceptor -> SUBSET (Ballot \X Value)]
  /\ maxBal \in [Acceptor -> Ballot \cup {-1}]

(***************************************************************************)
(* Acceptor a has voted for value v in ballot b.                           *)
(***************************************************************************)
VotedFor(a, b, v) == <<b, v>> \in votes[a]

(***************************************************************************)
(* Value v is chosen in ballot b: every acceptor of some quorum voted for  *)
(* v in b.                                                                 *)
(***************************************************************************)
ChosenIn(b, v) == \E Q \in Quorum : \A a \in Q : VotedFor(a, b, v)

(***************************************************************************)
(* The values chosen in some ballot.  Consensus requires this set to hold  *)
(* at most one value; this module's invariants are what guarantee it.      *)
(***************************************************************************)
chosen == {v \in Value : \E b \in Ballot : ChosenIn(b, v)}

(***************************************************************************)
(* Acceptor a has cast no vote in ballot b.                                *)
(***************************************************************************)
DidNotVoteIn(a, b) == \A v \in Value : ~ VotedFor(a, b, v)

(***************************************************************************)
(* Acceptor a has not voted in ballot b and never will: it has promised    *)
(* not to vote below maxBal[a], which is above b.  Both facts are stable,  *)
(* since votes are never withdrawn and maxBal never decreases.             *)
(***************************************************************************)
CannotVoteIn(a, b) == maxBal[a] > b /\ DidNotVoteIn(a, b)

(***************************************************************************)
(* No value other than v is chosen in ballot b, nor ever can be: some      *)
(* quorum consists of acceptors each of which either voted for v in b or   *)
(* can no longer vote in b.  Any quorum that chose a value in b would have *)
(* to include one of them (quorums meet), and none of them votes for any   *)
(* value but v in b.                                                       *)
(***************************************************************************)
NoOtherChoosableIn(b, v) ==
  \E Q \in Quorum : \A a \in Q : VotedFor(a, b, v) \/ CannotVoteIn(a, b)

(***************************************************************************)
(* Value v is safe at ballot b: no ballot below b has chosen, or can ever  *)
(* choose, a value other than v.  A vote for v in b can then never help    *)
(* two different values get chosen.  SafeAt(b, v) is stable: once true it  *)
(* stays true, because it is built from stable facts.  Every value is safe *)
(* at the lowest ballot, vacuously.                                        *)
(***************************************************************************)
SafeAt(b, v) == \A c \in Ballot : c < b => NoOtherChoosableIn(c, v)

(***************************************************************************)
(* SafeAt talks about all acceptors and all lower ballots; a leader in     *)
(* Paxos can know only what one quorum Q has told it.  ShowsSafeAt(Q, b,   *)
(* v) is what such a quorum can show: every member has promised not to     *)
(* vote below b, and either none of them voted below b at all (c = -1:     *)
(* then every value is safe), or c is the highest ballot below b in which  *)
(* a member voted and some member voted for v in c.  Given the invariants  *)
(* below, ShowsSafeAt(Q, b, v) implies SafeAt(b, v): ballots between c     *)
(* and b are frozen by Q's promises, ballot c can choose only v (one value *)
(* per ballot), and ballots below c are covered by that vote for v being   *)
(* safe itself.  This implication (ShowsSafety below) is why the leader's  *)
(* rule in Paxos, "take the value of the highest vote reported", works.    *)
(***************************************************************************)
ShowsSafeAt(Q, b, v) ==
  /\ \A a \in Q : maxBal[a] >= b
  /\ \E c \in Ballot \cup {-1} :
       /\ c < b
       /\ (c # -1) => \E a \in Q : VotedFor(a, c, v)
       /\ \A d \in Ballot : (c < d /\ d < b) => \A a \in Q : DidNotVoteIn(a, d)

(***************************************************************************)
(* Initially nothing is proposed, nobody has voted or promised anything.   *)
(***************************************************************************)
Init ==
  /\ proposed = {}
  /\ votes = [a \in Acceptor |-> {}]
  /\ maxBal = [a \in Acceptor |-> -1]

(***************************************************************************)
(* A client proposes value v; the same action as in Consensus.             *)
(***************************************************************************)
Propose(v) ==
  /\ v \notin proposed
  /\ proposed' = proposed \cup {v}
  /\ UNCHANGED <<votes, maxBal>>

(***************************************************************************)
(* Acceptor a promises not to vote in any ballot below b.  Promises only   *)
(* grow (b > maxBal[a]): withdrawing one would undo the stability that     *)
(* CannotVoteIn, and with it SafeAt, depends on.  In Paxos this is the     *)
(* acceptor's answer to a phase 1a message.                                *)
(***************************************************************************)
IncreaseMaxBal(a, b) ==
  /\ b > maxBal[a]
  /\ maxBal' = [maxBal EXCEPT ![a] = b]
  /\ UNCHANGED <<proposed, votes>>

(***************************************************************************)
(* Acceptor a votes for value v in ballot b.  Each guard has a reason:     *)
(*   - v \in proposed: only proposed values may be chosen.                 *)
(*   - maxBal[a] <= b: a keeps its promise.  It has promised not to vote   *)
(*     in any ballot below maxBal[a], so it may vote in b only if b is not *)
(*     below it.                                                           *)
(*   - no acceptor has voted for a different value in b: at most one value *)
(*     per ballot, so a ballot never chooses two values.  (Voting again    *)
(*     for v in b is harmless and changes nothing.)                        *)
(*   - SafeAt(b, v): no lower ballot can choose anything but v.            *)
(* Voting in b also implies the promise for b: maxBal[a] becomes b.        *)
(***************************************************************************)
VoteFor(a, b, v) ==
  /\ v \in proposed
  /\ maxBal[a] <= b
  /\ \A c \in Acceptor, w \in Value : VotedFor(c, b, w) => w = v
  /\ SafeAt(b, v)
  /\ votes' = [votes EXCEPT ![a] = @ \cup {<<b, v>>}]
  /\ maxBal' = [maxBal EXCEPT ![a] = b]
  /\ UNCHANGED proposed

(***************************************************************************)
(* A step is a proposal, a promise or a vote.                              *)
(***************************************************************************)
Next ==
  \/ \E v \in Value : Propose(v)
  \/ \E a \in Acceptor, b \in Ballot : IncreaseMaxBal(a, b)
  \/ \E a \in Acceptor, b \in Ballot, v \in Value : VoteFor(a, b, v)

(***************************************************************************)
(* The specification of voting.                                            *)
(***************************************************************************)
Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Only proposed values receive votes.                                     *)
(***************************************************************************)
VotesProposed ==
  \A a \in Acceptor, b \in Ballot, v \in Value :
    VotedFor(a, b, v) => v \in proposed

(***************************************************************************)
(* An acceptor's votes are in ballots up to its promise.                   *)
(***************************************************************************)
VotesBelowMaxBal ==
  \A a \in Acceptor, b \in Ballot, v \in Value :
    VotedFor(a, b, v) => b <= maxBal[a]

(***************************************************************************)
(* In any one ballot, all votes are for the same value.                    *)
(***************************************************************************)
OneValuePerBallot ==
  \A a1, a2 \in Acceptor, b \in Ballot, v1, v2 \in Value :
    VotedFor(a1, b, v1) /\ VotedFor(a2, b, v2) => v1 = v2

(***************************************************************************)
(* Every vote is for a value that was safe in its ballot.                  *)
(***************************************************************************)
VotesSafe ==
  \A a \in Acceptor, b \in Ballot, v \in Value :
    VotedFor(a, b, v) => SafeAt(b, v)

(***************************************************************************)
(* The inductive invariant: true initially and preserved by every Next     *)
(* step.  OneValuePerBallot and VotesSafe together imply that at most one  *)
(* value is chosen: if v is chosen in b and w in c with b < c, then w was  *)
(* safe at c, so ballot b can choose no value but w, and v = w.            *)
(***************************************************************************)
Inv ==
  /\ TypeOK
  /\ VotesProposed
  /\ VotesBelowMaxBal
  /\ OneValuePerBallot
  /\ VotesSafe

(***************************************************************************)
(* What a quorum can show is indeed safe (a consequence of Inv).           *)
(***************************************************************************)
ShowsSafety ==
  \A Q \in Quorum, b \in Ballot, v \in Value :
    ShowsSafeAt(Q, b, v) => SafeAt(b, v)

(***************************************************************************)
(* The refinement mapping to Consensus: Consensus's variable chosen is     *)
(* implemented by the set chosen defined above, and proposed by proposed.  *)
(* Voting implements Consensus when every behaviour of Spec, seen through  *)
(* this mapping, is a behaviour of Consensus: each Propose step is a       *)
(* Consensus Propose step, the vote that completes a quorum is a Choose    *)
(* step, and every other step leaves chosen and proposed unchanged.        *)
(***************************************************************************)
C == INSTANCE Consensus WITH proposed <- proposed, chosen <- chosen

(***************************************************************************)
(* The refinement theorem, stated as a property for the model checker.     *)
(***************************************************************************)
ConsensusSpec == C!Spec

(***************************************************************************)
(* Consensus's safety requirements, read through the mapping.              *)
(***************************************************************************)
ConsensusSafety == C!Safety

THEOREM Refinement == Spec => C!Spec
=============================================================================

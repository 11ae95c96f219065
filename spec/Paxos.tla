------------------------------- MODULE Paxos -------------------------------
(***************************************************************************)
(* The Paxos consensus algorithm, with processes that communicate only by  *)
(* messages.                                                               *)
(*                                                                         *)
(* Roles.  Four kinds of participant take part; one machine may play       *)
(* several roles.                                                          *)
(*   - A client submits a value to be chosen: action Propose.              *)
(*   - A proposer (the leader of a ballot) runs the ballots it owns: it    *)
(*     starts one with a phase 1a message (Phase1a) and, once a quorum     *)
(*     has answered, asks the acceptors to vote with a phase 2a message    *)
(*     (Phase2a).  Every ballot number belongs to exactly one proposer     *)
(*     (the constant Owner), so two proposers never lead the same ballot.  *)
(*   - An acceptor promises (Phase1b), votes (Phase2b), and may crash and  *)
(*     recover (Restart).                                                  *)
(*   - A learner finds out which value was chosen (Learn).                 *)
(*                                                                         *)
(* The network.  The variable msgs is the set of every message ever sent.  *)
(* Sending adds to it and nothing is ever removed; receiving a message is  *)
(* an action whose guard says the message is in msgs.  Network faults need *)
(* no actions of their own: a lost message is one that no action ever      *)
(* receives, a duplicated message is one received twice (nothing stops an  *)
(* action from being enabled again by the same message), and reordering    *)
(* is the freedom to receive messages in any order.  Since a behaviour     *)
(* with faults is just a behaviour in which fewer, or repeated, receive    *)
(* steps happen, every guarantee proved for this specification (which      *)
(* covers all such behaviours) holds on a lossy, duplicating, reordering   *)
(* network.  Messages are never corrupted or forged: that is the usual     *)
(* non-Byzantine assumption.  These are safety properties only; progress   *)
(* would need assumptions about eventual delivery, not made here.          *)
(*                                                                         *)
(* Crashes.  All of an acceptor's variables (maxBal, maxVBal, maxVal) are  *)
(* kept on stable storage, written before any message that depends on      *)
(* them is sent.  An acceptor that crashes and recovers therefore comes    *)
(* back in exactly the state it left, and a crash-recovery is a step that  *)
(* changes nothing: Restart.  While it is down it simply takes no steps,   *)
(* which any behaviour may do.  An implementation that forgets a promise   *)
(* when it restarts shows up as a Restart step that changes maxBal, which  *)
(* this specification does not allow.                                      *)
(*                                                                         *)
(* Proposers have no variables.  A proposer acts only on messages in msgs, *)
(* so whatever it remembers between steps is a cache of msgs; losing it    *)
(* in a crash loses nothing the specification depends on.  There is one    *)
(* exception an implementation must honour: Phase2a is allowed only if no  *)
(* phase 2a message for the ballot was ever sent.  A proposer that crashes *)
(* and restarts must therefore never reuse a ballot in which it may have   *)
(* sent a 2a message (in practice: record on stable storage the ballots it *)
(* has started, and after a restart start only higher ones).               *)
(*                                                                         *)
(* This module implements the module Voting: see the refinement mapping    *)
(* near the end, where votes are read off the phase 2b messages.           *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Quorums

(***************************************************************************)
(* Value: the values clients may propose.  Acceptor, Proposer, Learner:    *)
(* the participants.  Ballot: the ballot numbers, a finite set of          *)
(* naturals.  Owner[b]: the proposer that owns ballot b, and is the only   *)
(* one allowed to lead it.  Quorum: the quorums, sets of acceptors.  None: *)
(* a value that is not in Value, meaning "no vote yet".                    *)
(***************************************************************************)
CONSTANTS Value, Acceptor, Proposer, Learner, Ballot, Owner, Quorum, None

(***************************************************************************)
(* The types of the constants.  Ballots are naturals, so -1 can mean "no   *)
(* ballot"; there are finitely many; every ballot has exactly one owner;   *)
(* None can be told apart from every real value.                           *)
(***************************************************************************)
ASSUME ConstantsOK ==
  /\ Ballot \subseteq Nat
  /\ IsFiniteSet(Ballot)
  /\ Owner \in [Ballot -> Proposer]
  /\ Quorum \subseteq SUBSET Acceptor
  /\ None \notin Value

(***************************************************************************)
(* The assumption on which the whole algorithm rests: every two quorums    *)
(* have an acceptor in common.                                             *)
(***************************************************************************)
ASSUME QuorumsMeet == QuorumsIntersect(Quorum)

(***************************************************************************)
(* proposed: the values clients have submitted.                            *)
(* maxBal[a]: the highest ballot acceptor a has promised or voted in (-1:  *)
(* none); a will not vote in any ballot below it.                          *)
(* maxVBal[a], maxVal[a]: the ballot and value of a's latest vote (-1 and  *)
(* None: no vote yet).                                                     *)
(* msgs: every message ever sent.                                          *)
(* learned[l]: the values learner l has learned.                           *)
(***************************************************************************)
VARIABLES proposed, maxBal, maxVBal, maxVal, msgs, learned

(***************************************************************************)
(* All the variables, for stuttering and UNCHANGED.                        *)
(***************************************************************************)
vars == <<proposed, maxBal, maxVBal, maxVal, msgs, learned>>

(***************************************************************************)
(* A ballot number, or -1 for "none".                                      *)
(***************************************************************************)
BallotOrNone == Ballot \cup {-1}

(***************************************************************************)
(* The four kinds of message.                                              *)
(*   1a: the owner of ballot bal asks acceptors to join it.                *)
(*   1b: acceptor acc promises to join ballot bal and not to vote below    *)
(*       it, and reports its latest vote: value mval in ballot mbal (-1    *)
(*       and None if it has never voted).                                  *)
(*   2a: the owner of ballot bal asks acceptors to vote for val in bal.    *)
(*   2b: acceptor acc has voted for val in ballot bal.                     *)
(***************************************************************************)
Message ==
       [type : {"1a"}, bal : Ballot]
  \cup [type : {"1b"}, acc : Acceptor, bal : Ballot,
        mbal : BallotOrNone, mval : Value \cup {None}]
  \cup [type : {"2a"}, bal : Ballot, val : Value]
  \cup [type : {"2b"}, acc : Acceptor, bal : Ballot, val : Value]

(***************************************************************************)
(* The type invariant.                                                     *)
(***************************************************************************)
TypeOK ==
  /\ proposed \subseteq Value
  /\ maxBal \in [Acceptor -> BallotOrNone]
  /\ maxVBal \in [Acceptor -> BallotOrNone]
  /\ maxVal \in [Acceptor -> Value \cup {None}]
  /\ \A m \in msgs : m \in Message
  /\ learned \in [Learner -> SUBSET Value]

(***************************************************************************)
(* Initially nothing is proposed, no acceptor has promised or voted, no    *)
(* message has been sent and nothing is learned.                           *)
(***************************************************************************)
Init ==
  /\ proposed = {}
  /\ maxBal = [a \in Acceptor |-> -1]
  /\ maxVBal = [a \in Acceptor |-> -1]
  /\ maxVal = [a \in Acceptor |-> None]
  /\ msgs = {}
  /\ learned = [l \in Learner |-> {}]

(***************************************************************************)
(* Sending message m: adding it to the set of sent messages.  Sending a    *)
(* message that was already sent changes nothing, which is how a resend    *)
(* looks.                                                                  *)
(***************************************************************************)
Send(m) == msgs' = msgs \cup {m}

(***************************************************************************)
(* A client submits value v.  The guard keeps every Propose step a real    *)
(* change; submitting the same value again is a no-op.                     *)
(***************************************************************************)
Propose(v) ==
  /\ v \notin proposed
  /\ proposed' = proposed \cup {v}
  /\ UNCHANGED <<maxBal, maxVBal, maxVal, msgs, learned>>

(***************************************************************************)
(* Proposer p starts ballot b by sending a 1a message.  Only the owner of  *)
(* b may start it (Owner[b] = p), so no two proposers lead one ballot.  It *)
(* may do so at any time, and again: a resend changes nothing.  Nothing    *)
(* else is required, because a 1a message only asks; all the safety is in  *)
(* what acceptors and the leader do with the answers.                      *)
(***************************************************************************)
Phase1a(p, b) ==
  /\ Owner[b] = p
  /\ Send([type |-> "1a", bal |-> b])
  /\ UNCHANGED <<proposed, maxBal, maxVBal, maxVal, learned>>

(***************************************************************************)
(* Acceptor a joins ballot b on receiving its 1a message.  It does so only *)
(* if b is above every ballot it has joined (b > maxBal[a]); by joining it *)
(* promises never to vote in a ballot below b, which is what lets the      *)
(* leader of b rely on its report.  Its answer carries its latest vote,    *)
(* so that the leader learns what might already have been chosen.  The     *)
(* promise goes to stable storage (maxBal) before the 1b is sent.          *)
(***************************************************************************)
Phase1b(a, b) ==
  /\ [type |-> "1a", bal |-> b] \in msgs
  /\ b > maxBal[a]
  /\ maxBal' = [maxBal EXCEPT ![a] = b]
  /\ Send([type |-> "1b", acc |-> a, bal |-> b,
           mbal |-> maxVBal[a], mval |-> maxVal[a]])
  /\ UNCHANGED <<proposed, maxVBal, maxVal, learned>>

(***************************************************************************)
(* The 1b messages for ballot b sent by members of the set of acceptors Q. *)
(* An acceptor joins a ballot at most once, so each member sends at most   *)
(* one of them.                                                            *)
(***************************************************************************)
Msgs1b(b, Q) == {m \in msgs : m.type = "1b" /\ m.bal = b /\ m.acc \in Q}

(***************************************************************************)
(* Whether a 2a message for ballot b has been sent.                        *)
(***************************************************************************)
Sent2a(b) == \E m \in msgs : m.type = "2a" /\ m.bal = b

(***************************************************************************)
(* Value v is the one the leader of ballot b may propose, given the 1b     *)
(* messages S of a quorum: if some of them report a vote, v is the value   *)
(* of the vote with the highest ballot among them (a value that may have   *)
(* been chosen must be carried forward); if none reports a vote, nothing   *)
(* can have been chosen below b and any proposed value will do.  Two       *)
(* reports with the same highest ballot carry the same value, because a    *)
(* ballot has only one 2a message.                                         *)
(***************************************************************************)
AllowedBy1b(S, v) ==
  \/ /\ \A m \in S : m.mbal = -1
     /\ v \in proposed
  \/ \E m \in S :
       /\ m.mbal # -1
       /\ m.mval = v
       /\ \A mm \in S : mm.mbal <= m.mbal

(***************************************************************************)
(* Proposer p asks the acceptors to vote for v in ballot b.  The guards:   *)
(*   - Owner[b] = p: only b's owner leads b.                               *)
(*   - no 2a message for b was sent yet: a ballot gets one value, so that  *)
(*     all votes in it agree.  This is the only thing a proposer must      *)
(*     remember across crashes (see the module comment).                   *)
(*   - every member of some quorum Q has joined b, and v is allowed by     *)
(*     their reports.  Q's promises freeze all ballots below b as far as   *)
(*     Q is concerned, and any value chosen below b had a vote in Q        *)
(*     (quorums meet), so taking the highest reported vote keeps v safe.   *)
(***************************************************************************)
Phase2a(p, b, v) ==
  /\ Owner[b] = p
  /\ ~ Sent2a(b)
  /\ \E Q \in Quorum :
       /\ \A a \in Q : \E m \in Msgs1b(b, Q) : m.acc = a
       /\ AllowedBy1b(Msgs1b(b, Q), v)
  /\ Send([type |-> "2a", bal |-> b, val |-> v])
  /\ UNCHANGED <<proposed, maxBal, maxVBal, maxVal, learned>>

(***************************************************************************)
(* Acceptor a votes for v in ballot b on receiving the 2a message for it.  *)
(* It does so only if it has not joined a higher ballot (b >= maxBal[a]):  *)
(* voting in b after promising some higher ballot's leader not to would    *)
(* break the promise that leader relied on.  Equality is allowed: having   *)
(* joined b is no reason not to vote in it.  (An acceptor need not have    *)
(* joined b at all: a 2a message is enough.)  The vote is                  *)
(* recorded on stable storage (it becomes the latest vote, and counts as a *)
(* promise for b) before the 2b message announces it.                      *)
(***************************************************************************)
Phase2b(a, b, v) ==
  /\ [type |-> "2a", bal |-> b, val |-> v] \in msgs
  /\ b >= maxBal[a]
  /\ maxBal' = [maxBal EXCEPT ![a] = b]
  /\ maxVBal' = [maxVBal EXCEPT ![a] = b]
  /\ maxVal' = [maxVal EXCEPT ![a] = v]
  /\ Send([type |-> "2b", acc |-> a, bal |-> b, val |-> v])
  /\ UNCHANGED <<proposed, learned>>

(***************************************************************************)
(* Learner l learns v once every member of some quorum has sent a 2b for v *)
(* in the same ballot b: v is then chosen (in the sense of Voting), and    *)
(* stays chosen.  The guard v \notin learned[l] keeps every Learn step a   *)
(* real change.                                                            *)
(***************************************************************************)
Learn(l, b, v) ==
  /\ v \notin learned[l]
  /\ \E Q \in Quorum :
       \A a \in Q : [type |-> "2b", acc |-> a, bal |-> b, val |-> v] \in msgs
  /\ learned' = [learned EXCEPT ![l] = @ \cup {v}]
  /\ UNCHANGED <<proposed, maxBal, maxVBal, maxVal, msgs>>

(***************************************************************************)
(* Acceptor a crashes and recovers.  Everything an acceptor knows is on    *)
(* stable storage, so it recovers exactly the state it had: the step       *)
(* changes nothing.  It is an action of its own so that an                 *)
(* implementation's restarts can be matched against it, and so that a      *)
(* restart that loses state (for example, forgets maxBal) is caught as an  *)
(* illegal step.                                                           *)
(***************************************************************************)
Restart(a) == UNCHANGED vars

(***************************************************************************)
(* A step of the algorithm is a step of one participant.                   *)
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
(* The specification of Paxos.  It can never deadlock: Restart (and the    *)
(* resending of a 1a) is always enabled.                                   *)
(***************************************************************************)
Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Agreement: no two learners, and no learner at two times, learn          *)
(* different values.                                                       *)
(***************************************************************************)
Agreement ==
  \A l1, l2 \in Learner :
    \A v1 \in learned[l1], v2 \in learned[l2] : v1 = v2

(***************************************************************************)
(* Validity: only a value some client proposed can be learned.             *)
(***************************************************************************)
Validity == \A l \in Learner : learned[l] \subseteq proposed

(***************************************************************************)
(* The votes, as Voting sees them: acceptor a has voted for v in b exactly *)
(* when it has sent a 2b message saying so.  An acceptor sends its 2b in   *)
(* the same step in which it votes, so this loses nothing.                 *)
(***************************************************************************)
votes ==
  [a \in Acceptor |->
     {<<m.bal, m.val>> : m \in {mm \in msgs : mm.type = "2b" /\ mm.acc = a}}]

(***************************************************************************)
(* The refinement mapping.  Paxos implements Voting with proposed and      *)
(* maxBal as they are and votes read off the 2b messages.  Seen through    *)
(* it, Propose is Voting's Propose, Phase1b is IncreaseMaxBal, Phase2b is  *)
(* VoteFor (or a stutter, when it repeats a vote already cast), and        *)
(* Phase1a, Phase2a, Learn and Restart change none of Voting's variables.  *)
(* The interesting obligation is Phase2b: its 2a message must guarantee    *)
(* VoteFor's guards, which is what the invariant Inv below records.        *)
(***************************************************************************)
V == INSTANCE Voting
       WITH proposed <- proposed, votes <- votes, maxBal <- maxBal

(***************************************************************************)
(* The refinement theorem, stated as a property for the model checker.     *)
(***************************************************************************)
VotingSpec == V!Spec

(***************************************************************************)
(* Composing with Voting's own refinement: Paxos implements Consensus,     *)
(* where a value is chosen once a quorum has voted for it in one ballot.   *)
(***************************************************************************)
ConsensusSpec == V!C!Spec

(***************************************************************************)
(* An acceptor's stable state is consistent with the votes it has sent:    *)
(* its latest vote is one of them and no vote is later, it has voted at    *)
(* all exactly when maxVBal is not -1, and it never voted above maxBal.    *)
(***************************************************************************)
AcceptorStateOK ==
  \A a \in Acceptor :
    /\ maxVBal[a] <= maxBal[a]
    /\ IF maxVBal[a] = -1
         THEN /\ maxVal[a] = None
              /\ votes[a] = {}
         ELSE <<maxVBal[a], maxVal[a]>> \in votes[a]
    /\ \A vt \in votes[a] : vt[1] <= maxVBal[a]

(***************************************************************************)
(* A 1b message tells the truth, and stays true: its sender has joined its *)
(* ballot, the vote it reports was really cast (or it had none), and the   *)
(* sender did not and never will vote in a ballot strictly between the     *)
(* reported vote and the 1b's ballot.                                      *)
(***************************************************************************)
Msgs1bOK ==
  \A m \in msgs :
    m.type = "1b" =>
      /\ m.bal <= maxBal[m.acc]
      /\ m.mbal < m.bal
      /\ IF m.mbal = -1
           THEN m.mval = None
           ELSE <<m.mbal, m.mval>> \in votes[m.acc]
      /\ \A c \in Ballot : (m.mbal < c /\ c < m.bal) => V!DidNotVoteIn(m.acc, c)

(***************************************************************************)
(* A 2a message asks for a vote that Voting would allow: its value was     *)
(* proposed and is safe at its ballot, and it is the only 2a message of    *)
(* its ballot.                                                             *)
(***************************************************************************)
Msgs2aOK ==
  \A m \in msgs :
    m.type = "2a" =>
      /\ m.val \in proposed
      /\ V!SafeAt(m.bal, m.val)
      /\ \A mm \in msgs : (mm.type = "2a" /\ mm.bal = m.bal) => mm.val = m.val

(***************************************************************************)
(* A 2b message answers the 2a message of its ballot, with its value, and  *)
(* its sender's latest vote is at least as recent.                         *)
(***************************************************************************)
Msgs2bOK ==
  \A m \in msgs :
    m.type = "2b" =>
      /\ [type |-> "2a", bal |-> m.bal, val |-> m.val] \in msgs
      /\ m.bal <= maxVBal[m.acc]

(***************************************************************************)
(* Whatever a learner has learned is chosen.                               *)
(***************************************************************************)
LearnedChosen ==
  \A l \in Learner : learned[l] \subseteq V!chosen

(***************************************************************************)
(* The inductive invariant: every reachable state satisfies it, and every  *)
(* Next step from a state satisfying it leads to a state satisfying it.    *)
(* It implies Agreement (learned values are chosen, and Voting's invariant *)
(* allows at most one chosen value) and Validity (chosen values are        *)
(* proposed).  V!Inv is Voting's invariant read through the mapping.       *)
(***************************************************************************)
Inv ==
  /\ TypeOK
  /\ AcceptorStateOK
  /\ Msgs1bOK
  /\ Msgs2aOK
  /\ Msgs2bOK
  /\ LearnedChosen
  /\ V!Inv

THEOREM Spec => []Inv /\ []Agreement /\ []Validity
THEOREM Spec => VotingSpec
=============================================================================

------------------------------ MODULE Dueling ------------------------------
(***************************************************************************)
(* Why Paxos needs a single leader, or backoff, to make progress: two      *)
(* proposers that keep starting higher ballots can preempt each other for  *)
(* ever, each new ballot overtaking the other's before it is chosen.       *)
(*                                                                         *)
(* Paxos.tla cannot show this in a finite model.  Its state only grows     *)
(* (messages are never removed, promises only rise), so with a finite set  *)
(* of ballots every behaviour reaches the highest ballot, whose owner then *)
(* cannot be preempted and, if its actions and a quorum's are fair,        *)
(* succeeds (MCPaxosTwoProposers checks that).  The livelock needs ever    *)
(* higher ballots.  This module abstracts the ballot numbers away and      *)
(* keeps only their order, which is all the duel depends on: a new ballot  *)
(* is higher than every earlier one, acceptors promise the highest ballot  *)
(* they have seen, and a 2a is voted for only by acceptors that have not   *)
(* promised a higher ballot.  The state space is then finite, and the duel *)
(* is a cycle in it.                                                       *)
(***************************************************************************)
EXTENDS Naturals

(***************************************************************************)
(* Proposer: the proposers.  Backoff: whether a proposer waits, rather     *)
(* than start a ballot of its own, while another proposer's ballot is the  *)
(* highest and still in progress (what randomised backoff or a leader      *)
(* election achieves in practice).  None: no proposer.                     *)
(***************************************************************************)
CONSTANTS Proposer, Backoff, None

(***************************************************************************)
(* Backoff is a boolean, and None is not a proposer.                       *)
(***************************************************************************)
ASSUME Backoff \in BOOLEAN /\ None \notin Proposer

(***************************************************************************)
(* phase[p] is where proposer p's current ballot is: "idle" (none yet),    *)
(* "one" (1a sent, waiting for a quorum of 1b), "two" (a quorum promised,  *)
(* 2a sent, waiting for a quorum of 2b).  top is the proposer whose ballot *)
(* is the highest started so far; promised is the proposer whose ballot a  *)
(* quorum of acceptors promised last (None for none yet).  chosen: a value *)
(* has been chosen.                                                        *)
(***************************************************************************)
VARIABLES phase, top, promised, chosen

(***************************************************************************)
(* All the variables, for stuttering and UNCHANGED.                        *)
(***************************************************************************)
vars == <<phase, top, promised, chosen>>

(***************************************************************************)
(* The type of each variable.                                              *)
(***************************************************************************)
TypeOK ==
  /\ phase \in [Proposer -> {"idle", "one", "two"}]
  /\ top \in Proposer \cup {None}
  /\ promised \in Proposer \cup {None}
  /\ chosen \in BOOLEAN

(***************************************************************************)
(* No ballot has been started, none promised, nothing chosen.              *)
(***************************************************************************)
Init ==
  /\ phase = [p \in Proposer |-> "idle"]
  /\ top = None
  /\ promised = None
  /\ chosen = FALSE

(***************************************************************************)
(* Proposer p starts a ballot higher than every ballot so far (Paxos's     *)
(* Phase1a), when it has none yet or its ballot was overtaken.  Without    *)
(* backoff it does so at once; with backoff, not while another proposer's  *)
(* ballot is the highest.                                                  *)
(***************************************************************************)
StartBallot(p) ==
  /\ ~chosen
  /\ phase[p] = "idle" \/ top # p
  /\ Backoff => top \in {None, p}
  /\ top' = p
  /\ phase' = [phase EXCEPT ![p] = "one"]
  /\ UNCHANGED <<promised, chosen>>

(***************************************************************************)
(* A quorum promises p's ballot (Phase1b by a quorum), which it can only   *)
(* while that ballot is still the highest: otherwise the acceptors that    *)
(* saw the higher 1a ignore p's.  p then sends its 2a (Phase2a).           *)
(***************************************************************************)
Promise(p) ==
  /\ phase[p] = "one"
  /\ top = p
  /\ promised' = p
  /\ phase' = [phase EXCEPT ![p] = "two"]
  /\ UNCHANGED <<top, chosen>>

(***************************************************************************)
(* A quorum votes for p's 2a (Phase2b by a quorum), which it can only      *)
(* while the ballot it last promised is p's: a quorum that promised a      *)
(* higher ballot refuses the vote.  The value is then chosen.              *)
(***************************************************************************)
Accept(p) ==
  /\ phase[p] = "two"
  /\ promised = p
  /\ chosen' = TRUE
  /\ UNCHANGED <<phase, top, promised>>

(***************************************************************************)
(* Each step is one proposer's: a new ballot, a quorum's promise to its    *)
(* ballot, or a quorum's votes for its 2a.                                 *)
(***************************************************************************)
Next == \E p \in Proposer : StartBallot(p) \/ Promise(p) \/ Accept(p)

(***************************************************************************)
(* Every proposer and the quorum act when they can: weak fairness of each  *)
(* action of each proposer.                                                *)
(***************************************************************************)
Fairness ==
  \A p \in Proposer :
    WF_vars(StartBallot(p)) /\ WF_vars(Promise(p)) /\ WF_vars(Accept(p))

(***************************************************************************)
(* The specification: the initial state, the steps, and the fairness of    *)
(* every proposer.                                                         *)
(***************************************************************************)
Spec == Init /\ [][Next]_vars /\ Fairness

(***************************************************************************)
(* Progress: a value is eventually chosen.                                 *)
(***************************************************************************)
Progress == <>chosen
=============================================================================

------------------------- MODULE MCMultiPaxosSkip --------------------------
(***************************************************************************)
(* A negative model: acceptors whose 1b reports their vote in the first    *)
(* slot asked about only, skipping their votes in the slots after it.  A   *)
(* new leader then sees no vote in slot 1, proposes the no-op there, and   *)
(* the no-op is chosen in a slot where the command was chosen before:      *)
(* Agreement must fail.  Replicas play no part in it, so there are none.   *)
(***************************************************************************)
EXTENDS MCMultiPaxos

(***************************************************************************)
(* Phase1b with the bug: only the votes in slot m.from are reported.       *)
(***************************************************************************)
SkippingPhase1b(a, b) ==
  /\ b > maxBal[a]
  /\ \E m \in msgs :
       /\ m.type = "1a"
       /\ m.bal = b
       /\ maxBal' = [maxBal EXCEPT ![a] = b]
       /\ Send([type |-> "1b", acc |-> a, bal |-> b, from |-> m.from,
                votes |-> {t \in VotesFrom(a, m.from) : t[1] = m.from}])
  /\ UNCHANGED <<requests, maxVBal, maxVal, decided, next, applied, reached>>

(***************************************************************************)
(* The next-state relation with the bug (replicas play no part).           *)
(***************************************************************************)
SkippingNext ==
  \/ \E c \in Command : Request(c)
  \/ \E p \in Proposer, b \in Ballot, f \in Slot : Phase1a(p, b, f)
  \/ \E a \in Acceptor, b \in Ballot : SkippingPhase1b(a, b)
  \/ \E p \in Proposer, b \in Ballot, s \in Slot, v \in Batch : Phase2a(p, b, s, v)
  \/ \E a \in Acceptor, b \in Ballot, s \in Slot, v \in Batch : Phase2b(a, b, s, v)

(***************************************************************************)
(* The specification with the bug.                                         *)
(***************************************************************************)
SkippingSpec == Init /\ [][SkippingNext]_vars
=============================================================================

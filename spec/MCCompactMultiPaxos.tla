------------------------ MODULE MCCompactMultiPaxos ------------------------
(***************************************************************************)
(* CompactMultiPaxos implements MultiPaxos, checked on a small model.      *)
(*                                                                         *)
(* The compacted state forgets what MultiPaxos keeps, so the refinement    *)
(* mapping cannot be a function of it alone.  As usual for such a proof,   *)
(* history variables are added: each step of CompactMultiPaxos also        *)
(* records, on the side, what MultiPaxos would remember (every message,    *)
(* every vote, the sequence of commands each replica executed, every       *)
(* snapshot).  They only observe: no step of CompactMultiPaxos reads them. *)
(* The model then checks that every step is a step of MultiPaxos under     *)
(* the mapping (the property MPSpec), and that the session tables and the  *)
(* snapshots of the compacted state are what the recorded history says.    *)
(*                                                                         *)
(* The model: three acceptors with majority quorums, one proposer leading  *)
(* ballots 0 and 1, two slots, one client with two requests, one-command   *)
(* batches, one replica.  As in MCMultiPaxos, phase 1 always asks from     *)
(* slot 0 and at most MaxMsgs messages are sent.                           *)
(***************************************************************************)
EXTENDS CompactMultiPaxos, TLC

(***************************************************************************)
(* The proposer, a model value, and the bound on the number of messages.   *)
(***************************************************************************)
CONSTANTS p1, MaxMsgs

(***************************************************************************)
(* The history variables: MultiPaxos's msgs, maxVBal, maxVal, applied and  *)
(* reached.                                                                *)
(***************************************************************************)
VARIABLES hmsgs, hmaxVBal, hmaxVal, happlied, hreached

(***************************************************************************)
(* The history variables, for stuttering steps.                            *)
(***************************************************************************)
hvars == <<hmsgs, hmaxVBal, hmaxVal, happlied, hreached>>

(***************************************************************************)
(* What a replica learned, as MultiPaxos's decided: a value or None for    *)
(* every slot.                                                             *)
(***************************************************************************)
Decided == [r \in Replica |-> [s \in Slot |-> IF s \in DOMAIN learned[r] THEN learned[r][s] ELSE None]]

(***************************************************************************)
(* The commands issued.                                                    *)
(***************************************************************************)
Requests == {c \in Command : c[2] <= issued[c[1]]}

(***************************************************************************)
(* MultiPaxos, on the compacted state and the history variables.           *)
(***************************************************************************)
MP == INSTANCE MultiPaxos
        WITH requests <- Requests, maxVBal <- hmaxVBal, maxVal <- hmaxVal, msgs <- hmsgs,
             decided <- Decided, applied <- happlied, reached <- hreached

(***************************************************************************)
(* The initial state, with the histories empty.                            *)
(***************************************************************************)
MCInit ==
  /\ Init
  /\ hmsgs = {}
  /\ hmaxVBal = [a \in Acceptor |-> [s \in Slot |-> -1]]
  /\ hmaxVal = [a \in Acceptor |-> [s \in Slot |-> None]]
  /\ happlied = [r \in Replica |-> <<>>]
  /\ hreached = {<<0, <<>>>>}

(***************************************************************************)
(* The session table of a sequence of executed commands: per client, its   *)
(* highest request number there.                                           *)
(***************************************************************************)
SessionsOf(sq) ==
  [c \in Client |->
     LET ns == {sq[i][2] : i \in {j \in DOMAIN sq : sq[j][1] = c}}
     IN  IF ns = {} THEN 0 ELSE CHOOSE n \in ns : \A k \in ns : k <= n]

(***************************************************************************)
(* The executed sequence a replica takes on when it installs or recovers   *)
(* the snapshot of n slots: the recorded one with its session table.       *)
(***************************************************************************)
Restored(n, st) == (CHOOSE h \in hreached : h[1] = n /\ SessionsOf(h[2]) = st)[2]

(***************************************************************************)
(* A step of CompactMultiPaxos, and what the history variables record.     *)
(***************************************************************************)
MCNext ==
  \/ /\ \E c \in Client : Request(c)
     /\ UNCHANGED hvars
  \/ \E p \in Proposer, b \in Ballot, f \in Slot :
       /\ Phase1a(p, b, f)
       /\ hmsgs' = hmsgs \cup {[type |-> "1a", bal |-> b, from |-> f]}
       /\ UNCHANGED <<hmaxVBal, hmaxVal, happlied, hreached>>
  \/ \E a \in Acceptor, b \in Ballot :
       /\ Phase1b(a, b)
       /\ \E m \in msgs1' \ msgs1 :
            hmsgs' = hmsgs \cup {[type |-> "1b", acc |-> a, bal |-> b, from |-> m.from, votes |-> MP!VotesFrom(a, m.from)]}
       /\ UNCHANGED <<hmaxVBal, hmaxVal, happlied, hreached>>
  \/ \E p \in Proposer, b \in Ballot, s \in Slot, v \in Batch :
       /\ Phase2a(p, b, s, v)
       /\ hmsgs' = hmsgs \cup {[type |-> "2a", bal |-> b, slot |-> s, val |-> v]}
       /\ UNCHANGED <<hmaxVBal, hmaxVal, happlied, hreached>>
  \/ \E a \in Acceptor, b \in Ballot, s \in Slot, v \in Batch :
       /\ Phase2b(a, b, s, v)
       /\ hmsgs' = hmsgs \cup {[type |-> "2b", acc |-> a, bal |-> b, slot |-> s, val |-> v]}
       /\ hmaxVBal' = [hmaxVBal EXCEPT ![a][s] = b]
       /\ hmaxVal' = [hmaxVal EXCEPT ![a][s] = v]
       /\ UNCHANGED <<happlied, hreached>>
  \/ /\ \E r \in Replica, s \in Slot, v \in Batch : Learn(r, s, v)
     /\ UNCHANGED hvars
  \/ \E r \in Replica, s \in Slot :
       /\ Execute(r, s)
       /\ happlied' = [happlied EXCEPT ![r] = @ \o MP!NewCommands(@, learned[r][s])]
       /\ hreached' = hreached \cup {<<s + 1, happlied'[r]>>}
       /\ UNCHANGED <<hmsgs, hmaxVBal, hmaxVal>>
  \/ \E r \in Replica, n \in Slot \cup {Cardinality(Slot)} :
       /\ InstallSnapshot(r, n) \/ Recover(r, n)
       /\ happlied' = [happlied EXCEPT ![r] = Restored(n, session'[r])]
       /\ UNCHANGED <<hmsgs, hmaxVBal, hmaxVal, hreached>>
  \/ /\ \E a \in Acceptor : Restart(a)
     /\ UNCHANGED hvars
  \/ /\ \E n \in Slot \cup {Cardinality(Slot)} : Compact(n)
     /\ UNCHANGED hvars

(***************************************************************************)
(* The specification with the history variables.                           *)
(***************************************************************************)
MCSpec == MCInit /\ [][MCNext]_<<vars, hvars>>

(***************************************************************************)
(* The refinement: CompactMultiPaxos implements MultiPaxos.                *)
(***************************************************************************)
MPSpec == MP!Spec

(***************************************************************************)
(* Each replica's session table is the one of the commands it executed,    *)
(* and those are exactly the commands at or below their client's session: *)
(* skipping by request number is skipping what was executed.              *)
(***************************************************************************)
SessionsMatch ==
  \A r \in Replica :
    /\ session[r] = SessionsOf(happlied[r])
    /\ \A c \in Command : c[2] <= session[r][c[1]] => MP!Holds(happlied[r], c)

(***************************************************************************)
(* Every snapshot kept is the session table of a recorded snapshot of the  *)
(* same number of slots.                                                   *)
(***************************************************************************)
ReachedMatch ==
  \A st \in reached : \E h \in hreached : h[1] = st[1] /\ SessionsOf(h[2]) = st[2]

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
(* Two requests per client.                                                *)
(***************************************************************************)
MCRequestNumber == 1..2

(***************************************************************************)
(* The bound on the search.                                                *)
(***************************************************************************)
Bounded ==
  /\ \A m \in msgs1 : m.type = "1a" => m.from = 0
  /\ Cardinality(hmsgs) <= MaxMsgs
=============================================================================

-------------------------- MODULE CompactMultiPaxos --------------------------
(***************************************************************************)
(* Multi-Paxos with a compacted log: the algorithm of MultiPaxos.tla, with *)
(* a state that stays the same size however long the log grows.           *)
(*                                                                         *)
(* MultiPaxos.tla keeps history: every message ever sent, every vote of    *)
(* every slot, the sequence of every command a replica executed, and every *)
(* snapshot ever reached.  That makes it easy to read and to check on     *)
(* small models, but a behaviour of a million steps carries all of it.     *)
(* This module says what the replicas and acceptors really keep:           *)
(*                                                                         *)
(*  - The state machine's state instead of the sequence of commands        *)
(*    executed.  A command is a pair <<client, request number>>, a client  *)
(*    has one request outstanding at a time, and the state keeps, per      *)
(*    client, the highest request number executed (its session).  A        *)
(*    command whose number is not above its client's session was executed *)
(*    before and is skipped: exactly once, with one number per client.     *)
(*                                                                         *)
(*  - A compaction point `low`.  A snapshot of the state after slots       *)
(*    0 .. n-1 stands for those slots: any replica that needs them installs *)
(*    the snapshot.  Once one exists, Compact(n) forgets everything about  *)
(*    the slots below n: their votes, their 2a and 2b messages, and the    *)
(*    older snapshots.  No leader proposes below `low`; that is what makes *)
(*    forgetting the votes there safe (a 1b no longer reports them).       *)
(*                                                                         *)
(*  - The phase-2 messages by slot, `msgs2[s]`, so that what a step looks   *)
(*    at is the traffic of one slot, not of the whole run.  The phase-1    *)
(*    messages (1a, 1b) are few, one round per ballot, and are kept.       *)
(*                                                                         *)
(* Memory is then bounded by the slots between `low` and the highest slot *)
(* in use (the window of slots in flight and the distance between          *)
(* snapshots), the number of clients, and the number of ballots started.  *)
(* MCCompactMultiPaxos.tla checks that this module implements             *)
(* MultiPaxos.tla: with history variables added for what is forgotten,    *)
(* every step is a step of MultiPaxos, so its properties (per-slot         *)
(* agreement, prefix consistency, exactly once, one Voting instance per   *)
(* slot) hold here too.  Long runs of the implementation are validated    *)
(* against this module.                                                    *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Sequences, TLC, Quorums

(***************************************************************************)
(* Client: the clients.  RequestNumber: the request numbers, 1 .. K.       *)
(* The others are MultiPaxos's: Acceptor, Proposer, Replica, Ballot (a     *)
(* finite set of naturals), Owner[b] (the proposer that leads ballot b),   *)
(* Quorum, Slot (the log positions 0 .. N-1), MaxBatch (the most commands *)
(* a slot holds), None (no value).                                         *)
(***************************************************************************)
CONSTANTS
  Client,
  RequestNumber,
  Acceptor,
  Proposer,
  Replica,
  Ballot,
  Owner,
  Quorum,
  Slot,
  MaxBatch,
  None

ASSUME ConstantsOK ==
  /\ RequestNumber \subseteq Nat \ {0}
  /\ Ballot \subseteq Nat
  /\ IsFiniteSet(Ballot)
  /\ Owner \in [Ballot -> Proposer]
  /\ Quorum \subseteq SUBSET Acceptor
  /\ Slot \subseteq Nat
  /\ MaxBatch \in Nat

ASSUME QuorumsMeet == QuorumsIntersect(Quorum)

(***************************************************************************)
(* The commands: request number n of client c is <<c, n>>.                 *)
(***************************************************************************)
Command == Client \X RequestNumber

(***************************************************************************)
(* The values a slot can hold: batches of at most MaxBatch commands.  The  *)
(* empty batch <<>> is the no-op.                                          *)
(***************************************************************************)
Batch == UNION {[1..n -> Command] : n \in 0..MaxBatch}

(***************************************************************************)
(* A ballot, or -1 for none.                                               *)
(***************************************************************************)
BallotOrNone == Ballot \cup {-1}

(***************************************************************************)
(* A vote as a 1b message reports it: slot, ballot, value.                 *)
(***************************************************************************)
VoteReport == Slot \X Ballot \X Batch

(***************************************************************************)
(* A session table: per client, the highest request number executed (0:   *)
(* none).  It is the state of the state machine as far as this module     *)
(* needs one; the key-value map itself is a function of it.                *)
(***************************************************************************)
Sessions == [Client -> {0} \cup RequestNumber]

(***************************************************************************)
(* Function f with x mapped to y, x added to its domain if need be (with   *)
(* TLC's :> and @@: the function x :> y, and f elsewhere).                 *)
(***************************************************************************)
Put(f, x, y) == IF x \in DOMAIN f THEN [f EXCEPT ![x] = y] ELSE (x :> y) @@ f

(***************************************************************************)
(* Function f restricted to the arguments from n on.                       *)
(***************************************************************************)
From(f, n) == [z \in {x \in DOMAIN f : x >= n} |-> f[z]]

(***************************************************************************)
(* The function with an empty domain.                                      *)
(***************************************************************************)
Nothing == [z \in {} |-> None]

(***************************************************************************)
(* issued[c]: the number of requests client c issued.  maxBal[a]: the one *)
(* promise of acceptor a.  vote[a][s] = <<b, v>>: a's latest vote in slot  *)
(* s, for the slots from low on where a voted.  msgs1: the 1a and 1b       *)
(* messages.  msgs2[s]: the 2a and 2b messages about slot s (without their *)
(* slot), for the slots from low on that have any.  learned[r][s]: the     *)
(* value replica r learned in slot s and has not executed yet.  next[r]:   *)
(* how many slots r executed.  session[r]: r's session table.  reached:    *)
(* the snapshots <<n, sessions>> that exist, from low on.  low: the        *)
(* compaction point.                                                       *)
(***************************************************************************)
VARIABLES
  issued,     \* issued[c]: how many requests client c issued
  maxBal,     \* maxBal[a]: the highest ballot acceptor a joined, for every slot
  vote,       \* vote[a][s]: <<ballot, value>> of a's latest vote in slot s >= low
  msgs1,      \* the 1a and 1b messages
  msgs2,      \* msgs2[s]: the 2a and 2b messages of slot s >= low
  learned,    \* learned[r][s]: the value replica r learned in slot s, not executed yet
  next,       \* next[r]: the number of slots replica r executed
  session,    \* session[r]: r's session table, the state of its state machine
  reached,    \* the snapshots <<n, sessions>> that exist, n >= low
  low         \* the slots below low are compacted

(***************************************************************************)
(* All the variables, for stuttering steps.                                *)
(***************************************************************************)
vars == <<issued, maxBal, vote, msgs1, msgs2, learned, next, session, reached, low>>

(***************************************************************************)
(* The messages of phase 1: a 1a asks every acceptor to join ballot bal    *)
(* for the slots from `from` on; a 1b answers it with the acceptor's votes *)
(* there.                                                                  *)
(***************************************************************************)
Message1 ==
       [type : {"1a"}, bal : Ballot, from : Slot]
  \cup [type : {"1b"}, acc : Acceptor, bal : Ballot, from : Slot, votes : SUBSET VoteReport]

(***************************************************************************)
(* The messages of phase 2, as msgs2[s] holds them (their slot is s): a 2a *)
(* asks for a vote for val; a 2b is such a vote.                           *)
(***************************************************************************)
Message2 ==
       [type : {"2a"}, bal : Ballot, val : Batch]
  \cup [type : {"2b"}, acc : Acceptor, bal : Ballot, val : Batch]

(***************************************************************************)
(* The type invariant.                                                     *)
(***************************************************************************)
TypeOK ==
  /\ issued \in [Client -> {0} \cup RequestNumber]
  /\ maxBal \in [Acceptor -> BallotOrNone]
  /\ \A a \in Acceptor :
       /\ DOMAIN vote[a] \subseteq {s \in Slot : s >= low}
       /\ \A s \in DOMAIN vote[a] : vote[a][s] \in Ballot \X Batch
  /\ msgs1 \subseteq Message1
  /\ DOMAIN msgs2 \subseteq {s \in Slot : s >= low}
  /\ \A s \in DOMAIN msgs2 : msgs2[s] \subseteq Message2
  /\ \A r \in Replica :
       /\ DOMAIN learned[r] \subseteq {s \in Slot : s >= next[r]}
       /\ \A s \in DOMAIN learned[r] : learned[r][s] \in Batch
  /\ next \in [Replica -> 0..Cardinality(Slot)]
  /\ session \in [Replica -> Sessions]
  /\ \A st \in reached : st[1] >= low /\ st[2] \in Sessions
  /\ low \in 0..Cardinality(Slot)

(***************************************************************************)
(* Nothing issued, promised, voted, sent, learned or executed; the empty   *)
(* state machine is the one snapshot.                                      *)
(***************************************************************************)
Init ==
  /\ issued = [c \in Client |-> 0]
  /\ maxBal = [a \in Acceptor |-> -1]
  /\ vote = [a \in Acceptor |-> Nothing]
  /\ msgs1 = {}
  /\ msgs2 = Nothing
  /\ learned = [r \in Replica |-> Nothing]
  /\ next = [r \in Replica |-> 0]
  /\ session = [r \in Replica |-> [c \in Client |-> 0]]
  /\ reached = {<<0, [c \in Client |-> 0]>>}
  /\ low = 0

(***************************************************************************)
(* Sending phase-1 message m.                                              *)
(***************************************************************************)
Send1(m) == msgs1' = msgs1 \cup {m}

(***************************************************************************)
(* Sending phase-2 message m about slot s.                                 *)
(***************************************************************************)
Send2(s, m) == msgs2' = Put(msgs2, s, IF s \in DOMAIN msgs2 THEN msgs2[s] \cup {m} ELSE {m})

(***************************************************************************)
(* Whether some snapshot shows client c's request number n executed.  The  *)
(* snapshot at `low` is always kept, and a session only grows along the    *)
(* log, so a request executed in a compacted slot still shows.             *)
(***************************************************************************)
Answered(c, n) == \E st \in reached : st[2][c] >= n

(***************************************************************************)
(* Client c issues its next request, once the one before was executed (a  *)
(* replica executed it and answered; the client waits for that answer).    *)
(* One request outstanding per client is what lets a session table stand   *)
(* for every command executed.                                             *)
(***************************************************************************)
Request(c) ==
  /\ issued[c] + 1 \in RequestNumber
  /\ issued[c] = 0 \/ Answered(c, issued[c])
  /\ issued' = [issued EXCEPT ![c] = @ + 1]
  /\ UNCHANGED <<maxBal, vote, msgs1, msgs2, learned, next, session, reached, low>>

(***************************************************************************)
(* Proposer p starts ballot b, for every slot from slot f on, as in        *)
(* MultiPaxos.                                                             *)
(***************************************************************************)
Phase1a(p, b, f) ==
  /\ Owner[b] = p
  /\ Send1([type |-> "1a", bal |-> b, from |-> f])
  /\ UNCHANGED <<issued, maxBal, vote, msgs2, learned, next, session, reached, low>>

(***************************************************************************)
(* Acceptor a's votes in the slots from f on, as reports.  Those below     *)
(* low are forgotten; no leader proposes there.                            *)
(***************************************************************************)
VotesFrom(a, f) ==
  {<<s, vote[a][s][1], vote[a][s][2]>> : s \in {x \in DOMAIN vote[a] : x >= f}}

(***************************************************************************)
(* Acceptor a joins ballot b, for every slot at once, and reports its      *)
(* votes in the slots the 1a asks about, as in MultiPaxos.                 *)
(***************************************************************************)
Phase1b(a, b) ==
  /\ b > maxBal[a]
  /\ \E m \in msgs1 :
       /\ m.type = "1a"
       /\ m.bal = b
       /\ maxBal' = [maxBal EXCEPT ![a] = b]
       /\ Send1([type |-> "1b", acc |-> a, bal |-> b, from |-> m.from, votes |-> VotesFrom(a, m.from)])
  /\ UNCHANGED <<issued, vote, msgs2, learned, next, session, reached, low>>

(***************************************************************************)
(* Whether a 2a message for slot s in ballot b has been sent.  For a slot  *)
(* from low on, msgs2[s] holds every 2a ever sent for it.                  *)
(***************************************************************************)
Sent2a(b, s) == s \in DOMAIN msgs2 /\ \E m \in msgs2[s] : m.type = "2a" /\ m.bal = b

(***************************************************************************)
(* The values a leader may propose in a slot no vote constrains: a batch   *)
(* of issued commands, or the no-op.                                       *)
(***************************************************************************)
Proposable(v) == \A i \in DOMAIN v : v[i][2] <= issued[v[i][1]]

(***************************************************************************)
(* Value v is allowed in slot s by the 1b messages S of a quorum, as in    *)
(* MultiPaxos.                                                             *)
(***************************************************************************)
AllowedBy1b(S, s, v) ==
  LET R == {t \in UNION {m.votes : m \in S} : t[1] = s}
  IN  \/ /\ R = {}
         /\ Proposable(v)
      \/ \E t \in R :
           /\ t[3] = v
           /\ \A u \in R : u[2] <= t[2]

(***************************************************************************)
(* The leader of ballot b proposes v in slot s, as in MultiPaxos, and only *)
(* in a slot that is not compacted: the votes below low are forgotten, so  *)
(* a quorum's 1b messages no longer say what is safe there.                *)
(***************************************************************************)
Phase2a(p, b, s, v) ==
  /\ Owner[b] = p
  /\ s >= low
  /\ ~ Sent2a(b, s)
  /\ \E Q \in Quorum :
       LET S == {m \in msgs1 : m.type = "1b" /\ m.bal = b /\ m.acc \in Q /\ m.from <= s}
       IN  /\ \A a \in Q : \E m \in S : m.acc = a
           /\ AllowedBy1b(S, s, v)
  /\ Send2(s, [type |-> "2a", bal |-> b, val |-> v])
  /\ UNCHANGED <<issued, maxBal, vote, msgs1, learned, next, session, reached, low>>

(***************************************************************************)
(* Acceptor a votes for v in slot s, ballot b, as in MultiPaxos.           *)
(***************************************************************************)
Phase2b(a, b, s, v) ==
  /\ s \in DOMAIN msgs2
  /\ [type |-> "2a", bal |-> b, val |-> v] \in msgs2[s]
  /\ b >= maxBal[a]
  /\ maxBal' = [maxBal EXCEPT ![a] = b]
  /\ vote' = [vote EXCEPT ![a] = Put(@, s, <<b, v>>)]
  /\ Send2(s, [type |-> "2b", acc |-> a, bal |-> b, val |-> v])
  /\ UNCHANGED <<issued, msgs1, learned, next, session, reached, low>>

(***************************************************************************)
(* Value v is chosen in slot s: a quorum voted for it in one ballot.  Only *)
(* the ballots of the slot's 2b messages can be that ballot.               *)
(***************************************************************************)
ChosenIn(s, v) ==
  /\ s \in DOMAIN msgs2
  /\ \E b \in {m.bal : m \in msgs2[s]}, Q \in Quorum :
       \A a \in Q : [type |-> "2b", acc |-> a, bal |-> b, val |-> v] \in msgs2[s]

(***************************************************************************)
(* Replica r learns that v is chosen in slot s, as in MultiPaxos.          *)
(***************************************************************************)
Learn(r, s, v) ==
  /\ s >= next[r]
  /\ s \notin DOMAIN learned[r]
  /\ ChosenIn(s, v)
  /\ learned' = [learned EXCEPT ![r] = Put(@, s, v)]
  /\ UNCHANGED <<issued, maxBal, vote, msgs1, msgs2, next, session, reached, low>>

(***************************************************************************)
(* The session table st after executing batch v: each command whose       *)
(* request number is above its client's session is executed (the session  *)
(* moves to it); the others were executed before and are skipped.         *)
(***************************************************************************)
Apply(st, v) ==
  LET F[i \in 0..Len(v)] ==
        IF i = 0 THEN st
        ELSE IF v[i][2] > F[i-1][v[i][1]] THEN [F[i-1] EXCEPT ![v[i][1]] = v[i][2]] ELSE F[i-1]
  IN  F[Len(v)]

(***************************************************************************)
(* Replica r executes slot s, the next one, as in MultiPaxos.  The state   *)
(* it reaches is a snapshot that stands for slots 0 .. s, kept unless it   *)
(* is below low (a replica that learned slots before they were compacted   *)
(* may still execute them).                                                *)
(***************************************************************************)
Execute(r, s) ==
  /\ s = next[r]
  /\ s \in DOMAIN learned[r]
  /\ session' = [session EXCEPT ![r] = Apply(@, learned[r][s])]
  /\ next' = [next EXCEPT ![r] = s + 1]
  /\ learned' = [learned EXCEPT ![r] = From(@, s + 1)]
  /\ reached' = IF s + 1 >= low THEN reached \cup {<<s + 1, session'[r]>>} ELSE reached
  /\ UNCHANGED <<issued, maxBal, vote, msgs1, msgs2, low>>

(***************************************************************************)
(* Replica r installs the snapshot of slots 0 .. n-1, further than it got, *)
(* as in MultiPaxos.                                                       *)
(***************************************************************************)
InstallSnapshot(r, n) ==
  /\ n > next[r]
  /\ \E st \in reached :
       /\ st[1] = n
       /\ session' = [session EXCEPT ![r] = st[2]]
  /\ next' = [next EXCEPT ![r] = n]
  /\ learned' = [learned EXCEPT ![r] = From(@, n)]
  /\ UNCHANGED <<issued, maxBal, vote, msgs1, msgs2, reached, low>>

(***************************************************************************)
(* Replica r restarts from its own snapshot of slots 0 .. n-1, as in       *)
(* MultiPaxos; it must be one that still exists (n >= low).                *)
(***************************************************************************)
Recover(r, n) ==
  /\ n <= next[r]
  /\ \E st \in reached :
       /\ st[1] = n
       /\ session' = [session EXCEPT ![r] = st[2]]
  /\ next' = [next EXCEPT ![r] = n]
  /\ learned' = [learned EXCEPT ![r] = Nothing]
  /\ UNCHANGED <<issued, maxBal, vote, msgs1, msgs2, reached, low>>

(***************************************************************************)
(* Acceptor a crashes and recovers from stable storage: nothing changes.   *)
(***************************************************************************)
Restart(a) == UNCHANGED vars

(***************************************************************************)
(* Compaction: a snapshot of slots 0 .. n-1 exists, so the slots below n   *)
(* are decided and any replica can get past them by installing it.         *)
(* Everything about them is forgotten: the acceptors' votes, their 2a and *)
(* 2b messages, the snapshots before n.  Forgetting is always safe (it     *)
(* only disables steps: a leader can no longer propose below n, a replica *)
(* can no longer learn there); an implementation compacts once no one      *)
(* needs those slots any more.                                             *)
(***************************************************************************)
Compact(n) ==
  /\ n > low
  /\ \E st \in reached : st[1] = n
  /\ low' = n
  /\ vote' = [a \in Acceptor |-> From(vote[a], n)]
  /\ msgs2' = From(msgs2, n)
  /\ reached' = {st \in reached : st[1] >= n}
  /\ UNCHANGED <<issued, maxBal, msgs1, learned, next, session>>

(***************************************************************************)
(* A step of the algorithm is a step of one participant, or compaction.    *)
(***************************************************************************)
Next ==
  \/ \E c \in Client : Request(c)
  \/ \E p \in Proposer, b \in Ballot, f \in Slot : Phase1a(p, b, f)
  \/ \E a \in Acceptor, b \in Ballot : Phase1b(a, b)
  \/ \E p \in Proposer, b \in Ballot, s \in Slot, v \in Batch : Phase2a(p, b, s, v)
  \/ \E a \in Acceptor, b \in Ballot, s \in Slot, v \in Batch : Phase2b(a, b, s, v)
  \/ \E r \in Replica, s \in Slot, v \in Batch : Learn(r, s, v)
  \/ \E r \in Replica, s \in Slot : Execute(r, s)
  \/ \E r \in Replica, n \in Slot \cup {Cardinality(Slot)} : InstallSnapshot(r, n)
  \/ \E r \in Replica, n \in Slot \cup {Cardinality(Slot)} : Recover(r, n)
  \/ \E a \in Acceptor : Restart(a)
  \/ \E n \in Slot \cup {Cardinality(Slot)} : Compact(n)

(***************************************************************************)
(* The specification.                                                      *)
(***************************************************************************)
Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties of the compacted state itself; the properties of the         *)
(* algorithm follow from the refinement of MultiPaxos (see                 *)
(* MCCompactMultiPaxos.tla).                                               *)
(***************************************************************************)

(***************************************************************************)
(* The values voted for in slot s (from low on).                           *)
(***************************************************************************)
VotedIn(s) == {m.val : m \in {x \in msgs2[s] : x.type = "2b"}}

(***************************************************************************)
(* Per-slot Agreement over the slots not compacted: at most one value is   *)
(* chosen in each.                                                         *)
(***************************************************************************)
Agreement ==
  \A s \in DOMAIN msgs2 : Cardinality({v \in VotedIn(s) : ChosenIn(s, v)}) <= 1

(***************************************************************************)
(* Snapshots agree: replicas that executed the same number of slots are in *)
(* the same state, so no two snapshots kept have the same number of slots. *)
(* This is prefix consistency for a state machine.                         *)
(***************************************************************************)
SnapshotsAgree ==
  Cardinality({st[1] : st \in reached}) = Cardinality(reached)

(***************************************************************************)
(* The state is bounded by the compaction point: nothing below low is      *)
(* kept (the votes, the phase-2 messages and the snapshots are all about   *)
(* slots in low .. N), and a snapshot of low is.                           *)
(***************************************************************************)
Compacted ==
  LET Kept == low .. Cardinality(Slot)
      ns == {st[1] : st \in reached}
  IN  /\ \A a \in Acceptor : DOMAIN vote[a] \subseteq Kept
      /\ DOMAIN msgs2 \subseteq Kept
      /\ ns \subseteq Kept
      /\ low \in ns
=============================================================================

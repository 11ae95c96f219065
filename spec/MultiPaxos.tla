----------------------------- MODULE MultiPaxos -----------------------------
(***************************************************************************)
(* Multi-Paxos for state machine replication.                              *)
(*                                                                         *)
(* The replicated log is a sequence of slots, and each slot is an instance *)
(* of Paxos (spec/Paxos.tla).  What makes it Multi-Paxos is that the       *)
(* instances share their ballots and their promises: an acceptor has one   *)
(* maxBal for every slot, so a leader runs phase 1 once, for all slots at  *)
(* once, and then decides slot after slot with phase 2 alone.  The 1b      *)
(* message therefore reports the acceptor's votes in every slot (from the  *)
(* slot the leader asks about on), and the leader must propose, in every   *)
(* slot a report mentions, the value of the highest vote reported there.   *)
(* In a slot no report mentions, it proposes a batch of client commands,   *)
(* or the no-op (the empty batch) to fill a gap.                           *)
(*                                                                         *)
(* A slot's value is a batch: a sequence of client commands.  Replicas     *)
(* learn each slot's value, then execute the slots strictly in slot order. *)
(* The state of the replicated state machine is a function of the          *)
(* sequence of commands executed, so `applied[r]`, that sequence, stands   *)
(* for it.  A command decided in two slots (a client's retry) is executed  *)
(* once: executing a slot skips the commands already executed.             *)
(*                                                                         *)
(* Snapshots.  A replica may install the state another replica reached    *)
(* after executing slots 0 .. n-1: the pair <<n, applied>> of that moment. *)
(* Since replicas execute the same decided values in the same order, every *)
(* replica that executed n slots has the same applied sequence, so such a  *)
(* pair stands for the decided prefix 0 .. n-1; `reached` records every    *)
(* such pair.  A replica that installs one needs neither the votes nor the *)
(* decided values of the slots below n, which is what lets it compact its *)
(* log.                                                                    *)
(*                                                                         *)
(* Acceptors crash and recover from stable storage (Restart), as in Paxos; *)
(* replicas crash and restart from their last snapshot (Recover).         *)
(* The network is the set `msgs` of messages ever sent: a message may be   *)
(* received any number of times, or never, and in any order.               *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Sequences, Quorums

(***************************************************************************)
(* Command: the client requests (each stands for one client and one of its *)
(* request numbers). Acceptor, Proposer, Replica: the participants.        *)
(* Ballot: the ballot numbers, a finite set of naturals; Owner[b]: the     *)
(* proposer that leads ballot b. Quorum: the quorums. Slot: the log        *)
(* positions 0 .. N-1. MaxBatch: the most commands one slot holds. None:   *)
(* no value.                                                               *)
(***************************************************************************)
CONSTANTS
  Command,     \* the client requests (each stands for a client and its request number)
  Acceptor,
  Proposer,
  Replica,
  Ballot,      \* a finite set of natural numbers
  Owner,       \* Owner[b]: the proposer that leads ballot b
  Quorum,
  Slot,        \* the log positions: 0 .. N-1
  MaxBatch,    \* the most commands a slot holds
  None

ASSUME ConstantsOK ==
  /\ Ballot \subseteq Nat
  /\ IsFiniteSet(Ballot)
  /\ Owner \in [Ballot -> Proposer]
  /\ Quorum \subseteq SUBSET Acceptor
  /\ Slot \subseteq Nat
  /\ MaxBatch \in Nat

ASSUME QuorumsMeet == QuorumsIntersect(Quorum)

(***************************************************************************)
(* The values a slot can hold: batches of at most MaxBatch distinct        *)
(* commands.  The empty batch <<>> is the no-op.                           *)
(***************************************************************************)
Batch == UNION {[1..n -> Command] : n \in 0..MaxBatch}

(***************************************************************************)
(* The no-op: the empty batch, which a new leader proposes to fill a gap.  *)
(***************************************************************************)
Noop == <<>>

(***************************************************************************)
(* requests: the commands clients issued. maxBal[a]: the one promise of    *)
(* acceptor a, for every slot. maxVBal[a][s], maxVal[a][s]: a's latest     *)
(* vote in slot s (-1 and None: none). msgs: every message ever sent.      *)
(* decided[r][s]: the value replica r learned in slot s and has not        *)
(* executed yet. next[r]: how many slots r executed. applied[r]: the       *)
(* commands r executed, in order. reached: every pair <<n, applied>> some  *)
(* replica reached, the snapshots that exist.                              *)
(***************************************************************************)
VARIABLES
  requests,   \* the commands clients have issued
  maxBal,     \* maxBal[a]: the highest ballot acceptor a joined, for every slot
  maxVBal,    \* maxVBal[a][s]: the ballot of a's latest vote in slot s, or -1
  maxVal,     \* maxVal[a][s]: the value of that vote, or None
  msgs,       \* every message ever sent
  decided,    \* decided[r][s]: the value replica r learned in slot s and has not executed yet, or None
  next,       \* next[r]: the number of slots replica r executed (slots 0 .. next[r]-1)
  applied,    \* applied[r]: the commands replica r executed, in order
  reached     \* every <<n, applied>> some replica reached: the snapshots that exist

(***************************************************************************)
(* All the variables, for stuttering steps.                                *)
(***************************************************************************)
vars == <<requests, maxBal, maxVBal, maxVal, msgs, decided, next, applied, reached>>

(***************************************************************************)
(* A ballot, or -1 for none.                                               *)
(***************************************************************************)
BallotOrNone == Ballot \cup {-1}

(***************************************************************************)
(* A vote as a 1b message reports it: slot, ballot, value.                 *)
(***************************************************************************)
VoteReport == Slot \X Ballot \X Batch

(***************************************************************************)
(* The messages. A 1a asks every acceptor to join ballot bal for the slots *)
(* from `from` on; a 1b answers it with the acceptor's votes there; a 2a   *)
(* asks for a vote for val in slot `slot`; a 2b is such a vote.            *)
(***************************************************************************)
Message ==
       [type : {"1a"}, bal : Ballot, from : Slot]
  \cup [type : {"1b"}, acc : Acceptor, bal : Ballot, from : Slot, votes : SUBSET VoteReport]
  \cup [type : {"2a"}, bal : Ballot, slot : Slot, val : Batch]
  \cup [type : {"2b"}, acc : Acceptor, bal : Ballot, slot : Slot, val : Batch]

(***************************************************************************)
(* The commands of a sequence, as a set.                                   *)
(***************************************************************************)
Range(sq) == {sq[i] : i \in DOMAIN sq}

(***************************************************************************)
(* Whether command c is in sequence sq: c \in Range(sq), said without      *)
(* building the set (a replica's sequence holds every command it ever      *)
(* executed, and a checker would build that set again at every Execute).   *)
(***************************************************************************)
Holds(sq, c) == \E i \in DOMAIN sq : sq[i] = c

(***************************************************************************)
(* The type invariant.                                                     *)
(***************************************************************************)
TypeOK ==
  /\ requests \subseteq Command
  /\ maxBal \in [Acceptor -> BallotOrNone]
  /\ maxVBal \in [Acceptor -> [Slot -> BallotOrNone]]
  /\ maxVal \in [Acceptor -> [Slot -> Batch \cup {None}]]
  /\ \A m \in msgs : m \in Message
  /\ decided \in [Replica -> [Slot -> Batch \cup {None}]]
  /\ next \in [Replica -> 0..Cardinality(Slot)]
  /\ \A r \in Replica : Range(applied[r]) \subseteq Command

(***************************************************************************)
(* Nothing issued, promised, voted, sent, learned or executed; the empty   *)
(* state machine is the one snapshot.                                      *)
(***************************************************************************)
Init ==
  /\ requests = {}
  /\ maxBal = [a \in Acceptor |-> -1]
  /\ maxVBal = [a \in Acceptor |-> [s \in Slot |-> -1]]
  /\ maxVal = [a \in Acceptor |-> [s \in Slot |-> None]]
  /\ msgs = {}
  /\ decided = [r \in Replica |-> [s \in Slot |-> None]]
  /\ next = [r \in Replica |-> 0]
  /\ applied = [r \in Replica |-> <<>>]
  /\ reached = {<<0, <<>>>>}

(***************************************************************************)
(* Sending message m: adding it to msgs.                                   *)
(***************************************************************************)
Send(m) == msgs' = msgs \cup {m}

(***************************************************************************)
(* A client issues request c.                                              *)
(***************************************************************************)
Request(c) ==
  /\ c \notin requests
  /\ requests' = requests \cup {c}
  /\ UNCHANGED <<maxBal, maxVBal, maxVal, msgs, decided, next, applied, reached>>

(***************************************************************************)
(* Proposer p starts ballot b, for every slot from slot f on.  Only b's    *)
(* owner may.  It asks about the slots from f on only: it knows the slots  *)
(* below f to be decided (a leader is told so by the replicas), and it     *)
(* will propose nothing there in b.                                        *)
(***************************************************************************)
Phase1a(p, b, f) ==
  /\ Owner[b] = p
  /\ Send([type |-> "1a", bal |-> b, from |-> f])
  /\ UNCHANGED <<requests, maxBal, maxVBal, maxVal, decided, next, applied, reached>>

(***************************************************************************)
(* Acceptor a's votes in the slots from f on, as reports.                  *)
(***************************************************************************)
VotesFrom(a, f) ==
  {<<s, maxVBal[a][s], maxVal[a][s]>> : s \in {x \in Slot : x >= f /\ maxVBal[a][x] # -1}}

(***************************************************************************)
(* Acceptor a joins ballot b, for every slot at once: b > maxBal[a], as in *)
(* Paxos, and the promise covers every slot.  Its 1b reports its votes in  *)
(* the slots the 1a asks about.                                            *)
(***************************************************************************)
Phase1b(a, b) ==
  /\ b > maxBal[a]
  /\ \E m \in msgs :
       /\ m.type = "1a"
       /\ m.bal = b
       /\ maxBal' = [maxBal EXCEPT ![a] = b]
       /\ Send([type |-> "1b", acc |-> a, bal |-> b, from |-> m.from, votes |-> VotesFrom(a, m.from)])
  /\ UNCHANGED <<requests, maxVBal, maxVal, decided, next, applied, reached>>

(***************************************************************************)
(* Whether a 2a message for slot s in ballot b has been sent.              *)
(***************************************************************************)
Sent2a(b, s) == \E m \in msgs : m.type = "2a" /\ m.bal = b /\ m.slot = s

(***************************************************************************)
(* The values a leader may propose in a slot no vote constrains: a batch   *)
(* of issued commands, or the no-op.                                       *)
(***************************************************************************)
Proposable(v) == Range(v) \subseteq requests

(***************************************************************************)
(* Value v is allowed in slot s by the 1b messages S of a quorum: if some  *)
(* of them report a vote in s, v is the value of the highest such vote     *)
(* (it may have been chosen); if none does, nothing can have been chosen   *)
(* in s below b, and any proposable value will do.                         *)
(***************************************************************************)
AllowedBy1b(S, s, v) ==
  LET R == {t \in UNION {m.votes : m \in S} : t[1] = s}
  IN  \/ /\ R = {}
         /\ Proposable(v)
      \/ \E t \in R :
           /\ t[3] = v
           /\ \A u \in R : u[2] <= t[2]

(***************************************************************************)
(* The leader of ballot b proposes v in slot s.  As in Paxos: only b's     *)
(* owner; one 2a per ballot and slot; every member of a quorum Q joined b, *)
(* with a 1b that covers slot s, and v is allowed by their reports.  One   *)
(* phase 1 serves every slot the 1b messages cover: that is the point of   *)
(* Multi-Paxos.                                                            *)
(***************************************************************************)
Phase2a(p, b, s, v) ==
  /\ Owner[b] = p
  /\ ~ Sent2a(b, s)
  /\ \E Q \in Quorum :
       LET S == {m \in msgs : m.type = "1b" /\ m.bal = b /\ m.acc \in Q /\ m.from <= s}
       IN  /\ \A a \in Q : \E m \in S : m.acc = a
           /\ AllowedBy1b(S, s, v)
  /\ Send([type |-> "2a", bal |-> b, slot |-> s, val |-> v])
  /\ UNCHANGED <<requests, maxBal, maxVBal, maxVal, decided, next, applied, reached>>

(***************************************************************************)
(* Acceptor a votes for v in slot s, ballot b: b >= maxBal[a], the promise *)
(* it made for every slot.                                                 *)
(***************************************************************************)
Phase2b(a, b, s, v) ==
  /\ [type |-> "2a", bal |-> b, slot |-> s, val |-> v] \in msgs
  /\ b >= maxBal[a]
  /\ maxBal' = [maxBal EXCEPT ![a] = b]
  /\ maxVBal' = [maxVBal EXCEPT ![a][s] = b]
  /\ maxVal' = [maxVal EXCEPT ![a][s] = v]
  /\ Send([type |-> "2b", acc |-> a, bal |-> b, slot |-> s, val |-> v])
  /\ UNCHANGED <<requests, decided, next, applied, reached>>

(***************************************************************************)
(* Value v is chosen in slot s: a quorum voted for it in one ballot.       *)
(***************************************************************************)
ChosenIn(s, v) ==
  \E b \in Ballot, Q \in Quorum :
    \A a \in Q : [type |-> "2b", acc |-> a, bal |-> b, slot |-> s, val |-> v] \in msgs

(***************************************************************************)
(* Replica r learns that v is chosen in slot s (from the 2b messages, or   *)
(* from another replica that learned it).  Only slots it has not executed *)
(* yet: the executed ones are in its state machine already.               *)
(***************************************************************************)
Learn(r, s, v) ==
  /\ s >= next[r]
  /\ decided[r][s] = None
  /\ ChosenIn(s, v)
  /\ decided' = [decided EXCEPT ![r][s] = v]
  /\ UNCHANGED <<requests, maxBal, maxVBal, maxVal, msgs, next, applied, reached>>

(***************************************************************************)
(* The commands of batch v that sequence sq does not hold yet, in order.   *)
(***************************************************************************)
NewCommands(sq, v) ==
  LET F[i \in 0..Len(v)] ==
        IF i = 0 THEN <<>>
        ELSE IF Holds(sq, v[i]) \/ Holds(F[i-1], v[i]) THEN F[i-1] ELSE Append(F[i-1], v[i])
  IN  F[Len(v)]

(***************************************************************************)
(* Replica r executes slot s, the next one: its commands, in order, but    *)
(* those it executed before (a retried request decided twice).  Executing *)
(* strictly in slot order is what keeps replicas in step.                  *)
(***************************************************************************)
Execute(r, s) ==
  /\ s = next[r]
  /\ decided[r][s] # None
  /\ applied' = [applied EXCEPT ![r] = @ \o NewCommands(@, decided[r][s])]
  /\ next' = [next EXCEPT ![r] = s + 1]
  /\ decided' = [decided EXCEPT ![r][s] = None]
  /\ reached' = reached \cup {<<s + 1, applied'[r]>>}
  /\ UNCHANGED <<requests, maxBal, maxVBal, maxVal, msgs>>

(***************************************************************************)
(* Replica r installs a snapshot: the state some replica reached after     *)
(* executing slots 0 .. n-1, further than r got.  What r learned below n  *)
(* is dropped with the log it replaces.                                    *)
(***************************************************************************)
InstallSnapshot(r, n) ==
  /\ n > next[r]
  /\ \E st \in reached :
       /\ st[1] = n
       /\ applied' = [applied EXCEPT ![r] = st[2]]
  /\ next' = [next EXCEPT ![r] = n]
  /\ decided' = [decided EXCEPT ![r] = [s \in Slot |-> IF s < n THEN None ELSE @[s]]]
  /\ UNCHANGED <<requests, maxBal, maxVBal, maxVal, msgs, reached>>

(***************************************************************************)
(* Replica r crashes and restarts from the snapshot on its stable storage, *)
(* the state after its first n slots: it forgets what it executed after    *)
(* them and everything it learned.  Going back to an older state of its    *)
(* own is safe: that state was a prefix of the replicated log, and the     *)
(* replica executes the same slots again.                                  *)
(***************************************************************************)
Recover(r, n) ==
  /\ n <= next[r]
  /\ \E st \in reached :
       /\ st[1] = n
       /\ applied' = [applied EXCEPT ![r] = st[2]]
  /\ next' = [next EXCEPT ![r] = n]
  /\ decided' = [decided EXCEPT ![r] = [s \in Slot |-> None]]
  /\ UNCHANGED <<requests, maxBal, maxVBal, maxVal, msgs, reached>>

(***************************************************************************)
(* Acceptor a crashes and recovers from stable storage: its promise and    *)
(* votes were written before any message revealed them, so nothing         *)
(* changes.  A restart that loses state is caught as an illegal step.      *)
(***************************************************************************)
Restart(a) == UNCHANGED vars

(***************************************************************************)
(* A step of the algorithm is a step of one participant.                   *)
(***************************************************************************)
Next ==
  \/ \E c \in Command : Request(c)
  \/ \E p \in Proposer, b \in Ballot, f \in Slot : Phase1a(p, b, f)
  \/ \E a \in Acceptor, b \in Ballot : Phase1b(a, b)
  \/ \E p \in Proposer, b \in Ballot, s \in Slot, v \in Batch : Phase2a(p, b, s, v)
  \/ \E a \in Acceptor, b \in Ballot, s \in Slot, v \in Batch : Phase2b(a, b, s, v)
  \/ \E r \in Replica, s \in Slot, v \in Batch : Learn(r, s, v)
  \/ \E r \in Replica, s \in Slot : Execute(r, s)
  \/ \E r \in Replica, n \in Slot \cup {Cardinality(Slot)} : InstallSnapshot(r, n)
  \/ \E r \in Replica, n \in Slot \cup {Cardinality(Slot)} : Recover(r, n)
  \/ \E a \in Acceptor : Restart(a)

(***************************************************************************)
(* The specification.                                                      *)
(***************************************************************************)
Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties.                                                             *)
(***************************************************************************)

(***************************************************************************)
(* The values voted for in slot s: a value chosen in s is one of them (a   *)
(* quorum voted for it), so the properties below quantify over these      *)
(* instead of over every batch of Batch, which grows as Command^MaxBatch. *)
(***************************************************************************)
VotedIn(s) == {m.val : m \in {x \in msgs : x.type = "2b" /\ x.slot = s}}

(***************************************************************************)
(* Per-slot Agreement: at most one value is chosen in each slot.           *)
(***************************************************************************)
Agreement ==
  \A s \in Slot : \A v1, v2 \in VotedIn(s) : ChosenIn(s, v1) /\ ChosenIn(s, v2) => v1 = v2

(***************************************************************************)
(* Validity: a chosen value holds issued commands only.                    *)
(***************************************************************************)
Validity ==
  \A s \in Slot : \A v \in VotedIn(s) : ChosenIn(s, v) => Proposable(v)

(***************************************************************************)
(* What a replica learned was chosen.                                      *)
(***************************************************************************)
LearnedChosen ==
  \A r \in Replica, s \in Slot : decided[r][s] # None => ChosenIn(s, decided[r][s])

(***************************************************************************)
(* Every replica's executed sequence is a prefix of every other's.         *)
(***************************************************************************)
IsPrefix(x, y) == Len(x) <= Len(y) /\ \A i \in 1..Len(x) : x[i] = y[i]

(***************************************************************************)
(* Every replica's executed sequence is a prefix of every other's: the     *)
(* replicated state machines never diverge.                                *)
(***************************************************************************)
PrefixConsistency ==
  \A r1, r2 \in Replica : IsPrefix(applied[r1], applied[r2]) \/ IsPrefix(applied[r2], applied[r1])

(***************************************************************************)
(* Exactly once: no command is executed twice by a replica, and every      *)
(* executed command was issued.                                            *)
(***************************************************************************)
ExactlyOnce ==
  \A r \in Replica :
    /\ Cardinality(Range(applied[r])) = Len(applied[r])
    /\ Range(applied[r]) \subseteq requests

(***************************************************************************)
(* Snapshots agree: two replicas that executed the same number of slots    *)
(* executed the same commands.                                             *)
(***************************************************************************)
SnapshotsAgree ==
  \A st1, st2 \in reached : st1[1] = st2[1] => st1[2] = st2[2]

-----------------------------------------------------------------------------
(***************************************************************************)
(* Refinement: each slot is an instance of Voting.  Its votes are read off *)
(* the 2b messages of that slot, its proposed values are the values of the *)
(* 2a messages of that slot, and maxBal is the acceptors' one promise.     *)
(***************************************************************************)
VotesIn(s) ==
  [a \in Acceptor |-> {<<m.bal, m.val>> : m \in {mm \in msgs : mm.type = "2b" /\ mm.acc = a /\ mm.slot = s}}]

(***************************************************************************)
(* The values proposed in slot s: those of its 2a messages.                *)
(***************************************************************************)
ProposedIn(s) == {m.val : m \in {mm \in msgs : mm.type = "2a" /\ mm.slot = s}}

(***************************************************************************)
(* Slot s as an instance of Voting.                                        *)
(***************************************************************************)
VS(s) == INSTANCE Voting WITH Value <- Batch, proposed <- ProposedIn(s), votes <- VotesIn(s), maxBal <- maxBal

-----------------------------------------------------------------------------
(***************************************************************************)
(* An inductive invariant, in the shape of Paxos's: what each message      *)
(* kind says about the state, slot by slot, with Voting's invariant for    *)
(* every slot.                                                             *)
(***************************************************************************)
AcceptorStateOK ==
  \A a \in Acceptor, s \in Slot :
    /\ maxVBal[a][s] <= maxBal[a]
    /\ IF maxVBal[a][s] = -1
         THEN maxVal[a][s] = None
         ELSE [type |-> "2b", acc |-> a, bal |-> maxVBal[a][s], slot |-> s, val |-> maxVal[a][s]] \in msgs
    /\ \A m \in msgs : (m.type = "2b" /\ m.acc = a /\ m.slot = s) => m.bal <= maxVBal[a][s]

(***************************************************************************)
(* A 1b message tells the truth: its acceptor joined its ballot, every     *)
(* vote it reports was cast, in a slot it was asked about and below the    *)
(* ballot, and in every slot it was asked about the acceptor did not vote  *)
(* in a ballot between its reported vote and the 1b's ballot.              *)
(***************************************************************************)
Msgs1bOK ==
  \A m \in msgs :
    m.type = "1b" =>
      /\ m.bal <= maxBal[m.acc]
      /\ \A t \in m.votes :
           /\ t[1] >= m.from
           /\ t[2] < m.bal
           /\ [type |-> "2b", acc |-> m.acc, bal |-> t[2], slot |-> t[1], val |-> t[3]] \in msgs
      /\ \A s \in Slot : s >= m.from =>
           \A c \in Ballot :
             (c < m.bal /\ \A t \in m.votes : t[1] = s => t[2] < c) => VS(s)!DidNotVoteIn(m.acc, c)

(***************************************************************************)
(* A 2a message proposes issued commands, a value safe in its slot and     *)
(* ballot, and the only value of its slot and ballot.                      *)
(***************************************************************************)
Msgs2aOK ==
  \A m \in msgs :
    m.type = "2a" =>
      /\ Proposable(m.val)
      /\ VS(m.slot)!SafeAt(m.bal, m.val)
      /\ \A mm \in msgs : (mm.type = "2a" /\ mm.bal = m.bal /\ mm.slot = m.slot) => mm.val = m.val

(***************************************************************************)
(* A 2b message answers a 2a, and its acceptor has joined its ballot.      *)
(***************************************************************************)
Msgs2bOK ==
  \A m \in msgs :
    m.type = "2b" =>
      /\ [type |-> "2a", bal |-> m.bal, slot |-> m.slot, val |-> m.val] \in msgs
      /\ m.bal <= maxBal[m.acc]

(***************************************************************************)
(* The inductive invariant.                                                *)
(***************************************************************************)
Inv ==
  /\ TypeOK
  /\ AcceptorStateOK
  /\ Msgs1bOK
  /\ Msgs2aOK
  /\ Msgs2bOK
  /\ LearnedChosen
  /\ SnapshotsAgree
  /\ \A s \in Slot : VS(s)!Inv

THEOREM Spec => []Inv /\ []Agreement /\ []PrefixConsistency /\ []ExactlyOnce
=============================================================================

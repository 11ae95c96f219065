------------------------- MODULE ReconfigMultiPaxos -------------------------
(***************************************************************************)
(* Multi-Paxos whose acceptors change while the log grows: adding and      *)
(* dropping acceptors, replacing them, changing the quorum system.         *)
(*                                                                         *)
(* The design is Lamport's "alpha" approach, as in "Paxos Made Moderately  *)
(* Complex" and in Lamport, Malkhi and Zhou's "Reconfiguring a State       *)
(* Machine": a configuration change is a command of the replicated log     *)
(* like any other, and a change decided in slot i takes effect in slot     *)
(* i + Alpha.  The configuration of a slot is therefore a function of the  *)
(* log below it, which every participant learns the same way; no separate  *)
(* agreement on configurations is needed.  The price is the window: a      *)
(* leader may propose in slot s only once every slot up to s - Alpha is    *)
(* decided, since one of them may change the configuration of s.  Alpha    *)
(* is thus also the most slots a leader can have in flight (pipelining).   *)
(* The alternative, a stop-sign that closes the log of one configuration   *)
(* and starts a new log for the next (vertical Paxos), needs an external  *)
(* configuration master; the alpha approach keeps the one log of           *)
(* Multi-Paxos and changes one definition: which quorums decide a slot.    *)
(*                                                                         *)
(* A configuration is a set of acceptors with its quorum system (majority  *)
(* or weighted, any family of intersecting sets).  Everything else is      *)
(* Multi-Paxos (spec/MultiPaxos.tla), instantiated here: the actions that  *)
(* do not depend on quorums are MultiPaxos's own.  What differs:           *)
(*                                                                         *)
(*   - ChosenIn(s, v): a quorum of the configuration of slot s voted for   *)
(*     v in one ballot.  A vote of an acceptor outside that configuration *)
(*     (a dropped one, or one not yet added) never counts for s.          *)
(*   - Phase2a: the leader proposes in s only when the configuration of s *)
(*     is settled (every slot up to s - Alpha decided), and it needs the   *)
(*     1b messages of a quorum of that configuration.                      *)
(*                                                                         *)
(* Within one slot the configuration never changes once a 2a was sent for *)
(* it, so each slot is an instance of Paxos with a fixed quorum system,    *)
(* and per-slot Agreement follows as in MultiPaxos, even where the         *)
(* acceptors of neighbouring slots differ.                                 *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Sequences, Quorums

(***************************************************************************)
(* Command, Acceptor, Proposer, Replica, Ballot, Owner, Slot, MaxBatch,    *)
(* None: as in MultiPaxos.  Acceptor is every acceptor that may ever take  *)
(* part.  Config: the configurations' names; Members[c] the acceptors of   *)
(* configuration c and QuorumsOf[c] its quorums.  InitialConfig: the       *)
(* configuration of the first slots.  ChangeTo[x]: for a command x that    *)
(* changes the configuration, the configuration it installs; None for a    *)
(* client request.  Alpha: how many slots after its own a change takes     *)
(* effect.                                                                 *)
(***************************************************************************)
CONSTANTS
  Command,
  Acceptor,
  Proposer,
  Replica,
  Ballot,
  Owner,
  Slot,
  MaxBatch,
  None,
  Config,         \* the configurations' names
  Members,        \* Members[c]: the acceptors of configuration c
  QuorumsOf,      \* QuorumsOf[c]: the quorums of configuration c
  InitialConfig,  \* the configuration of the slots before any change takes effect
  ChangeTo,       \* ChangeTo[x]: the configuration command x installs, or None
  Alpha           \* a change decided in slot i takes effect in slot i + Alpha

ASSUME ReconfigConstantsOK ==
  /\ Alpha \in Nat \ {0}
  /\ Slot = 0..(Cardinality(Slot) - 1)
  /\ InitialConfig \in Config
  /\ Members \in [Config -> SUBSET Acceptor]
  /\ QuorumsOf \in [Config -> SUBSET SUBSET Acceptor]
  /\ ChangeTo \in [Command -> Config \cup {None}]

(***************************************************************************)
(* Every configuration's quorums are sets of its own members, and any two  *)
(* of them meet.  Quorums of different configurations need not meet: that *)
(* is what lets a configuration replace every acceptor of the one before. *)
(***************************************************************************)
ASSUME ConfigurationsOK ==
  \A c \in Config :
    /\ \A Q \in QuorumsOf[c] : Q \subseteq Members[c]
    /\ QuorumsOf[c] # {}
    /\ QuorumsIntersect(QuorumsOf[c])

(***************************************************************************)
(* The variables of MultiPaxos, with the same meaning.                     *)
(***************************************************************************)
VARIABLES requests, maxBal, maxVBal, maxVal, msgs, decided, next, applied, reached

(***************************************************************************)
(* All the variables, for stuttering steps.                                *)
(***************************************************************************)
vars == <<requests, maxBal, maxVBal, maxVal, msgs, decided, next, applied, reached>>

(***************************************************************************)
(* Multi-Paxos, for the actions and definitions that do not depend on the  *)
(* quorums.  Its Quorum constant is given the initial configuration's      *)
(* quorums; none of the definitions used below reads it.                   *)
(***************************************************************************)
MP == INSTANCE MultiPaxos WITH Quorum <- QuorumsOf[InitialConfig]

(***************************************************************************)
(* The values a slot holds: batches of commands, client requests and       *)
(* configuration changes alike.                                            *)
(***************************************************************************)
Batch == MP!Batch

(***************************************************************************)
(* The commands of a sequence, as a set.                                   *)
(***************************************************************************)
Range(sq) == MP!Range(sq)

(***************************************************************************)
(* The type invariant: MultiPaxos's, since the variables are the same.     *)
(***************************************************************************)
TypeOK == MP!TypeOK

(***************************************************************************)
(* The initial state: MultiPaxos's.                                        *)
(***************************************************************************)
Init == MP!Init

(***************************************************************************)
(* The values voted for in slot s.                                         *)
(***************************************************************************)
VotedIn(s) == MP!VotedIn(s)

(***************************************************************************)
(* A batch of issued commands.                                             *)
(***************************************************************************)
Proposable(v) == MP!Proposable(v)

(***************************************************************************)
(* Whether batch v holds a configuration change.                           *)
(***************************************************************************)
HasChange(v) == \E k \in DOMAIN v : ChangeTo[v[k]] # None

(***************************************************************************)
(* The configuration the last change of batch v installs: the commands of  *)
(* a batch execute in order, so the last one wins.                         *)
(***************************************************************************)
LastChange(v) == ChangeTo[v[CHOOSE k \in DOMAIN v : ChangeTo[v[k]] # None /\ \A j \in DOMAIN v : j > k => ChangeTo[v[j]] = None]]

(***************************************************************************)
(* Value v is chosen in slot s under configuration c: a quorum of c voted  *)
(* for it in one ballot.                                                   *)
(***************************************************************************)
ChosenWith(s, v, c) ==
  \E b \in Ballot, Q \in QuorumsOf[c] :
    \A a \in Q : [type |-> "2b", acc |-> a, bal |-> b, slot |-> s, val |-> v] \in msgs

(***************************************************************************)
(* Whether a change decided in slot i is in force in slot s: Alpha slots   *)
(* later.  Settled, below, is the leader's side of the same rule, and the  *)
(* two must agree: a change that took effect sooner than the leader waits *)
(* could change the configuration of a slot after votes were cast in it.  *)
(***************************************************************************)
TakesEffect(i, s) == i + Alpha <= s

(***************************************************************************)
(* What the log says about slot s, given the entries of the slots below it *)
(* (below[i + 1] for slot i): s's configuration, the one installed by the *)
(* last change decided in a slot i with TakesEffect(i, s), or the initial  *)
(* one; and the configuration the change decided in s installs, None if    *)
(* s holds no decided change.  Whether a change was decided in s is judged *)
(* by s's own configuration.                                               *)
(***************************************************************************)
SlotEntry(below, s) ==
  LET changed == {i \in 0..(s - 1) : TakesEffect(i, s) /\ below[i + 1].change # None}
      cfg == IF changed = {}
               THEN InitialConfig
               ELSE below[(CHOOSE i \in changed : \A j \in changed : j <= i) + 1].change
      decidedChanges == {v \in VotedIn(s) : ChosenWith(s, v, cfg) /\ HasChange(v)}
  IN  [cfg |-> cfg, change |-> IF decidedChanges = {} THEN None ELSE LastChange(CHOOSE v \in decidedChanges : TRUE)]

(***************************************************************************)
(* The entries of the slots below s, followed by slot s's.                 *)
(***************************************************************************)
Extend(below, s) == Append(below, SlotEntry(below, s))

(***************************************************************************)
(* Every slot's entry, slot 0 first, built slot after slot: each slot's    *)
(* configuration depends on the decisions of the slots below it only, so  *)
(* one pass over the log computes them all.                                *)
(***************************************************************************)
SlotEntries ==
  LET F[n \in 0..Cardinality(Slot)] == IF n = 0 THEN <<>> ELSE Extend(F[n - 1], n - 1)
  IN  F[Cardinality(Slot)]

(***************************************************************************)
(* CfgOf[s]: the configuration of slot s.  Until every slot i with         *)
(* TakesEffect(i, s) is decided, it may still change; Phase2a waits for    *)
(* that.                                                                   *)
(***************************************************************************)
CfgOf == [s \in Slot |-> SlotEntries[s + 1].cfg]

(***************************************************************************)
(* Value v is chosen in slot s: a quorum of s's configuration voted for it *)
(* in one ballot.                                                          *)
(***************************************************************************)
ChosenIn(s, v) == ChosenWith(s, v, CfgOf[s])

(***************************************************************************)
(* Slot s is decided: some value is chosen in it.                          *)
(***************************************************************************)
Decided(s) == \E v \in VotedIn(s) : ChosenIn(s, v)

(***************************************************************************)
(* The configuration of slot s is settled: every slot whose change could   *)
(* take effect in s is decided, so CfgOf[s] can no longer change.          *)
(***************************************************************************)
Settled(s) == \A i \in Slot : i + Alpha <= s => Decided(i)

(***************************************************************************)
(* The leader of ballot b proposes v in slot s.  As in MultiPaxos, with    *)
(* two differences: the configuration of s must be settled, and the 1b    *)
(* messages come from a quorum of that configuration.                      *)
(***************************************************************************)
Phase2a(p, b, s, v) ==
  /\ Owner[b] = p
  /\ ~ MP!Sent2a(b, s)
  /\ Settled(s)
  /\ \E Q \in QuorumsOf[CfgOf[s]] :
       LET S == {m \in msgs : m.type = "1b" /\ m.bal = b /\ m.acc \in Q /\ m.from <= s}
       IN  /\ \A a \in Q : \E m \in S : m.acc = a
           /\ MP!AllowedBy1b(S, s, v)
  /\ MP!Send([type |-> "2a", bal |-> b, slot |-> s, val |-> v])
  /\ UNCHANGED <<requests, maxBal, maxVBal, maxVal, decided, next, applied, reached>>

(***************************************************************************)
(* Replica r learns that v is chosen in slot s, by s's configuration.      *)
(***************************************************************************)
Learn(r, s, v) ==
  /\ s >= next[r]
  /\ decided[r][s] = None
  /\ ChosenIn(s, v)
  /\ decided' = [decided EXCEPT ![r][s] = v]
  /\ UNCHANGED <<requests, maxBal, maxVBal, maxVal, msgs, next, applied, reached>>

(***************************************************************************)
(* A step: MultiPaxos's, with this module's Phase2a and Learn.  A client   *)
(* request and a configuration change are both issued by Request; an       *)
(* operator asking for a change is a client of the log.  Acceptors answer *)
(* 1a and 2a messages whatever the configuration: their promise and their  *)
(* votes are what they are, and only ChosenIn decides whose votes count.  *)
(***************************************************************************)
Next ==
  \/ \E c \in Command : MP!Request(c)
  \/ \E p \in Proposer, b \in Ballot, f \in Slot : MP!Phase1a(p, b, f)
  \/ \E a \in Acceptor, b \in Ballot : MP!Phase1b(a, b)
  \/ \E p \in Proposer, b \in Ballot, s \in Slot, v \in Batch : Phase2a(p, b, s, v)
  \/ \E a \in Acceptor, b \in Ballot, s \in Slot, v \in Batch : MP!Phase2b(a, b, s, v)
  \/ \E r \in Replica, s \in Slot, v \in Batch : Learn(r, s, v)
  \/ \E r \in Replica, s \in Slot : MP!Execute(r, s)
  \/ \E r \in Replica, n \in Slot \cup {Cardinality(Slot)} : MP!InstallSnapshot(r, n)
  \/ \E r \in Replica, n \in Slot \cup {Cardinality(Slot)} : MP!Recover(r, n)
  \/ \E a \in Acceptor : MP!Restart(a)

(***************************************************************************)
(* The specification.                                                      *)
(***************************************************************************)
Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Per-slot Agreement: at most one value is chosen in each slot by the     *)
(* configuration of that slot.                                             *)
(***************************************************************************)
Agreement ==
  \A s \in Slot : \A v1, v2 \in VotedIn(s) : ChosenIn(s, v1) /\ ChosenIn(s, v2) => v1 = v2

(***************************************************************************)
(* Validity: a chosen value holds issued commands only.                    *)
(***************************************************************************)
Validity ==
  \A s \in Slot : \A v \in VotedIn(s) : ChosenIn(s, v) => Proposable(v)

(***************************************************************************)
(* What a replica learned stays chosen: a later change of configuration    *)
(* never unmakes a decision (which is what a change that took effect      *)
(* without the window would do).                                           *)
(***************************************************************************)
LearnedChosen ==
  \A r \in Replica, s \in Slot : decided[r][s] # None => ChosenIn(s, decided[r][s])

(***************************************************************************)
(* Votes are cast only in slots whose configuration is settled: a 2a, and  *)
(* so a 2b, exists in slot s only once CfgOf[s] can no longer change.      *)
(***************************************************************************)
VotesOnlyWhenSettled ==
  \A m \in msgs : m.type = "2a" => Settled(m.slot)

(***************************************************************************)
(* The replicated state machines never diverge: as in MultiPaxos.          *)
(***************************************************************************)
PrefixConsistency == MP!PrefixConsistency

(***************************************************************************)
(* Every command is executed at most once, and only if issued: as in       *)
(* MultiPaxos.                                                             *)
(***************************************************************************)
ExactlyOnce == MP!ExactlyOnce

(***************************************************************************)
(* Two replicas that executed the same number of slots executed the same   *)
(* commands: as in MultiPaxos.                                             *)
(***************************************************************************)
SnapshotsAgree == MP!SnapshotsAgree

-----------------------------------------------------------------------------
(***************************************************************************)
(* Refinement: each slot is an instance of Consensus, whose proposed       *)
(* values are the values of the slot's 2a messages and whose chosen value *)
(* is the one a quorum of the slot's configuration voted for.             *)
(***************************************************************************)
CS(s) == INSTANCE Consensus WITH Value <- Batch, proposed <- MP!ProposedIn(s), chosen <- {v \in VotedIn(s) : ChosenIn(s, v)}

THEOREM Spec => []Agreement /\ []LearnedChosen /\ []PrefixConsistency /\ []ExactlyOnce /\ \A s \in Slot : CS(s)!Spec
=============================================================================

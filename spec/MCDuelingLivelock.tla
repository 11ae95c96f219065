------------------------- MODULE MCDuelingLivelock -------------------------
(***************************************************************************)
(* Two proposers with no backoff: Progress fails.  The counterexample is   *)
(* the duel, a lasso in which each proposer's new ballot overtakes the     *)
(* other's before a quorum has voted for it.  On the loop each proposer's  *)
(* Promise and Accept are enabled at most intermittently, so weak fairness *)
(* does not force them.                                                    *)
(***************************************************************************)
EXTENDS Dueling

(***************************************************************************)
(* The two proposers, model values the configuration names.                *)
(***************************************************************************)
CONSTANTS p1, p2
=============================================================================

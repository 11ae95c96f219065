------------------------- MODULE MCDuelingBackoff --------------------------
(***************************************************************************)
(* Two proposers with backoff: a proposer does not overtake a ballot in    *)
(* progress, so the first ballot started finishes, and Progress holds.     *)
(***************************************************************************)
EXTENDS Dueling

(***************************************************************************)
(* The two proposers, model values the configuration names.                *)
(***************************************************************************)
CONSTANTS p1, p2
=============================================================================

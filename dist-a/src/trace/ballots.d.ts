/**
 * Ballots as implementations write them: pairs (round, proposer id),
 * compared lexicographically, with rounds that jump (after a NACK a
 * proposer picks a round above the one it was told of).
 *
 * The specification numbers ballots with naturals, each owned by one
 * proposer. A header that declares `"ballots": {"form": "pairs", "ids":
 * ["p1", "p2"]}` lets a log write every ballot as a pair `[round, id]` (or
 * the ITF tuple `{"#tup": [round, id]}`), and -1 (or null) for "none". The
 * pair (r, ids[k]) is the natural `r * ids.length + k`, owned by proposer
 * `ids[k]`: the order of the pairs is the lexicographic one, rounds first,
 * ties broken by the position of the id in `ids` (list the ids in the order
 * your implementation compares them). The header's constants may then leave
 * out `Ballot` and `Owner`: `Ballot` is the set of ballots the log mentions
 * (the set is unbounded: no bound is declared up front), and `Owner` gives
 * each its proposer. Reports print ballots back as pairs.
 *
 * Where ballots are: the parameter `b` of a step; `maxBal` and `maxVBal`
 * (whole, as `{"#map": ...}`, or as entries `maxBal[a1]`); the fields `bal`
 * and `mbal` of the records in `msgs`.
 *
 * @module
 */
import type { TraceHeader, TraceLine } from "./format.js";
/** The declared form of ballots: pairs whose ids are these proposers, in tie-break order. */
export interface BallotPairs {
    readonly ids: readonly string[];
}
/** The ballot form a header declares, or undefined (ballots are naturals). Throws {@link TraceFormatError} for a malformed declaration. */
export declare function ballotFormOf(header: TraceHeader, file: string): BallotPairs | undefined;
/** The natural number of a ballot written as a pair, or -1 for none. */
export declare function encodeBallot(form: BallotPairs, json: unknown, file: string, line: number, what: string): number;
/** A ballot's pair notation, `(round, id)`, or -1. */
export declare function ballotText(form: BallotPairs, b: number): string;
/** A step or init line with every ballot written as a natural; `seen` collects the ballots it mentions. */
export declare function encodeLine(form: BallotPairs, parsed: TraceLine, file: string, line: number, seen?: Set<number>): TraceLine;
/**
 * The header's constants with `Ballot` and `Owner` for pairs: `Ballot`, if
 * given, as a set of pairs, else the ballots the log mentions; `Owner`, if
 * not given, the id of each ballot.
 */
export declare function constantsFor(form: BallotPairs, constants: Readonly<Record<string, unknown>>, seen: ReadonlySet<number>, file: string): Record<string, unknown>;
/**
 * A report's text with ballots in pair notation: the values of the names
 * that hold ballots (`b`, `c`, `bal`, `mbal`, `maxBal[...]`, `maxVBal[...]`)
 * written `name = N` or `name |-> N`, and "the step gives N, the log says M"
 * after such a name.
 */
export declare function renotate(form: BallotPairs, text: string): string;
/** Every string of a JSON-like value passed through {@link renotate}; params named `b` become pair text too. */
export declare function renotateAll<T>(form: BallotPairs, x: T): T;

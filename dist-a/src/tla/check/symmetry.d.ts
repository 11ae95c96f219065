import type { Loc } from "../syntax/ast.js";
import { type Fingerprint, type Value } from "../values/value.js";
/** Symmetry reduction of the states of one model. */
export declare class Symmetry {
    private readonly renaming;
    /** Each value's own fingerprint. */
    private readonly own1;
    private readonly own2;
    /** The symmetric sets (indices into {@link values}, ascending), when the group is their product. */
    private readonly sets;
    /** Otherwise every permutation of the group, as the image index of each value. */
    private readonly group;
    /** Marks: a set's "other" value, and "self". */
    private readonly other1;
    private readonly other2;
    private readonly self1;
    private readonly self2;
    /** The renamings signatures are computed under, when the group is a product of symmetric groups. */
    private readonly signatures;
    private readonly fp;
    /** Signatures and the working order of each set's values (by position in `sets[k]`). */
    private readonly sig1;
    private readonly sig2;
    private readonly order;
    /** Tie ranges of the current state, flattened: set k, start, end (positions in `order[k]`). */
    private ties;
    private best1;
    private best2;
    private found;
    /** How many candidates were hashed (for measurements and tests). */
    candidates: number;
    /** How many states were canonicalised (for measurements). */
    calls: number;
    /**
     * @param perms the renamings of the SYMMETRY set, each a map from a model
     *   value to its image (values mapped to themselves may be left out;
     *   values that are not model values are ignored, as TLC renames only
     *   model values)
     */
    constructor(perms: readonly ReadonlyMap<Value, Value>[], name: string, loc?: Loc);
    /** The number of renamings in the group (what trying every permutation would hash per state). */
    get groupSize(): number;
    /** Whether canonical forms come from sorting (the renamings are all permutations of disjoint sets). */
    get sorted(): boolean;
    /**
     * The fingerprint of the class of the state `vals` (a state's variables,
     * or a VIEW's value as a one-element array), into `out`.
     */
    fingerprint(vals: readonly Value[], out: Fingerprint): void;
    /** Hashes every candidate from tie `t` on (ties before it already arranged). */
    private arrange;
    /** Every ordering of `order[lo..hi)`, each followed by the ties after `t`. */
    private permute;
    private current;
    private candidate;
}

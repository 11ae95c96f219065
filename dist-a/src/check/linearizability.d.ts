import type { KvOp, KvResult } from "../smr/kv.js";
/** One operation of a client history. */
export interface Operation {
    readonly client: string;
    readonly op: KvOp;
    /** When the client invoked it. */
    readonly invoke: number;
    /** When it completed, or `null` if it never did (it may or may not have taken effect). */
    readonly complete: number | null;
    /** Its result, when it completed. */
    readonly result: KvResult | null;
}
/** The verdict on a history. */
export type LinearizabilityResult = {
    readonly ok: true;
    readonly operations: number;
    readonly keys: number;
} | {
    readonly ok: false;
    readonly operations: number;
    readonly keys: number;
    /** The key whose sub-history is not linearizable. */
    readonly key: string;
    /** A minimal non-linearizable sub-history of that key, in invocation order. */
    readonly minimal: readonly Operation[];
    /** The reason, in words. */
    readonly explanation: string;
};
/**
 * Whether one key's operations are linearizable (Wing and Gong's search with
 * memoisation). `budget` bounds the configurations explored; past it the
 * answer is `null` (unknown).
 */
export declare function linearizableKey(ops: readonly Operation[], budget?: number): boolean | null;
/**
 * A minimal non-linearizable sub-history: drop operations one by one while
 * the rest stays non-linearizable. A write whose value a remaining read shows
 * is kept, so that the sub-history explains the read rather than making it
 * look like a read of a value nobody wrote.
 */
export declare function shrink(ops: readonly Operation[], budget?: number): Operation[];
/** An operation in words: `c1 put(k1, x) -> ok [3.5, 7]`. */
export declare function operationText(o: Operation): string;
/** Checks a whole history, key by key. */
export declare function checkLinearizable(history: readonly Operation[]): LinearizabilityResult;

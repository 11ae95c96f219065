import type { QuorumSpec } from "../paxos/quorum.js";
import { VersionedMap } from "../lib/versionedMap.js";
/** A client's name, e.g. `c1`. */
export type ClientId = string;
/** An operation on the map. */
export type KvOp = {
    readonly type: "put";
    readonly key: string;
    readonly value: string;
} | {
    readonly type: "get";
    readonly key: string;
} | {
    readonly type: "cas";
    readonly key: string;
    readonly expected: string | null;
    readonly value: string;
} | {
    readonly type: "append";
    readonly key: string;
    readonly value: string;
};
/**
 * A configuration of the replicated log: the acceptors that decide its slots
 * and their quorum system (majorities, weights, or explicit sets), the
 * replicas that learn and execute them, and the proposers that may lead.
 */
export interface Configuration {
    /** Its name, e.g. `C2`. */
    readonly name: string;
    readonly acceptors: readonly string[];
    readonly quorum: QuorumSpec;
    /** The replicas: the acceptors send them their votes in the configuration's slots, and they catch each other up. */
    readonly replicas: readonly string[];
    /**
     * The proposers that may lead: only they start ballots, and a leader no
     * longer among them stands down. Ballot `b` still belongs to proposer
     * `b mod P` among all the proposers, whatever the configuration, so that no
     * two proposers ever own one ballot.
     */
    readonly leaders: readonly string[];
}
/**
 * A configuration change, a command of the log like any other: decided in
 * slot `i`, it installs `config` for the slots from `i + alpha` on (see
 * `src/multipaxos/configuration.ts`), unless the state machine refuses it
 * ({@link refusal}). The key-value map ignores it.
 */
export interface ReconfigOp {
    readonly type: "reconfig";
    readonly config: Configuration;
    /**
     * The servers the operator reports permanently failed when it asks for the
     * change: the new configuration must be able to decide without them.
     */
    readonly failed: readonly string[];
}
/** What an operation returns; a configuration change the state machine refused gets `refused`, with the reason. */
export type KvResult = {
    readonly type: "ok";
} | {
    readonly type: "value";
    readonly value: string | null;
} | {
    readonly type: "cas";
    readonly swapped: boolean;
} | {
    readonly type: "refused";
    readonly reason: string;
};
/**
 * Why the state machine refuses a configuration change, or `null` if it
 * accepts it. A refused change is executed as a command that changes nothing
 * (its operator gets the reason), so a bad request is decided, answered and
 * harmless, and every replica refuses it alike: the verdict depends on the
 * request alone. Refused: a quorum system that is malformed or whose quorums
 * do not all intersect (it could decide two values in one slot); a
 * configuration none of whose quorums is made of acceptors outside `failed`
 * (it could never decide a slot: dropping acceptors until no quorum of live
 * ones is left); and one with no replica or no leader outside `failed` (no
 * one would execute, or propose).
 */
export declare function refusal(op: ReconfigOp): string | null;
/** A client's request: operation `op`, request number `seq` of client `client` (1, 2, ...); an operator's requests change the configuration. */
export interface Command {
    readonly client: ClientId;
    readonly seq: number;
    readonly op: KvOp | ReconfigOp;
}
/** The session of one client: its last executed request and that request's result. */
export interface Session {
    readonly seq: number;
    readonly result: KvResult;
}
/** The state machine's state: the map and the sessions. */
export interface KvState {
    readonly data: VersionedMap<string>;
    readonly sessions: VersionedMap<Session>;
}
/**
 * The empty map with no sessions, new at each call: each replica's state
 * starts a history of versions of its own (a constant shared by every replica
 * would be one history that every replica branches from, and that keeps
 * every version after it alive).
 */
export declare function emptyKv(): KvState;
/**
 * An operation on the one key it names: its result, and the key's value after
 * it (`null`: absent; `changed` when it wrote). Every operation touches one
 * key, so this is the whole semantics; {@link applyOp} puts it in a map, and
 * the linearizability checker runs it key by key.
 */
export declare function applyToValue(current: string | null, op: KvOp): {
    value: string | null;
    changed: boolean;
    result: KvResult;
};
/** An operation on a map: its result, and the map after it (the same object when it changes nothing). */
export declare function applyOp(data: VersionedMap<string>, op: KvOp): {
    data: VersionedMap<string>;
    result: KvResult;
};
/**
 * Executes one command, exactly once: a command whose request number is not
 * above its client's session is a duplicate, changes nothing, and gets the
 * session's result (`duplicate: true`).
 */
export declare function execute(s: KvState, c: Command): {
    state: KvState;
    result: KvResult;
    duplicate: boolean;
};
/**
 * Executes a batch of commands in order, each exactly once as {@link execute}
 * does, and gives each command's result.
 */
export declare function executeBatch(s: KvState, commands: readonly Command[]): {
    state: KvState;
    results: KvResult[];
};
/** A short text of an operation: `put(k1, x)`, `get(k1)`, `cas(k1, x, y)`, `append(k1, x)`. */
export declare function opText(op: KvOp): string;
/** A short text of a result. */
export declare function resultText(r: KvResult): string;

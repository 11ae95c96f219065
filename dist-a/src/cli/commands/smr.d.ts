import type { Command } from "../command.js";
import type { Reconfiguration } from "../../cluster/index.js";
import type { QuorumSpec } from "../../paxos/index.js";
/** A permanent failure from `--fail`: the server goes down at `at` and never comes back. */
export interface Failure {
    readonly node: string;
    readonly at: number;
}
/** Reads `--fail`: `NODE@TIME` items separated by commas, e.g. `r1@20,a2@50`. */
export declare function parseFailures(text: string): Failure[];
/**
 * Reads `--reconfigure`: changes separated by `;`, each `t=TIME:CHANGE`, with
 * CHANGE `add aN`, `drop aN` (relative to the configuration before; majority
 * quorums of the result), `set a1,a2,... [QUORUM]`, `add rN`, `drop rN` (a
 * replica), `add pN` or `drop pN` (a proposer that may lead), each from the
 * configuration before, `initial` at first. A change the replicated state
 * machine would refuse (see `refusal` in src/smr/kv.ts: quorums that do not
 * intersect, or no quorum of acceptors, no replica or no leader that has not
 * failed by its time, given `failures`) is refused here, with one line naming
 * it.
 */
export declare function parseReconfigure(text: string, initial: {
    readonly acceptors: readonly string[];
    readonly quorum: QuorumSpec;
    readonly replicas: readonly string[];
    readonly leaders: readonly string[];
}, failures?: readonly Failure[]): Reconfiguration[];
export declare const command: Command;

/**
 * A cluster's nodes play different roles, each with a state of its own; the
 * simulator holds one state type for all of them. A node's state is therefore
 * kept tagged with its role (`{ role, state }`), and {@link tagged} turns a
 * role's handlers into handlers of the tagged state.
 *
 * @module
 */
import type { NodeHandlers } from "../paxos/node.js";
/** A role's state, tagged with the role. */
export interface Tagged<K extends string, S> {
    readonly role: K;
    readonly state: S;
}
/**
 * The handlers of role `role` as handlers of the tagged state `U` (the union
 * of every role's tagged state). A state of another role is a host's error.
 */
export declare function tagged<U extends Tagged<string, unknown>, S, M, T, R, E, A>(role: U["role"], h: NodeHandlers<S, M, T, R, E, A>): NodeHandlers<U, M, T, R, E, A>;

/**
 * A cluster's nodes play different roles, each with a state of its own; the
 * simulator holds one state type for all of them, the union of the roles'
 * states. The simulator gives a node's handlers only the states those
 * handlers made, so a node's state is always its own role's: a cluster keeps
 * each node's role ({@link Roles}), and a step's state goes to the simulator
 * as it is (wrapping it in a record of the role would cost an object at every
 * step of every node).
 *
 * @module
 */
import type { NodeHandlers, NodeId } from "../paxos/node.js";

/** The state of a node of any role, for the states of roles `States` (a record from each role's name to its state). */
export type AnyRoleState<States> = States[keyof States];

/** The nodes' roles, for the states of roles `States` (a record from each role's name to its state). */
export class Roles<States> {
  readonly #roles = new Map<NodeId, keyof States>();

  /** Node `id` plays role `role`, with handlers `h`: they are returned as handlers of any node's state. */
  node<K extends keyof States, M, T, R, E, A>(id: NodeId, role: K, h: NodeHandlers<States[K], M, T, R, E, A>): NodeHandlers<AnyRoleState<States>, M, T, R, E, A> {
    this.#roles.set(id, role);
    return h as unknown as NodeHandlers<AnyRoleState<States>, M, T, R, E, A>;
  }

  /**
   * `state`, node `id`'s, as a state of role `role`.
   *
   * @throws RangeError when the node plays another role, or is no node of the cluster.
   */
  state<K extends keyof States>(id: NodeId, role: K, state: AnyRoleState<States>): States[K] {
    const actual = this.#roles.get(id);
    if (actual === undefined) throw new RangeError(`no node '${id}'`);
    if (actual !== role) throw new RangeError(`'${id}' is a ${String(actual)}, not a ${String(role)}`);
    return state as States[K];
  }
}

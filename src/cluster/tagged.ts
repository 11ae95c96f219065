/**
 * A cluster's nodes play different roles, each with a state of its own; the
 * simulator holds one state type for all of them. A node's state is therefore
 * kept tagged with its role (`{ role, state }`), and {@link tagged} turns a
 * role's handlers into handlers of the tagged state.
 *
 * @module
 */
import type { NodeHandlers, NodeStep, Reaction } from "../paxos/node.js";
import { NO_STEP } from "../paxos/node.js";

/** A role's state, tagged with the role. */
export interface Tagged<K extends string, S> {
  readonly role: K;
  readonly state: S;
}

/**
 * The handlers of role `role` as handlers of the tagged state `U` (the union
 * of every role's tagged state). A state of another role is a host's error.
 */
export function tagged<U extends Tagged<string, unknown>, S, M, T, R, E, A>(role: U["role"], h: NodeHandlers<S, M, T, R, E, A>): NodeHandlers<U, M, T, R, E, A> {
  // Built field by field rather than with a spread: this runs for every step of every node.
  const tag = (steps: Reaction<S, E, A>): Reaction<U, E, A> => {
    if (steps.length === 0) return NO_STEP;
    const out: NodeStep<U, E, A>[] = new Array<NodeStep<U, E, A>>(steps.length);
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i]!;
      const state = { role, state: s.state } as unknown as U;
      out[i] = s.action === undefined ? { state, effects: s.effects } : { state, effects: s.effects, action: s.action };
    }
    return out;
  };
  const untag = (n: U): S => {
    if (n.role !== role) throw new TypeError(`node state of a ${n.role} given to a ${role}'s handler`);
    return n.state as S;
  };
  return {
    start: () => tag(h.start()),
    onMessage: (n, from, m) => tag(h.onMessage(untag(n), from, m)),
    onTimer: (n, t) => tag(h.onTimer(untag(n), t)),
    onRestart: (stored) => tag(h.onRestart(stored)),
  };
}

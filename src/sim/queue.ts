/**
 * The simulator's agenda: scheduled events in a binary min-heap, by time, then
 * by the order in which they were scheduled.
 *
 * @module
 */
import type { NodeId } from "../paxos/node.js";

/** An event on the agenda. */
export type Scheduled<M, T> =
  | { kind: "deliver"; time: number; seq: number; id: number; from: NodeId; to: NodeId; msg: M; sentAt: number }
  | { kind: "timer"; time: number; seq: number; node: NodeId; epoch: number; timer: T }
  | { kind: "restart"; time: number; seq: number; node: NodeId }
  | { kind: "crash"; time: number; seq: number; node: NodeId; downFor: number }
  | { kind: "heal"; time: number; seq: number };

/** A binary min-heap of scheduled events, by time then sequence number. */
export class EventQueue<M, T> {
  private readonly heap: Scheduled<M, T>[] = [];
  get size(): number {
    return this.heap.length;
  }
  push(e: Scheduled<M, T>): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Scheduled<M, T> | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before<M, T>(a: Scheduled<M, T>, b: Scheduled<M, T>): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

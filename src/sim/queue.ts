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

/**
 * A binary min-heap of scheduled events, by time then sequence number. The
 * keys are kept in arrays of their own beside the events: comparing two
 * entries reads two numbers from an array rather than two fields of events
 * of different kinds (a deliver, a timer, ...), which the engine would look
 * up shape by shape.
 */
export class EventQueue<M, T> {
  private readonly events: Scheduled<M, T>[] = [];
  private readonly times: number[] = [];
  private readonly seqs: number[] = [];
  get size(): number {
    return this.events.length;
  }
  push(e: Scheduled<M, T>): void {
    // Sift up: move parents down into the hole until e's place is found.
    const { events, times, seqs } = this;
    const time = e.time;
    const seq = e.seq;
    let i = events.length;
    events.push(e);
    times.push(time);
    seqs.push(seq);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p]!;
      if (pt < time || (pt === time && seqs[p]! < seq)) break;
      events[i] = events[p]!;
      times[i] = pt;
      seqs[i] = seqs[p]!;
      i = p;
    }
    events[i] = e;
    times[i] = time;
    seqs[i] = seq;
  }
  pop(): Scheduled<M, T> | undefined {
    const { events, times, seqs } = this;
    const top = events[0];
    const last = events.pop();
    const lastTime = times.pop()!;
    const lastSeq = seqs.pop()!;
    const n = events.length;
    if (n > 0 && last !== undefined) {
      // Sift down: move the earlier child up into the hole until last's place is found.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let c = l;
        if (r < n) {
          const rt = times[r]!;
          const lt = times[l]!;
          if (rt < lt || (rt === lt && seqs[r]! < seqs[l]!)) c = r;
        }
        const ct = times[c]!;
        if (lastTime < ct || (lastTime === ct && lastSeq < seqs[c]!)) break;
        events[i] = events[c]!;
        times[i] = ct;
        seqs[i] = seqs[c]!;
        i = c;
      }
      events[i] = last;
      times[i] = lastTime;
      seqs[i] = lastSeq;
    }
    return top;
  }
}

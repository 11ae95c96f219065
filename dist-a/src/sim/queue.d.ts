/**
 * The simulator's agenda: scheduled events by time, then by the order in
 * which they were scheduled.
 *
 * @module
 */
import type { NodeId } from "../paxos/node.js";
/** An event on the agenda. */
export type Scheduled<M, T> = {
    kind: "deliver";
    time: number;
    seq: number;
    id: number;
    from: NodeId;
    to: NodeId;
    msg: M;
    sentAt: number;
} | {
    kind: "timer";
    time: number;
    seq: number;
    node: NodeId;
    epoch: number;
    timer: T;
} | {
    kind: "restart";
    time: number;
    seq: number;
    node: NodeId;
} | {
    kind: "crash";
    time: number;
    seq: number;
    node: NodeId;
    downFor: number;
} | {
    kind: "heal";
    time: number;
    seq: number;
};
/**
 * The agenda: events by time, then by sequence number. Events of one time
 * share a bucket, a first-in first-out list (the driver numbers events as it
 * schedules them, so a bucket fills in sequence order), and the times that
 * have a bucket are kept in a binary min-heap. Many events often fall at one
 * time (a fixed message delay, timers of one period): scheduling such an
 * event appends to its bucket and taking one reads the next of the bucket at
 * hand, with no walk through a heap of every pending event; the heap holds
 * one entry per distinct time.
 */
export declare class EventQueue<M, T> {
    private readonly buckets;
    /** Min-heap of the times with a bucket. */
    private readonly times;
    /** The bucket of the earliest time, once looked up; `null` when that may have changed. */
    private top;
    private count;
    get size(): number;
    push(e: Scheduled<M, T>): void;
    pop(): Scheduled<M, T> | undefined;
    /** Sift up: move parents down into the hole until `time`'s place is found. */
    private pushTime;
    /** Removes the earliest time; sift down: move the earlier child up into the hole until the last time's place is found. */
    private popTime;
}

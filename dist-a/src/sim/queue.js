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
export class EventQueue {
    buckets = new Map();
    /** Min-heap of the times with a bucket. */
    times = [];
    /** The bucket of the earliest time, once looked up; `null` when that may have changed. */
    top = null;
    count = 0;
    get size() {
        return this.count;
    }
    push(e) {
        this.count++;
        const b = this.buckets.get(e.time);
        if (b === undefined) {
            this.buckets.set(e.time, { events: [e], head: 0 });
            this.pushTime(e.time);
            return;
        }
        const events = b.events;
        // In sequence order: at the end, unless scheduled with a lower number than one already there.
        let i = events.length;
        while (i > b.head && events[i - 1].seq > e.seq)
            i--;
        if (i === events.length)
            events.push(e);
        else
            events.splice(i, 0, e);
    }
    pop() {
        if (this.count === 0)
            return undefined;
        this.count--;
        const time = this.times[0];
        const b = this.top ?? (this.top = this.buckets.get(time));
        const e = b.events[b.head++];
        if (b.head === b.events.length) {
            this.buckets.delete(time);
            this.popTime();
            this.top = null;
        }
        return e;
    }
    /** Sift up: move parents down into the hole until `time`'s place is found. */
    pushTime(time) {
        const times = this.times;
        let i = times.length;
        times.push(time);
        while (i > 0) {
            const p = (i - 1) >> 1;
            const pt = times[p];
            if (pt < time)
                break;
            times[i] = pt;
            i = p;
        }
        times[i] = time;
        if (i === 0)
            this.top = null;
    }
    /** Removes the earliest time; sift down: move the earlier child up into the hole until the last time's place is found. */
    popTime() {
        const times = this.times;
        const last = times.pop();
        const n = times.length;
        if (n === 0)
            return;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= n)
                break;
            const r = l + 1;
            const c = r < n && times[r] < times[l] ? r : l;
            const ct = times[c];
            if (last < ct)
                break;
            times[i] = ct;
            i = c;
        }
        times[i] = last;
    }
}
//# sourceMappingURL=queue.js.map
import { storedSnapshot } from "../multipaxos/replica.js";
import { TRACE_FORMAT } from "./format.js";
import { clusterSummary } from "./smrRecorder.js";
/** A command as the compact spec names it: `<<client, request number>>`. */
function commandPair(client, seq) {
    return { "#tup": [client, seq] };
}
/** A batch: the tuple of its commands' pairs. */
function batch(v) {
    return { "#tup": v.map((c) => commandPair(c.client, c.seq)) };
}
/** A set of strings or numbers, sorted. */
function set(elems) {
    return { "#set": [...new Set(elems)].sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)) };
}
/** Splits a command name `client.seq` into its client and number. */
function splitCommand(id) {
    const dot = id.lastIndexOf(".");
    return [id.slice(0, dot), Number(id.slice(dot + 1))];
}
/** Records a replicated-store run against CompactMultiPaxos.tla, in events mode. */
export class CompactTraceRecorder {
    options;
    sim = null;
    steps = [];
    /** The compaction point the trace has reached. */
    low = 0;
    /** Slot counts some replica reached by executing, from `low` on: the snapshots the spec keeps. */
    reached = new Set([0]);
    /** The 2a messages sent lately, as (time, slot), oldest first; `seen`: how much of `sim.sent` was read. */
    recent2a = [];
    seen = 0;
    maxSlot = 0;
    maxSeq = 0;
    every = 1;
    maxDelay = 0;
    /** Compactions taken. */
    compactions = 0;
    /** @param every compact once the point can move at least this many slots (default: the replicas' snapshot interval). */
    constructor(options = {}) {
        this.options = options;
    }
    init(sim) {
        if (sim.operatorId !== null)
            throw new Error("a run with configuration changes is traced against ReconfigMultiPaxos.tla, not CompactMultiPaxos.tla");
        this.sim = sim;
        this.every = Math.max(1, this.options.every ?? sim.options.snapshotEvery);
        this.maxDelay = sim.options.delay.max;
    }
    step(action, node, time) {
        const params = this.params(action);
        this.steps.push(JSON.stringify({ kind: "step", i: this.steps.length + 1, action: action.name, params, node, time }));
        if (action.name === "Execute" && action.params.s + 1 >= this.low) {
            this.reached.add(action.params.s + 1);
            if ((action.params.s + 1) % this.every === 0)
                this.compactIfPossible(time);
        }
    }
    /** The action's parameters as the compact spec names them. */
    params(a) {
        switch (a.name) {
            case "Request": {
                const [client, seq] = splitCommand(a.params.c);
                this.maxSeq = Math.max(this.maxSeq, seq);
                return { c: client };
            }
            case "Phase1a":
                this.maxSlot = Math.max(this.maxSlot, a.params.f);
                return { ...a.params };
            case "Phase2a":
            case "Phase2b":
            case "Learn":
                this.maxSlot = Math.max(this.maxSlot, a.params.s);
                return { ...a.params, v: batch(a.params.v) };
            case "Phase1b":
            case "Execute":
            case "InstallSnapshot":
            case "Recover":
            case "Restart":
                return { ...a.params };
        }
    }
    /** Takes a Compact step if the run no longer needs the slots below some new point (see the module comment). */
    compactIfPossible(time) {
        const sim = this.sim;
        let n = Infinity;
        for (const r of sim.replicaIds)
            n = Math.min(n, storedSnapshot(sim.stored(r))?.through ?? 0);
        if (n < this.low + this.every)
            return;
        for (const p of sim.proposerIds) {
            // A proposer that restarts starts from the decided prefix it wrote down.
            for (const r of sim.stored(p))
                if (r.role === "proposer")
                    n = Math.min(n, r.decidedBelow ?? 0);
            const s = sim.node(p, "proposer");
            n = Math.min(n, s.decidedBelow, s.nextSlot, ...s.recovered);
            n = Math.min(n, s.proposals.firstKey() ?? Infinity);
        }
        for (; this.seen < sim.sent.length; this.seen++) {
            const m = sim.sent[this.seen];
            if (m.msg.type === "2a")
                this.recent2a.push({ time: m.time, slot: m.msg.slot });
        }
        let drop = 0;
        while (drop < this.recent2a.length && this.recent2a[drop].time < time - this.maxDelay)
            drop++;
        if (drop > 0)
            this.recent2a.splice(0, drop);
        for (const m of this.recent2a)
            n = Math.min(n, m.slot);
        while (n > this.low && !this.reached.has(n))
            n--;
        if (n < this.low + this.every)
            return;
        this.low = n;
        for (const k of this.reached)
            if (k < n)
                this.reached.delete(k);
        this.compactions++;
        this.steps.push(JSON.stringify({ kind: "step", i: this.steps.length + 1, action: "Compact", params: { n }, node: null, time }));
    }
    /** The trace: header, then one line per step. */
    lines() {
        const sim = this.sim;
        if (sim === null)
            throw new Error("the run has not started");
        const o = sim.options;
        for (const r of sim.replicaIds)
            this.maxSlot = Math.max(this.maxSlot, sim.node(r, "replica").applied);
        // Every ballot started sent a 1a.
        let maxBallot = 0;
        for (const m of sim.sent)
            maxBallot = Math.max(maxBallot, m.msg.bal);
        const ballots = Array.from({ length: maxBallot + 1 }, (_, i) => i);
        const map = (entries) => ({ "#map": entries.map(([k, v]) => [k, v]) });
        const constants = {
            Client: set(sim.clientIds),
            RequestNumber: set(Array.from({ length: Math.max(1, this.maxSeq, o.requestsPerClient) }, (_, i) => i + 1)),
            Acceptor: set(sim.acceptorIds),
            Proposer: set(sim.proposerIds),
            Replica: set(sim.replicaIds),
            Ballot: set(ballots),
            Owner: map(ballots.map((b) => [b, sim.proposerIds[b % sim.proposerIds.length]])),
            Quorum: { "#set": sim.quorum.quorums().map((q) => set(q)) },
            Slot: set(Array.from({ length: this.maxSlot + 2 }, (_, i) => i)),
            MaxBatch: o.batch,
            None: "None",
        };
        const header = {
            kind: "header",
            format: TRACE_FORMAT,
            spec: "CompactMultiPaxos",
            mode: "events",
            seed: o.seed,
            constants,
            cluster: clusterSummary(o),
        };
        return [JSON.stringify(header), ...this.steps];
    }
}
//# sourceMappingURL=compactRecorder.js.map
/**
 * A process of a real cluster: the same Multi-Paxos handlers the simulator
 * runs (`src/multipaxos/handlers.ts`), driven by TCP, timers and files.
 *
 * The process hosts the protocol nodes its configuration gives it (an
 * acceptor, a proposer, a replica) and, when it serves clients, a gateway
 * (`gateway.ts`) that plays the protocol's client for each HTTP client. Each
 * input (a frame from the network, a timer) goes to one node's handler at
 * once; the node's state changes in memory, and the effects of its steps are
 * queued. At the end of the event-loop turn the host carries them out, in an
 * order that keeps the protocol's promise to itself:
 *
 * 1. **persist**: the records a node queued, one write and one `fdatasync`,
 *    done by the thread pool while the event loop goes on taking inputs;
 *    what the node's later turns queue meanwhile waits, in order, and their
 *    records go to disk together next (group commit). A node's turn with
 *    nothing to persist waits for its earlier records too (its messages may
 *    reveal them); other nodes of the process do not wait for them;
 * 2. **trace**: each step a spec action names is appended to its node's log
 *    in the conformance format (`docs/conformance.md`, per-node logs), with
 *    a Lamport clock and the sends it received;
 * 3. **send**: the messages, now that what they reveal is durable;
 * 4. **timers**, and the outputs (a client's answer goes back over HTTP).
 *
 * A message to a node of the same process takes the same path, through the
 * queue, so a co-located acceptor is no different from a remote one.
 *
 * A restart is the recovery the spec describes: each node that ran before
 * (its log says so) gets what it persisted, `onRestart(stored)`; its
 * volatile state is gone. Timers use the real clock in milliseconds; their
 * random part comes from a generator seeded by `--seed` (printed at start).
 *
 * One window is not closed: a process killed after its `fsync` returned and
 * before the step's line reached its log (a few microseconds) leaves a state
 * on disk whose step the log lacks; a later step of that node may then fail
 * validation. Messages are not sent in that window, so no other node saw it.
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { acceptorHandlers, proposerHandlers, replicaHandlers } from "../multipaxos/index.js";
import { Random } from "../sim/random.js";
import { addressOf, hostOf, initialConfiguration, rolesOf } from "./config.js";
import { Transport } from "./transport.js";
import { NodeTrace } from "./trace.js";
/** The process host. Create, {@link NodeHost.start}, and {@link NodeHost.stop}. */
export class NodeHost {
    options;
    config;
    self;
    nodes = new Map();
    transport;
    random;
    log;
    /** What the current turn has queued, by owner. */
    pending = new Map();
    flushScheduled = false;
    /** Each owner's parts waiting for its records to be durable. */
    pipelines = new Map();
    live = new Set();
    stopped = false;
    clientSink = () => undefined;
    /** Counts for the status page. */
    counts = { steps: 0, persisted: 0, fsyncs: 0, sent: 0, received: 0 };
    constructor(options) {
        this.options = options;
        this.config = options.config;
        this.self = options.self;
        this.random = new Random(options.seed);
        this.log = options.log ?? (() => undefined);
        this.transport = new Transport((payload) => this.receive(payload), (peer) => addressOf(this.config, this.self.id, this.config.nodes.find((n) => n.id === peer)));
    }
    /** Where replies to clients that no node of the cluster hosts go: the gateway. */
    setClientSink(sink) {
        this.clientSink = sink;
    }
    /** Listens, then starts (or restarts) each hosted node. @throws ListenError when the port is taken. */
    async start() {
        await this.transport.listen(this.self.host, this.self.port);
        const c = this.config;
        const roles = rolesOf(c);
        const initial = initialConfiguration(c);
        const t = c.timing;
        const handlersOf = (role, id) => {
            switch (role) {
                case "acceptor":
                    return acceptorHandlers(id);
                case "proposer":
                    return proposerHandlers(id, { proposers: roles.proposers, initial, window: c.window, batch: c.batch, leaderTimeout: t.leaderTimeout, heartbeatEvery: t.heartbeatEvery, resendEvery: t.resendEvery }, roles.proposers[0] === id);
                case "replica":
                    return replicaHandlers(id, {
                        proposers: roles.proposers,
                        initial,
                        alpha: c.window,
                        snapshotEvery: c.snapshotEvery,
                        catchUpEvery: t.catchUpEvery,
                    });
            }
        };
        for (const role of ["acceptor", "proposer", "replica"]) {
            const id = this.self[role];
            if (id === null)
                continue;
            const dir = join(this.options.dataDir, id);
            mkdirSync(dir, { recursive: true });
            const marker = join(dir, "incarnation");
            const before = existsSync(marker) ? Number(readFileSync(marker, "utf8")) || 0 : 0;
            const { store, records, repaired } = this.options.openStore(join(dir, "storage"));
            if (repaired !== null)
                this.log(`${id}: storage repaired: ${repaired}`);
            const trace = NodeTrace.open(join(dir, "steps.ndjson"), id);
            const handlers = handlersOf(role, id);
            const node = { id, role, handlers, state: undefined, store, trace };
            this.nodes.set(id, node);
            // The marker is written before the node's first step: a node that took a step ran before, and restarts.
            writeFileSync(marker, String(before + 1));
            const steps = before === 0 ? handlers.start() : handlers.onRestart(records);
            this.log(before === 0 ? `${id}: started` : `${id}: restarted (incarnation ${before + 1}) with ${records.length} stored records`);
            this.run(this.ownerOf(node), steps, null);
        }
    }
    /** The step owner of a hosted node. */
    ownerOf(node) {
        let owner = this.owners.get(node.id);
        if (owner === undefined) {
            owner = {
                id: node.id,
                trace: node.trace,
                store: node.store,
                adopt: (state) => (node.state = state),
                fire: (timer) => this.run(owner, node.handlers.onTimer(node.state, timer), null),
                output: () => undefined,
            };
            this.owners.set(node.id, owner);
        }
        return owner;
    }
    owners = new Map();
    /** A frame arrived: hand its message to the node it is for. */
    receive(payload) {
        if (this.stopped)
            return;
        const nl = payload.indexOf(10);
        let env;
        let msg;
        try {
            env = JSON.parse(payload.subarray(0, nl).toString("utf8"));
            msg = this.options.codec.decode(payload.subarray(nl + 1));
        }
        catch {
            this.log(`dropped a frame that is not a message (${payload.length} bytes)`);
            return;
        }
        this.counts.received++;
        this.deliver(env.from, env.to, msg, { node: env.log, clock: env.clock });
    }
    deliver(from, to, msg, sent) {
        const node = this.nodes.get(to);
        if (node === undefined) {
            this.clientSink(to, msg, sent);
            return;
        }
        this.run(this.ownerOf(node), node.handlers.onMessage(node.state, from, msg), sent);
    }
    /**
     * Takes the steps of one reaction of `owner`: the state changes now, the
     * effects wait for the end of the turn. `recv` names the step that sent
     * the message the reaction answers.
     */
    run(owner, steps, recv) {
        if (this.stopped)
            return;
        if (recv !== null)
            owner.trace.received(recv);
        let part = this.pending.get(owner);
        if (part === undefined)
            this.pending.set(owner, (part = { records: [], lines: [], sends: [], timers: [], outputs: [] }));
        for (const step of steps) {
            owner.adopt(step.state);
            this.counts.steps++;
            if (step.action !== undefined)
                part.lines.push(owner.trace.step(step.action));
            for (const e of step.effects) {
                switch (e.kind) {
                    case "persist":
                        part.records.push(e.replaces === true ? { record: e.record, replaces: true } : { record: e.record });
                        break;
                    case "send":
                        part.sends.push({ to: e.to, msg: e.msg, clock: owner.trace.clock });
                        break;
                    case "setTimer":
                        part.timers.push({ timer: e.timer, after: e.after, jitter: e.jitter ?? 0 });
                        break;
                    default:
                        part.outputs.push(e);
                }
            }
        }
        this.scheduleFlush();
    }
    scheduleFlush() {
        if (this.flushScheduled)
            return;
        this.flushScheduled = true;
        setImmediate(() => this.flush());
    }
    /**
     * Ends the turn: each owner's part of it joins that owner's queue, which
     * is carried out in order, each part once its records, and those of the
     * parts before it, are durable (see the module comment). While the disk
     * syncs an owner's records, the event loop goes on taking inputs, and the
     * parts they make are written together next: group commit. An owner waits
     * only for its own records: a message of one node can reveal only that
     * node's state (what it learned from another node came in a message that
     * waited for that node's records), so a replica or a client does not queue
     * behind an acceptor's sync.
     */
    flush() {
        this.flushScheduled = false;
        if (this.stopped)
            return;
        const turn = this.pending;
        this.pending = new Map();
        for (const [owner, part] of turn) {
            let line = this.pipelines.get(owner);
            if (line === undefined)
                this.pipelines.set(owner, (line = { parts: [], syncing: false }));
            line.parts.push(part);
            this.drain(owner, line);
        }
    }
    /** Writes the records of every waiting part of `owner` (one write, one sync), then carries the parts out; again while parts wait. */
    drain(owner, line) {
        if (line.syncing || this.stopped || line.parts.length === 0)
            return;
        const parts = line.parts;
        line.parts = [];
        const records = parts.flatMap((p) => p.records);
        if (records.length === 0 || owner.store === null) {
            for (const p of parts)
                this.carryOut(owner, p);
            return;
        }
        line.syncing = true;
        owner.store.writeAsync(records, (err) => {
            if (err !== null)
                return this.fatal(err);
            this.counts.persisted += records.length;
            this.counts.fsyncs++;
            line.syncing = false;
            if (this.stopped)
                return;
            for (const p of parts)
                this.carryOut(owner, p);
            this.drain(owner, line);
        });
    }
    /** A part whose records are durable: its log lines, then its sends, timers and outputs. */
    carryOut(owner, p) {
        for (const line of p.lines)
            owner.trace.write(line);
        for (const x of p.sends)
            this.send(owner, x.to, x.msg, x.clock);
        for (const x of p.timers)
            this.setTimer(owner, x.timer, x.after + (x.jitter > 0 ? this.random.next() * x.jitter : 0));
        for (const e of p.outputs)
            owner.output(e);
    }
    /** Stable storage failed: the process can no longer keep its promises, and stops as if it crashed (its next start recovers from what is on disk). */
    fatal(err) {
        if (this.stopped)
            return;
        this.log(`stable storage failed, stopping: ${err.message}`);
        void this.stop().then(() => this.options.onFatal?.(err));
    }
    send(owner, to, msg, clock) {
        this.counts.sent++;
        const from = owner.id;
        const sent = { node: owner.trace.node, clock };
        if (this.nodes.has(to)) {
            setImmediate(() => this.deliver(from, to, msg, sent));
            return;
        }
        const peer = hostOf(this.config, to);
        if (peer === undefined) {
            // Not a protocol node: a client; this process's gateway answers it, if it is its client.
            setImmediate(() => this.clientSink(to, msg, sent));
            return;
        }
        const head = Buffer.from(`${JSON.stringify({ from, to, log: sent.node, clock })}\n`, "utf8");
        this.transport.send(peer.id, Buffer.concat([head, this.options.codec.encode(msg)]));
    }
    setTimer(owner, timer, after) {
        const handle = setTimeout(() => {
            this.live.delete(handle);
            if (!this.stopped)
                owner.fire(timer);
        }, after);
        this.live.add(handle);
    }
    /** The state of hosted proposer `id`, if this process hosts it. */
    proposer() {
        const id = this.self.proposer;
        return id === null ? null : (this.nodes.get(id)?.state ?? null);
    }
    /** The state of the hosted replica, if any. */
    replica() {
        const id = this.self.replica;
        return id === null ? null : (this.nodes.get(id)?.state ?? null);
    }
    /** The proposer this process believes leads, if it knows one. */
    leader() {
        const p = this.proposer();
        if (p === null)
            return null;
        return p.role === "leading" ? p.id : p.leader;
    }
    /** Transport figures. */
    get network() {
        return { ...this.transport.stats };
    }
    /** Stops: no more steps; pending effects are dropped (as a crash would), files closed. */
    async stop() {
        this.stopped = true;
        for (const h of this.live)
            clearTimeout(h);
        await this.transport.close();
        for (const n of this.nodes.values()) {
            n.store.close();
            n.trace.close();
        }
    }
}
//# sourceMappingURL=host.js.map
import { Random } from "./random.js";
import { EventQueue } from "./queue.js";
import { checkFaults, SimulationOptionsError } from "./faults.js";
/** Rounds a time to 1/1000 so that times print short and add up exactly the same everywhere. */
export function roundTime(t) {
    return Math.round(t * 1000) / 1000;
}
/**
 * The simulator. `S` is a node's state, `M` a message (with a `type` to count
 * it by), `T` a timer, `R` a stable-storage record, `E` an effect, `A` a spec
 * action.
 */
export class Simulator {
    faults;
    observer;
    /** The nodes, in the order given. */
    nodeIds;
    counts;
    /** Messages sent by type, counted in a map (a field per type of a plain object is slow to update by a computed name); {@link counts} reads it. */
    messageCounts = new Map();
    random;
    queue = new EventQueue();
    hosts = new Map();
    partitionSide = null;
    time = 0;
    seq = 0;
    nextMessageId = 1;
    /** Each node's reaction to its start, to be installed when the run begins. */
    starting = [];
    /** Events raised while a step's effects are carried out; reported after the step itself. */
    heldEvents = null;
    /** Whether anyone is told of events: when not, the most frequent ones are not even built. */
    reports;
    /** @throws SimulationOptionsError for faults out of range or a scheduled crash of a node that cannot crash. */
    constructor(nodes, faults, observer = {}) {
        this.faults = faults;
        this.observer = observer;
        checkFaults(faults);
        this.reports = observer.event !== undefined;
        const messageCounts = this.messageCounts;
        this.counts = {
            steps: 0,
            specSteps: 0,
            get messages() {
                return Object.fromEntries(messageCounts);
            },
            delivered: 0,
            dropped: 0,
            duplicated: 0,
            crashes: 0,
            partitions: 0,
        };
        this.nodeIds = nodes.map((n) => n.id);
        const names = new Set();
        for (const n of nodes) {
            if (names.has(n.id))
                throw new SimulationOptionsError(`two nodes are named '${n.id}'`);
            names.add(n.id);
        }
        for (const c of faults.scheduledCrashes) {
            const n = nodes.find((m) => m.id === c.node);
            if (n === undefined || !n.crashes) {
                const crashable = nodes.filter((m) => m.crashes).map((m) => m.id);
                throw new SimulationOptionsError(`scheduled crash of '${c.node}': only ${crashable.length > 0 ? crashable.join(", ") : "no node"} can crash`);
            }
        }
        this.random = new Random(faults.seed);
        // Each node's initial state is there from the start; the effects of starting are carried out when the run begins.
        for (const n of nodes) {
            const first = n.handlers.start();
            this.starting.push([n.id, first]);
            const last = first[first.length - 1];
            if (last === undefined)
                throw new TypeError(`node '${n.id}' starts with no state`);
            this.hosts.set(n.id, { node: n, state: last.state, storage: [...(n.stored ?? [])], down: false, epoch: 0 });
        }
    }
    /** Simulated time now. */
    get now() {
        return this.time;
    }
    /** The node's current state (as of its last step, while it is down). */
    state(id) {
        return this.host(id).state;
    }
    /** What the node has on stable storage now, oldest record first. */
    stored(id) {
        return this.host(id).storage;
    }
    /** Whether the node is crashed. */
    isDown(id) {
        return this.hosts.get(id)?.down === true;
    }
    host(id) {
        const h = this.hosts.get(id);
        if (h === undefined)
            throw new RangeError(`no node '${id}'`);
        return h;
    }
    /**
     * Starts every node (in the order given), then runs until the queue is
     * empty, the step budget is spent, or `stop` (asked after every scheduler
     * step) says so.
     */
    run(stop = () => false) {
        for (const [id, reaction] of this.starting.splice(0))
            this.install(this.host(id), reaction);
        for (const c of this.faults.scheduledCrashes)
            this.schedule({ kind: "crash", seq: 0, time: roundTime(c.at), node: c.node, downFor: c.downFor });
        while (this.queue.size > 0) {
            if (this.counts.steps >= this.faults.maxSteps)
                return "budget";
            const e = this.queue.pop();
            this.time = e.time;
            this.counts.steps++;
            this.process(e);
            this.injectFaults();
            if (stop())
                return "stopped";
        }
        return "quiet";
    }
    /** Queues an event; its `seq` is assigned here (callers pass 0), so ties at one time keep scheduling order. */
    schedule(e) {
        e.seq = this.seq++;
        this.queue.push(e);
    }
    draw(r) {
        return roundTime(this.random.uniform(r.min, r.max));
    }
    emit(event) {
        if (!this.reports)
            return;
        if (this.heldEvents !== null)
            this.heldEvents.push(event);
        else
            this.observer.event?.(event, this.time);
    }
    process(e) {
        // a switch rather than ts-pattern: this runs once per scheduler step
        switch (e.kind) {
            case "deliver":
                return this.deliver(e);
            case "timer":
                return this.fire(e);
            case "restart":
                return this.recover(e.node);
            case "crash":
                return this.crash(e.node, e.downFor);
            case "heal":
                this.partitionSide = null;
                this.emit({ what: "heal" });
                return;
            default: {
                const never = e;
                throw new Error(`unknown scheduled event ${JSON.stringify(never)}`);
            }
        }
    }
    fire(t) {
        const h = this.host(t.node);
        if (h.down || h.epoch !== t.epoch)
            return;
        const reaction = h.node.handlers.onTimer(h.state, t.timer);
        if (reaction.length > 0 && this.reports)
            this.emit({ what: "timer", node: t.node, timer: t.timer });
        this.install(h, reaction);
    }
    deliver(d) {
        const to = d.to;
        const h = this.host(to);
        if (h.down)
            return this.drop(d, "down");
        const side = this.partitionSide;
        if (side !== null && side.has(d.from) && side.has(to) && side.get(d.from) !== side.get(to))
            return this.drop(d, "partition");
        this.counts.delivered++;
        if (this.reports)
            this.emit({ what: "deliver", id: d.id, from: d.from, to, msg: d.msg, sentAt: d.sentAt });
        this.install(h, h.node.handlers.onMessage(h.state, d.from, d.msg));
    }
    drop(d, reason) {
        this.counts.dropped++;
        this.emit({ what: "drop", id: d.id, from: d.from, to: d.to, msg: d.msg, reason });
    }
    /** Installs a reaction's steps in order: each step's state, its effects, the report of its spec action. */
    install(h, reaction) {
        const node = h.node.id;
        for (let k = 0; k < reaction.length; k++) {
            const step = reaction[k];
            h.state = step.state;
            // a message lost or duplicated as it is sent is reported after the step that sent it
            const outer = this.heldEvents;
            const held = this.reports ? [] : null;
            this.heldEvents = held;
            const effects = step.effects;
            const cut = this.cutShort(h, effects.length);
            for (let i = 0; i < effects.length; i++) {
                if (i < cut)
                    this.effect(h, effects[i]);
                else
                    this.lostWithCrash(node, effects[i]);
            }
            this.heldEvents = outer;
            if (step.action !== undefined) {
                this.counts.specSteps++;
                this.observer.step?.(step.action, node, this.time);
            }
            if (held !== null)
                for (let i = 0; i < held.length; i++)
                    this.emit(held[i]);
            if (cut < effects.length) {
                this.crash(node, this.draw(this.faults.downtime));
                return;
            }
        }
    }
    /** How many of a step's effects are carried out before a crash cuts the step short: all of them, unless the fault model says otherwise. */
    cutShort(h, effects) {
        if (effects < 2 || !h.node.crashes || !this.random.chance(this.faults.crashInStep))
            return effects;
        return 1 + this.random.int(effects - 1);
    }
    /** An effect that a crash in the middle of its step kept from happening: a message is lost on its way out, the rest never happens. */
    lostWithCrash(node, eff) {
        const host = eff;
        if (host.kind === "send")
            this.send(node, host.to, host.msg, true);
    }
    effect(h, eff) {
        const node = h.node.id;
        // The host's three effects; any other is the protocol's own, reported as it is.
        const host = eff;
        switch (host.kind) {
            case "persist": {
                const log = h.storage;
                if (host.replaces === true)
                    log.length = 0;
                log.push(host.record);
                return;
            }
            case "send":
                return this.send(node, host.to, host.msg);
            case "setTimer": {
                const wait = host.after + (host.jitter !== undefined && host.jitter > 0 ? host.jitter * this.random.next() : 0);
                this.schedule({ kind: "timer", seq: 0, time: roundTime(this.time + wait), node, epoch: h.epoch, timer: host.timer });
                return;
            }
            default:
                this.observer.output?.(node, eff, this.time);
        }
    }
    /** Sends a message, which the network may lose, delay or duplicate; one whose sender is crashing (`cutOff`) is lost at once. */
    send(from, to, msg, cutOff = false) {
        const id = this.nextMessageId++;
        const c = this.counts;
        this.messageCounts.set(msg.type, (this.messageCounts.get(msg.type) ?? 0) + 1);
        this.observer.sent?.({ id, from, to, time: this.time, msg });
        if (cutOff)
            return this.drop({ id, from, to, msg }, "down");
        const o = this.faults;
        if (this.random.chance(o.loss))
            return this.drop({ id, from, to, msg }, "loss");
        this.schedule({ kind: "deliver", seq: 0, time: roundTime(this.time + this.draw(o.delay)), id, from, to, msg, sentAt: this.time });
        if (this.random.chance(o.duplicate)) {
            c.duplicated++;
            this.emit({ what: "dup", id, from, to, msg });
            this.schedule({ kind: "deliver", seq: 0, time: roundTime(this.time + this.draw(o.delay)), id, from, to, msg, sentAt: this.time });
        }
    }
    /** Random crashes and partitions, drawn once per scheduler step. */
    injectFaults() {
        const o = this.faults;
        if (this.random.chance(o.crash)) {
            const candidates = this.nodeIds.filter((n) => {
                const h = this.host(n);
                return h.node.crashes && !h.down;
            });
            if (candidates.length > 0)
                this.crash(this.random.pick(candidates), this.draw(o.downtime));
        }
        // Drawn only when asked for, so that runs without it keep their random sequence.
        if (o.leaderCrash > 0 && this.random.chance(o.leaderCrash)) {
            const leaders = this.nodeIds.filter((n) => {
                const h = this.host(n);
                return h.node.crashes && !h.down && h.node.leads?.(h.state) === true;
            });
            if (leaders.length > 0)
                this.crash(this.random.pick(leaders), this.draw(o.downtime));
        }
        if (this.partitionSide === null && this.random.chance(o.partition)) {
            const servers = this.nodeIds.filter((n) => this.host(n).node.partitioned);
            const side = new Map();
            for (const n of servers)
                side.set(n, this.random.int(2));
            const groups = [0, 1].map((g) => servers.filter((n) => side.get(n) === g));
            if (groups.every((g) => g.length > 0)) {
                this.partitionSide = side;
                this.counts.partitions++;
                this.emit({ what: "partition", groups });
                this.schedule({ kind: "heal", seq: 0, time: roundTime(this.time + this.draw(o.partitionDuration)) });
            }
        }
    }
    /** A node crashes (if it is up): its timers are void, and it comes back after `downFor` (never, if that is `Infinity`). */
    crash(node, downFor) {
        const h = this.host(node);
        if (h.down)
            return;
        h.down = true;
        h.epoch++;
        this.counts.crashes++;
        this.emit({ what: "crash", node });
        if (Number.isFinite(downFor))
            this.schedule({ kind: "restart", seq: 0, time: roundTime(this.time + downFor), node });
    }
    /**
     * A crashed node comes back with what it had persisted. A restart that the
     * protocol does not report as a spec action is reported as a `recover`
     * event, so that every restart shows once.
     */
    recover(node) {
        const h = this.host(node);
        h.down = false;
        const reaction = h.node.handlers.onRestart(h.storage);
        if (!reaction.some((s) => s.action !== undefined))
            this.emit({ what: "recover", node });
        this.install(h, reaction);
    }
}
//# sourceMappingURL=driver.js.map
import { isProtocolMessage, PAXOS_STEPS } from "../paxos/index.js";
import { ownerOf, Simulation } from "../cluster/index.js";
import { itfMap, itfSet } from "./itf.js";
import { NONE, RefinementMapping, specMessage } from "./refinement.js";
import { TRACE_FORMAT } from "./format.js";
/** The spec's constants for a cluster: its nodes, values, ballots, their owners, and its quorums. */
export function traceConstants(view) {
    const ballots = Array.from({ length: view.ballotLimit }, (_, b) => b);
    return {
        Value: itfSet(view.values),
        Acceptor: itfSet(view.acceptorIds),
        Proposer: itfSet(view.proposerIds),
        Learner: itfSet(view.learnerIds),
        Ballot: itfSet(ballots),
        Owner: itfMap(ballots.map((b) => [b, ownerOf(view, b)])),
        Quorum: itfSet(view.quorum.quorums().map((q) => itfSet(q))),
        None: NONE,
    };
}
/** The header line for a run. */
export function traceHeader(view, o, mode) {
    const cluster = {
        acceptors: o.acceptors,
        proposers: o.proposers,
        learners: o.learners,
        clients: o.clients,
        quorum: view.quorum.describe(),
        delay: o.delay,
        loss: o.loss,
        duplicate: o.duplicate,
        crash: o.crash,
        downtime: o.downtime,
        partition: o.partition,
        partitionDuration: o.partitionDuration,
        retry: o.retry,
        ballotsPerProposer: o.ballotsPerProposer,
        maxSteps: o.maxSteps,
    };
    return { kind: "header", format: TRACE_FORMAT, spec: "Paxos", mode, seed: o.seed, constants: traceConstants(view), cluster };
}
/** An implementation message as an event field: the spec record for 1a/1b/2a/2b, the message itself otherwise. */
function eventMessage(m) {
    if (isProtocolMessage(m))
        return specMessage(m);
    return { ...m };
}
/**
 * An event as a trace line's `what` and fields (after `kind`, `what` and
 * `time`), or `null` for an event the trace format does not record (a
 * client's timer to submit: its Propose step shows it).
 */
function eventLine(e) {
    switch (e.what) {
        case "deliver":
            return { what: e.what, fields: { id: e.id, from: e.from, to: e.to, msg: eventMessage(e.msg), sentAt: e.sentAt } };
        case "drop":
            return { what: e.what, fields: { id: e.id, from: e.from, to: e.to, msg: eventMessage(e.msg), reason: e.reason } };
        case "dup":
            return { what: e.what, fields: { id: e.id, from: e.from, to: e.to, msg: eventMessage(e.msg) } };
        case "crash":
        case "recover":
            return { what: e.what, fields: { node: e.node } };
        case "timer":
            return timerLine(e.node, e.timer);
        case "partition":
            return { what: e.what, fields: { groups: e.groups } };
        case "heal":
            return { what: e.what, fields: {} };
    }
}
/** A timer that fired, as a trace line: a proposer's retry is a `timeout`, a client's resend a `resubmit`. */
function timerLine(node, timer) {
    switch (timer.type) {
        case "retry":
            return { what: "timeout", fields: { node, ballot: timer.ballot } };
        case "resubmit":
            return { what: "resubmit", fields: { node } };
        case "submit":
            return null;
    }
}
/** Writes a run as trace lines through `write`, one call per line (without the newline). */
export class TraceRecorder {
    write;
    mode;
    events;
    mapping = new RefinementMapping();
    i = 0;
    constructor(write, options = {}) {
        this.write = write;
        this.mode = options.mode ?? "state";
        this.events = options.events ?? true;
    }
    /** Header, then (state mode) the initial state. */
    init(view, options) {
        this.write(JSON.stringify(traceHeader(view, options, this.mode)));
        if (this.mode === "state")
            this.write(`{"kind":"init","state":${this.mapping.stateJson(view)}}`);
    }
    /** One step line. */
    step(action, node, time, view) {
        const line = JSON.stringify({ kind: "step", i: ++this.i, action: action.name, params: action.params, node, time });
        this.write(this.mode === "state" ? `${line.slice(0, -1)},"state":${this.mapping.stateJson(view)}}` : line);
    }
    /** One event line (unless events are off). */
    event(e, time) {
        if (!this.events)
            return;
        const line = eventLine(e);
        if (line !== null)
            this.write(JSON.stringify({ kind: "event", what: line.what, time, ...line.fields }));
    }
}
/** Runs one simulation and returns its trace lines (held in memory: for tests and short runs). */
export function recordRun(options, recorder = {}, steps = PAXOS_STEPS) {
    const lines = [];
    const result = new Simulation(options, new TraceRecorder((l) => lines.push(l), recorder), steps).run();
    return { result, lines };
}
/** The lines of a recorded run as ndjson text (each line ends with a newline). */
export function toNdjson(lines) {
    return lines.map((l) => `${l}\n`).join("");
}
//# sourceMappingURL=recorder.js.map
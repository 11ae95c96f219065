/**
 * What an experiment needs to know about the protocol it runs: its parameters,
 * how to resolve and run one point, what counts as a run that succeeded, the
 * figures summarised per point and the columns of `runs.csv`. The sweep, the
 * summaries, the plots and the output folder are written once against this
 * interface; there are two protocols:
 *
 * - **paxos**, single-decree Paxos: a run succeeds when every learner learned
 *   a value; its figures are the messages and the time to that decision and
 *   the ballots tried.
 * - **multipaxos**, the replicated key-value store: a run succeeds when every
 *   client request was answered; its figures are throughput, request latency,
 *   messages per command and leaders elected (ballots started).
 *
 * @module
 */
import { QuorumSystemError } from "../paxos/index.js";
import { resolveOptions, resolveSmrOptions, simulate, simulateSmr, Simulation, SimulationOptionsError, SmrSimulation } from "../cluster/index.js";
import { ExperimentError, MULTIPAXOS_PARAMETERS, PAXOS_PARAMETERS } from "./parameters.js";
import { nearestRank } from "./statistics.js";
/** Runs the simulator's own option checks, turning a refusal into an {@link ExperimentError}. */
function checked(resolve) {
    try {
        return resolve();
    }
    catch (e) {
        if (e instanceof SimulationOptionsError || e instanceof QuorumSystemError)
            throw new ExperimentError(e.message);
        throw e;
    }
}
/** Single-decree Paxos: does a value get decided, how fast, at what cost. */
export const PAXOS_EXPERIMENT = {
    name: "paxos",
    title: "single-decree Paxos",
    parameters: PAXOS_PARAMETERS,
    resolve: (draft) => checked(() => {
        if (draft.acceptors === undefined && draft.quorum?.kind === "weighted")
            draft.acceptors = draft.quorum.weights.length;
        const options = resolveOptions(draft);
        new Simulation(options); // checks the quorum system against the acceptors
        return options;
    }),
    run: (options, seed) => simulate({ ...options, seed }),
    success: { column: "decided", meaning: "every learner learned a value within the budget", test: (r) => r.decided },
    metrics: [
        {
            key: "messages",
            column: "messages",
            json: "messagesToDecision",
            title: "protocol messages to decision",
            table: { name: "messages", statistic: "median", decimals: 1 },
            unit: "messages",
            over: "decided runs",
            value: (r) => (r.decided ? (r.protocolMessagesToDecision ?? 0) : null),
        },
        {
            key: "latency",
            column: "latency",
            json: "timeToDecision",
            title: "simulated time to decision",
            table: { name: "time", statistic: "median", decimals: 1 },
            unit: "time units",
            over: "decided runs",
            value: (r) => (r.decided ? (r.latency ?? 0) : null),
        },
        {
            key: "ballots",
            column: "ballots_tried",
            json: "ballotsTried",
            title: "ballots tried",
            table: { name: "ballots", statistic: "mean", decimals: 2, p95Decimals: 1 },
            unit: "ballots",
            over: "all runs",
            value: (r) => r.ballots.length,
        },
    ],
    runColumns: [
        { name: "decided", value: (r) => r.decided },
        { name: "stopped", value: (r) => r.stopped },
        { name: "latency", value: (r) => r.latency },
        { name: "decision_time", value: (r) => r.decision?.time ?? null },
        { name: "messages_to_decision", value: (r) => r.protocolMessagesToDecision },
        { name: "ballots_tried", value: (r) => r.ballots.length },
        { name: "steps_taken", value: (r) => r.steps },
        { name: "spec_steps", value: (r) => r.specSteps },
        ...["1a", "1b", "2a", "2b", "request", "decision"].map((t) => ({ name: `messages_${t}`, value: (r) => r.messages[t] })),
        { name: "delivered", value: (r) => r.delivered },
        { name: "dropped", value: (r) => r.dropped },
        { name: "duplicated", value: (r) => r.duplicated },
        { name: "crashes", value: (r) => r.crashes },
        { name: "partitions", value: (r) => r.partitions },
    ],
};
/** The latencies (reply time minus request time) of a run's answered requests. */
function latencies(r) {
    const out = [];
    for (const h of r.history)
        if (h.complete !== null)
            out.push(h.complete - h.invoke);
    return out;
}
/** The mean latency of a run's answered requests, or `null` when none was answered. */
function meanLatency(r) {
    const l = latencies(r);
    return l.length === 0 ? null : l.reduce((a, b) => a + b, 0) / l.length;
}
/** Messages sent per request answered, or `null` when none was answered. */
function messagesPerCommand(r) {
    return r.completed === 0 ? null : messagesSent(r) / r.completed;
}
/** Messages of every type sent in a run. */
function messagesSent(r) {
    let n = 0;
    for (const k in r.messages)
        n += r.messages[k] ?? 0;
    return n;
}
/** The message types of the replicated log, in the order of their CSV columns. */
const SMR_MESSAGE_TYPES = ["request", "reply", "1a", "1b", "2a", "2b", "preempted", "heartbeat", "executed", "catchup", "votequery", "decisions"];
/** The replicated key-value store: how many commands it serves, how fast, at what cost, under which faults. */
export const MULTIPAXOS_EXPERIMENT = {
    name: "multipaxos",
    title: "Multi-Paxos state machine replication (a replicated key-value store)",
    parameters: MULTIPAXOS_PARAMETERS,
    resolve: (draft) => checked(() => {
        if (draft.acceptors === undefined && draft.quorum?.kind === "weighted")
            draft.acceptors = draft.quorum.weights.length;
        const options = resolveSmrOptions(draft);
        new SmrSimulation(options); // checks the quorum system against the acceptors
        return options;
    }),
    run: (options, seed) => simulateSmr({ ...options, seed }),
    success: { column: "answered", meaning: "every client request was answered within the budget", test: (r) => r.completed === r.issued },
    metrics: [
        {
            key: "throughput",
            column: "throughput",
            json: "throughput",
            title: "throughput (requests answered per 100 time units)",
            table: { name: "throughput", statistic: "median", decimals: 2 },
            unit: "requests per 100 time units",
            over: "all runs",
            value: (r) => (r.time > 0 ? (100 * r.completed) / r.time : 0),
        },
        {
            key: "latency",
            column: "latency",
            json: "requestLatency",
            title: "request latency (mean of a run's answered requests)",
            table: { name: "latency", statistic: "median", decimals: 1 },
            unit: "time units",
            over: "runs with an answer",
            value: meanLatency,
        },
        {
            key: "messages",
            column: "messages_per_command",
            json: "messagesPerCommand",
            title: "messages sent per request answered",
            table: { name: "messages/request", statistic: "median", decimals: 1 },
            unit: "messages",
            over: "runs with an answer",
            value: messagesPerCommand,
        },
        {
            key: "ballots",
            column: "ballots",
            json: "ballotsStarted",
            title: "ballots started (leader elections tried)",
            table: { name: "ballots", statistic: "mean", decimals: 2, p95Decimals: 1 },
            unit: "ballots",
            over: "all runs",
            value: (r) => r.ballots,
        },
    ],
    runColumns: [
        { name: "answered", value: (r) => r.completed === r.issued },
        { name: "stopped", value: (r) => r.stopped },
        { name: "issued", value: (r) => r.issued },
        { name: "completed", value: (r) => r.completed },
        { name: "time", value: (r) => r.time },
        { name: "latency_mean", value: meanLatency },
        { name: "latency_p99", value: (r) => nearestRank(latencies(r), 0.99) },
        { name: "messages_per_command", value: messagesPerCommand },
        { name: "ballots", value: (r) => r.ballots },
        { name: "slots", value: (r) => r.slots },
        { name: "executed_by_all", value: (r) => r.executedByAll },
        { name: "steps_taken", value: (r) => r.steps },
        { name: "spec_steps", value: (r) => r.specSteps },
        ...SMR_MESSAGE_TYPES.map((t) => ({ name: `messages_${t}`, value: (r) => r.messages[t] ?? 0 })),
        { name: "dropped", value: (r) => r.dropped },
        { name: "duplicated", value: (r) => r.duplicated },
        { name: "crashes", value: (r) => r.crashes },
    ],
};
/** The protocols an experiment can run, by name. */
export const EXPERIMENT_PROTOCOLS = { paxos: PAXOS_EXPERIMENT, multipaxos: MULTIPAXOS_EXPERIMENT };
//# sourceMappingURL=protocols.js.map
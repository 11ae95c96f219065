import { DEFAULT_OPTIONS } from "../cluster/index.js";
/** A malformed experiment description (unknown parameter, bad value, empty list); one sentence for people. */
export class ExperimentError extends Error {
    constructor(message) {
        super(message);
        this.name = "ExperimentError";
    }
}
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
function probability(name, text) {
    const p = Number(text);
    if (!DECIMAL.test(text) || !(p >= 0 && p <= 1))
        throw new ExperimentError(`${name} must be a probability from 0 to 1, got '${text}'`);
    return p;
}
function wholeNumber(name, text, min = 1) {
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || !Number.isSafeInteger(n))
        throw new ExperimentError(`${name} must be a whole number of at least ${min}, got '${text}'`);
    return n;
}
function timeRange(name, text) {
    const m = /^([^.]*(?:\.\d+)?)\.\.(.*)$/.exec(text);
    const min = m ? Number(m[1]) : NaN;
    const max = m ? Number(m[2]) : NaN;
    if (!m || !DECIMAL.test(m[1]) || !DECIMAL.test(m[2]) || !(min > 0) || !(max >= min)) {
        throw new ExperimentError(`${name} must be MIN..MAX with 0 < MIN <= MAX, got '${text}'`);
    }
    return { min, max };
}
/** Reads a quorum system: `majority`, `weights:W;W;...` or `sets:a1+a2;a2+a3;...` (`,` also allowed outside lists). */
export function parseQuorum(text, inList) {
    const separator = inList ? /;/ : /[;,]/;
    if (text === "majority")
        return { kind: "majority" };
    if (text.startsWith("weights:")) {
        const items = text.slice("weights:".length).split(separator);
        const weights = items.map((w) => {
            if (!/^\d+$/.test(w))
                throw new ExperimentError(`quorum weights must be whole numbers separated by ';', got '${text}'`);
            return Number(w);
        });
        return { kind: "weighted", weights };
    }
    if (text.startsWith("sets:")) {
        const sets = text
            .slice("sets:".length)
            .split(separator)
            .map((s) => s.split("+"));
        if (sets.some((s) => s.some((a) => !/^a[1-9]\d*$/.test(a)))) {
            throw new ExperimentError(`quorum sets are acceptor names joined by '+' and separated by ';', e.g. sets:a1+a2;a2+a3;a1+a3, got '${text}'`);
        }
        return { kind: "explicit", sets };
    }
    const hint = inList ? " (in --vary, ',' separates quorums: separate a quorum's own items with ';')" : "";
    throw new ExperimentError(`quorum must be majority, weights:W;W;... or sets:a1+a2;..., got '${text}'${hint}`);
}
/** The canonical text of a quorum system (items separated by `;`). */
function formatQuorum(q) {
    switch (q.kind) {
        case "majority":
            return "majority";
        case "weighted":
            return `weights:${q.weights.join(";")}`;
        case "explicit":
            return `sets:${q.sets.map((s) => s.join("+")).join(";")}`;
    }
}
/** Shortest decimal text of a number (no exponent for the values parameters take). */
function numberText(n) {
    return String(n);
}
function probabilityParameter(name, meaning, key) {
    return {
        name,
        meaning,
        form: "a probability from 0 to 1",
        numeric: true,
        parse: (text) => probability(name, text),
        apply: (draft, v) => void (draft[key] = v),
        read: (o) => numberText(o[key]),
    };
}
function countParameter(name, meaning, key, min = 1) {
    return {
        name,
        meaning,
        form: `a whole number of at least ${min}`,
        numeric: true,
        parse: (text) => wholeNumber(name, text, min),
        apply: (draft, v) => void (draft[key] = v),
        read: (o) => numberText(o[key]),
    };
}
/** A positive time (a timeout or a period) in simulated time units. */
function timeParameter(name, meaning, key) {
    return {
        name,
        meaning,
        form: "a positive number of time units",
        numeric: true,
        parse: (text) => {
            const t = Number(text);
            if (!DECIMAL.test(text) || !(t > 0))
                throw new ExperimentError(`${name} must be a positive number of time units, got '${text}'`);
            return t;
        },
        apply: (draft, v) => void (draft[key] = v),
        read: (o) => numberText(o[key]),
    };
}
/** The message delays, common to both protocols. */
function delayParameter() {
    return {
        name: "delay",
        meaning: "range of message delays in time units",
        form: "MIN..MAX with 0 < MIN <= MAX",
        numeric: false,
        parse: (text) => timeRange("delay", text),
        apply: (draft, v) => void (draft.delay = v),
        read: (o) => `${numberText(o.delay.min)}..${numberText(o.delay.max)}`,
    };
}
/** The quorum system, common to both protocols. */
function quorumParameter() {
    return {
        name: "quorum",
        meaning: "quorum system",
        form: "majority | weights:W;W;... | sets:a1+a2;a2+a3;...",
        numeric: false,
        parse: (text, inList) => parseQuorum(text, inList),
        apply: (draft, v) => void (draft.quorum = v),
        read: (o) => formatQuorum(o.quorum),
    };
}
/** The parameters of single-decree Paxos runs, in the order of their CSV columns. */
export const PAXOS_PARAMETERS = [
    probabilityParameter("loss", "probability that a message is lost", "loss"),
    probabilityParameter("dup", "probability that a message is delivered twice", "duplicate"),
    probabilityParameter("crash", "probability per step that an acceptor or proposer crashes", "crash"),
    probabilityParameter("partition", "probability per step that the network splits in two", "partition"),
    delayParameter(),
    countParameter("acceptors", "number of acceptors", "acceptors"),
    countParameter("proposers", "number of proposers", "proposers"),
    countParameter("learners", "number of learners", "learners"),
    quorumParameter(),
    {
        name: "backoff",
        meaning: "exponential backoff of proposer retries",
        form: "on or off",
        numeric: false,
        parse: (text) => {
            if (text === "on")
                return true;
            if (text === "off")
                return false;
            throw new ExperimentError(`backoff must be on or off, got '${text}'`);
        },
        apply: (draft, v) => void (draft.retry = { ...(draft.retry ?? DEFAULT_OPTIONS.retry), backoff: v }),
        read: (o) => (o.retry.backoff ? "on" : "off"),
    },
    countParameter("ballots", "ballots each proposer may use", "ballotsPerProposer"),
    countParameter("steps", "scheduler step budget per run", "maxSteps"),
];
/** The parameters of replicated-log (Multi-Paxos) runs, in the order of their CSV columns. */
export const MULTIPAXOS_PARAMETERS = [
    probabilityParameter("loss", "probability that a message is lost", "loss"),
    probabilityParameter("dup", "probability that a message is delivered twice", "duplicate"),
    probabilityParameter("crash", "probability per step that an acceptor, proposer or replica crashes", "crash"),
    probabilityParameter("leadercrash", "probability per step that the leader crashes", "leaderCrash"),
    probabilityParameter("partition", "probability per step that the servers split in two", "partition"),
    delayParameter(),
    countParameter("acceptors", "number of acceptors", "acceptors"),
    countParameter("proposers", "number of proposers (leader candidates)", "proposers"),
    countParameter("replicas", "number of replicas", "replicas"),
    quorumParameter(),
    countParameter("window", "slots in flight at once (1: no pipelining)", "window"),
    countParameter("batch", "commands per slot at most (1: no batching)", "batch"),
    countParameter("clients", "number of clients", "clients"),
    countParameter("requests", "requests each client issues, one at a time", "requestsPerClient"),
    countParameter("keys", "number of keys", "keys"),
    timeParameter("timeout", "time without a leader's heartbeat before a follower tries to lead", "leaderTimeout"),
    {
        name: "rolling",
        meaning: "a rolling replacement of every acceptor, one change every so many time units (0: none)",
        form: "a number of time units, 0 for none",
        numeric: true,
        parse: (text) => {
            const t = Number(text);
            if (!DECIMAL.test(text) || !(t >= 0))
                throw new ExperimentError(`rolling must be a number of time units >= 0, got '${text}'`);
            return t;
        },
        apply: (draft, v) => void (draft.rollingReplacement = v),
        read: (o) => numberText(o.rollingReplacement),
    },
    countParameter("snapshot", "executed slots between replica snapshots", "snapshotEvery"),
    countParameter("steps", "scheduler step budget per run", "maxSteps"),
];
//# sourceMappingURL=parameters.js.map
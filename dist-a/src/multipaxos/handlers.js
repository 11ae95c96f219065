import { andThen, reaction } from "../paxos/node.js";
import { answerVoteQuery, initAcceptor, phase1b, phase2b, preempt, restart } from "./acceptor.js";
import { adopt, heartbeat, initProposer, leaderCheck, phase1a, phase2a, preempted, receive1b, receive2b as proposerReceive2b, receiveExecuted, receiveHeartbeat, receiveRequest, resend, } from "./proposer.js";
import { answerCatchUp, catchUpTimer, emptySnapshot, execute, initReplica, installSnapshot, learn, learnFromPeer, receive2b as replicaReceive2b, recover } from "./replica.js";
import { initClient, receiveReply, request, retry } from "./client.js";
/** The step functions of this package. */
export const MULTIPAXOS_STEPS = {
    phase1b,
    phase2b,
    preempt,
    answerVoteQuery,
    restart,
    initProposer,
    leaderCheck,
    phase1a,
    receive1b,
    adopt,
    phase2a,
    proposerReceive2b,
    receiveRequest,
    preempted,
    receiveHeartbeat,
    receiveExecuted,
    heartbeat,
    resend,
    replicaReceive2b,
    learn,
    execute,
    catchUpTimer,
    answerCatchUp,
    installSnapshot,
    learnFromPeer,
    recover,
    request,
    retry,
    receiveReply,
};
const none = () => [];
/** An acceptor. */
export function acceptorHandlers(id, steps = MULTIPAXOS_STEPS) {
    const { phase1b, phase2b, preempt, answerVoteQuery, restart } = steps;
    return {
        start: () => [{ state: initAcceptor(id), effects: [] }],
        onMessage: (s, _from, m) => {
            switch (m.type) {
                case "1a":
                    return reaction(phase1b(s, m) ?? preempt(s, m));
                case "2a":
                    return reaction(phase2b(s, m) ?? preempt(s, m));
                case "votequery":
                    return reaction(answerVoteQuery(s, m));
                case "1b":
                case "2b":
                case "preempted":
                case "heartbeat":
                case "executed":
                case "request":
                case "reply":
                case "catchup":
                case "decisions":
                    return none();
            }
        },
        onTimer: () => none(),
        onRestart: (log) => [restart(id, log)],
    };
}
/** A proposer's duties, in order: adopting a quorum's reports, proposing. */
function proposerDuties(cfg, { adopt, phase2a }) {
    return (s) => adopt(s, cfg) ?? phase2a(s, cfg);
}
/** A proposer (a leader when elected). `first` is whether it tries to lead at once (the others wait a leader-check period). */
export function proposerHandlers(id, cfg, first, steps = MULTIPAXOS_STEPS) {
    const { initProposer, receiveRequest, receive1b, proposerReceive2b, preempted, receiveHeartbeat, receiveExecuted, leaderCheck, phase1a, heartbeat, resend } = steps;
    const duties = proposerDuties(cfg, steps);
    const check = (after) => ({ kind: "setTimer", timer: { type: "leaderCheck" }, after, jitter: cfg.leaderTimeout });
    return {
        // The first proposer tries to lead at once; the others give it a leader-check period.
        start: () => [{ state: initProposer(id, cfg.initial), effects: [first ? { kind: "setTimer", timer: { type: "leaderCheck" }, after: 0 } : check(cfg.leaderTimeout)] }],
        onMessage: (s, _from, m) => {
            switch (m.type) {
                case "request":
                    return andThen(s, receiveRequest(s, m), duties);
                case "1b":
                    return andThen(s, receive1b(s, m), duties);
                case "2b":
                    return andThen(s, proposerReceive2b(s, m, cfg), duties);
                case "preempted":
                    return reaction(preempted(s, m));
                case "heartbeat":
                    return reaction(receiveHeartbeat(s, m));
                case "executed":
                    return andThen(s, receiveExecuted(s, m), duties);
                case "1a":
                case "2a":
                case "reply":
                case "catchup":
                case "decisions":
                case "votequery":
                    return none();
            }
        },
        onTimer: (s, timer) => {
            switch (timer.type) {
                case "leaderCheck": {
                    const checked = leaderCheck(s);
                    return andThen(s, { ...checked, effects: [...checked.effects, check(cfg.leaderTimeout)] }, (x) => phase1a(x, cfg) ?? duties(x));
                }
                case "heartbeat":
                    return reaction(heartbeat(s, cfg));
                case "resend":
                    return reaction(resend(s, cfg));
                case "catchUp":
                case "submit":
                case "retry":
                    return none();
            }
        },
        onRestart: (log) => {
            let highest = -1;
            let known;
            for (const r of log) {
                if (r.role !== "proposer")
                    continue;
                highest = Math.max(highest, r.highestBallot);
                if (r.decidedBelow !== undefined && r.configs !== undefined && r.decidedBelow >= (known?.decidedBelow ?? 0))
                    known = { decidedBelow: r.decidedBelow, configs: r.configs };
            }
            return [{ state: initProposer(id, cfg.initial, highest, known), effects: [check(cfg.leaderTimeout)] }];
        },
    };
}
/** A replica's duties: learn what a quorum voted for, execute what is decided in order. */
function replicaDuties(cfg, { learn, execute }) {
    return (s) => learn(s, cfg) ?? execute(s, cfg);
}
/** A replica. */
export function replicaHandlers(id, cfg, steps = MULTIPAXOS_STEPS) {
    const { replicaReceive2b, answerCatchUp, installSnapshot, learnFromPeer, catchUpTimer, recover } = steps;
    const duties = replicaDuties(cfg, steps);
    const timer = { kind: "setTimer", timer: { type: "catchUp" }, after: cfg.catchUpEvery };
    return {
        start: () => [{ state: initReplica(id, emptySnapshot(cfg.initial)), effects: [timer] }],
        onMessage: (s, _from, m) => {
            switch (m.type) {
                case "2b":
                    return andThen(s, replicaReceive2b(s, m), duties);
                case "catchup":
                    return reaction(answerCatchUp(s, m));
                case "decisions":
                    return andThen(s, installSnapshot(s, m), (x) => learnFromPeer(x, m) ?? duties(x));
                case "1a":
                case "1b":
                case "2a":
                case "preempted":
                case "heartbeat":
                case "executed":
                case "request":
                case "reply":
                case "votequery":
                    return none();
            }
        },
        onTimer: (s, t) => {
            switch (t.type) {
                case "catchUp":
                    return reaction(catchUpTimer(s, cfg));
                case "leaderCheck":
                case "heartbeat":
                case "resend":
                case "submit":
                case "retry":
                    return none();
            }
        },
        onRestart: (log) => {
            const back = recover(id, log, cfg.initial);
            return [{ ...back, effects: [...back.effects, timer] }];
        },
    };
}
/** A client. */
export function clientHandlers(id, cfg, start, steps = MULTIPAXOS_STEPS) {
    const { request, retry, receiveReply } = steps;
    const begin = () => [
        { state: initClient(id, start.target), effects: [{ kind: "setTimer", timer: { type: "submit" }, after: 0, jitter: start.submitWithin }] },
    ];
    return {
        start: begin,
        // A client hears only replies; anything else is not for it.
        onMessage: (s, _from, m) => (m.type === "reply" ? andThen(s, receiveReply(s, m), (x) => request(x, cfg)) : none()),
        onTimer: (s, t) => (t.type === "submit" ? reaction(request(s, cfg)) : t.type === "retry" ? reaction(retry(s, t.seq, cfg)) : none()),
        // A client keeps nothing on stable storage: it starts over.
        onRestart: begin,
    };
}
/**
 * An operator: a client whose requests change the configuration, one at each
 * of the times `at` (a change whose time comes while the one before is still
 * unanswered waits for it). It does not crash.
 */
export function operatorHandlers(id, cfg, at, steps = MULTIPAXOS_STEPS) {
    const { request, retry, receiveReply } = steps;
    const wait = cfg.retryAfter / 4;
    return {
        start: () => [{ state: initClient(id, 0), effects: at.map((t) => ({ kind: "setTimer", timer: { type: "submit" }, after: t })) }],
        onMessage: (s, _from, m) => (m.type === "reply" ? reaction(receiveReply(s, m)) : none()),
        onTimer: (s, t) => {
            switch (t.type) {
                case "submit":
                    return s.pending === null ? reaction(request(s, cfg)) : [{ state: s, effects: [{ kind: "setTimer", timer: { type: "submit" }, after: wait }] }];
                case "retry":
                    return reaction(retry(s, t.seq, cfg));
                default:
                    return none();
            }
        },
        onRestart: () => [{ state: initClient(id, 0), effects: [] }],
    };
}
//# sourceMappingURL=handlers.js.map
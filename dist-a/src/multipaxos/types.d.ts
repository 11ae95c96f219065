/**
 * The vocabulary of Multi-Paxos: a sequence of consensus instances, one per
 * log slot, that share their ballots. A leader runs phase 1 once for every
 * slot (one 1a, and 1b reports carrying the acceptor's votes in every slot),
 * then phase 2 slot by slot. Replicas learn each slot's value, execute the
 * commands in slot order on the key-value state machine of `src/smr`, and
 * answer the clients.
 *
 * A slot's value is a batch: a sequence of client commands, executed in
 * order. The empty batch is the no-op a new leader uses to fill a gap.
 *
 * @module
 */
import type { HostEffect, NodeId, NodeStep } from "../paxos/node.js";
import type { Command, KvResult, KvState } from "../smr/kv.js";
import type { ConfigHistory } from "./configuration.js";
export type { NodeId } from "../paxos/node.js";
/** A ballot, owned by proposer number `b mod P`; -1 stands for "none yet". */
export type Ballot = number;
/** A log position, 0, 1, 2, ... */
export type Slot = number;
/** A slot's value: the commands of one batch, in order; `[]` is the no-op. */
export type Batch = readonly Command[];
/** An acceptor's vote in one slot. */
export interface Vote {
    readonly bal: Ballot;
    readonly val: Batch;
}
/** Phase 1a: the proposer `from` asks every acceptor to join ballot `bal`, for every slot from `from` on. */
export interface Msg1a {
    readonly type: "1a";
    readonly from: NodeId;
    readonly bal: Ballot;
    /** The first slot the proposer does not know to be decided: votes below it need not be reported. */
    readonly slot: Slot;
}
/** Phase 1b: acceptor `acc` joins `bal` and reports its votes in every slot from the 1a's `slot` on. */
export interface Msg1b {
    readonly type: "1b";
    readonly acc: NodeId;
    readonly bal: Ballot;
    /** The 1a's first slot: the votes reported are those in the slots from it on. */
    readonly from: Slot;
    readonly votes: ReadonlyMap<Slot, Vote>;
}
/** Phase 2a: the leader of `bal` asks the acceptors to vote for `val` in slot `slot`. */
export interface Msg2a {
    readonly type: "2a";
    readonly from: NodeId;
    readonly bal: Ballot;
    readonly slot: Slot;
    readonly val: Batch;
    /** The replicas of the slot's configuration, to which each acceptor sends its vote (routing; not in the spec's message). */
    readonly replicas: readonly NodeId[];
}
/** Phase 2b: acceptor `acc` voted for `val` in slot `slot`, ballot `bal`. Sent to the replicas and the leader. */
export interface Msg2b {
    readonly type: "2b";
    readonly acc: NodeId;
    readonly bal: Ballot;
    readonly slot: Slot;
    readonly val: Batch;
}
/** An acceptor has joined ballot `bal`, above the one a proposer used: it should stand down. Not a spec message. */
export interface MsgPreempted {
    readonly type: "preempted";
    readonly acc: NodeId;
    readonly bal: Ballot;
}
/** The leader of `bal` is alive, and knows every slot below `decidedBelow` decided (sent to the other proposers). Not a spec message. */
export interface MsgHeartbeat {
    readonly type: "heartbeat";
    readonly from: NodeId;
    readonly bal: Ballot;
    readonly decidedBelow: Slot;
    /** The configuration changes the leader knows, every one below `decidedBelow` among them. */
    readonly configs: ConfigHistory;
}
/** A replica has executed every slot below `through` (sent to the proposers with each snapshot). Not a spec message. */
export interface MsgExecuted {
    readonly type: "executed";
    readonly replica: NodeId;
    readonly through: Slot;
    /** The configuration changes decided below `through`. */
    readonly configs: ConfigHistory;
}
/** A client's request. Not a spec message. */
export interface MsgRequest {
    readonly type: "request";
    readonly command: Command;
}
/** A replica's answer to a client's request. Not a spec message. */
export interface MsgReply {
    readonly type: "reply";
    readonly replica: NodeId;
    readonly client: NodeId;
    readonly seq: number;
    readonly result: KvResult;
}
/** A replica asks another for the decided slots from `from` on. Not a spec message. */
export interface MsgCatchUp {
    readonly type: "catchup";
    readonly replica: NodeId;
    readonly from: Slot;
}
/**
 * A replica behind a gap asks the acceptors for their votes in slots `from`
 * to `upto - 1`: when the 2b messages of a slot were lost on their way to
 * every replica, no replica can teach another, and the leader has moved on.
 * Each acceptor answers with its vote in each such slot, as the 2b it sent
 * when it voted (a repeat of a spec message). Not a spec message.
 */
export interface MsgVoteQuery {
    readonly type: "votequery";
    readonly replica: NodeId;
    readonly from: Slot;
    readonly upto: Slot;
}
/**
 * A replica's answer to a catch-up: a snapshot of its state machine through
 * slot `snapshot.through - 1` (when the asker is behind it), then the decided
 * values of the slots that follow, from `from` on. Not a spec message.
 */
export interface MsgDecisions {
    readonly type: "decisions";
    readonly replica: NodeId;
    readonly snapshot: Snapshot | null;
    readonly from: Slot;
    readonly values: readonly Batch[];
}
/** Every message. The first four are the spec's; the rest are leadership, client and catch-up traffic. */
export type Message = Msg1a | Msg1b | Msg2a | Msg2b | MsgPreempted | MsgHeartbeat | MsgExecuted | MsgRequest | MsgReply | MsgCatchUp | MsgDecisions | MsgVoteQuery;
/** The spec's messages. */
export type ProtocolMessage = Msg1a | Msg1b | Msg2a | Msg2b;
/** Whether a message is one of the spec's four. */
export declare function isProtocolMessage(m: Message): m is ProtocolMessage;
/**
 * A replica's snapshot: the state machine after executing every slot below
 * `through`. It stands for the decided prefix `0 .. through-1`: every replica
 * that executed that prefix holds the same state machine.
 */
export interface Snapshot {
    readonly through: Slot;
    readonly kv: KvState;
    /** The configuration changes decided below `through`: part of the replicated state. */
    readonly configs: ConfigHistory;
}
/** The timers: a proposer's check on the leader, its heartbeat, its resend of 2a messages; a replica's catch-up; a client's submit and retry. */
export type Timer = {
    readonly type: "leaderCheck";
} | {
    readonly type: "heartbeat";
} | {
    readonly type: "resend";
} | {
    readonly type: "catchUp";
} | {
    readonly type: "submit";
} | {
    readonly type: "retry";
    readonly seq: number;
};
/**
 * What a node writes to stable storage, as a log of records: an acceptor's
 * promise and each of its votes, a proposer's highest ballot, a replica's
 * snapshot (which replaces everything before it).
 */
export type StableRecord = {
    readonly role: "acceptor";
    readonly kind: "promise";
    readonly maxBal: Ballot;
} | {
    readonly role: "acceptor";
    readonly kind: "vote";
    readonly slot: Slot;
    readonly vote: Vote;
} | {
    readonly role: "proposer";
    readonly highestBallot: Ballot;
    /** The decided prefix it knew when it wrote the record (absent: none), and the configuration changes decided there. */
    readonly decidedBelow?: Slot;
    readonly configs?: ConfigHistory;
} | {
    readonly role: "replica";
    readonly snapshot: Snapshot;
};
/** The effects of a Multi-Paxos step: the host's three, and what clients and replicas report. */
export type Effect = HostEffect<Message, Timer, StableRecord> | {
    readonly kind: "invoke";
    readonly command: Command;
} | {
    readonly kind: "complete";
    readonly client: NodeId;
    readonly seq: number;
    readonly result: KvResult;
} | {
    readonly kind: "executed";
    readonly slot: Slot;
    readonly commands: number;
};
/** The spec actions, with the spec's parameter names. */
export type SpecAction = {
    readonly name: "Request";
    readonly params: {
        readonly c: CommandId;
    };
} | {
    readonly name: "Phase1a";
    readonly params: {
        readonly p: NodeId;
        readonly b: Ballot;
        readonly f: Slot;
    };
} | {
    readonly name: "Phase1b";
    readonly params: {
        readonly a: NodeId;
        readonly b: Ballot;
    };
} | {
    readonly name: "Phase2a";
    readonly params: {
        readonly p: NodeId;
        readonly b: Ballot;
        readonly s: Slot;
        readonly v: Batch;
    };
} | {
    readonly name: "Phase2b";
    readonly params: {
        readonly a: NodeId;
        readonly b: Ballot;
        readonly s: Slot;
        readonly v: Batch;
    };
} | {
    readonly name: "Learn";
    readonly params: {
        readonly r: NodeId;
        readonly s: Slot;
        readonly v: Batch;
    };
} | {
    readonly name: "Execute";
    readonly params: {
        readonly r: NodeId;
        readonly s: Slot;
    };
} | {
    readonly name: "InstallSnapshot";
    readonly params: {
        readonly r: NodeId;
        readonly n: Slot;
    };
} | {
    readonly name: "Recover";
    readonly params: {
        readonly r: NodeId;
        readonly n: Slot;
    };
} | {
    readonly name: "Restart";
    readonly params: {
        readonly a: NodeId;
    };
};
/** A command's name in the spec: its client and request number, `c1.7`. */
export type CommandId = string;
/** The spec's name of a command. */
export declare function commandId(c: {
    readonly client: NodeId;
    readonly seq: number;
}): CommandId;
/** The spec's action names. */
export type SpecActionName = SpecAction["name"];
/** One step of a Multi-Paxos node. */
export type Step<S> = NodeStep<S, Effect, SpecAction>;
/** The proposer that owns ballot `b` among `proposers`: number `b mod P`. */
export declare function ballotOwner(proposers: readonly NodeId[], b: Ballot): NodeId;

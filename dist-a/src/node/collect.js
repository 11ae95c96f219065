/**
 * Turns the step files a real cluster's nodes wrote (`trace.ts`) into
 * per-node logs that `paxos validate` merges and checks against
 * `spec/MultiPaxos.tla` (the conformance format, section 5).
 *
 * What the nodes could not know while running is filled in here, from every
 * node's steps together:
 *
 * - the constants: `Command` (every request issued), `Slot` (0 to one past
 *   the highest slot named), `Ballot` (0 to the highest ballot named) and
 *   its `Owner`s, beside what the configuration gives (`Acceptor`,
 *   `Proposer`, `Replica`, `Quorum`, `MaxBatch`);
 * - resends: a client may issue the same request through two gateways (it
 *   retried on another node); the first `Request` of a command, in clock
 *   order, is the step, and the others are marked `"resend": true`.
 *
 * A last line cut short by a crash is left out (the node did not take that
 * step as far as anyone can tell: the host writes a step's line before its
 * messages leave).
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { QuorumSystem } from "../paxos/quorum.js";
import { TRACE_FORMAT } from "../trace/format.js";
import { rolesOf } from "./config.js";
/** The step files of a cluster's data directories: each protocol node's, and each gateway's (a node that never ran has none). */
export function stepFiles(c, dataOf) {
    const out = [];
    for (const n of c.nodes) {
        for (const id of [n.acceptor, n.proposer, n.replica])
            if (id !== null)
                out.push({ node: id, file: join(dataOf(n.id), id, "steps.ndjson") });
        if (n.http !== null)
            out.push({ node: n.id, file: join(dataOf(n.id), "gateway", "steps.ndjson") });
    }
    return out;
}
/** Writes the per-node logs of the run whose nodes' data directories `dataOf` gives into `outDir`. */
export function collectRun(c, dataOf, outDir, seed = "cluster") {
    const logs = [];
    let torn = 0;
    for (const { node, file } of stepFiles(c, dataOf)) {
        const steps = [];
        for (const line of existsSync(file) ? readFileSync(file, "utf8").split("\n") : []) {
            if (line === "")
                continue;
            try {
                steps.push(JSON.parse(line));
            }
            catch {
                torn++;
            }
        }
        // Every node has a log, its header alone if it took no step: others' steps may name it as a sender.
        logs.push({ node, steps });
    }
    const commands = new Set();
    let maxSlot = -1;
    let maxBallot = 0;
    for (const { steps } of logs) {
        for (const s of steps) {
            const p = s.params;
            if (s.action === "Request")
                commands.add(p["c"]);
            for (const k of ["s", "f", "n"])
                if (typeof p[k] === "number")
                    maxSlot = Math.max(maxSlot, p[k]);
            if (typeof p["b"] === "number")
                maxBallot = Math.max(maxBallot, p["b"]);
        }
    }
    // The first Request of a command in clock order (then node name) is the step; the others repeat it.
    const requests = logs.flatMap(({ node, steps }) => steps.filter((s) => s.action === "Request").map((s) => ({ node, s })));
    requests.sort((x, y) => x.s.clock - y.s.clock || (x.node < y.node ? -1 : x.node > y.node ? 1 : x.s.i - y.s.i));
    const seen = new Set();
    let resends = 0;
    for (const { s } of requests) {
        const cmd = s.params["c"];
        if (seen.has(cmd)) {
            s.resend = true;
            resends++;
        }
        else
            seen.add(cmd);
    }
    const roles = rolesOf(c);
    const set = (xs) => ({ "#set": xs });
    const slots = Array.from({ length: maxSlot + 2 }, (_, i) => i);
    const ballots = Array.from({ length: maxBallot + 1 }, (_, i) => i);
    const quorums = new QuorumSystem(roles.acceptors, c.quorum).quorums();
    const constants = {
        Command: set([...commands].sort()),
        Acceptor: set(roles.acceptors),
        Proposer: set(roles.proposers),
        Replica: set(roles.replicas),
        Ballot: set(ballots),
        Owner: { "#map": ballots.map((b) => [b, roles.proposers[b % roles.proposers.length]]) },
        Quorum: set(quorums.map((q) => set(q))),
        Slot: set(slots),
        MaxBatch: c.batch,
        None: "None",
    };
    mkdirSync(outDir, { recursive: true });
    const files = [];
    let total = 0;
    for (const { node, steps } of logs) {
        const header = {
            kind: "header",
            format: TRACE_FORMAT,
            spec: "MultiPaxos",
            mode: "events",
            seed,
            node,
            constants,
            cluster: { implementation: "paxos-tla node (TCP, disk)", nodes: c.nodes.length, window: c.window, batch: c.batch },
        };
        const file = join(outDir, `${node}.ndjson`);
        writeFileSync(file, [JSON.stringify(header), ...steps.map((s) => JSON.stringify(s))].join("\n") + "\n");
        files.push(file);
        total += steps.length;
    }
    return { files, steps: total, commands: commands.size, slots: slots.length, ballots: ballots.length, resends, torn };
}
//# sourceMappingURL=collect.js.map
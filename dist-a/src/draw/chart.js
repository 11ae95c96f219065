import { itfElements, itfKey, itfRecord, itfText } from "./itfValue.js";
/** The order of roles from left to right. */
const ROLE_ORDER = ["client", "proposer", "acceptor", "learner", "other"];
function str(v) {
    if (typeof v === "string")
        return v;
    if (typeof v === "number")
        return String(v);
    return undefined;
}
/** Natural order: `a2` before `a10`. */
function naturalCompare(a, b) {
    return a.localeCompare(b, "en", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}
/** The role a constant's name suggests (`Acceptors` -> acceptor), if any. */
function roleOfConstant(name) {
    const n = name.toLowerCase();
    if (n.includes("acceptor"))
        return "acceptor";
    if (n.includes("proposer") || n.includes("leader"))
        return "proposer";
    if (n.includes("learner"))
        return "learner";
    if (n.includes("client"))
        return "client";
    return undefined;
}
/** The message type a record's `type` field names (`"1b"`, `"phase1b"`, `"Prepare"` ...). */
function messageTypeOf(v) {
    const t = str(v)?.toLowerCase();
    if (t === undefined)
        return undefined;
    for (const m of ["1a", "1b", "2a", "2b"])
        if (t.includes(m))
            return m;
    if (t === "prepare")
        return "1a";
    if (t === "promise")
        return "1b";
    if (t === "accept")
        return "2a";
    if (t === "accepted")
        return "2b";
    return undefined;
}
const BALLOT_FIELDS = ["bal", "b", "ballot", "mbal_of_msg"];
const SENDER_FIELDS = ["from", "acc", "src", "sender", "p", "a"];
const RECEIVER_FIELDS = ["to", "dst", "dest", "receiver"];
function firstField(rec, names) {
    if (!rec)
        return undefined;
    for (const n of names)
        if (rec[n] !== undefined)
            return rec[n];
    return undefined;
}
/**
 * New message records in `next` that were not in `prev`: the variables whose
 * values are sets of records with a `type` field are taken as the message
 * sets. Used to label 1b messages with the vote they carry.
 */
function newMessages(prev, next) {
    if (!next)
        return [];
    const out = [];
    for (const name of Object.keys(next).sort()) {
        const elems = itfElements(next[name]);
        if (!elems || elems.length === 0)
            continue;
        const records = elems.map(itfRecord);
        if (!records.every((r) => r !== undefined && r["type"] !== undefined))
            continue;
        const before = new Set((itfElements(prev?.[name]) ?? []).map(itfKey));
        for (const r of records)
            if (r && !before.has(itfKey(r)))
                out.push(r);
    }
    return out;
}
/** `(1, v1)`: the fields of a 1b message beyond its type, sender and ballot (the vote it reports). */
function voteText(rec) {
    const skip = new Set(["type", ...BALLOT_FIELDS, ...SENDER_FIELDS, ...RECEIVER_FIELDS]);
    const rest = Object.keys(rec)
        .filter((k) => !skip.has(k))
        .sort();
    if (rest.length === 0)
        return "";
    return ` (${rest.map((k) => itfText(rec[k])).join(",")})`;
}
function stepLabel(step) {
    const args = Object.keys(step.params).map((k) => itfText(step.params[k]));
    return `${step.action}(${args.join(", ")})`;
}
/** The record a drop/dup event is about, and its endpoints. */
function eventMessage(ev) {
    const msg = itfRecord(ev.fields["msg"] ?? ev.fields["message"] ?? ev.fields["m"]);
    const type = messageTypeOf(msg?.["type"] ?? ev.fields["type"]);
    const balJson = firstField(msg, BALLOT_FIELDS) ?? ev.fields["bal"] ?? ev.fields["b"];
    const from = str(ev.fields["from"]) ?? str(firstField(msg, SENDER_FIELDS));
    const to = str(ev.fields["to"]) ?? str(firstField(msg, RECEIVER_FIELDS)) ?? ev.node;
    const text = type ? `${type}${balJson !== undefined ? ` b=${itfText(balJson)}` : ""}` : (str(msg?.["type"]) ?? (msg ? itfText(msg) : "message"));
    return { type, bal: balJson === undefined ? undefined : itfKey(balJson), from, to, text };
}
/** A constant's value for the subtitle: long sets and maps cut to their first elements and a count. */
function constantText(v) {
    const o = v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
    const elems = o && Array.isArray(o["#set"]) ? o["#set"] : undefined;
    if (elems && elems.length > 6)
        return `{${elems.slice(0, 3).map(itfText).join(", ")}, …} (${elems.length})`;
    const pairs = o && Array.isArray(o["#map"]) ? o["#map"] : undefined;
    if (pairs && pairs.length > 4)
        return `${itfText({ "#map": pairs.slice(0, 2) }).replace(/\)$/, "")} @@ …) (${pairs.length})`;
    return itfText(v);
}
/**
 * Builds the chart of a trace. Deterministic: the same trace gives the same
 * chart. Rows are ordered by `time` when the trace has times (stably, so
 * equal times keep file order), else in file order.
 */
export function buildChart(trace) {
    // ---- lifelines: constants first (their order), then nodes seen in steps
    const roleOf = new Map();
    const constantOrder = new Map();
    for (const name of Object.keys(trace.header.constants).sort()) {
        const role = roleOfConstant(name);
        if (!role)
            continue;
        for (const e of itfElements(trace.header.constants[name]) ?? []) {
            const node = str(e);
            if (node === undefined || roleOf.has(node))
                continue;
            roleOf.set(node, role);
            constantOrder.set(node, constantOrder.size);
        }
    }
    // A node first seen in an event (role unknown) takes the role of the first step it takes.
    const seen = (node, role) => {
        if (node === undefined)
            return;
        const known = roleOf.get(node);
        if (known === undefined || (known === "other" && role !== "other"))
            roleOf.set(node, role);
    };
    // ---- rows
    const sorted = trace.entries.filter((e) => !(e.kind === "event" && e.what === "deliver"));
    const timed = sorted.some((e) => e.time !== undefined);
    let lastTime;
    const withTime = sorted.map((entry, order) => {
        if (entry.time !== undefined)
            lastTime = entry.time;
        return { entry, order, time: entry.time ?? lastTime };
    });
    // At equal times: happenings that lead to a step (a timeout, a crash, a partition) come before it, and
    // the fate of a message (lost, duplicated) after it, since the recorder writes a step's line after the
    // network has decided what becomes of the messages the step sent.
    const tieRank = (e) => (e.kind === "step" ? 0 : e.what === "drop" || e.what === "dup" ? 1 : -1);
    if (timed)
        withTime.sort((x, y) => (x.time ?? -Infinity) - (y.time ?? -Infinity) || tieRank(x.entry) - tieRank(y.entry) || x.order - y.order);
    const rows = [];
    const arrows = [];
    const drops = [];
    const marks = [];
    const sent = [];
    const droppedKeys = new Set();
    let prevState = trace.init;
    for (const { entry, time } of withTime) {
        const row = rows.length;
        if (entry.kind === "event") {
            const what = entry.what;
            if (what === "drop" || what === "dup") {
                const m = eventMessage(entry);
                seen(m.to, "other");
                seen(m.from, "other");
                if (what === "drop") {
                    const sender = [...sent].reverse().find((s) => s.type === m.type && (m.bal === undefined || s.bal === m.bal) && (m.from === undefined || s.from === m.from));
                    const reason = str(entry.fields["reason"]);
                    const why = reason === undefined || reason === "loss" ? "lost" : `lost (${reason})`;
                    drops.push({ label: `${m.text} ${why}`, fromNode: sender?.from ?? m.from, fromRow: sender?.row, toNode: m.to, row });
                    if (m.type && m.bal !== undefined && m.from !== undefined && m.to !== undefined)
                        droppedKeys.add(`${m.type}|${m.bal}|${m.from}|${m.to}`);
                }
                else {
                    marks.push({ kind: "dup", node: m.to, row, label: `dup ${m.text}` });
                }
                rows.push({ entry, time, node: m.to, label: `${what} ${m.text}` });
            }
            else {
                const node = entry.node ?? str(entry.fields["at"]) ?? str(entry.fields["to"]);
                seen(node, "other");
                const kind = what === "crash" ? "crash" : what === "timeout" ? "timeout" : "event";
                const ballot = entry.fields["ballot"];
                const groups = itfElements(entry.fields["groups"]);
                const label = what === "timeout" && ballot !== undefined
                    ? `timeout b=${itfText(ballot)}`
                    : what === "partition" && groups
                        ? `partition ${groups.map((g) => itfText(g).replace(/^<<(.*)>>$/, "{$1}")).join(" | ")}`
                        : what;
                if (node !== undefined)
                    marks.push({ kind, node, row, label });
                rows.push({ entry, time, node, label });
            }
            continue;
        }
        const step = entry;
        const p = step.params;
        const bal = p["b"] !== undefined ? itfKey(p["b"]) : "";
        const balText = p["b"] !== undefined ? itfText(p["b"]) : "?";
        const val = p["v"] !== undefined ? itfKey(p["v"]) : undefined;
        const valText = p["v"] !== undefined ? itfText(p["v"]) : "?";
        let node = step.node;
        const fresh = newMessages(prevState, step.state);
        if (step.state)
            prevState = step.state;
        const consume = (type, at, pick, match) => {
            const candidates = sent.filter((s) => s.type === type && match(s) && !droppedKeys.has(`${type}|${s.bal}|${s.from}|${at}`));
            if (pick === "latest") {
                const last = candidates[candidates.length - 1];
                if (last)
                    arrows.push({ type, label: last.label, fromNode: last.from, fromRow: last.row, toNode: at, toRow: row });
                return;
            }
            const latestBySender = new Map();
            for (const c of candidates)
                latestBySender.set(c.from, c);
            for (const c of latestBySender.values())
                arrows.push({ type, label: c.label, fromNode: c.from, fromRow: c.row, toNode: at, toRow: row });
        };
        // One drawer per spec action: the record type makes a new action fail to compile until it is drawn.
        const drawers = {
            Propose: () => {
                node ??= "clients";
                seen(node, "client");
                marks.push({ kind: "propose", node, row, label: `propose ${valText}` });
            },
            Phase1a: () => {
                node = str(p["p"]) ?? node ?? "?";
                seen(node, "proposer");
                sent.push({ type: "1a", from: node, row, bal, val: undefined, label: `1a b=${balText}` });
            },
            Phase1b: () => {
                node = str(p["a"]) ?? node ?? "?";
                seen(node, "acceptor");
                const at = node;
                consume("1a", at, "latest", (s) => s.bal === bal);
                const rec = fresh.find((r) => messageTypeOf(r["type"]) === "1b");
                sent.push({ type: "1b", from: at, row, bal, val: undefined, label: `1b b=${balText}${rec ? voteText(rec) : ""}` });
            },
            Phase2a: () => {
                node = str(p["p"]) ?? node ?? "?";
                seen(node, "proposer");
                consume("1b", node, "all", (s) => s.bal === bal);
                sent.push({ type: "2a", from: node, row, bal, val, label: `2a b=${balText} v=${valText}` });
            },
            Phase2b: () => {
                node = str(p["a"]) ?? node ?? "?";
                seen(node, "acceptor");
                consume("2a", node, "latest", (s) => s.bal === bal && (val === undefined || s.val === undefined || s.val === val));
                sent.push({ type: "2b", from: node, row, bal, val, label: `2b b=${balText} v=${valText}` });
            },
            Learn: () => {
                node = str(p["l"]) ?? node ?? "?";
                seen(node, "learner");
                consume("2b", node, "all", (s) => s.bal === bal && (val === undefined || s.val === undefined || s.val === val));
                marks.push({ kind: "learn", node, row, label: `learned ${valText} (b=${balText})` });
            },
            Restart: () => {
                node = str(p["a"]) ?? node ?? "?";
                seen(node, "acceptor");
                marks.push({ kind: "restart", node, row, label: "restart" });
            },
        };
        const draw = Object.hasOwn(drawers, step.action) ? drawers[step.action] : undefined;
        if (draw)
            draw();
        else
            seen(node, "other");
        rows.push({ entry, time, node, label: stepLabel(step) });
    }
    const roleRank = (r) => ROLE_ORDER.indexOf(r);
    const lifelines = [...roleOf.entries()]
        .map(([node, role]) => ({ node, role }))
        .sort((x, y) => {
        const byRole = roleRank(x.role) - roleRank(y.role);
        if (byRole !== 0)
            return byRole;
        const cx = constantOrder.get(x.node);
        const cy = constantOrder.get(y.node);
        if (cx !== undefined && cy !== undefined)
            return cx - cy;
        if (cx !== undefined)
            return -1;
        if (cy !== undefined)
            return 1;
        return naturalCompare(x.node, y.node);
    });
    const stepCount = trace.entries.filter((e) => e.kind === "step").length;
    const seed = trace.header.seed === undefined ? "none" : itfText(trace.header.seed);
    const title = `${trace.header.spec} run: seed ${seed}, ${stepCount} step${stepCount === 1 ? "" : "s"}`;
    const constants = Object.keys(trace.header.constants)
        .sort()
        .map((k) => `${k} = ${constantText(trace.header.constants[k])}`)
        .join("   ");
    return { title, subtitle: constants, lifelines, rows, arrows, drops, marks, timed };
}
//# sourceMappingURL=chart.js.map
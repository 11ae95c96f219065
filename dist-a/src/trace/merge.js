import { hashState, newFingerprint } from "../tla/values/value.js";
import { TraceFormatError } from "./reader.js";
import { decodeConstants, entryOf, parsedLines, traceVerdict, validatorFor } from "./validate.js";
import { ballotFormOf, constantsFor, encodeLine, renotateAll } from "./ballots.js";
/** Whether a parsed step line carries a logical clock (so its file is a per-node log). */
function hasClock(line) {
    return line.kind === "step" && (line["clock"] !== undefined || line["vc"] !== undefined);
}
/**
 * Whether a trace is a per-node log: its header names a node, or its first
 * step carries a `clock` or `vc`. Reads only up to the first step of a stream.
 */
export async function isNodeLogText(text, file) {
    try {
        // A header that cannot name a node is not parsed: a long trace's header (its constants) is large, and
        // parsing it here as well leaves the collector work that slows down the validation after it.
        for await (const { parsed } of parsedLines(text, file, (t, first) => !first || t.includes('"node"'))) {
            if (parsed.kind === "step")
                return hasClock(parsed);
            if (parsed.kind === "header" && typeof parsed["node"] === "string")
                return true;
        }
    }
    catch (err) {
        // malformed: validating it on its own reports the problem
        if (!(err instanceof TraceFormatError))
            throw err;
        return false;
    }
    return false;
}
function isVc(x) {
    return typeof x === "object" && x !== null && !Array.isArray(x) && Object.values(x).every((n) => Number.isInteger(n) && n >= 0);
}
/** Reads one per-node log whole, checking its clocks. Throws {@link TraceFormatError}. */
export async function readNodeLog(text, file) {
    let header;
    let modelValues = new Set();
    const steps = [];
    let node;
    let form;
    const ballots = new Set();
    for await (const { parsed: given, line } of parsedLines(text, file)) {
        const parsed = form ? encodeLine(form, given, file, line, ballots) : given;
        if (parsed.kind === "header") {
            header = parsed;
            form = ballotFormOf(parsed, file);
            modelValues = decodeConstants(parsed.constants, file, line).modelValues;
            const n = parsed["node"];
            if (n !== undefined && typeof n !== "string")
                throw new TraceFormatError(file, line, `field 'node' of the header must be a string`);
            node = n;
            continue;
        }
        if (parsed.kind === "init")
            throw new TraceFormatError(file, line, "a per-node log has no init line (the initial state is the specification's Init)");
        if (parsed.kind !== "step")
            continue;
        const raw = parsed;
        const stepNode = parsed.node ?? node;
        if (stepNode === undefined)
            throw new TraceFormatError(file, line, "a step of a per-node log must name its node (field 'node' of the step or of the header)");
        if (node === undefined)
            node = stepNode;
        if (stepNode !== node)
            throw new TraceFormatError(file, line, `this per-node log is ${node}'s, but the step names node ${stepNode}`);
        const clock = raw["clock"];
        const vc = raw["vc"];
        if (clock === undefined && vc === undefined)
            throw new TraceFormatError(file, line, `a step of a per-node log needs a logical clock: "clock" (Lamport) or "vc" (vector)`);
        if (clock !== undefined && !(Number.isInteger(clock) && clock >= 0))
            throw new TraceFormatError(file, line, `field 'clock' must be a whole number >= 0, got ${JSON.stringify(clock)}`);
        if (vc !== undefined && !isVc(vc))
            throw new TraceFormatError(file, line, `field 'vc' must map node names to whole numbers >= 0, got ${JSON.stringify(vc)}`);
        if (vc !== undefined && vc[stepNode] === undefined)
            throw new TraceFormatError(file, line, `the vector clock has no entry for the node itself (${stepNode})`);
        const recvRaw = raw["recv"];
        const recvList = recvRaw === undefined ? [] : Array.isArray(recvRaw) ? recvRaw : [recvRaw];
        const recv = recvList.map((r) => {
            const o = r;
            const isId = (x) => typeof x === "string" || Number.isInteger(x);
            const isObject = typeof r === "object" && r !== null;
            const byClock = isObject && typeof o["node"] === "string" && (o["clock"] === undefined || Number.isInteger(o["clock"])) && (o["vc"] === undefined || isVc(o["vc"]));
            const byId = isObject && isId(o["id"]);
            if (!byClock && !byId) {
                throw new TraceFormatError(file, line, `field 'recv' must be {"node": N, "clock": C} or {"id": I} (or a list of them), got ${JSON.stringify(r)}`);
            }
            return {
                ...(typeof o["node"] === "string" ? { node: o["node"] } : {}),
                ...(byId ? { id: o["id"] } : {}),
                ...(o["clock"] !== undefined ? { clock: o["clock"] } : {}),
                ...(o["vc"] !== undefined ? { vc: o["vc"] } : {}),
            };
        });
        const sentRaw = raw["sent"];
        const sent = sentRaw === undefined ? [] : Array.isArray(sentRaw) ? sentRaw : [sentRaw];
        if (!sent.every((x) => typeof x === "string" || Number.isInteger(x)))
            throw new TraceFormatError(file, line, `field 'sent' must be a message id (a string or a whole number) or a list of them, got ${JSON.stringify(sentRaw)}`);
        const prev = steps[steps.length - 1];
        if (prev) {
            if (clock !== undefined && prev.clock !== undefined && !(clock > prev.clock))
                throw new TraceFormatError(file, line, `clock ${clock} is not above the node's previous clock ${prev.clock} (line ${prev.line})`);
            if (vc !== undefined && prev.vc !== undefined && !(vc[stepNode] > prev.vc[stepNode])) {
                throw new TraceFormatError(file, line, `the node's own entry of the vector clock (${vc[stepNode]}) is not above its previous one (${prev.vc[stepNode]}, line ${prev.line})`);
            }
        }
        for (const r of recv) {
            if (clock !== undefined && r.clock !== undefined && !(r.clock < clock))
                throw new TraceFormatError(file, line, `the step received a message sent at clock ${r.clock}, which is not below its own clock ${clock}`);
        }
        const entry = entryOf(parsed, line, file, modelValues);
        steps.push({
            input: entry,
            line,
            file,
            node: stepNode,
            ...(clock !== undefined ? { clock: clock } : {}),
            ...(vc !== undefined ? { vc: vc } : {}),
            recv,
            sent: sent,
            index: steps.length,
            i: parsed.i,
        });
    }
    return { file, header: header, node: node ?? file, steps, ...(form ? { form } : {}), ballots };
}
/** The error for a step that names a node none of whose log was given. */
function missingLog(s, node, what) {
    return new TraceFormatError(s.file, s.line, `the step ${what} node ${node}, but no log of node ${node} was given; give the logs of every node of the run together (the log of a node that took no step is its header alone, with "node": "${node}")`);
}
/** The happened-before order of the steps of several per-node logs. */
export class CausalOrder {
    logs;
    /** Every step, numbered by position in this array. */
    steps = [];
    /** Direct predecessors of each step. */
    preds = [];
    succs = [];
    /** The priority of the first merge: clock (or vector sum), node, line. */
    key = [];
    constructor(logs) {
        this.logs = logs;
        const kinds = new Set(logs.flatMap((l) => l.steps.map((s) => (s.vc ? "vc" : "clock"))));
        if (kinds.size > 1) {
            const l = logs.find((x) => x.steps.some((s) => s.vc));
            throw new TraceFormatError(l.file, l.steps.find((s) => s.vc).line, "the logs mix Lamport clocks ('clock') and vector clocks ('vc'); use one kind in every log");
        }
        const byNode = new Map();
        const seenNodes = new Map();
        for (const log of logs) {
            const other = seenNodes.get(log.node);
            if (other !== undefined)
                throw new TraceFormatError(log.file, 1, `two logs are of node ${log.node} (this one and ${other})`);
            seenNodes.set(log.node, log.file);
            const ids = [];
            for (const s of log.steps) {
                ids.push(this.steps.length);
                this.steps.push(s);
                this.preds.push([]);
                this.succs.push([]);
                const weight = s.vc ? Object.values(s.vc).reduce((a, b) => a + b, 0) : s.clock;
                this.key.push([weight, s.node, s.index]);
            }
            byNode.set(log.node, ids);
        }
        const edge = (from, to) => {
            if (from === to || this.preds[to].includes(from))
                return;
            this.preds[to].push(from);
            this.succs[from].push(to);
        };
        /** The last step of `node` whose own count is at most `upTo`. */
        const lastUpTo = (node, upTo, own) => {
            // A node's own count increases along its log: binary search.
            const ids = byNode.get(node);
            if (!ids)
                return undefined;
            let lo = 0;
            let hi = ids.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (own(this.steps[ids[mid]]) <= upTo)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo === 0 ? undefined : ids[lo - 1];
        };
        const senders = new Map();
        this.steps.forEach((s, id) => {
            for (const m of s.sent) {
                const key = JSON.stringify(m);
                const other = senders.get(key);
                if (other !== undefined)
                    throw new TraceFormatError(s.file, s.line, `message id ${key} is also sent by the step at ${this.steps[other].file}:${this.steps[other].line}; ids must be unique in a run`);
                senders.set(key, id);
            }
        });
        for (const [node, ids] of byNode) {
            ids.forEach((id, k) => {
                if (k > 0)
                    edge(ids[k - 1], id);
                const s = this.steps[id];
                if (s.vc) {
                    for (const [other, count] of Object.entries(s.vc)) {
                        if (other === node)
                            continue;
                        if (count > 0 && !byNode.has(other))
                            throw missingLog(s, other, "has a vector clock that counts steps of");
                        const p = lastUpTo(other, count, (x) => x.vc[other]);
                        if (p !== undefined)
                            edge(p, id);
                    }
                }
                for (const r of s.recv) {
                    if (r.id !== undefined) {
                        const p = senders.get(JSON.stringify(r.id));
                        if (p !== undefined)
                            edge(p, id);
                    }
                    if (r.node === undefined)
                        continue;
                    const from = r.node;
                    if (!byNode.has(from))
                        throw missingLog(s, from, "received a message from");
                    if (r.clock !== undefined) {
                        const p = lastUpTo(from, r.clock, (x) => x.clock ?? Infinity);
                        if (p !== undefined)
                            edge(p, id);
                    }
                    else if (r.vc && r.vc[from] !== undefined) {
                        const p = lastUpTo(from, r.vc[from], (x) => x.vc?.[from] ?? Infinity);
                        if (p !== undefined)
                            edge(p, id);
                    }
                }
            });
        }
    }
    /** Compares two steps by the first merge's priority. */
    compare(a, b) {
        const x = this.key[a];
        const y = this.key[b];
        for (let i = 0; i < x.length; i++) {
            if (x[i] < y[i])
                return -1;
            if (x[i] > y[i])
                return 1;
        }
        return 0;
    }
    /** Every step that happened before `id` (ancestors) or after it (descendants). */
    related(id) {
        const out = new Set();
        const walk = (start, next) => {
            const stack = [start];
            while (stack.length) {
                const x = stack.pop();
                for (const y of next[x])
                    if (!out.has(y)) {
                        out.add(y);
                        stack.push(y);
                    }
            }
        };
        walk(id, this.preds);
        walk(id, this.succs);
        return out;
    }
    /** The steps concurrent with `id`: neither before nor after it. */
    concurrentWith(id) {
        const rel = this.related(id);
        return this.steps.map((_, i) => i).filter((i) => i !== id && !rel.has(i));
    }
    /** The first merge: Lamport's total order, as a linear extension. Throws when the clocks make a cycle. */
    firstMerge() {
        const waiting = this.preds.map((p) => p.length);
        const ready = this.steps.map((_, i) => i).filter((i) => waiting[i] === 0);
        const order = [];
        while (ready.length) {
            ready.sort((a, b) => this.compare(a, b));
            const x = ready.shift();
            order.push(x);
            for (const y of this.succs[x])
                if (--waiting[y] === 0)
                    ready.push(y);
        }
        if (order.length < this.steps.length) {
            const stuck = this.steps.findIndex((_, i) => !order.includes(i));
            const s = this.steps[stuck];
            throw new TraceFormatError(s.file, s.line, "the clocks contradict each other: this step both happened before and after another (a cycle through 'recv')");
        }
        return order;
    }
}
/** How many placed steps back the search over merge orders may go, by default (see {@link MergeOptions.maxBacktrack}). */
export const MAX_BACKTRACK = 1000;
/** A step's own number in its node's log: its field `i`, or its position. */
function ownStepNumber(s) {
    return s.i ?? s.index + 1;
}
function describeStep(s) {
    const params = Object.entries(s.input.params ?? {})
        .map(([k, v]) => `${k} = ${typeof v === "object" && "name" in v ? v.name : String(v)}`)
        .join(", ");
    return `${s.file}:${s.line} ${s.input.action}(${params})`;
}
/**
 * Merges per-node logs (their texts, by file) into one run and validates it,
 * searching other causally consistent orders when the first is rejected.
 * Throws {@link TraceFormatError} for malformed logs or inconsistent clocks.
 */
export async function validateNodeLogs(texts, options = {}) {
    const logs = [];
    for (const { file, text } of texts)
        logs.push(await readNodeLog(text, file));
    const first = logs[0];
    const constantsText = JSON.stringify(first.header.constants);
    for (const l of logs.slice(1)) {
        if (JSON.stringify(l.header.constants) !== constantsText)
            throw new TraceFormatError(l.file, 1, `the constants of this log differ from those of ${first.file}; per-node logs of one run share one header`);
    }
    const order = new CausalOrder(logs);
    const initial = order.firstMerge();
    const form = first.form;
    for (const l of logs.slice(1)) {
        if (JSON.stringify(l.form) !== JSON.stringify(form))
            throw new TraceFormatError(l.file, 1, `the ballots of this log are declared differently from those of ${first.file}; per-node logs of one run share one header`);
    }
    const constantsJson = form ? constantsFor(form, first.header.constants, new Set(logs.flatMap((l) => [...l.ballots])), first.file) : first.header.constants;
    const { constants } = decodeConstants(constantsJson, first.file, 1);
    const validator = await validatorFor(constantsJson, constants, options);
    const result = await searchOrders(logs, order, initial, validator, options);
    return form ? renotateAll(form, result) : result;
}
async function searchOrders(logs, order, initial, validator, options) {
    const files = logs.map((l) => l.file);
    const name = files.join(", ");
    const start = validator.init({ state: {} });
    if (start)
        return { ...traceVerdict(name, start), merge: { files, steps: order.steps.length, tried: 0, firstOrderAccepted: false } };
    const search = new OrderSearch(order, validator, initial, options.maxTries ?? 20_000, options.maxBacktrack ?? MAX_BACKTRACK);
    const found = search.run();
    if (found) {
        const verdict = validator.finish();
        return {
            ...traceVerdict(name, verdict),
            merge: {
                files,
                steps: order.steps.length,
                tried: search.tried,
                firstOrderAccepted: search.firstOrderAccepted,
                order: found.map((i) => `${order.steps[i].file}:${order.steps[i].line}`),
            },
        };
    }
    // The step to blame: the first (in the first merge's order) that was rejected wherever it was tried, so
    // that no order of the steps concurrent with it would help; else the one the longest prefix stopped at.
    const always = search.alwaysRejected();
    const worst = always ?? search.deepest;
    const stuck = order.steps[worst.id];
    const concurrent = always ? [] : order.concurrentWith(worst.id).map((i) => describeStep(order.steps[i]));
    const after = order.succs[worst.id].filter((i) => order.steps[i].node !== stuck.node).map((i) => describeStep(order.steps[i]));
    const base = worst.verdict;
    const own = ownStepNumber(stuck);
    const bound = search.exhausted ? ` (the search stopped after ${search.tried} step validations)` : "";
    const note = always
        ? `rejected in every order of the logs that agrees with their clocks${search.exhausted ? " that the search tried" : ""}${bound}, placed after ${worst.depth} steps`
        : `no order of the ${order.steps.length} steps of the ${files.length} logs that agrees with their clocks is accepted${bound}; this step could not be placed after the longest accepted prefix (${worst.depth} steps)`;
    const at = `${stuck.file}:${stuck.line} (${stuck.node}'s step ${own}, step ${base.step} of the merged run)`;
    const verdict = { ...base, at, reason: `${note}: ${base.reason}`, summary: `${note}: ${base.summary ?? base.reason}` };
    return {
        ...traceVerdict(name, verdict),
        merge: {
            files,
            steps: order.steps.length,
            tried: search.tried,
            firstOrderAccepted: false,
            conflict: {
                step: describeStep(stuck),
                placedAfter: worst.depth,
                concurrent,
                after,
                bounded: search.exhausted,
                everyOrder: always !== undefined,
                node: stuck.node,
                nodeStep: own,
            },
        },
    };
}
/**
 * Depth-first search over the linear extensions of a causal order, with the
 * validator following along. Different orders of the same steps often reach
 * the same states (steps of different nodes commute), so a prefix whose set of
 * placed steps and candidate states were already found to lead nowhere is not
 * explored again: the search visits sets of steps rather than orders.
 */
class OrderSearch {
    order;
    validator;
    maxTries;
    maxBacktrack;
    tried = 0;
    /** Step validations since the first rejection: what {@link MergeOptions.maxTries} bounds. */
    retries = 0;
    exhausted = false;
    firstOrderAccepted = true;
    deepest;
    /** Per step: whether it was ever accepted, and its first rejection (with the prefix length). */
    accepted;
    rejections = new Map();
    waiting;
    placed = [];
    rank;
    /** Two random 32-bit words per step: the placed set's hash is their sum (Zobrist hashing). */
    zobrist;
    setHash1 = 0;
    setHash2 = 0;
    /** Prefixes (placed set and candidate states) from which no order was accepted. */
    dead = new Set();
    /** Whether some step has been rejected (from then on, prefixes are remembered). */
    failed = false;
    constructor(order, validator, initial, maxTries, maxBacktrack) {
        this.order = order;
        this.validator = validator;
        this.maxTries = maxTries;
        this.maxBacktrack = maxBacktrack;
        this.waiting = order.preds.map((p) => p.length);
        this.accepted = new Uint8Array(order.steps.length);
        this.rank = new Array(order.steps.length);
        initial.forEach((id, k) => (this.rank[id] = k));
        // A fixed generator (xorshift), so that the search is the same on every run.
        this.zobrist = new Uint32Array(2 * order.steps.length);
        let x = 0x9e3779b9;
        for (let i = 0; i < this.zobrist.length; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            this.zobrist[i] = x >>> 0;
        }
    }
    /** The accepted order, or undefined. Iterative (an explicit stack), so that logs of any length fit. */
    run() {
        const n = this.order.steps.length;
        const stack = [];
        const open = (ready) => {
            if (this.placed.length === n)
                return "done";
            // Prefixes are remembered only once the search has had to go back: on the way down the first merge, nothing repeats.
            const key = this.failed ? this.key() : undefined;
            if (key !== undefined && this.dead.has(key))
                return "dead";
            // Try the ready steps in the first merge's order (the first choice reproduces it).
            stack.push({ ready, choices: ready.slice().sort((a, b) => this.rank[a] - this.rank[b]), next: 0, key, current: -1, snap: undefined, forgotten: false });
            return "open";
        };
        if (open(this.order.steps.map((_, i) => i).filter((i) => this.waiting[i] === 0)) === "done")
            return [];
        while (stack.length > 0) {
            const f = stack[stack.length - 1];
            if (f.current >= 0) {
                // Back from a choice that led nowhere: undo it.
                for (const y of this.order.succs[f.current])
                    this.waiting[y]++;
                this.place(f.current, -1);
                this.placed.pop();
                if (f.forgotten) {
                    this.exhausted = true;
                    return undefined;
                }
                this.validator.restore(f.snap);
                f.current = -1;
            }
            if (f.next >= f.choices.length) {
                if (f.key !== undefined)
                    this.dead.add(f.key);
                stack.pop();
                continue;
            }
            // The budget is for the search: the steps of the first merge, validated once each on the way down, do not count.
            if (this.retries >= this.maxTries) {
                this.exhausted = true;
                return undefined;
            }
            const id = f.choices[f.next++];
            if (f.next > 1)
                this.firstOrderAccepted = false;
            const snap = this.validator.snapshot();
            this.tried++;
            if (this.failed)
                this.retries++;
            const r = this.validator.step(this.order.steps[id].input);
            if (r !== null) {
                this.failed = true;
                if (!this.deepest || this.placed.length > this.deepest.depth)
                    this.deepest = { depth: this.placed.length, id, verdict: r };
                if (!this.rejections.has(id))
                    this.rejections.set(id, { depth: this.placed.length, id, verdict: r });
                this.validator.restore(snap);
                continue;
            }
            this.accepted[id] = 1;
            this.placed.push(id);
            this.place(id, 1);
            f.current = id;
            f.snap = snap;
            // Forget the state before a step placed long ago: the search will not go back that far.
            const old = stack[stack.length - 1 - this.maxBacktrack];
            if (old !== undefined && !old.forgotten) {
                old.snap = undefined;
                old.forgotten = true;
            }
            const ready = f.ready.filter((x) => x !== id);
            for (const y of this.order.succs[id])
                if (--this.waiting[y] === 0)
                    ready.push(y);
            if (open(ready) === "done")
                return this.placed.slice();
        }
        return undefined;
    }
    /**
     * After a failed search: the first step, in the first merge's order, that
     * was rejected every time it was tried and never accepted, with its first
     * rejection; undefined when every rejected step was accepted in some order.
     */
    alwaysRejected() {
        let best;
        for (const [id, r] of this.rejections) {
            if (this.accepted[id])
                continue;
            if (!best || this.rank[id] < this.rank[best.id])
                best = r;
        }
        return best;
    }
    /** The key of the current prefix: the placed set's hash and the candidate states' fingerprints. */
    key() {
        let c1 = 0;
        let c2 = 0;
        const fp = newFingerprint();
        for (const cand of this.validator.snapshot().candidates) {
            hashState(cand, fp);
            c1 = (c1 + fp.h1) | 0;
            c2 = (c2 + fp.h2) | 0;
        }
        return `${this.placed.length}:${this.setHash1}:${this.setHash2}:${c1}:${c2}`;
    }
    place(id, sign) {
        this.setHash1 = (this.setHash1 + sign * this.zobrist[2 * id]) | 0;
        this.setHash2 = (this.setHash2 + sign * this.zobrist[2 * id + 1]) | 0;
    }
}
//# sourceMappingURL=merge.js.map
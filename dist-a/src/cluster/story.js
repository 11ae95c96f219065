/** Collects the story of a run (pass it as, or alongside, the simulation's observer). */
export class StoryTeller {
    lines = [];
    pending = null;
    lost = 0;
    duplicated = 0;
    step(action, node, time, view) {
        switch (action.name) {
            case "Propose":
                return this.say(time, `${node} submits ${action.params.v} (Propose)`);
            case "Phase1a":
                return this.say(time, `${action.params.p} starts ballot ${action.params.b} (Phase1a)`);
            case "Phase1b": {
                const a = view.acceptor(action.params.a);
                const vote = a.maxVBal >= 0 ? `last vote ${a.maxVal} in ballot ${a.maxVBal}` : "no vote yet";
                return this.group(`1b:${action.params.b}:${vote}`, time, node, (ns) => `${list(ns)} ${ns.length === 1 ? "promises" : "promise"} ballot ${action.params.b}, reporting ${vote} (Phase1b)`);
            }
            case "Phase2a":
                return this.say(time, `${action.params.p} asks for votes for ${action.params.v} in ballot ${action.params.b} (Phase2a)`);
            case "Phase2b":
                return this.group(`2b:${action.params.b}:${action.params.v}`, time, node, (ns) => `${list(ns)} ${ns.length === 1 ? "votes" : "vote"} for ${action.params.v} in ballot ${action.params.b} (Phase2b)`);
            case "Learn":
                return this.group(`learn:${action.params.v}`, time, node, (ns) => `${list(ns)} ${ns.length === 1 ? "learns" : "learn"} ${action.params.v}, chosen in ballot ${action.params.b} (Learn)`);
            case "Restart": {
                const a = view.acceptor(action.params.a);
                return this.say(time, `${action.params.a} restarts from stable storage: promised ${a.maxBal}, last vote ${a.maxVBal >= 0 ? `${a.maxVal} in ballot ${a.maxVBal}` : "none"} (Restart)`);
            }
            default:
                return unhandled(action);
        }
    }
    event(event, time) {
        switch (event.what) {
            case "crash":
                return this.say(time, `${event.node} crashes`);
            case "recover":
                return this.say(time, `${event.node} recovers`);
            case "partition":
                return this.say(time, `the network splits: ${event.groups.map((g) => `{${g.join(", ")}}`).join(" | ")}`);
            case "heal":
                return this.say(time, "the partition heals");
            case "timer":
                if (event.timer.type === "retry")
                    return this.say(time, `${event.node} times out waiting in ballot ${event.timer.ballot}`);
                return;
            case "drop":
                this.lost++;
                return;
            case "dup":
                this.duplicated++;
                return;
            case "deliver":
                return;
            default:
                return unhandled(event);
        }
    }
    /** The story so far, one line each, with the losses and duplicates summed up at the end. */
    story() {
        this.flush();
        const out = [...this.lines];
        if (this.lost > 0 || this.duplicated > 0) {
            const end = out.length > 0 ? out[out.length - 1].time : 0;
            out.push({ time: end, text: `along the way the network lost ${this.lost} message${this.lost === 1 ? "" : "s"} and duplicated ${this.duplicated}` });
        }
        return out;
    }
    say(time, text) {
        this.flush();
        this.lines.push({ time, text });
    }
    group(key, time, node, render) {
        if (this.pending?.key === key) {
            // a duplicated message can make a node repeat a step; it is told once
            if (!this.pending.nodes.includes(node))
                this.pending.nodes.push(node);
            return;
        }
        this.flush();
        this.pending = { key, time, nodes: [node], render };
    }
    flush() {
        if (this.pending === null)
            return;
        this.lines.push({ time: this.pending.time, text: this.pending.render(this.pending.nodes) });
        this.pending = null;
    }
}
/** The compile-time check that a switch covers every case: `x` has type `never` when it does. */
function unhandled(x) {
    throw new TypeError(`no story for ${JSON.stringify(x)}`);
}
function list(nodes) {
    if (nodes.length <= 1)
        return nodes.join("");
    return `${nodes.slice(0, -1).join(", ")} and ${nodes[nodes.length - 1]}`;
}
/** Several observers as one, each told everything in order. */
export function observeAll(...observers) {
    return {
        init: (view, options) => observers.forEach((o) => o.init?.(view, options)),
        step: (action, node, time, view) => observers.forEach((o) => o.step?.(action, node, time, view)),
        event: (event, time, view) => observers.forEach((o) => o.event?.(event, time, view)),
    };
}
//# sourceMappingURL=story.js.map
/**
 * Per-node logs made from a recorded simulator run, as each node of a real
 * deployment would write them: its own spec steps, each stamped with a Lamport
 * clock (and, for receives, the clock of the sender when it sent) or a vector
 * clock, maintained from the run's deliveries as the nodes would maintain
 * them from the messages they receive.
 */

type Line = Record<string, unknown>;

/** The clocks of one node over time: after each change, the simulated time and the clock. */
class History<C> {
  private readonly entries: { time: number; clock: C }[] = [];
  push(time: number, clock: C): void {
    this.entries.push({ time, clock });
  }
  /** The clock at the end of `time` (after everything the node did then). */
  at(time: number, initial: C): C {
    let out = initial;
    for (const e of this.entries) if (e.time <= time) out = e.clock;
    return out;
  }
}

/**
 * Splits a recorded trace (state or events mode, with its event lines) into
 * per-node logs: node -> lines (header first). `kind` picks Lamport clocks
 * (with `recv` naming the sender's clock) or vector clocks.
 */
export function splitByNode(lines: readonly string[], kind: "lamport" | "vector"): Map<string, string[]> {
  const parsed = lines.map((l) => JSON.parse(l) as Line);
  const header = parsed[0]!;
  const logs = new Map<string, string[]>();
  const lamport = new Map<string, number>();
  const vector = new Map<string, Record<string, number>>();
  const lamportHist = new Map<string, History<number>>();
  const vectorHist = new Map<string, History<Record<string, number>>>();
  const pendingRecv = new Map<string, { node: string; clock: number }[]>();
  const hist = <C>(m: Map<string, History<C>>, n: string): History<C> => {
    let h = m.get(n);
    if (!h) m.set(n, (h = new History<C>()));
    return h;
  };
  for (const o of parsed) {
    if (o["kind"] === "event" && o["what"] === "deliver") {
      const to = o["to"] as string;
      const from = o["from"] as string;
      const time = o["time"] as number;
      const sentAt = o["sentAt"] as number;
      const cs = hist(lamportHist, from).at(sentAt, 0);
      lamport.set(to, Math.max(lamport.get(to) ?? 0, cs) + 1);
      hist(lamportHist, to).push(time, lamport.get(to)!);
      if (cs > 0) pendingRecv.set(to, [...(pendingRecv.get(to) ?? []), { node: from, clock: cs }]);
      const vs = hist(vectorHist, from).at(sentAt, {});
      const mine = { ...(vector.get(to) ?? {}) };
      for (const [k, c] of Object.entries(vs)) mine[k] = Math.max(mine[k] ?? 0, c);
      vector.set(to, mine);
      hist(vectorHist, to).push(time, mine);
    }
    if (o["kind"] !== "step") continue;
    const node = o["node"] as string;
    const time = o["time"] as number;
    const clock = (lamport.get(node) ?? 0) + 1;
    lamport.set(node, clock);
    hist(lamportHist, node).push(time, clock);
    const vc = { ...(vector.get(node) ?? {}) };
    vc[node] = (vc[node] ?? 0) + 1;
    vector.set(node, vc);
    hist(vectorHist, node).push(time, vc);
    let log = logs.get(node);
    if (!log) logs.set(node, (log = [JSON.stringify({ ...header, mode: "events", node })]));
    const step: Line = { kind: "step", i: log.length, action: o["action"], params: o["params"], node };
    if (kind === "lamport") {
      step["clock"] = clock;
      const recv = pendingRecv.get(node) ?? [];
      if (recv.length > 0) step["recv"] = recv;
    } else {
      step["vc"] = vc;
    }
    pendingRecv.delete(node);
    log.push(JSON.stringify(step));
  }
  return logs;
}

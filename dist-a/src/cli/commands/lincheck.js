/**
 * `paxos lincheck`: checks a key-value client history for linearizability.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { parseArgs, UsageError } from "../args.js";
import { HistoryFormatError, parseHistory } from "../../check/history.js";
import { checkLinearizable } from "../../check/linearizability.js";
const HELP = `Usage: paxos lincheck <history.ndjson> [--json]

Checks that a client history of the key-value store is linearizable: that
every operation can be given a point between its invocation and its
completion at which it took effect, in an order that a single copy of the map
would have run with the same results. Operations that never completed may
have taken effect or not. Keys are checked one by one (Wing and Gong's search
with memoisation); a failure names a minimal sub-history that shows it.

The history is ndjson, one operation per line (docs/history-format.md):
  {"client":"c1","op":{"type":"put","key":"k1","value":"x"},"invoke":3,"complete":7,"result":{"type":"ok"}}

Options:
  --json    print the verdict as JSON

Exit status: 0 linearizable, 1 not linearizable, 2 bad input.`;
export const command = {
    summary: "check a key-value client history for linearizability",
    help: HELP,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, { json: { type: "boolean" } });
        if (positionals.length !== 1)
            throw new UsageError(positionals.length === 0 ? "a history file is needed" : `one history file at a time, got ${positionals.length}`);
        const file = positionals[0];
        let history;
        try {
            history = parseHistory(await readFile(file, "utf8"), file);
        }
        catch (e) {
            if (e instanceof HistoryFormatError)
                throw new UsageError(e.message);
            throw e;
        }
        const started = Date.now();
        const v = checkLinearizable(history);
        const seconds = (Date.now() - started) / 1000;
        if (flags["json"] === true) {
            console.log(JSON.stringify(v.ok ? { ...v, seconds } : { ok: false, operations: v.operations, keys: v.keys, key: v.key, minimal: v.minimal, explanation: v.explanation, seconds }, null, 2));
        }
        else if (v.ok) {
            console.log(`${file}: linearizable (${v.operations} operations on ${v.keys} keys, ${seconds.toFixed(2)} s)`);
        }
        else {
            console.log(`${file}: NOT linearizable: ${v.explanation}`);
        }
        return v.ok ? 0 : 1;
    },
};
//# sourceMappingURL=lincheck.js.map
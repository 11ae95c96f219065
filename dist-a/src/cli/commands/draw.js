/**
 * `paxos draw trace.ndjson -o run.svg`: the message sequence chart of a
 * recorded run.
 *
 * @module
 */
import { readFile, writeFile } from "node:fs/promises";
import { oneOf, parseArgs, UsageError } from "../args.js";
import { unreadableReason } from "../paths.js";
import { drawTrace } from "../../draw/draw.js";
import { TraceInputError } from "../../draw/traceInput.js";
const FORMATS = ["svg"];
/** The `draw` subcommand. */
export const command = {
    summary: "draw a recorded trace as a message sequence chart (SVG)",
    help: [
        "Usage: paxos draw <trace.ndjson> [-o out.svg] [--format svg]",
        "",
        "Draws one lifeline per node (clients, proposers, acceptors, learners), one row",
        "per step going down, an arrow for each message from the step that sent it to",
        "each step that consumed it, dropped messages as an x, restarts and learned values",
        "marked. Writes to standard output when -o is not given.",
        "",
        "Options:",
        "  -o, --output <file>   where to write the picture",
        "  --format svg          output format (svg is the only one, and the default)",
    ].join("\n"),
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, {
            output: { type: "string", short: "o" },
            format: { type: "string" },
        });
        if (positionals.length !== 1)
            throw new UsageError(positionals.length === 0 ? "missing the trace file to draw" : `expected one trace file, got ${positionals.length}`);
        const format = oneOf("format", flags["format"], FORMATS, "svg");
        const file = positionals[0];
        let text;
        try {
            text = await readFile(file, "utf8");
        }
        catch (err) {
            console.error(`paxos draw: ${file}: cannot read the trace (${unreadableReason(err)})`);
            return 2;
        }
        let svg;
        try {
            svg = drawTrace(text, file, format);
        }
        catch (err) {
            if (err instanceof TraceInputError) {
                console.error(`paxos draw: ${err.format()}`);
                return 2;
            }
            throw err;
        }
        const output = flags["output"];
        if (output === undefined) {
            process.stdout.write(svg);
        }
        else {
            await writeFile(output, svg);
        }
        return 0;
    },
};
//# sourceMappingURL=draw.js.map
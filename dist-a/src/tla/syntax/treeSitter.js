/**
 * Loading the TLA+ grammar: `web-tree-sitter` with the `.wasm` build of
 * `@tlaplus/tree-sitter-tlaplus`. Parsing is synchronous once the grammar is
 * loaded; loading happens once per process.
 */
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";
import { Language, Parser } from "web-tree-sitter";
const require = createRequire(import.meta.url);
let parserPromise;
/** The shared parser, with the TLA+ grammar loaded (loaded on first call). */
export function tlaParser() {
    parserPromise ??= (async () => {
        // The grammar's parse tables compile to very large WebAssembly functions.
        // V8's optimising tier spends several hundred milliseconds recompiling
        // them while the first modules are parsed; the baseline tier alone loads
        // the whole spec/ folder about three times faster. The flag only concerns
        // WebAssembly, and must be set before the grammar is compiled.
        if (process.env.PAXOS_WASM_OPTIMISE !== "1")
            setFlagsFromString("--liftoff-only");
        await Parser.init();
        const wasm = require.resolve("@tlaplus/tree-sitter-tlaplus/tree-sitter-tlaplus.wasm");
        const language = await Language.load(wasm);
        const parser = new Parser();
        parser.setLanguage(language);
        return parser;
    })();
    return parserPromise;
}
/** Parses TLA+ source text into a concrete syntax tree. */
export async function parseTlaTree(source) {
    const parser = await tlaParser();
    const tree = parser.parse(source);
    if (!tree)
        throw new Error("tree-sitter returned no tree");
    return tree;
}
//# sourceMappingURL=treeSitter.js.map
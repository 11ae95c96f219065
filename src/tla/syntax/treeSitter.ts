/**
 * Loading the TLA+ grammar: `web-tree-sitter` with the `.wasm` build of
 * `@tlaplus/tree-sitter-tlaplus`. Parsing is synchronous once the grammar is
 * loaded; loading happens once per process.
 */
import { createRequire } from "node:module";
import { Language, Parser, type Tree } from "web-tree-sitter";

const require = createRequire(import.meta.url);

let parserPromise: Promise<Parser> | undefined;

/** The shared parser, with the TLA+ grammar loaded (loaded on first call). */
export function tlaParser(): Promise<Parser> {
  parserPromise ??= (async () => {
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
export async function parseTlaTree(source: string): Promise<Tree> {
  const parser = await tlaParser();
  const tree = parser.parse(source);
  if (!tree) throw new Error("tree-sitter returned no tree");
  return tree;
}

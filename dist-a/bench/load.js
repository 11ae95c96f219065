/**
 * Loading and parsing spec/: the time from a cold process to every module of
 * spec/ parsed and converted to the AST (grammar loading included), and the
 * time to load again once the grammar is loaded. Target: under 300 ms.
 *
 * Run: `npm run build && node dist/bench/load.js`.
 *
 * @module
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadModules } from "../src/tla/syntax/load.js";
import { parseModuleText } from "../src/tla/syntax/load.js";
import { readFileSync } from "node:fs";
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Parses every .tla of spec/ and returns the cold and warm times in milliseconds. */
export async function benchLoad() {
    const dir = path.join(repo, "spec");
    const files = readdirSync(dir)
        .filter((f) => f.endsWith(".tla"))
        .map((f) => path.join(dir, f));
    const texts = files.map((f) => readFileSync(f, "utf8"));
    const lines = texts.reduce((n, t) => n + t.split("\n").length, 0);
    const t0 = performance.now();
    for (let i = 0; i < files.length; i++)
        await parseModuleText(texts[i], files[i]);
    const coldMs = performance.now() - t0;
    const t1 = performance.now();
    for (let i = 0; i < files.length; i++)
        await parseModuleText(texts[i] + "\n", files[i]);
    const warmMs = performance.now() - t1;
    const t2 = performance.now();
    await loadModules(path.join(repo, "spec", "MCPaxosSmall.tla"));
    const paxosMs = performance.now() - t2;
    return { files: files.length, lines, coldMs, warmMs, paxosMs };
}
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const r = await benchLoad();
    console.log(`spec/: ${r.files} modules, ${r.lines} lines`);
    console.log(`  parse + convert, cold (grammar loading included): ${r.coldMs.toFixed(0)} ms`);
    console.log(`  parse + convert, warm: ${r.warmMs.toFixed(0)} ms`);
    console.log(`  loadModules(MCPaxosSmall) after that (cached where unchanged): ${r.paxosMs.toFixed(0)} ms`);
}
//# sourceMappingURL=load.js.map
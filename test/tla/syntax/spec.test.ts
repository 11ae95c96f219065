import { readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadModules } from "../../../src/tla/syntax/load.js";
import { tlaParser } from "../../../src/tla/syntax/treeSitter.js";

const specDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../spec");
const specFiles = (() => {
  try {
    return readdirSync(specDir)
      .filter((f) => f.endsWith(".tla"))
      .sort();
  } catch {
    return [];
  }
})();

describe("the specification folder", () => {
  it.skipIf(specFiles.length === 0)("every module under spec/ loads with its dependencies, with no error", async () => {
    await tlaParser(); // grammar loading is not part of the figure
    const started = performance.now();
    const names = new Set<string>();
    for (const f of specFiles) {
      const set = await loadModules(path.join(specDir, f));
      expect(set.root.name).toBe(path.basename(f, ".tla"));
      for (const n of set.modules.keys()) names.add(n);
      // Every definition has a location inside its own file.
      for (const m of set.modules.values()) {
        for (const u of m.units) {
          expect(u.loc.file).toBe(m.file);
          expect(u.loc.end).toBeLessThanOrEqual(m.source.length);
        }
      }
    }
    const ms = performance.now() - started;
    console.log(`loaded ${specFiles.length} spec files (${names.size} modules) in ${ms.toFixed(0)} ms`);
    for (const f of specFiles) expect(names.has(path.basename(f, ".tla"))).toBe(true);
  });
});

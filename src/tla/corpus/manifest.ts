/**
 * The models of a checkout of the public TLA+ Examples repository worth
 * running the engine on: every model whose `manifest.json` records an
 * exhaustive search by TLC of at most a given time, with TLC's figures.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One model of the corpus, with TLC's figures as recorded in its manifest. */
export interface CorpusModel {
  /** `folder/Model`: the cfg's path under `specifications/`, without `.cfg`. */
  readonly name: string;
  /** Absolute paths of the cfg and of the module it configures. */
  readonly cfg: string;
  readonly module: string;
  readonly tlc: {
    readonly distinctStates: number;
    readonly depth: number;
    /** States generated, when the manifest records them. */
    readonly statesGenerated?: number;
    /** TLC's run time in seconds. */
    readonly seconds: number;
  };
}

interface ManifestModel {
  readonly path: string;
  readonly runtime?: string;
  readonly mode?: unknown;
  readonly result?: string;
  readonly distinctStates?: number;
  readonly totalStates?: number;
  readonly stateDepth?: number;
}

interface Manifest {
  readonly modules?: readonly { readonly path: string; readonly models?: readonly ManifestModel[] }[];
}

/** `00:01:05` -> 65. */
export function runtimeSeconds(runtime: string): number {
  const parts = runtime.split(":").map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

/**
 * The models under `examples/specifications/*\/manifest.json` that TLC checked
 * by exhaustive search in at most `maxSeconds`, successfully, with their
 * distinct states and depth recorded; sorted by name.
 */
export function corpusModels(examples: string, maxSeconds = 60): CorpusModel[] {
  const specs = path.join(examples, "specifications");
  if (!existsSync(specs)) throw new Error(`no folder 'specifications' in ${examples}: is it a checkout of the TLA+ Examples?`);
  const models: CorpusModel[] = [];
  for (const folder of readdirSync(specs).sort()) {
    const file = path.join(specs, folder, "manifest.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    for (const mod of manifest.modules ?? []) {
      for (const m of mod.models ?? []) {
        if (m.mode !== "exhaustive search" || m.result !== "success" || m.runtime === undefined) continue;
        if (m.distinctStates === undefined || m.stateDepth === undefined) continue;
        const seconds = runtimeSeconds(m.runtime);
        if (seconds > maxSeconds) continue;
        const cfg = path.join(examples, m.path);
        models.push({
          name: path
            .relative(specs, cfg)
            .replace(/\.cfg$/, "")
            .split(path.sep)
            .join("/"),
          cfg,
          module: path.join(examples, mod.path),
          tlc: { distinctStates: m.distinctStates, depth: m.stateDepth, seconds, ...(m.totalStates !== undefined ? { statesGenerated: m.totalStates } : {}) },
        });
      }
    }
  }
  return models.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

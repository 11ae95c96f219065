import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { corpusModels } from "../../../src/tla/corpus/manifest.js";

const root = mkdtempSync(path.join(tmpdir(), "corpus-manifest-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("corpus manifest", () => {
  it("keeps exhaustive searches of known, short run time that succeeded or found a violation, figures or not", () => {
    mkdirSync(path.join(root, "specifications", "A"), { recursive: true });
    const model = (name: string, extra: object) => ({ path: `specifications/A/${name}.cfg`, mode: "exhaustive search", ...extra });
    writeFileSync(
      path.join(root, "specifications", "A", "manifest.json"),
      JSON.stringify({
        modules: [
          {
            path: "specifications/A/A.tla",
            models: [
              model("Figures", { runtime: "00:00:05", result: "success", distinctStates: 10, stateDepth: 3, totalStates: 20 }),
              model("Bare", { runtime: "00:00:30", result: "success" }),
              model("Safety", { runtime: "00:00:01", result: "safety failure" }),
              model("Liveness", { runtime: "00:00:01", result: "liveness failure" }),
              model("Long", { runtime: "00:01:01", result: "success", distinctStates: 1, stateDepth: 1 }),
              model("UnknownTime", { runtime: "unknown", result: "success" }),
              model("UnknownResult", { runtime: "00:00:01", result: "unknown" }),
              { path: "specifications/A/Sim.cfg", mode: { simulate: { traceCount: 10 } }, runtime: "00:00:01", result: "success" },
            ],
          },
        ],
      }),
    );
    const ms = corpusModels(root);
    expect(ms.map((m) => [m.name, m.tlc])).toEqual([
      ["A/Bare", { result: "success", seconds: 30 }],
      ["A/Figures", { result: "success", seconds: 5, distinctStates: 10, depth: 3, statesGenerated: 20 }],
      ["A/Liveness", { result: "liveness failure", seconds: 1 }],
      ["A/Safety", { result: "safety failure", seconds: 1 }],
    ]);
  });

  it("names the manifest that is not JSON, and the folder that is not a checkout", () => {
    const root = mkdtempSync(path.join(tmpdir(), "corpus-bad-"));
    mkdirSync(path.join(root, "specifications", "x"), { recursive: true });
    writeFileSync(path.join(root, "specifications", "x", "manifest.json"), "{bad");
    expect(() => corpusModels(root)).toThrow(/specifications\/x\/manifest\.json: not a readable manifest/);
    expect(() => corpusModels(path.join(root, "nothing"))).toThrow(/no folder 'specifications'/);
    rmSync(root, { recursive: true, force: true });
  });
});

/**
 * End-to-end runs of the real TLC. They need Java and a tla2tools.jar named
 * by TLA2TOOLS_JAR; without it they are skipped, with the reason printed.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseTlcOutput } from "../../../src/tla/tlc/output.js";
import { runTlc } from "../../../src/tla/tlc/run.js";
import { tlcFixture } from "./fakeJava.js";

const jar = process.env["TLA2TOOLS_JAR"];
const noJar = jar === undefined || jar === "";
if (noJar) console.log("skipping the real-TLC tests: TLA2TOOLS_JAR is not set (see 'npm run tlc:fetch')");

const tinyModel = fileURLToPath(new URL("../../../spec/MCPaxosTiny.cfg", import.meta.url));
const noTinyModel = !existsSync(tinyModel);
if (!noJar && noTinyModel) console.log("skipping the real-TLC run of spec/MCPaxosTiny.cfg: the model does not exist yet");

const work = mkdtempSync(join(tmpdir(), "paxos-real-tlc-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies `tla` and `cfg` from the fixtures into a fresh directory as `<Module>.tla` and `<Module>.cfg`. */
function model(tla: string, cfg: string): string {
  const dir = mkdtempSync(join(work, "m-"));
  const module = tla.replace(/\.tla$/, "");
  copyFileSync(tlcFixture(tla), join(dir, tla));
  copyFileSync(tlcFixture(cfg), join(dir, `${module}.cfg`));
  return join(dir, `${module}.cfg`);
}

const sample = (name: string) => parseTlcOutput(readFileSync(tlcFixture(name), "utf8"));

describe.skipIf(noJar)("real TLC on the Counter fixtures", () => {
  it("ok.cfg: success with the sample's counts", async () => {
    const r = await runTlc({ cfg: model("Counter.tla", "ok.cfg") });
    const s = sample("tool-ok.txt");
    expect(r.outcome).toBe("success");
    expect([r.statesGenerated, r.distinctStates, r.depth]).toEqual([s.statesGenerated, s.distinctStates, s.depth]);
    expect(r.exitCode).toBe(0);
  });

  it("inv.cfg: Small violated with the sample's counterexample", async () => {
    const r = await runTlc({ cfg: model("Counter.tla", "inv.cfg") });
    expect(r.outcome).toBe("invariant");
    expect(r.violated).toBe("Small");
    expect(r.counterexample).toEqual(sample("tool-inv.txt").counterexample);
    expect(r.exitCode).toBe(12);
  });

  it("dead.cfg: deadlock", async () => {
    const r = await runTlc({ cfg: model("Dead.tla", "dead.cfg") });
    expect(r.outcome).toBe("deadlock");
    expect(r.counterexample).toHaveLength(3);
  });

  it("Bad.tla: parse error at line 5, column 1", async () => {
    const r = await runTlc({ cfg: model("Bad.tla", "bad.cfg") });
    expect(r.outcome).toBe("parse-error");
    expect(r.errors[0]).toMatchObject({ line: 5, col: 1 });
  });
});

describe.skipIf(noJar || noTinyModel)("real TLC on spec/MCPaxosTiny.cfg", () => {
  it("holds", async () => {
    const r = await runTlc({ cfg: tinyModel });
    expect(r.outcome).toBe("success");
    expect(r.distinctStates).toBeGreaterThan(0);
  });
});

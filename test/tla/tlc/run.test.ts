import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TlaError } from "../../../src/tla/errors.js";
import { TlcUnavailableError, findJava } from "../../../src/tla/tlc/locate.js";
import { parseTlcOutput, type TlcProgress } from "../../../src/tla/tlc/output.js";
import { checkModelFiles, runTlc, specForModel } from "../../../src/tla/tlc/run.js";
import { makeFakeJava, removeFakeJavas, tlcFixture } from "./fakeJava.js";

afterAll(removeFakeJavas);

const counter = tlcFixture("Counter.tla");

describe("specForModel / checkModelFiles", () => {
  it("takes the module of the same base name beside the model", () => {
    expect(specForModel("/m/MCPaxos.cfg")).toBe("/m/MCPaxos.tla");
    expect(specForModel("/m/ok.cfg", "/s/Counter.tla")).toBe("/s/Counter.tla");
  });
  it("says which file is missing", () => {
    expect(() => checkModelFiles(tlcFixture("nope.cfg"))).toThrow(/model file '.*nope\.cfg' does not exist/);
    expect(() => checkModelFiles(tlcFixture("ok.cfg"))).toThrow(/has no module 'ok\.tla' beside it/);
    expect(() => checkModelFiles(tlcFixture("ok.cfg"), counter)).not.toThrow();
    try {
      checkModelFiles(tlcFixture("nope.cfg"));
    } catch (err) {
      expect(err).toBeInstanceOf(TlaError);
    }
  });
});

describe("runTlc with a stand-in for java", () => {
  it("starts TLC as documented, streams progress, and removes its metadir", async () => {
    const fake = makeFakeJava(readFileSync(tlcFixture("tool-inv.txt"), "utf8"), 12);
    const progress: TlcProgress[] = [];
    const result = await runTlc({
      cfg: tlcFixture("inv.cfg"),
      spec: counter,
      workers: 2,
      tools: { java: fake.java, jar: fake.jar },
      onProgress: (p) => progress.push(p),
    });
    const rec = fake.record();
    expect(rec.args).toEqual([
      "-XX:+UseParallelGC",
      "-cp",
      fake.jar,
      "tlc2.TLC",
      "-tool",
      "-workers",
      "2",
      "-config",
      tlcFixture("inv.cfg"),
      "-metadir",
      rec.metadir,
      "-cleanup",
      counter,
    ]);
    expect(realpathSync(rec.cwd)).toBe(realpathSync(dirname(tlcFixture("inv.cfg"))));
    expect(rec.metadirExisted).toBe(true);
    expect(existsSync(rec.metadir)).toBe(false);
    expect(progress).toHaveLength(1);

    const expected = parseTlcOutput(readFileSync(tlcFixture("tool-inv.txt"), "utf8"));
    expect(result.outcome).toBe("invariant");
    expect(result.violated).toBe("Small");
    expect(result.counterexample).toEqual(expected.counterexample);
    expect(result.exitCode).toBe(12);
    expect(result.tlcVersion).toBe("TLC2 Version 2026.04.29.164809 (rev: cc6b616cf)");
    // seconds is the wall-clock time of this run, not TLC's own figure (1.349 s)
    expect(result.seconds).toBeGreaterThan(0);
    expect(result.seconds).not.toBe(1.349);
  });

  it("gives semantic errors the path of their module's file", async () => {
    const fake = makeFakeJava(readFileSync(tlcFixture("tool-semantic-error.txt"), "utf8"), 150);
    const result = await runTlc({ cfg: tlcFixture("ok.cfg"), spec: counter, tools: { java: fake.java, jar: fake.jar } });
    expect(result.outcome).toBe("semantic-error");
    expect(result.errors.map((e) => [e.file, e.line, e.col])).toEqual([
      [counter, 7, 44],
      [counter, 7, 40],
    ]);
  });

  it("a success TLC contradicts with its exit code is an error, with the JVM's complaint", async () => {
    const fake = makeFakeJava(readFileSync(tlcFixture("tool-ok.txt"), "utf8"), 255, { stderr: "Exception in thread main" });
    const result = await runTlc({ cfg: tlcFixture("ok.cfg"), spec: counter, tools: { java: fake.java, jar: fake.jar } });
    expect(result.outcome).toBe("error");
    expect(result.message).toBe("Exception in thread main");
  });

  it("a JVM that prints nothing is an error naming what it said", async () => {
    const fake = makeFakeJava("", 1, { stderr: "Error: Unable to access jarfile /x/tla2tools.jar" });
    const result = await runTlc({ cfg: tlcFixture("ok.cfg"), spec: counter, tools: { java: fake.java, jar: fake.jar } });
    expect(result.outcome).toBe("error");
    expect(result.message).toBe("Error: Unable to access jarfile /x/tla2tools.jar");
  });

  it("stops TLC when aborted, and still removes the metadir", async () => {
    const fake = makeFakeJava("", 0, { sleepSeconds: 30 });
    const controller = new AbortController();
    const started = Date.now();
    const run = runTlc({ cfg: tlcFixture("ok.cfg"), spec: counter, tools: { java: fake.java, jar: fake.jar }, signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    await expect(run).rejects.toThrow(/cancelled/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(fake.record().metadir)).toBe(false);
  });

  it("a java that does not exist is reported as TLC being unavailable", async () => {
    const fake = makeFakeJava("", 0);
    await expect(runTlc({ cfg: tlcFixture("ok.cfg"), spec: counter, tools: { java: `${fake.dir}/no-java`, jar: fake.jar } })).rejects.toBeInstanceOf(TlcUnavailableError);
  });

  it("rejects a bad worker count before starting anything", async () => {
    const fake = makeFakeJava("", 0);
    await expect(runTlc({ cfg: tlcFixture("ok.cfg"), spec: counter, workers: 0, tools: { java: fake.java, jar: fake.jar } })).rejects.toThrow(/workers must be a whole number/);
    expect(existsSync(`${fake.dir}/args.txt`)).toBe(false);
  });
});

/**
 * The closest to TLC this machine allows: a jar whose `tlc2.TLC` class prints
 * a saved TLC output, run by the real `java` exactly as TLC would be.
 */
const haveJdk = spawnSync("javac", ["-version"]).status === 0 && findJava() !== undefined;
if (!haveJdk) console.log("skipping the stand-in jar test: no javac/java here");

describe.skipIf(!haveJdk)("runTlc with the real java and a stand-in tla2tools.jar", () => {
  it("runs java -cp <jar> tlc2.TLC and reads its output", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paxos-fake-jar-"));
    try {
      mkdirSync(join(dir, "src", "tlc2"), { recursive: true });
      writeFileSync(
        join(dir, "src", "tlc2", "TLC.java"),
        [
          "package tlc2;",
          "import java.nio.file.*;",
          "public class TLC {",
          "  public static void main(String[] args) throws Exception {",
          "    String metadir = null;",
          '    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals("-metadir")) metadir = args[i + 1];',
          '    if (metadir == null || !Files.isDirectory(Paths.get(metadir)) || !args[0].equals("-tool")) { System.err.println("bad command line"); System.exit(255); }',
          '    System.out.print(new String(Files.readAllBytes(Paths.get(System.getenv("PAXOS_TLC_SAMPLE"))), "UTF-8"));',
          "    System.exit(12);",
          "  }",
          "}",
        ].join("\n"),
      );
      expect(spawnSync("javac", ["-d", join(dir, "classes"), join(dir, "src", "tlc2", "TLC.java")]).status).toBe(0);
      const jar = join(dir, "tla2tools.jar");
      expect(spawnSync("jar", ["cf", jar, "-C", join(dir, "classes"), "."]).status).toBe(0);
      process.env["PAXOS_TLC_SAMPLE"] = tlcFixture("tool-inv.txt");
      const result = await runTlc({ cfg: tlcFixture("inv.cfg"), spec: counter, tools: { java: findJava()!, jar } });
      expect(result.exitCode).toBe(12);
      expect(result.outcome).toBe("invariant");
      expect(result.counterexample).toHaveLength(4);
    } finally {
      delete process.env["PAXOS_TLC_SAMPLE"];
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

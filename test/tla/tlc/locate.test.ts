import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TlcUnavailableError, defaultJarPath, findJar, findJava, locateTlc, projectRoot } from "../../../src/tla/tlc/locate.js";

const root = mkdtempSync(join(tmpdir(), "paxos-locate-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function executable(path: string): string {
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, 0o755);
  return path;
}

describe("findJava", () => {
  const onPath = join(root, "path-bin");
  const home = join(root, "jdk");
  mkdirSync(onPath, { recursive: true });
  mkdirSync(join(home, "bin"), { recursive: true });
  const homeJava = executable(join(home, "bin", "java"));

  it("uses JAVA_HOME when PATH has no java", () => {
    expect(findJava({ PATH: join(root, "empty"), JAVA_HOME: home })).toBe(homeJava);
  });
  it("prefers the java on PATH, and skips files that are not executable", () => {
    const notExec = join(root, "plain-bin");
    mkdirSync(notExec, { recursive: true });
    writeFileSync(join(notExec, "java"), "");
    const pathJava = executable(join(onPath, "java"));
    expect(findJava({ PATH: [notExec, onPath].join(":"), JAVA_HOME: home })).toBe(pathJava);
  });
  it("finds none when neither has one", () => {
    expect(findJava({ PATH: join(root, "empty") })).toBeUndefined();
  });
});

describe("findJar", () => {
  it("takes TLA2TOOLS_JAR when the file is there", () => {
    const jar = join(root, "tla2tools.jar");
    writeFileSync(jar, "x");
    expect(findJar({ env: { TLA2TOOLS_JAR: jar }, projectRoot: root })).toBe(jar);
  });
  it("says TLA2TOOLS_JAR points nowhere, and how to get a jar", () => {
    expect(() => findJar({ env: { TLA2TOOLS_JAR: "/no/such/tla2tools.jar" }, projectRoot: root })).toThrow(
      "TLA2TOOLS_JAR is set to '/no/such/tla2tools.jar', but there is no file there; set TLA2TOOLS_JAR to the path of a tla2tools.jar, or run 'npm run tlc:fetch' on a machine with internet access.",
    );
  });
  it("falls back to .cache/tla2tools.jar at the project root", () => {
    const other = join(root, "project");
    expect(() => findJar({ env: {}, projectRoot: other })).toThrow(TlcUnavailableError);
    expect(() => findJar({ env: {}, projectRoot: other })).toThrow(/npm run tlc:fetch/);
    mkdirSync(join(other, ".cache"), { recursive: true });
    writeFileSync(join(other, ".cache", "tla2tools.jar"), "x");
    expect(findJar({ env: {}, projectRoot: other })).toBe(defaultJarPath(other));
  });
});

describe("locateTlc", () => {
  it("names Java when it is missing", () => {
    expect(() => locateTlc({ env: { PATH: join(root, "empty") }, projectRoot: root })).toThrow(/no 'java' was found on PATH or under JAVA_HOME/);
  });
  it("finds this project's root", () => {
    expect(defaultJarPath(projectRoot())).toMatch(/\.cache\/tla2tools\.jar$/);
    expect(projectRoot()).toBe(process.cwd());
  });
});

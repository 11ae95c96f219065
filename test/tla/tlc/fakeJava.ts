/**
 * A stand-in for `java` in tests: a shell script that records how it was
 * started, prints a saved TLC output and exits with TLC's exit code.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Path of a file of test/fixtures/tlc. */
export const tlcFixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/tlc/${name}`, import.meta.url));

/** What the fake recorded about its run. */
export interface FakeJavaRecord {
  readonly args: string[];
  readonly cwd: string;
  /** The `-metadir` argument, and whether that directory existed while TLC ran. */
  readonly metadir: string;
  readonly metadirExisted: boolean;
}

/** A fake `java` in its own directory (put `dir` first on PATH, or pass `java` as the tool). */
export interface FakeJava {
  readonly dir: string;
  readonly java: string;
  /** A file to pass as the jar (its contents do not matter to the fake). */
  readonly jar: string;
  record(): FakeJavaRecord;
}

const made: string[] = [];

/** Removes every fake made so far (call in `afterAll`). */
export function removeFakeJavas(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Makes a fake `java` that prints `output` (a fixture's text), then sleeps
 * `sleepSeconds` if given, then exits with `exitCode`.
 */
export function makeFakeJava(output: string, exitCode: number, options: { sleepSeconds?: number; stderr?: string } = {}): FakeJava {
  const dir = mkdtempSync(join(tmpdir(), "paxos-fake-java-"));
  made.push(dir);
  const outputFile = join(dir, "output.txt");
  writeFileSync(outputFile, output);
  const jar = join(dir, "tla2tools.jar");
  writeFileSync(jar, "not a real jar");
  const java = join(dir, "java");
  const script = [
    "#!/bin/sh",
    `printf '%s\\n' "$@" > '${dir}/args.txt'`,
    `pwd > '${dir}/cwd.txt'`,
    'prev=""',
    'for a in "$@"; do',
    `  if [ "$prev" = "-metadir" ]; then echo "$a" > '${dir}/metadir.txt'; if [ -d "$a" ]; then echo yes > '${dir}/metadir-existed.txt'; fi; fi`,
    '  prev="$a"',
    "done",
    `cat '${outputFile}'`,
    options.stderr !== undefined ? `printf '%s\\n' '${options.stderr.replace(/'/g, "")}' >&2` : "",
    options.sleepSeconds !== undefined ? `exec sleep ${options.sleepSeconds}` : "",
    `exit ${exitCode}`,
    "",
  ].join("\n");
  writeFileSync(java, script);
  chmodSync(java, 0o755);
  return {
    dir,
    java,
    jar,
    record: () => ({
      args: readFileSync(join(dir, "args.txt"), "utf8").trimEnd().split("\n"),
      cwd: readFileSync(join(dir, "cwd.txt"), "utf8").trim(),
      metadir: readFileSync(join(dir, "metadir.txt"), "utf8").trim(),
      metadirExisted: existsSync(join(dir, "metadir-existed.txt")),
    }),
  };
}

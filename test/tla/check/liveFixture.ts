/**
 * What the liveness tests share: a module `M` written to a temporary folder
 * with its cfg, loaded and checked, and a counterexample read as lines.
 *
 * @module
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { loadModel } from "../../../src/tla/model.js";
import { checkModel } from "../../../src/tla/check/bfs.js";
import { TlaError } from "../../../src/tla/errors.js";

/** Loads module `M` (its body given, after `EXTENDS Naturals`) under the cfg text. */
export async function load(body: string, cfg: string) {
  const dir = mkdtempSync(join(tmpdir(), "tla-live-"));
  writeFileSync(join(dir, "M.tla"), `---- MODULE M ----\nEXTENDS Naturals\n${body}\n====\n`);
  writeFileSync(join(dir, "M.cfg"), cfg);
  return loadModel(join(dir, "M.cfg"), join(dir, "M.tla"));
}

/** Checks module `M` (its body given) under the cfg text. */
export async function check(body: string, cfg: string) {
  return checkModel(await load(body, cfg));
}

/** The counterexample as `action: vars` lines, the loop marker as `Back to state N` or `Stuttering`. */
export function lasso(r: Awaited<ReturnType<typeof check>>): string[] {
  return r.counterexample.map((s) =>
    s.action === "Back to state" ? `Back to state ${s.index}` : s.action === "Stuttering" ? "Stuttering" : `${s.action}: ${Object.values(s.vars).join(" ")}`,
  );
}

/** The error checking module `M` raises (the test fails if it raises none, or another kind). */
export async function error(body: string, cfg: string): Promise<TlaError> {
  const err = await check(body, cfg).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(TlaError);
  return err as TlaError;
}

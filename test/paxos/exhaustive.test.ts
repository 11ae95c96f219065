/**
 * Every dispatch over spec actions, messages and timers is exhaustive: in a
 * scratch copy of src/, a new spec action, a new message type and a new timer
 * are added to the protocol's vocabulary, and the compiler must then refuse
 * exactly the places that would have to handle them — the node handlers, the
 * story, the chart — and nothing in the simulator, which knows no protocol.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "paxos-exhaustive-"));

/** Replaces `from` by `to` in a scratch file, failing if `from` is not there. */
function patch(file: string, from: string, to: string): void {
  const path = join(scratch, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

/** Type-checks the scratch copy; returns the files with errors and the error lines. */
function typeErrors(): { files: Set<string>; lines: string[] } {
  try {
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json", "--noEmit"], { cwd: scratch, encoding: "utf8" });
    return { files: new Set(), lines: [] };
  } catch (e) {
    const lines = String((e as { stdout?: string }).stdout ?? "")
      .split("\n")
      .filter((l) => /error TS/.test(l));
    return { files: new Set(lines.map((l) => l.slice(0, l.indexOf("(")))), lines };
  }
}

describe("exhaustive dispatch", () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("a new action, message and timer fail to compile where they must be handled, and only there", () => {
    cpSync(join(root, "src"), join(scratch, "src"), { recursive: true });
    for (const f of ["tsconfig.json", "package.json"]) cpSync(join(root, f), join(scratch, f));
    symlinkSync(join(root, "node_modules"), join(scratch, "node_modules"), "dir");
    expect(typeErrors().lines).toEqual([]);

    patch("src/paxos/types.ts", `| "Learn" | "Restart";`, `| "Learn" | "Restart" | "Forget";`);
    patch(
      "src/paxos/types.ts",
      `  | { readonly name: "Restart"; readonly params: { readonly a: NodeId } };`,
      `  | { readonly name: "Restart"; readonly params: { readonly a: NodeId } }\n  | { readonly name: "Forget"; readonly params: { readonly a: NodeId } };`,
    );
    patch(
      "src/paxos/types.ts",
      `export type Message = Msg1a | Msg1b | Msg2a | Msg2b | MsgRequest | MsgDecision;`,
      `export type Message = Msg1a | Msg1b | Msg2a | Msg2b | MsgRequest | MsgDecision | { readonly type: "nack"; readonly bal: Ballot };`,
    );
    patch("src/paxos/types.ts", `| { readonly type: "submit" };`, `| { readonly type: "submit" } | { readonly type: "heartbeat" };`);
    const { files, lines } = typeErrors();
    expect([...files].sort(), lines.join("\n")).toEqual([
      "src/cluster/simulation.ts",
      "src/cluster/story.ts",
      "src/draw/chart.ts",
      "src/paxos/handlers.ts",
      "src/trace/recorder.ts",
    ]);
    // every role's message dispatch, and the two roles that have timers
    expect(lines.filter((l) => l.startsWith("src/paxos/handlers.ts")).length, lines.join("\n")).toBeGreaterThanOrEqual(6);
  }, 120_000);
});

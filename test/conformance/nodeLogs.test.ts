/**
 * Per-node logs as a deployment writes them: a node that took no step
 * writes its header alone; a log left out that another log names is
 * diagnosed as missing; a rejection names the node's own step and line.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatOutcome, validateFiles } from "../../src/cli/commands/validate.js";
import { validateNodeLogs } from "../../src/trace/merge.js";

const DIR = "traces/conformance";

describe("per-node logs", () => {
  it("accepts the header-only log of a node that took no step", async () => {
    const dir = `${DIR}/vector-valid`;
    const logs = ["a2", "a3", "c1", "l1", "p2"].map((n) => ({ file: `${dir}/${n}.ndjson`, text: readFileSync(`${dir}/${n}.ndjson`, "utf8") }));
    const header = JSON.parse(logs[0]!.text.split("\n")[0]!) as Record<string, unknown>;
    const idle = { file: "a1.ndjson", text: JSON.stringify({ ...header, node: "a1" }) + "\n" };
    const v = await validateNodeLogs([...logs, idle]);
    expect(v.verdict).toMatchObject({ ok: true, steps: 8 });
    expect(v.merge.files).toContain("a1.ndjson");
  });

  it("names a log that is missing when a receive names its node", async () => {
    const dir = `${DIR}/lamport-valid`;
    const files = ["a1", "a2", "a3", "c1", "l1"].map((n) => `${dir}/${n}.ndjson`); // p1's log left out
    const [o] = await validateFiles(files);
    expect(o).toEqual({
      file: files.join(", "),
      error: `${dir}/a1.ndjson:2: the step received a message from node p1, but no log of node p1 was given; give the logs of every node of the run together (the log of a node that took no step is its header alone, with "node": "p1")`,
    });
  });

  it("names a log that is missing when a vector clock counts its steps", async () => {
    const dir = `${DIR}/vector-valid`;
    const files = ["a2", "a3", "c1", "l1"].map((n) => `${dir}/${n}.ndjson`); // p2's log left out
    const [o] = await validateFiles(files);
    expect(o && "error" in o ? o.error : "").toMatch(/: the step has a vector clock that counts steps of node p2, but no log of node p2 was given;/);
  });

  it("reports a step rejected in every order by its node's own number and line, without the unrelated concurrent steps", async () => {
    const dir = `${DIR}/lamport-vote-below-promise`;
    const [o] = await validateFiles(
      ["a1", "a2", "c1", "p1", "p2"].map((n) => `${dir}/${n}.ndjson`),
      { safetySpec: null },
    );
    if (!o || "error" in o) throw new Error("expected a verdict");
    const text = formatOutcome(o).split("\n");
    expect(text[1]).toBe(
      `  ${dir}/a1.ndjson:4 (a1's step 3, step 8 of the merged run): rejected in every order of the logs that agrees with their clocks, placed after 7 steps: Phase2b(a = a1, b = 0, v = v1) is not a step of Paxos:`,
    );
    expect(text).toContain(`  ${dir}/a1.ndjson:4 Phase2b(a = a1, b = 0, v = v1) is rejected wherever the clocks let it be placed: no order of the other steps helps`);
    expect(text.some((l) => l.includes("concurrent"))).toBe(false);
    expect(o.merge?.conflict).toMatchObject({ everyOrder: true, node: "a1", nodeStep: 3 });
  });
});

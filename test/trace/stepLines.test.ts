import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StepLines } from "../../src/trace/stepLines.js";

describe("StepLines", () => {
  it("writes the header and then every line, the same whether the lines were kept in memory or spooled to a file (which is then removed)", () => {
    const dir = mkdtempSync(join(tmpdir(), "steplines-test-"));
    try {
      const lines = Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ kind: "step", i: i + 1, text: "é".repeat(i % 7) }));
      const memory = new StepLines();
      const spooled = new StepLines(join(dir, "spool"));
      for (const l of lines) {
        memory.push(l);
        spooled.push(l);
      }
      expect(memory.length).toBe(10_000);
      expect(spooled.length).toBe(10_000);
      expect(memory.toArray()).toEqual(lines);
      expect(() => spooled.toArray()).toThrow(/spooled/);
      memory.writeTo(join(dir, "a.ndjson"), "HEADER");
      spooled.writeTo(join(dir, "b.ndjson"), "HEADER");
      const expected = ["HEADER", ...lines].map((l) => `${l}\n`).join("");
      expect(readFileSync(join(dir, "a.ndjson"), "utf8")).toBe(expected);
      expect(readFileSync(join(dir, "b.ndjson"), "utf8")).toBe(expected);
      expect(existsSync(join(dir, "spool"))).toBe(false);
      expect(() => spooled.push("more")).toThrow(/written/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

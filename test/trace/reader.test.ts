import { Readable } from "node:stream";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTrace, readTraceFile, readTraceText, recordRun, toNdjson, TraceFormatError } from "../../src/trace/index.js";

const header = '{"kind":"header","format":"paxos-tla-trace/1","spec":"Paxos","mode":"events","seed":"1","constants":{}}';

async function errorOf(text: string): Promise<string> {
  try {
    await readTraceText(text);
  } catch (e) {
    expect(e).toBeInstanceOf(TraceFormatError);
    return (e as Error).message;
  }
  throw new Error("no error");
}

describe("readTrace", () => {
  it("reads back exactly the lines a run recorded", async () => {
    const { lines } = recordRun({ seed: "5", acceptors: 3, loss: 0.1 });
    const read = await readTraceText(toNdjson(lines));
    expect(read.map((l) => JSON.stringify(l))).toEqual(lines);
  });
  it("streams from chunks that split lines anywhere (bytes, including a multi-byte character)", async () => {
    const text = `${header}\n{"kind":"event","what":"crash","node":"a\u00e9"}\n{"kind":"step","i":1,"action":"Propose","params":{"v":"v1"}}\n`;
    const bytes = Buffer.from(text, "utf8");
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const kinds: string[] = [];
    for await (const line of readTrace(Readable.from(chunks))) kinds.push(line.kind);
    expect(kinds).toEqual(["header", "event", "step"]);
    const crash = (await readTraceText(text))[1] as { node?: string };
    expect(crash.node).toBe("a\u00e9");
  });
  it("streams a 100,000-step trace line by line", async () => {
    async function* source(): AsyncGenerator<string> {
      yield `${header}\n`;
      for (let i = 1; i <= 100_000; i++) yield `{"kind":"step","i":${i},"action":"Phase1b","params":{"a":"a1","b":${i}}}\n`;
    }
    let steps = 0;
    let last = 0;
    for await (const line of readTrace(source())) {
      if (line.kind === "step") {
        steps++;
        last = line.i;
      }
    }
    expect(steps).toBe(100_000);
    expect(last).toBe(100_000);
  });
  it("reads a file as a stream, naming the file in errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trace-"));
    const path = join(dir, "run.ndjson");
    writeFileSync(path, `${header}\n[1,2]\n`);
    await expect(async () => {
      for await (const _ of readTraceFile(path)) void _;
    }).rejects.toThrow(`${path}:2: expected a JSON object, got [1,2]`);
  });
  it("names the line of a malformed line", async () => {
    expect(await errorOf(`${header}\n\n{"kind":"step","i":1,"action":"Propose","params":{}}\n[1,2]\n`)).toBe("trace.ndjson:4: expected a JSON object, got [1,2]");
    expect(await errorOf(`${header}\n{"kind":"step",\n`)).toBe('trace.ndjson:2: not valid JSON: {"kind":"step",');
    expect(await errorOf(`${header}\n{"kind":"step","i":0,"action":"Propose","params":{}}\n`)).toBe("trace.ndjson:2: field 'i' must be a whole number >= 1, got a number");
    expect(await errorOf(`${header}\n{"kind":"step","i":1,"params":{}}\n`)).toBe("trace.ndjson:2: field 'action' must be a non-empty string, got nothing");
    expect(await errorOf(`${header}\n{"kind":"frame"}\n`)).toBe('trace.ndjson:2: unknown kind "frame"; expected header, init, step or event');
    expect(await errorOf(`{"kind":"init","state":{}}\n`)).toBe('trace.ndjson:1: the first line must be the header ({"kind":"header",...}), got kind "init"');
    expect(await errorOf(header.replace("trace/1", "trace/9"))).toBe('trace.ndjson:1: unknown format "paxos-tla-trace/9"; this reader knows "paxos-tla-trace/1"');
    expect(await errorOf("")).toBe("trace.ndjson:1: the trace is empty; expected a header line");
  });
});

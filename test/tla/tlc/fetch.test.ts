import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("../../../scripts/tlc-fetch.mjs", import.meta.url));
/** A tiny "jar": a zip header and some bytes. */
const jarBytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("stand-in tla2tools")]);
const jarHash = createHash("sha256").update(jarBytes).digest("hex");

let server: Server;
let base: string;
let downloads = 0;
const work = mkdtempSync(join(tmpdir(), "paxos-fetch-"));

beforeAll(async () => {
  server = createServer((req, res) => {
    downloads++;
    if (req.url === "/tla2tools.jar") res.end(jarBytes);
    else if (req.url === "/page.html") res.end("<html>not a jar</html>");
    else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

function fetchJar(url: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { env: { ...process.env, TLA2TOOLS_URL: url } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

describe("npm run tlc:fetch (against a local server)", () => {
  it("without a known hash: keeps the jar unverified, prints its sha256 and how to accept it; then installs it on --accept-sha256", async () => {
    const out = join(work, "a", "tla2tools.jar");
    const first = await fetchJar(`${base}/tla2tools.jar`, "--out", out);
    expect(first.code).toBe(2);
    expect(first.stderr.trim().split("\n")).toEqual([
      `tlc:fetch: downloaded a jar with sha256 ${jarHash}, but this project does not know the expected hash; check it against a source you trust, then run: npm run tlc:fetch -- --accept-sha256 ${jarHash}`,
    ]);
    expect(existsSync(out)).toBe(false);

    const before = downloads;
    const second = await fetchJar(`${base}/tla2tools.jar`, "--out", out, "--accept-sha256", jarHash);
    expect(second.code).toBe(0);
    expect(downloads).toBe(before); // the waiting file was used, not downloaded again
    expect(readFileSync(out).equals(jarBytes)).toBe(true);
    expect(existsSync(`${out}.unverified`)).toBe(false);

    const third = await fetchJar(`${base}/tla2tools.jar`, "--out", out, "--accept-sha256", jarHash);
    expect(third.code).toBe(0);
    expect(third.stdout).toContain("already present and verified");
  });

  it("refuses a jar whose hash does not match", async () => {
    const out = join(work, "b", "tla2tools.jar");
    const r = await fetchJar(`${base}/tla2tools.jar`, "--out", out, "--accept-sha256", "0".repeat(64));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tlc:fetch: sha256 mismatch: expected ${"0".repeat(64)}, got ${jarHash}; refusing the jar\n`);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses what is not a jar, and reports HTTP and network failures in one line", async () => {
    const out = join(work, "c", "tla2tools.jar");
    const page = await fetchJar(`${base}/page.html`, "--out", out);
    expect([page.code, page.stderr]).toEqual([2, "tlc:fetch: the downloaded file is not a jar (no zip header); refusing it\n"]);
    const missing = await fetchJar(`${base}/missing.jar`, "--out", out);
    expect([missing.code, missing.stderr]).toEqual([2, `tlc:fetch: cannot download ${base}/missing.jar: HTTP 404\n`]);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = await fetchJar(`http://127.0.0.1:${port}/tla2tools.jar`, "--out", out);
    expect(offline.code).toBe(2);
    expect(offline.stderr.trim().split("\n")).toHaveLength(1);
    expect(offline.stderr).toContain(`tlc:fetch: cannot download http://127.0.0.1:${port}/tla2tools.jar (fetch failed: ECONNREFUSED)`);
  });

  it("rejects a malformed hash before downloading", async () => {
    const before = downloads;
    const r = await fetchJar(`${base}/tla2tools.jar`, "--accept-sha256", "abc");
    expect([r.code, r.stderr]).toEqual([2, "tlc:fetch: --accept-sha256 needs 64 hexadecimal digits\n"]);
    expect(downloads).toBe(before);
  });
});

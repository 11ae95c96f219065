/**
 * A minimal driver for headless Chromium over the DevTools protocol, through
 * `--remote-debugging-pipe` (JSON messages ending in a NUL byte on file
 * descriptors 3 and 4), so that no WebSocket client is needed. It loads pages
 * one after the other in one browser and reports what the page logged:
 * console messages, uncaught exceptions, and the browser's own log entries
 * (a stylesheet that fails to load, for instance).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

/** What loading one page produced. */
export interface LoadedPage {
  /** The document's HTML after the load event. */
  readonly html: string;
  /** Console messages, exceptions and browser log entries of warning level or above, one line each. */
  readonly problems: readonly string[];
  /** The value of `probe` (a JavaScript expression) evaluated in the page, if one was given. */
  readonly probe: unknown;
}

interface Pending {
  resolve(v: Record<string, unknown>): void;
  reject(e: Error): void;
}

/** A running headless Chromium. */
export class Chromium {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: ((method: string, params: Record<string, unknown>, sessionId: string | undefined) => void)[] = [];
  private buffer = "";

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const output = child.stdio[4] as Readable;
    output.setEncoding("utf8");
    output.on("data", (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf("\0")) >= 0) {
        const text = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        this.dispatch(JSON.parse(text) as Record<string, unknown>);
      }
    });
  }

  /** Starts the browser (binary `executable`) with a fresh profile. */
  static async launch(executable: string): Promise<Chromium> {
    const profile = await mkdtemp(join(tmpdir(), "paxos-chromium-"));
    const child = spawn(
      executable,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${profile}`,
        "--remote-debugging-pipe",
        "about:blank",
      ],
      { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
    );
    const browser = new Chromium(child, profile);
    await browser.send("Browser.getVersion");
    return browser;
  }

  private dispatch(msg: Record<string, unknown>): void {
    const id = msg["id"];
    if (typeof id === "number") {
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      const error = msg["error"] as { message?: string } | undefined;
      if (error) p.reject(new Error(`DevTools: ${error.message ?? "error"}`));
      else p.resolve((msg["result"] as Record<string, unknown> | undefined) ?? {});
      return;
    }
    const method = msg["method"];
    if (typeof method === "string") {
      for (const l of this.listeners) l(method, (msg["params"] as Record<string, unknown> | undefined) ?? {}, msg["sessionId"] as string | undefined);
    }
  }

  /** Sends one DevTools command and waits for its result. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const input = this.child.stdio[3] as Writable;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      input.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + "\0");
    });
  }

  /** Loads `url` in a new tab, waits for its load event, and reports what it logged. */
  async load(url: string, probe?: string): Promise<LoadedPage> {
    const { targetId } = (await this.send("Target.createTarget", { url: "about:blank" })) as { targetId: string };
    const { sessionId } = (await this.send("Target.attachToTarget", { targetId, flatten: true })) as { sessionId: string };
    const problems: string[] = [];
    let loaded: () => void = () => {};
    const load = new Promise<void>((resolve) => {
      loaded = resolve;
    });
    this.listeners.push((method, params, sid) => {
      if (sid !== sessionId) return;
      if (method === "Page.loadEventFired") loaded();
      else if (method === "Runtime.consoleAPICalled") {
        const args = (params["args"] as { value?: unknown; description?: string }[]).map((a) => a.description ?? String(a.value));
        problems.push(`console.${String(params["type"])}: ${args.join(" ")}`);
      } else if (method === "Runtime.exceptionThrown") {
        const details = params["exceptionDetails"] as { text?: string; exception?: { description?: string } };
        problems.push(`exception: ${details.exception?.description ?? details.text ?? "?"}`);
      } else if (method === "Log.entryAdded") {
        const entry = params["entry"] as { level: string; text: string; url?: string };
        if (entry.level === "error" || entry.level === "warning") problems.push(`log ${entry.level}: ${entry.text}${entry.url ? ` (${entry.url})` : ""}`);
      }
    });
    await this.send("Page.enable", {}, sessionId);
    await this.send("Runtime.enable", {}, sessionId);
    await this.send("Log.enable", {}, sessionId);
    await this.send("Page.navigate", { url }, sessionId);
    await load;
    const html = (await this.send("Runtime.evaluate", { expression: "document.documentElement.outerHTML", returnByValue: true }, sessionId)) as {
      result: { value: string };
    };
    let probeValue: unknown;
    if (probe !== undefined) {
      const r = (await this.send("Runtime.evaluate", { expression: probe, returnByValue: true }, sessionId)) as { result: { value: unknown } };
      probeValue = r.result.value;
    }
    await this.send("Target.closeTarget", { targetId });
    return { html: html.result.value, problems, probe: probeValue };
  }

  /** Closes the browser and removes its profile. */
  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    await this.send("Browser.close").catch(() => undefined);
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    await rm(this.profile, { recursive: true, force: true });
  }
}

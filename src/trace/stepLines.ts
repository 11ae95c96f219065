/**
 * The step lines of a trace as a recorder makes them, kept until the run
 * ends and the header (whose constants depend on the whole run) can be
 * written before them: in memory, or, for runs of any length, appended to a
 * spool file as they come, so that the recorder's memory does not grow with
 * the run.
 *
 * @module
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import { toNdjson } from "./recorder.js";

/** Lines gathered before one write to the spool file. */
const LINES_PER_WRITE = 4096;

/** Bytes copied from the spool file at a time. */
const COPY_BYTES = 1 << 20;

/** Step lines, in memory or spooled to a file. */
export class StepLines {
  readonly #memory: string[] | null;
  /** The spool file, its descriptor, and the lines not written to it yet. */
  readonly #spool: string | null;
  #fd: number | null;
  #pending: string[] = [];
  #count = 0;

  /** Lines kept in memory, or, given `spool` (a path), appended to that file (created, or emptied). */
  constructor(spool?: string) {
    this.#spool = spool ?? null;
    this.#memory = spool === undefined ? [] : null;
    this.#fd = spool === undefined ? null : openSync(spool, "w");
  }

  /** How many lines there are. */
  get length(): number {
    return this.#count;
  }

  /** Adds a line (without its newline). */
  push(line: string): void {
    if (this.#memory === null && this.#fd === null) throw new Error("the trace was written: no more step lines");
    this.#count++;
    if (this.#memory !== null) {
      this.#memory.push(line);
      return;
    }
    this.#pending.push(line);
    if (this.#pending.length >= LINES_PER_WRITE) this.#flush();
  }

  /** The lines, when they are kept in memory. @throws Error when they were spooled to a file. */
  toArray(): string[] {
    if (this.#memory === null) throw new Error(`the step lines were spooled to ${this.#spool}: write the trace to a file instead`);
    return [...this.#memory];
  }

  /**
   * Writes `header` and then every line, each followed by a newline, to the
   * file `path` (created, or replaced), a block at a time: never the whole
   * trace in one string. A spool file is closed and removed; no line can be
   * added after.
   */
  writeTo(path: string, header: string): void {
    const out = openSync(path, "w");
    try {
      writeSync(out, `${header}\n`);
      if (this.#memory !== null) {
        for (let i = 0; i < this.#memory.length; i += LINES_PER_WRITE) writeSync(out, toNdjson(this.#memory.slice(i, i + LINES_PER_WRITE)));
        return;
      }
      this.#flush();
      closeSync(this.#fd!);
      this.#fd = null;
      const spool = openSync(this.#spool!, "r");
      try {
        const buffer = Buffer.alloc(COPY_BYTES);
        for (let n = readSync(spool, buffer); n > 0; n = readSync(spool, buffer)) writeSync(out, buffer, 0, n);
      } finally {
        closeSync(spool);
      }
      unlinkSync(this.#spool!);
    } finally {
      closeSync(out);
    }
  }

  #flush(): void {
    if (this.#fd === null || this.#pending.length === 0) return;
    writeSync(this.#fd, toNdjson(this.#pending));
    this.#pending = [];
  }
}

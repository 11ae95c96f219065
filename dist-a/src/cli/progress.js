/**
 * Progress reports for long work, on stderr.
 *
 * On a terminal, one line is rewritten in place at most every two seconds:
 * for model checking `generated 1.2M, distinct 180k, queue 3k, 41k states/s`;
 * for work with a known total (simulator sweeps) a bar with percentage and
 * ETA. When stderr is not a terminal nothing is printed unless asked for
 * (`--progress`), and then each report is a line of its own.
 *
 * @module
 */
/** `950`, `3.4k`, `180k`, `1.2M`, `2.5G`: a count in at most four characters and a unit. */
export function compactNumber(n) {
    const units = [
        [1e9, "G"],
        [1e6, "M"],
        [1e3, "k"],
    ];
    for (const [size, unit] of units) {
        if (Math.abs(n) >= size) {
            const v = n / size;
            const text = Math.abs(v) < 10 ? v.toFixed(1).replace(/\.0$/, "") : String(Math.round(v));
            return `${text}${unit}`;
        }
    }
    return String(Math.round(n));
}
/** `12s`, `3m05s`, `1h02m`: a duration for an ETA. */
export function formatDuration(seconds) {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
    return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}
/** `generated 1.2M, distinct 180k, queue 3k, 41k states/s` (rate omitted when unknown). */
export function formatStateCounts(counts, statesPerSecond) {
    const parts = [`generated ${compactNumber(counts.generated)}`, `distinct ${compactNumber(counts.distinct)}`];
    if (counts.queue !== undefined)
        parts.push(`queue ${compactNumber(counts.queue)}`);
    if (statesPerSecond !== undefined && Number.isFinite(statesPerSecond))
        parts.push(`${compactNumber(statesPerSecond)} states/s`);
    return parts.join(", ");
}
/** `[#########-----------]  45% 450/1,000 runs, ETA 12s`: a bar for work with a known total. */
export function formatBar(done, total, elapsedSeconds, label = "", width = 20) {
    const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
    const filled = Math.round(fraction * width);
    const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
    const percent = `${String(Math.floor(fraction * 100)).padStart(3)}%`;
    const counts = `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}${label ? ` ${label}` : ""}`;
    const eta = done > 0 && done < total ? `, ETA ${formatDuration((elapsedSeconds * (total - done)) / done)}` : "";
    return `${bar} ${percent} ${counts}${eta}`;
}
/**
 * Prints progress reports at most every `intervalMs`: in place on a
 * terminal, as separate lines when forced on another stream, not at all
 * otherwise.
 */
export class ProgressReporter {
    /** Whether anything is printed at all. */
    enabled;
    stream;
    tty;
    intervalMs;
    now;
    startedAt;
    lastReportAt;
    lastGenerated;
    lineShown = false;
    constructor(options = {}) {
        this.stream = options.stream ?? process.stderr;
        this.tty = this.stream.isTTY === true;
        this.enabled = this.tty || options.force === true;
        this.intervalMs = options.intervalMs ?? 2000;
        this.now = options.now ?? (() => performance.now());
        this.startedAt = this.now();
    }
    /** Reports model-checking figures; the rate is measured between consecutive reports. */
    states(counts) {
        if (!this.enabled)
            return;
        const at = this.now();
        const base = this.lastGenerated ?? { at: this.startedAt, generated: 0 };
        const seconds = (at - base.at) / 1000;
        const rate = seconds > 0 ? (counts.generated - base.generated) / seconds : undefined;
        if (this.show(formatStateCounts(counts, rate), at))
            this.lastGenerated = { at, generated: counts.generated };
    }
    /** Reports `done` of `total` units of work (e.g. `runs`). */
    count(done, total, label = "") {
        if (!this.enabled)
            return;
        const at = this.now();
        this.show(formatBar(done, total, (at - this.startedAt) / 1000, label), at, done >= total);
    }
    /** Reports a line of free text (e.g. `waiting for a leader: n1 up, n2 down`). */
    message(text) {
        if (this.enabled)
            this.show(text, this.now());
    }
    /** Ends reporting: clears the line on a terminal. */
    finish() {
        if (this.tty && this.lineShown)
            this.stream.write("\r\u001b[K");
        this.lineShown = false;
    }
    /** Prints `text` if the interval has passed (or `always`); returns whether it did. */
    show(text, at, always = false) {
        if (!always && this.lastReportAt !== undefined && at - this.lastReportAt < this.intervalMs)
            return false;
        this.lastReportAt = at;
        if (this.tty) {
            this.stream.write(`\r${text}\u001b[K`);
            this.lineShown = true;
        }
        else {
            this.stream.write(`${text}\n`);
        }
        return true;
    }
}
//# sourceMappingURL=progress.js.map
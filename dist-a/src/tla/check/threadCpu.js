/**
 * The CPU time of the calling thread, for measurements of the parallel
 * search (a process's CPU time adds up all its threads).
 *
 * @module
 */
import { readFileSync } from "node:fs";
/**
 * This thread's CPU time in milliseconds, where the system tells it (Linux's
 * /proc/thread-self/stat, in clock ticks of 10 ms); undefined elsewhere.
 */
export function threadCpuMs() {
    try {
        const stat = readFileSync("/proc/thread-self/stat", "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ticks = Number(fields[11]) + Number(fields[12]);
        return Number.isFinite(ticks) ? ticks * 10 : undefined;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=threadCpu.js.map
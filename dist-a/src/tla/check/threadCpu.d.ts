/**
 * This thread's CPU time in milliseconds, where the system tells it (Linux's
 * /proc/thread-self/stat, in clock ticks of 10 ms); undefined elsewhere.
 */
export declare function threadCpuMs(): number | undefined;

/** Runs the benchmark with `runs` seeds per configuration and prints the table. */
export declare function benchSimulator(runs?: number): void;

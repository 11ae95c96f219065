interface Row {
    readonly name: string;
    readonly runs: number;
    readonly steps: number;
    readonly runMs: number;
    readonly validateMs: number;
}
/** Runs the comparison and prints a table. */
export declare function benchRatio(runs?: number): Promise<Row[]>;
export {};

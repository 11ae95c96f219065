interface Row {
    readonly name: string;
    readonly steps: number;
    readonly msgs: number;
    readonly stepsPerSec: number;
}
/** Runs the benchmark and prints a table. */
export declare function benchValidate(): Promise<Row[]>;
export {};

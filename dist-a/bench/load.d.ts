/** Parses every .tla of spec/ and returns the cold and warm times in milliseconds. */
export declare function benchLoad(): Promise<{
    files: number;
    lines: number;
    coldMs: number;
    warmMs: number;
    paxosMs: number;
}>;

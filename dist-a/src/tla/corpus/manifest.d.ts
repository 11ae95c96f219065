/**
 * How TLC's search ended, as the manifest records it: no error, a safety
 * failure (an invariant, a deadlock, an assumption or a safety property), or a
 * liveness failure (a temporal property violated by a lasso).
 */
export type TlcResult = "success" | "safety failure" | "liveness failure";
export declare const TLC_RESULTS: readonly TlcResult[];
/** One model of the corpus, with TLC's result and figures as recorded in its manifest. */
export interface CorpusModel {
    /** `folder/Model`: the cfg's path under `specifications/`, without `.cfg`. */
    readonly name: string;
    /** Absolute paths of the cfg and of the module it configures. */
    readonly cfg: string;
    readonly module: string;
    readonly tlc: {
        readonly result: TlcResult;
        /** Distinct states and depth, when the manifest records them (at a violation: where TLC stopped). */
        readonly distinctStates?: number;
        readonly depth?: number;
        /** States generated, when the manifest records them. */
        readonly statesGenerated?: number;
        /** TLC's run time in seconds. */
        readonly seconds: number;
    };
}
/** `00:01:05` -> 65; `unknown` -> NaN. */
export declare function runtimeSeconds(runtime: string): number;
/**
 * The models under `examples/specifications/*\/manifest.json` that TLC checked
 * by exhaustive search in a recorded time of at most `maxSeconds`, ending in
 * success, a safety failure or a liveness failure; sorted by name. Models whose
 * result or run time is `unknown` are left out.
 */
export declare function corpusModels(examples: string, maxSeconds?: number): CorpusModel[];

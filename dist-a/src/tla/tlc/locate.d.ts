/** TLC cannot be run here: no `java`, or no `tla2tools.jar`. The message is one sentence for people. */
export declare class TlcUnavailableError extends Error {
    constructor(message: string);
}
/** Where `java` and the jar are. */
export interface TlcTools {
    readonly java: string;
    readonly jar: string;
}
/** Inputs of the search, for tests; defaults are the process's environment and this project's root. */
export interface LocateOptions {
    readonly env?: Readonly<Record<string, string | undefined>>;
    readonly projectRoot?: string;
}
/** The directory holding this project's package.json (found by walking up from this file). */
export declare function projectRoot(): string;
/** The default place of the jar: `.cache/tla2tools.jar` at the project root. */
export declare function defaultJarPath(root?: string): string;
/** The `java` executable: on `PATH` first, then under `JAVA_HOME`; `undefined` when there is none. */
export declare function findJava(env?: Readonly<Record<string, string | undefined>>): string | undefined;
/** The jar path, or a {@link TlcUnavailableError} saying how to provide one. */
export declare function findJar(options?: LocateOptions): string;
/** Both tools, or a {@link TlcUnavailableError} naming the missing one and how to provide it. */
export declare function locateTlc(options?: LocateOptions): TlcTools;

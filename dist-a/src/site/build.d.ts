import { type ActionPair } from "./actionPairs.js";
/**
 * A protocol whose actions get pages: a spec module, the directory holding the
 * functions tagged `@spec <module>.<Action>`, and the guide that reads the two
 * together.
 */
export interface Protocol {
    /** The spec module (`spec/<module>.tla`) whose `Next` is paired with the code: `MultiPaxos`. */
    readonly module: string;
    /** The directory of its implementation, relative to the root: `src/multipaxos`. */
    readonly source: string;
    /** Its name for readers: `Multi-Paxos`. */
    readonly label: string;
    /** What it does, in a phrase, for the index. */
    readonly summary: string;
    /** Its guide, a `docs/` file without `.md`: linked beside the actions when it exists. */
    readonly guide: string;
}
/**
 * The protocols of the site, in the order the index and the navigation list
 * them: Multi-Paxos builds on Paxos, and so does its guide.
 */
export declare const PROTOCOLS: readonly Protocol[];
/** The site path of an action's page: `actions/MultiPaxos/Phase1a.html`. */
export declare function actionPagePath(module: string, action: string): string;
/** What to build, from where, to where. */
export interface SiteOptions {
    /** The repository root (holding `spec/`, each protocol's source directory, `docs/`). */
    readonly root: string;
    /** The output directory; emptied first. */
    readonly out: string;
    /** Whether to run typedoc for the API reference (`api/`); slow, so tests may leave it out. */
    readonly api: boolean;
    /** Progress messages. */
    readonly log?: (line: string) => void;
}
/** The actions of one protocol, each with its implementing function. */
export interface ProtocolPairs {
    readonly protocol: Protocol;
    readonly pairs: readonly ActionPair[];
}
/** What was built. */
export interface SiteReport {
    /** Every file written, relative to the output directory, `/`-separated, sorted. */
    readonly files: readonly string[];
    /** Each protocol's pairs, in the order of {@link PROTOCOLS}. */
    readonly protocols: readonly ProtocolPairs[];
    /** All the pairs, protocol after protocol. */
    readonly pairs: readonly ActionPair[];
    readonly apiBuilt: boolean;
}
/** Builds the site. Throws {@link ActionPairError} (nothing written) when the action pairs do not match. */
export declare function buildSite(opts: SiteOptions): Promise<SiteReport>;
/**
 * The docs build as a program: `node dist/src/site/build.js [--out dir]
 * [--no-api] [--root dir]`. Returns the exit code: 0 built, 1 the action pairs
 * do not match (each problem printed on its own line), 2 bad input.
 */
export declare function docsMain(argv: readonly string[]): Promise<number>;

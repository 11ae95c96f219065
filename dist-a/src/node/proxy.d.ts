import type { ClusterConfig } from "./config.js";
/** The proxies of a cluster's links. */
export declare class LinkProxies {
    private readonly links;
    private readonly cut;
    private constructor();
    /**
     * Listens on a port for each ordered pair of nodes, from `basePort` on, and
     * returns the proxies and the configuration's `links` that route through them.
     */
    static start(c: ClusterConfig, basePort: number): Promise<{
        proxies: LinkProxies;
        links: Record<string, Record<string, string>>;
    }>;
    private listen;
    /** Cuts the link `from -> to` (one direction). */
    cutLink(from: string, to: string): void;
    /** Cuts every link between the two groups, both ways. */
    partition(a: readonly string[], b: readonly string[]): void;
    /** Heals every link. */
    healAll(): void;
    /** Stops every proxy. */
    close(): Promise<void>;
}

/**
 * A proxy on every link of a cluster, so that a test can cut links without
 * privileges (no firewall rules): node `i` reaches node `j` through a port of
 * its own, `links[i][j]` in the configuration, and the proxy forwards what
 * arrives there to `j`'s real port. Cutting the link `i -> j` closes its
 * connections and refuses new ones until it is healed; frames in flight are
 * lost, as in a real partition.
 *
 * @module
 */
import { createServer, Socket } from "node:net";
import { ListenError } from "./transport.js";
/** The proxies of a cluster's links. */
export class LinkProxies {
    links = new Map();
    cut = new Set();
    constructor() { }
    /**
     * Listens on a port for each ordered pair of nodes, from `basePort` on, and
     * returns the proxies and the configuration's `links` that route through them.
     */
    static async start(c, basePort) {
        const p = new LinkProxies();
        const links = {};
        let port = basePort;
        try {
            for (const from of c.nodes) {
                links[from.id] = {};
                for (const to of c.nodes) {
                    if (from.id === to.id)
                        continue;
                    const at = port++;
                    await p.listen(from.id, to.id, at, to.host, to.port);
                    links[from.id][to.id] = `127.0.0.1:${at}`;
                }
            }
        }
        catch (e) {
            await p.close();
            throw e;
        }
        return { proxies: p, links };
    }
    listen(from, to, port, host, targetPort) {
        const key = `${from}>${to}`;
        const sockets = new Set();
        const server = createServer((inbound) => {
            if (this.cut.has(key))
                return void inbound.destroy();
            const outbound = new Socket();
            sockets.add(inbound);
            sockets.add(outbound);
            const close = () => {
                inbound.destroy();
                outbound.destroy();
                sockets.delete(inbound);
                sockets.delete(outbound);
            };
            inbound.on("error", close).on("close", close);
            outbound.on("error", close).on("close", close);
            outbound.connect(targetPort, host, () => {
                inbound.pipe(outbound);
                outbound.pipe(inbound);
            });
        });
        this.links.set(key, { from, to, port, server, sockets });
        return new Promise((done, fail) => {
            server.once("error", (e) => fail(new ListenError(e.code === "EADDRINUSE" ? `proxy port ${port} is in use` : `cannot listen on ${port}: ${e.message}`)));
            server.listen(port, "127.0.0.1", () => done());
        });
    }
    /** Cuts the link `from -> to` (one direction). */
    cutLink(from, to) {
        const key = `${from}>${to}`;
        this.cut.add(key);
        for (const s of this.links.get(key)?.sockets ?? [])
            s.destroy();
    }
    /** Cuts every link between the two groups, both ways. */
    partition(a, b) {
        for (const x of a)
            for (const y of b) {
                this.cutLink(x, y);
                this.cutLink(y, x);
            }
    }
    /** Heals every link. */
    healAll() {
        this.cut.clear();
    }
    /** Stops every proxy. */
    async close() {
        for (const l of this.links.values())
            for (const s of l.sockets)
                s.destroy();
        await Promise.all([...this.links.values()].map((l) => new Promise((done) => l.server.close(() => done()))));
    }
}
//# sourceMappingURL=proxy.js.map
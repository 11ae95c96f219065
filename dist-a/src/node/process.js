/**
 * One process of a real cluster, assembled: the host of its protocol nodes
 * (`host.ts`) with their stable storage on disk (`storage.ts`) and messages
 * encoded as JSON (`codec.ts`), and the HTTP gateway (`gateway.ts`) when the
 * configuration gives the node an HTTP port. This is what `paxos node` runs.
 *
 * Files under the data directory:
 *
 * | path                         | what                                                           |
 * |------------------------------|----------------------------------------------------------------|
 * | `<role id>/storage/`         | the node's stable storage: snapshot and write-ahead log (docs/storage.md) |
 * | `<role id>/incarnation`      | how many times the node started (a node that started before restarts from its storage) |
 * | `<role id>/steps.ndjson`     | its spec steps with Lamport clocks (`trace.ts`)                |
 * | `gateway/steps.ndjson`       | the gateway's steps: the clients' requests                     |
 *
 * @module
 */
import { join } from "node:path";
import { messageCodec, stableRecordCodec } from "./codec.js";
import { Gateway } from "./gateway.js";
import { NodeHost } from "./host.js";
import { NodeStorage } from "./storage.js";
import { alive } from "./local.js";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
/** Opens a node's storage directory with the Multi-Paxos record codec. */
export function diskStore(fsync) {
    return (dir) => {
        const { storage, recovered } = NodeStorage.open(dir, stableRecordCodec, { fsync });
        const r = recovered.repaired;
        return {
            store: storage,
            records: recovered.records,
            repaired: r === null ? null : `${r.file}: a torn record at byte ${r.offset} was cut off (${r.droppedBytes} bytes)`,
        };
    };
}
/**
 * Starts the process: listens, recovers or starts its nodes, and serves HTTP.
 *
 * @throws ListenError when a port is taken; StorageError when stable storage is corrupt.
 */
export async function startNode(o) {
    mkdirSync(o.dataDir, { recursive: true });
    const unlock = lockDataDir(o.dataDir);
    const host = new NodeHost({
        config: o.config,
        self: o.self,
        dataDir: o.dataDir,
        seed: o.seed,
        codec: messageCodec,
        openStore: diskStore(o.fsync),
        ...(o.log === undefined ? {} : { log: o.log }),
    });
    let gateway = null;
    try {
        if (o.self.http !== null) {
            mkdirSync(join(o.dataDir, "gateway"), { recursive: true });
            gateway = new Gateway(host, join(o.dataDir, "gateway", "steps.ndjson"), o.requestTimeout);
            await gateway.listen(o.self.host, o.self.http);
        }
        await host.start();
    }
    catch (e) {
        await gateway?.close();
        await host.stop();
        unlock();
        throw e;
    }
    return {
        host,
        gateway,
        stop: async () => {
            await gateway?.close();
            await host.stop();
            unlock();
        },
    };
}
/** A data directory that another live process is using. */
export class DataDirInUseError extends Error {
    constructor(message) {
        super(message);
        this.name = "DataDirInUseError";
    }
}
/**
 * Takes the data directory for this process (a `LOCK` file holding its pid),
 * so that two processes never write one node's storage; a lock left by a
 * process that is gone (killed) is taken over. Returns the release.
 *
 * @throws DataDirInUseError when a live process holds it.
 */
export function lockDataDir(dir) {
    const path = join(dir, "LOCK");
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            const fd = openSync(path, "wx");
            writeSync(fd, String(process.pid));
            closeSync(fd);
            return () => rmSync(path, { force: true });
        }
        catch (e) {
            if (e.code !== "EEXIST")
                throw e;
            const pid = Number(readFileSync(path, "utf8"));
            if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
                throw new DataDirInUseError(`${dir} is in use by process ${pid}`);
            if (pid === process.pid)
                throw new DataDirInUseError(`${dir} is in use by this process`);
            rmSync(path, { force: true });
        }
    }
    throw new DataDirInUseError(`${dir}: cannot take its LOCK file`);
}
//# sourceMappingURL=process.js.map
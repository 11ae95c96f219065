/**
 * Finds what running TLC needs: a `java` executable and `tla2tools.jar`.
 *
 * - `java`: the first executable `java` on `PATH`, else `$JAVA_HOME/bin/java`.
 * - the jar: the file named by `TLA2TOOLS_JAR`, else `.cache/tla2tools.jar`
 *   at the project root (where `npm run tlc:fetch` puts it).
 *
 * When either is missing, {@link locateTlc} throws a {@link TlcUnavailableError}
 * whose message says how to provide it.
 *
 * @module
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isSystemError } from "../errors.js";
/** TLC cannot be run here: no `java`, or no `tla2tools.jar`. The message is one sentence for people. */
export class TlcUnavailableError extends Error {
    constructor(message) {
        super(message);
        this.name = "TlcUnavailableError";
    }
}
/** How to get a jar, said once for every message that needs it. */
const HOW_TO_GET_THE_JAR = "set TLA2TOOLS_JAR to the path of a tla2tools.jar, or run 'npm run tlc:fetch' on a machine with internet access";
/** The directory holding this project's package.json (found by walking up from this file). */
export function projectRoot() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const pkg = join(dir, "package.json");
        if (existsSync(pkg)) {
            try {
                if (JSON.parse(readFileSync(pkg, "utf8")).name === "paxos-tla")
                    return dir;
            }
            catch (err) {
                // unreadable or not JSON: not ours; keep walking
                if (!(err instanceof SyntaxError) && !isSystemError(err))
                    throw err;
            }
        }
        const parent = dirname(dir);
        if (parent === dir)
            return process.cwd();
        dir = parent;
    }
}
/** The default place of the jar: `.cache/tla2tools.jar` at the project root. */
export function defaultJarPath(root = projectRoot()) {
    return join(root, ".cache", "tla2tools.jar");
}
function isExecutableFile(path) {
    try {
        if (!statSync(path).isFile())
            return false;
        accessSync(path, constants.X_OK);
        return true;
    }
    catch (err) {
        if (!isSystemError(err))
            throw err;
        return false;
    }
}
function isReadableFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch (err) {
        if (!isSystemError(err))
            throw err;
        return false;
    }
}
/** The `java` executable: on `PATH` first, then under `JAVA_HOME`; `undefined` when there is none. */
export function findJava(env = process.env) {
    const names = process.platform === "win32" ? ["java.exe", "java"] : ["java"];
    for (const dir of (env["PATH"] ?? "").split(delimiter)) {
        if (dir === "")
            continue;
        for (const name of names) {
            const candidate = join(dir, name);
            if (isExecutableFile(candidate))
                return candidate;
        }
    }
    const home = env["JAVA_HOME"];
    if (home) {
        for (const name of names) {
            const candidate = join(home, "bin", name);
            if (isExecutableFile(candidate))
                return candidate;
        }
    }
    return undefined;
}
/** The jar path, or a {@link TlcUnavailableError} saying how to provide one. */
export function findJar(options = {}) {
    const env = options.env ?? process.env;
    const fromEnv = env["TLA2TOOLS_JAR"];
    if (fromEnv !== undefined && fromEnv !== "") {
        const path = resolve(fromEnv);
        if (!isReadableFile(path)) {
            throw new TlcUnavailableError(`TLA2TOOLS_JAR is set to '${fromEnv}', but there is no file there; ${HOW_TO_GET_THE_JAR}.`);
        }
        return path;
    }
    const fallback = defaultJarPath(options.projectRoot ?? projectRoot());
    if (!isReadableFile(fallback)) {
        throw new TlcUnavailableError(`TLC is not available: no tla2tools.jar found (looked at ${fallback}); ${HOW_TO_GET_THE_JAR}.`);
    }
    return fallback;
}
/** Both tools, or a {@link TlcUnavailableError} naming the missing one and how to provide it. */
export function locateTlc(options = {}) {
    const env = options.env ?? process.env;
    const java = findJava(env);
    if (java === undefined) {
        throw new TlcUnavailableError("TLC needs Java, but no 'java' was found on PATH or under JAVA_HOME; install Java 11 or later, or set JAVA_HOME.");
    }
    return { java, jar: findJar(options) };
}
//# sourceMappingURL=locate.js.map
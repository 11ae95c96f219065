/**
 * Where the package's own files are: the `spec/` folder travels with the
 * package, so commands find it from their own location, whatever the current
 * directory (running from `src/` under the test runner, or from `dist/`).
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
let root;
/** The folder holding this package's package.json. */
export function packageRoot() {
    if (root !== undefined)
        return root;
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const pkg = join(dir, "package.json");
        if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "paxos-tla")
            return (root = dir);
        const up = dirname(dir);
        if (up === dir)
            throw new Error("cannot find the paxos-tla package root");
        dir = up;
    }
}
/** A file of the package's `spec/` folder, e.g. `specFile("Paxos.tla")`. */
export function specFile(name) {
    return resolve(packageRoot(), "spec", name);
}
/**
 * A file the user named on the command line. A path that exists relative to
 * the current directory is taken as it is; a path under `spec/` that does
 * not (`spec/Paxos.tla`, `spec/MCPaxosTiny.cfg` typed from outside the
 * project) is the package's own file of that name, so that the commands that
 * read the specification work from any directory.
 */
export function resolveInput(path) {
    if (existsSync(path))
        return path;
    const m = /^(?:\.\/)?spec[/\\](.+)$/.exec(path);
    if (m) {
        const own = specFile(m[1]);
        if (existsSync(own))
            return own;
    }
    return path;
}
/** Why a file could not be read, in a few words, from the failed system call `err` (its message when the code is not a common one). */
export function unreadableReason(err) {
    const code = err?.code;
    if (code === "ENOENT")
        return "no such file";
    if (code === "EISDIR")
        return "is a directory";
    if (code === "EACCES")
        return "permission denied";
    return err instanceof Error ? err.message : String(err);
}
//# sourceMappingURL=paths.js.map
/** The folder holding this package's package.json. */
export declare function packageRoot(): string;
/** A file of the package's `spec/` folder, e.g. `specFile("Paxos.tla")`. */
export declare function specFile(name: string): string;
/**
 * A file the user named on the command line. A path that exists relative to
 * the current directory is taken as it is; a path under `spec/` that does
 * not (`spec/Paxos.tla`, `spec/MCPaxosTiny.cfg` typed from outside the
 * project) is the package's own file of that name, so that the commands that
 * read the specification work from any directory.
 */
export declare function resolveInput(path: string): string;
/** Why a file could not be read, in a few words, from the failed system call `err` (its message when the code is not a common one). */
export declare function unreadableReason(err: unknown): string;
